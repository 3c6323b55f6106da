"""The Dask engine on a 2-process LocalCluster: same records, faults, resume, model loads."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask
from click.testing import CliRunner
from distributed import Client, LocalCluster

from metoo_extract import cli
from metoo_extract.distributed import (
    FAULTS_ENV,
    PartitionFailed,
    extract_distributed,
    model_loads,
)
from metoo_extract.errors import ExitStatus, OutputError
from metoo_extract.inputs import Failure, expand_sources, read_articles
from metoo_extract.partitions import ReadOptions, plan_partitions
from metoo_extract.render import to_json
from metoo_extract.stream import Settings, extract_stream

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
PEOPLE = ["Jane Doe", "Omar Haddad", "Li Wei", "Maria Santos", "Tom Becker"]
ORGS = ["Acme Corp", "the Red Cross", "Globex", "Oxfam", "the BBC"]
#: Partition size for the tests: small, so that 30-odd inputs make several partitions.
SIZE = 6


def short_text(i: int) -> str:
    person, org = PEOPLE[i % len(PEOPLE)], ORGS[i % len(ORGS)]
    return (
        f"{person}, {30 + i}, joined {org} on {1 + i % 27} May 2019.\n\n"
        f"{person} said {org} would spend ${i + 2} million on {i + 3} new clinics."
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Samples, 18 short texts, an archive with a bad line, and a missing file."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = []
    for i in range(18):
        path = folder / f"short-{i:02d}.txt"
        path.write_text(short_text(i), encoding="utf-8")
        paths.append(str(path))
    archive = folder / "archive.jsonl"
    lines = [json.dumps({"id": f"a-{i}", "text": short_text(100 + i)}) for i in range(8)]
    lines.insert(3, "{not json")
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [*SAMPLES, *paths[:9], str(folder / "missing.txt"), *paths[9:]], str(archive)


def shorts(corpus) -> list[str]:
    """The short texts and the missing file: quick to extract."""
    return corpus[0][len(SAMPLES) :]


def reference(inputs: list[str], input_format: str, extractor) -> tuple[list[str], list[str]]:
    """The single-machine records (JSON Lines) and failure messages."""
    items = read_articles(expand_sources(inputs), input_format=input_format)
    lines, errors = [], []
    for result in extract_stream(items, Settings(), extractor=extractor):
        if isinstance(result, Failure):
            errors.append(result.message)
        else:
            lines.append(to_json(result))
    return lines, errors


def parts(out_dir: Path) -> list[str]:
    return [
        line
        for part in sorted(out_dir.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def fault_plan(tmp_path_factory: pytest.TempPathFactory):
    """The hook file workers read; set before the cluster starts so workers inherit it."""
    plan = tmp_path_factory.mktemp("faults") / "plan.json"
    previous = os.environ.get(FAULTS_ENV)
    os.environ[FAULTS_ENV] = str(plan)
    yield plan
    if previous is None:
        os.environ.pop(FAULTS_ENV, None)
    else:
        os.environ[FAULTS_ENV] = previous


@pytest.fixture(scope="module")
def scheduler(fault_plan: Path):
    """One 2-process LocalCluster on 127.0.0.1 for the module."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 2}):
        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=50,
        )
    yield cluster.scheduler_address
    cluster.close()


def run(inputs, out_dir, scheduler, **options):
    failures: list[str] = []
    summary = extract_distributed(
        inputs,
        str(out_dir),
        scheduler,
        settings=Settings(),
        partition_size=SIZE,
        report=lambda f: failures.append(f.message),
        **options,
    )
    return summary, failures


@pytest.mark.parametrize(
    ("input_format", "which"),
    [("text", "files"), ("jsonl", "archive")],
)
def test_same_records_as_one_machine(
    corpus, extractor, scheduler, tmp_path: Path, input_format: str, which: str
) -> None:
    files, archive = corpus
    inputs = files if which == "files" else [archive]
    expected, expected_errors = reference(inputs, input_format, extractor)
    summary, errors = run(inputs, tmp_path / "out", scheduler, input_format=input_format)
    assert parts(tmp_path / "out") == expected
    assert errors == expected_errors and len(errors) == 1
    assert summary.records == len(expected)
    assert [f.message for f in summary.failures] == expected_errors


