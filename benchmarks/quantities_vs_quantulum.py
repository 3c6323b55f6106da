"""Side by side on the same texts: our quantities vs quantulum3, scored against the gold.

quantulum3 is a benchmark-only dependency (not needed to run metoo-extract):

    pip install quantulum3
    python benchmarks/quantities_vs_quantulum.py                      # samples/
    python benchmarks/quantities_vs_quantulum.py --set ../shared/benchmarks/gum-news

Both systems see the same article text; both outputs are scored with the matching rules
of ../shared/tools/score.py (overlapping text, equal value within 1%, unit by
``unit_ok``). quantulum3's units are mapped to our vocabulary where the mapping is
plain (its "percentage" is "percent", a currency unit gives its ISO 4217 code,
"dimensionless" is no unit); nothing else is changed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import warnings
from datetime import date
from pathlib import Path

from metoo_extract.pipeline import Job, load_pipeline, run

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "shared" / "tools" / "score.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(root: Path) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every gold file that annotates quantities."""
    if (root / "gold").is_dir():
        pairs = [
            (g, root / "articles" / f"{g.stem}.txt") for g in sorted((root / "gold").glob("*.json"))
        ]
    else:
        pairs = [(g, g.with_suffix(".txt")) for g in sorted(root.glob("*.json"))]
    out = []
    for gold_path, text_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "quantities" in gold and text_path.exists():
            out.append((gold_path.stem, text_path.read_text(encoding="utf-8"), gold))
    return out


def quantulum_unit(quantity) -> str | None:
    unit = quantity.unit
    code = getattr(unit, "currency_code", None)
    if code:
        return code
    if unit.name == "percentage":
        return "percent"
    if unit.name == "dimensionless":
        return None
    return unit.name


def run_quantulum(text: str) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is absent
        from quantulum3 import parser

        found = parser.parse(text)
    return [{"text": q.surface, "value": q.value, "unit": quantulum_unit(q)} for q in found]


def run_ours(nlp, text: str, published: str | None) -> list[dict]:
    ref = date.fromisoformat(published[:10]) if published else None
    doc = next(run(nlp, [Job(text, ref)]))
    return [{"text": q.text, "value": q.value, "unit": q.unit} for q in doc._.metoo_quantities]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=str(HERE.parent / "samples"), help="gold directory")
    parser.add_argument("--split", default=None, help="keep gold files of these splits (a,b)")
    parser.add_argument("--scorer", default=str(SCORER), help="path to score.py")
    args = parser.parse_args(argv)
    score = load_scorer(Path(args.scorer))
    docs = articles(Path(args.set))
    if args.split:
        keep = set(args.split.split(","))
        docs = [d for d in docs if d[2].get("split") in keep]
    nlp = load_pipeline()
    systems = {"metoo-extract": lambda text, gold: run_ours(nlp, text, gold.get("published"))}
    systems["quantulum3"] = lambda text, gold: run_quantulum(text)
    print(f"{len(docs)} articles from {args.set}")
    header = ("value P", "value R", "value F1", "unit acc", "seconds")
    print(f"{'system':<15}" + "".join(f"{h:>10}" for h in header))
    for name, system in systems.items():
        tot = {"val": 0, "unit": 0, "n_pred": 0, "n_gold": 0}
        started = time.perf_counter()
        for _, text, gold in docs:
            result = score.score_spans("quantities", system(text, gold), gold["quantities"])
            for key in tot:
                tot[key] += result[key]
        seconds = time.perf_counter() - started
        p, r, f = score.prf(tot["val"], tot["n_pred"], tot["val"], tot["n_gold"])
        unit_acc = tot["unit"] / max(tot["val"], 1)
        print(f"{name:<15}{p:>10.3f}{r:>10.3f}{f:>10.3f}{unit_acc:>10.3f}{seconds:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
