"""List the people/organisation errors on tuning articles, one line per entity.

usage: python benchmarks/entity_errors.py DIR [--split train] [--kind people|organisations]

DIR is a gold set in score.py's layout (``articles/`` + ``gold/``, or ``NAME.txt``
beside ``NAME.json``). Only gold files whose split is in ``--split`` (default: train)
are read, so the held-out dev and test articles are never looked at by accident. For
each article it prints the predicted entities that match no gold entity (FP), the
gold entities no prediction names (FN), and the gold entities split over several
predictions (SPLIT), with the names compared as score.py compares them.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from metoo_extract.engine import Article, Extractor

KINDS = ("people", "organisations")


def norm(text: str) -> str:
    """score.py's comparison key: curly quote, dots, possessive and "the" folded."""
    text = text.replace("\u2019", "'").replace("\xa0", " ").replace(".", "").strip()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(the)\s+", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).casefold()


def gold_articles(root: Path, splits: set[str]) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for each gold file of the wanted splits."""
    if (root / "gold").is_dir():
        pairs = [(g, root / "articles" / f"{g.stem}.txt") for g in sorted(root.glob("gold/*.json"))]
    else:
        pairs = [(g, g.with_suffix(".txt")) for g in sorted(root.glob("*.json"))]
    out = []
    for gold_path, text_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("split") in splits and text_path.exists():
            out.append((gold_path.stem, text_path.read_text(encoding="utf-8"), gold))
    return out


def errors(predicted: list, gold: list[dict]) -> tuple[list[str], list[list[str]], list[str]]:
    """(false positives, missed gold mentions, split gold names) for one kind."""
    gold_names = [{norm(g["name"])} | {norm(m) for m in g["mentions"]} for g in gold]
    every_gold = set().union(*gold_names) if gold_names else set()
    names = [{norm(e.name)} | {norm(m.text) for m in e.mentions} for e in predicted]
    every_predicted = set().union(*names) if names else set()
    false = [e.name for e, n in zip(predicted, names, strict=True) if not n & every_gold]
    paired = list(zip(gold, gold_names, strict=True))
    missed = [g["mentions"] for g, n in paired if not n & every_predicted]
    split = [g["name"] for g, n in paired if sum(1 for p in names if p & n) > 1]
    return false, missed, split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--split", default="train", help="comma-separated splits to read")
    parser.add_argument("--kind", choices=KINDS, action="append")
    args = parser.parse_args()
    extractor = Extractor()
    for name, text, gold in gold_articles(args.root, set(args.split.split(","))):
        record = extractor.extract(Article(text, name))
        for kind in args.kind or KINDS:
            false, missed, split = errors(getattr(record, kind), gold.get(kind, []))
            if false or missed or split:
                print(f"{name} {kind}: FP={false} FN={missed} SPLIT={split}")


if __name__ == "__main__":
    main()