@pytest.mark.parametrize(
    ("count", "size", "names"),
    [
        (13, 6, ["part-00000", "part-00001", "part-00002"]),
        (6, 6, ["part-00000"]),
        (1, 64, ["part-00000"]),
    ],
)
def test_partitions_are_consecutive_and_named(count: int, size: int, names: list[str]) -> None:
    sources = [f"doc-{i}.txt" for i in range(count)]
    partitions = plan_partitions(sources, ReadOptions(), size)
    assert [p.name for p in partitions] == names
    assert [u for p in partitions for u in p.units] == sources


def test_killed_worker_job_completes_identically(
    corpus, extractor, scheduler, fault_plan: Path, tmp_path: Path
) -> None:
    files = shorts(corpus)
    marker = tmp_path / "fired"
    fault_plan.write_text(json.dumps({"partition": 1, "mode": "exit", "once": str(marker)}))
    try:
        summary, _ = run(files, tmp_path / "out", scheduler)
    finally:
        fault_plan.unlink()
    assert marker.exists(), "the hook should have ended a worker once"
    assert parts(tmp_path / "out") == reference(files, "text", extractor)[0]
    assert summary.partitions == 4


def test_retries_exhausted_names_the_partition(
    corpus, scheduler, fault_plan: Path, tmp_path: Path
) -> None:
    files = shorts(corpus)
    fault_plan.write_text(json.dumps({"partition": 2, "mode": "raise", "once": None}))
    try:
        with pytest.raises(PartitionFailed, match=r"partition part-00002 \(.*short-") as caught:
            run(files[:18], tmp_path / "out", scheduler, retries=1)
        fault_plan.write_text(json.dumps({"partition": 0, "mode": "raise", "once": None}))
        result = CliRunner().invoke(
            cli.main,
            ["--engine", "dask", "--scheduler", scheduler, "-o", str(tmp_path / "cli"), *files],
        )
    finally:
        fault_plan.unlink()
    assert caught.value.exit_status == ExitStatus.CLUSTER_FAILED
    assert caught.value.summary.partitions == 3
    assert not (tmp_path / "out" / "part-00002.jsonl").exists()
    assert (tmp_path / "out" / "part-00001.jsonl").exists()
    assert result.exit_code == ExitStatus.CLUSTER_FAILED
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: partition part-00000 (") and "RuntimeError" in last


def test_resume_redoes_only_incomplete_partitions(corpus, scheduler, tmp_path: Path) -> None:
    files = shorts(corpus)
    out = tmp_path / "out"
    first, _ = run(files, out, scheduler)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    (out / "_status" / "part-00003.json").unlink()  # as if the run died while writing it
    second, errors = run(files, out, scheduler)
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == ["part-00003.jsonl"]
    assert second.resumed == first.partitions - 1
    assert (second.records, len(errors)) == (first.records, 1)


def test_other_job_in_out_dir_is_refused(corpus, scheduler, tmp_path: Path) -> None:
    files = shorts(corpus)
    run(files[:1], tmp_path / "out", scheduler)
    with pytest.raises(OutputError, match="different job"):
        run(files[:2], tmp_path / "out", scheduler)


def test_input_edited_since_the_first_run_is_another_job(scheduler, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(short_text(7), encoding="utf-8")
    run([str(article)], tmp_path / "out", scheduler)
    article.write_text(short_text(8) + " More text.", encoding="utf-8")
    with pytest.raises(OutputError, match="different job"):
        run([str(article)], tmp_path / "out", scheduler)


def test_model_loaded_once_per_worker(corpus, scheduler, tmp_path: Path) -> None:
    run(shorts(corpus)[: SIZE * 2], tmp_path / "out", scheduler)  # one partition per worker
    with Client(scheduler) as client:
        loads = client.run(model_loads)
    assert len(loads) == 2
    assert set(loads.values()) == {1}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--engine", "dask", "x.txt"], "needs -o OUT_DIR"),
        (["--engine", "dask", "--json", "-o", "out", "x.txt"], "JSON Lines part files"),
        (["--workers", "2", "x.txt"], "need --engine dask"),
    ],
)
def test_usage_errors(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(cli.main, arguments)
    assert result.exit_code == ExitStatus.USAGE
    assert message in result.output


def test_missing_extra_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "metoo_extract.distributed", raising=False)
    result = CliRunner().invoke(
        cli.main, ["--engine", "dask", "-o", str(tmp_path / "out"), SAMPLES[0]]
    )
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr == (
        "Error: --engine dask needs the dask extra: pip install 'metoo-extract[dask]'\n"
    )
