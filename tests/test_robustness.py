"""Bad input and output faults end to end: the issue-7 inputs through the real command.

The reader's unit tests (tests/test_reader.py) pin down decoding; here each input goes
through ``metoo-extract`` and the test checks the exit code, the shape of stderr, whether
a record came out, and that every offset of the record indexes the decoded text.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from metoo_extract import cli, inputs, render, stream  # noqa: F401  (imported before seteuid)
from metoo_extract.errors import ExitStatus

SCRIPT = Path(sys.executable).with_name("metoo-extract")
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLE = (
    "Harvey Weinstein’s accusers — “more than 80 women” — spoke out on Monday.\n"
    "The Weinstein Company paid $1.5 million to 8 women, The New York Times reported.\n"
)


def invoke(*args: str) -> tuple[int, str, str]:
    """Run the command in this process; an escaping exception fails the test."""
    result = CliRunner().invoke(cli.main, ["-j", "1", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def json_lines(stdout: str) -> list[dict]:
    """Records of JSON Lines output; the text must end with a newline (complete lines only)."""
    assert stdout == "" or stdout.endswith("\n")
    return [json.loads(line) for line in stdout.split("\n")[:-1]]


def assert_offsets(record: dict, text: str) -> None:
    spans = [m for kind in ("people", "organisations", "places", "hashtags", "handles")
             for entity in record[kind] for m in entity["mentions"]]  # fmt: skip
    spans += record["dates"] + record["quantities"]
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


# The input table ------------------------------------------------------------------------

#: Builds the input under a directory; returns the path argument and the decoded text.
Make = Callable[[Path], tuple[str, str]]


def _bytes(name: str, data: bytes, text: str | None = None) -> Make:
    def make(root: Path) -> tuple[str, str]:
        (root / name).write_bytes(data)
        return str(root / name), text if text is not None else data.decode("utf-8", "replace")

    return make


def _directory(root: Path) -> tuple[str, str]:
    (root / "folder").mkdir()
    (root / "folder" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return str(root / "folder"), ""


def _missing(root: Path) -> tuple[str, str]:
    return str(root / "missing.txt"), ""


def _unreadable(root: Path) -> tuple[str, str]:
    path = root / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    return str(path), ""


def _fifo(root: Path) -> tuple[str, str]:
    fifo = root / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as handle:
            handle.write(ARTICLE.encode("utf-8"))

    threading.Thread(target=write, daemon=True).start()
    return str(fifo), ARTICLE


LONG_LINE = ("Police said 30 people from Acme Corp marched in Paris on Monday; " * 1600)[:100_000]
RTL = "قالت منظمة العفو الدولية إن 25 شخصا قتلوا. שלום עולם 2017 \u202ereversed\u202c\n"
EMOJI = "🙂🙂 #MeToo 👩🏽‍💻 Zoe\u0308 Saldan\u0303a said 3 e\u0301 ✊🏿 people \u0300marched\n"
HTML = (
    "<html><head><title>Storm</title></head><body><p>Governor <b>Maria Lopez</b> said "
    "$1.3&nbsp;billion &amp; 25 people</p><script>var n = 40;</script></body></html>\n"
)
CP1252 = "“Quoted” and it’s – fine, café on Monday for 5€\r\n"
LATIN1 = "Café in Zürich: 20 people met at the façade on Monday.\n"
WARNED = r"Warning: {p}: not valid UTF-8, decoded as cp1252 \(a guess\); check its accented"
WARNED += r" letters and quotes, or save it as UTF-8"
BINARY = r"Error: {p}: looks like a binary file \({what}\), not text; extract its text first"

#: input, how to make it, exit code, stderr (one line, regex; None: empty), record expected
CASES: list[tuple[str, Make, int, str | None, bool]] = [
    ("empty file", _bytes("empty.txt", b""), 0, None, True),
    ("whitespace only", _bytes("blank.txt", b"  \n\t \r\n\n"), 0, None, True),
    ("UTF-8 with BOM", _bytes("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode(), ARTICLE), 0, None, True),  # noqa: E501
    ("UTF-16 with BOM", _bytes("utf16.txt", ARTICLE.encode("utf-16"), ARTICLE), 0, None, True),
    ("cp1252 bytes", _bytes("cp1252.txt", CP1252.encode("cp1252"), CP1252), 0, WARNED, True),
    ("Latin-1 bytes", _bytes("latin1.txt", LATIN1.encode("latin-1"), LATIN1), 0, WARNED, True),
    ("mixed line endings", _bytes("mixed.txt", ARTICLE.replace("\n", "\r\n", 1).encode() + b"Then 5 left.\r"), 0, None, True),  # noqa: E501
    ("old-Mac line endings", _bytes("mac.txt", ARTICLE.replace("\n", "\r").encode()), 0, None, True),  # noqa: E501
    ("NUL bytes", _bytes("nul.txt", b"Harvey\x00Weinstein"), 1, BINARY.replace("{what}", "it contains NUL bytes"), False),  # noqa: E501
    ("a PDF", _bytes("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), 1, BINARY.replace("{what}", "PDF"), False),  # noqa: E501
    ("a 100,000-character line", _bytes("line.txt", LONG_LINE.encode()), 0, None, True),
    ("only numbers", _bytes("numbers.txt", b"12345 67890\n3.14 2,000,000 42 1e6 0x1F\n"), 0, None, True),  # noqa: E501
    ("only punctuation", _bytes("punct.txt", b"!?.,;:--...''' \"\" ()[]{} -- # @ $ %\n"), 0, None, True),  # noqa: E501
    ("emoji and combining marks", _bytes("emoji.txt", EMOJI.encode()), 0, None, True),
    ("right-to-left text", _bytes("rtl.txt", RTL.encode()), 0, None, True),
    ("HTML pasted as text", _bytes("page.txt", HTML.encode()), 0, None, True),
    ("a directory", _directory, 1, r"Error: {p}: is a directory; pass --recursive to read its files", False),  # noqa: E501
    ("a missing path", _missing, 1, r"Error: {p}: no such file; check the path", False),
    ("no read permission", _unreadable, 1, r"Error: {p}: permission denied; make the file readable \(chmod \+r\) or run as its owner", False),  # noqa: E501
    ("a FIFO", _fifo, 0, None, True),
]  # fmt: skip


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """As root, take the effective user id of nobody so that file permissions apply."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def world_dir() -> Iterator[Path]:
    """A directory any user may enter (pytest's tmp_path is root-only when run as root)."""
    path = Path(tempfile.mkdtemp(prefix="metoo-robust-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("make,code,stderr,has_record", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_issue_7_inputs(
    extractor, world_dir: Path, make: Make, code: int, stderr: str | None, has_record: bool
) -> None:
    path, text = make(world_dir)
    with unprivileged() if make is _unreadable else contextlib.nullcontext():
        exit_code, stdout, err = invoke("--jsonl", path)
    assert exit_code == code, err
    if stderr is None:
        assert err == ""
    else:
        assert re.fullmatch(stderr.replace("{p}", re.escape(path)) + "\n", err), err
        assert "Traceback" not in err
    records = json_lines(stdout)
    assert len(records) == int(has_record)
    for record in records:
        assert record["source"] == path
        assert_offsets(record, text)


def test_no_text_no_facts(extractor, tmp_path: Path) -> None:
    """Inputs without words give an empty record, not an error."""
    paths = [tmp_path / name for name in ("empty.txt", "blank.txt", "punct.txt")]
    for path, data in zip(paths, (b"", b" \n\t\n", b"!?.,;:--"), strict=True):
        path.write_bytes(data)
    records = json_lines(invoke("--jsonl", *map(str, paths))[1])
    for record in records:
        assert record["people"] == record["organisations"] == record["dates"] == []
        assert record["quantities"] == [] and record["title"] is None


@pytest.mark.parametrize("size", [250_000])
def test_long_article_over_the_chunk_limit(extractor, tmp_path: Path, size: int) -> None:
    """Texts over 100,000 characters are parsed in pieces; offsets still index the whole."""
    text = _sample_text(size)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    code, stdout, err = invoke("--jsonl", str(path))
    assert (code, err) == (0, "")
    (record,) = json_lines(stdout)
    assert_offsets(record, text)
    last = max(q["start"] for q in record["quantities"])
    assert last > size - 20_000  # facts are found to the end, not only in the first piece


def _sample_text(size: int) -> str:
    """``size`` characters of the sample articles, repeated, cut at a paragraph."""
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    text = "\n\n".join([body] * (size // len(body) + 1))[:size]
    return text


@pytest.mark.skipif(
    os.environ.get("METOO_SLOW_TESTS") != "1",
    reason="minutes per megabyte (see the README): set METOO_SLOW_TESTS=1 to run it",
)
def test_five_megabyte_article(tmp_path: Path) -> None:
    """A 5 MB article completes through the installed command, offsets exact."""
    text = _sample_text(5_000_000)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    done = subprocess.run([str(SCRIPT), "--jsonl", str(path)], capture_output=True, text=True,
                          check=False, timeout=3600)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    (record,) = json_lines(done.stdout)
    assert_offsets(record, text)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"5 MB article: peak memory {peak / 1e9:.1f} GB")


# A batch with bad inputs ------------------------------------------------------------------


def test_batch_of_50_with_5_bad(extractor, tmp_path: Path) -> None:
    """45 records in input order, 5 one-line errors in input order, exit code 1."""
    bad = {
        7: ("missing.txt", None),
        15: ("report.pdf", b"%PDF-1.4\n1 0 obj"),
        23: ("folder", "dir"),
        31: ("nul.txt", b"text\x00more"),
        44: ("controls.txt", bytes(range(1, 9)) * 30),
    }
    arguments = []
    for i in range(50):
        if i in bad:
            name, data = bad[i]
            path = tmp_path / name
            if data == "dir":
                path.mkdir()
            elif data is not None:
                path.write_bytes(data)
        else:
            path = tmp_path / f"article-{i:02}.txt"
            text = "" if i == 3 else f"{ARTICLE}Article {i} counted {i + 2} people.\n"
            path.write_text(text, encoding="utf-8")  # an empty file is not bad
        arguments.append(str(path))
    result = CliRunner().invoke(cli.main, ["--jsonl", "-j", "2", "--batch-size", "8", *arguments],
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code == ExitStatus.INPUT_FAILED == 1
    records = json_lines(result.stdout)
    good = [a for i, a in enumerate(arguments) if i not in bad]
    assert [r["source"] for r in records] == good
    for record, path in zip(records, good, strict=True):
        assert_offsets(record, Path(path).read_text(encoding="utf-8"))
    errors = result.stderr.splitlines()
    assert len(errors) == 5
    for line, i in zip(errors, sorted(bad), strict=True):
        assert line.startswith(f"Error: {arguments[i]}: ")
        assert line.endswith(("check the path", "extract its text first", "read its files"))


# Output faults ----------------------------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class Crash(Exception):
    """Stands for a bug that stops the run after the first record was written."""


@pytest.mark.parametrize(
    "fault,code,stderr",
    [
        (Crash, None, None),
        (KeyboardInterrupt, ExitStatus.INTERRUPTED, "Interrupted.\n"),
        (OSError(28, "No space left on device"), ExitStatus.OUTPUT_FAILED,
         "Error: cannot write {p} (No space left on device); check free space\n"),
    ],
)  # fmt: skip
def test_output_file_is_atomic(
    extractor, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault, code, stderr
) -> None:
    """A crash, Ctrl-C or full disk after the first record leaves the old file whole, no temp."""
    target = tmp_path / "out" / "facts.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    written = []
    real = render.write_jsonl

    def write_then_fail(record, out) -> None:  # type: ignore[no-untyped-def]
        if written:
            raise fault
        written.append(record)
        real(record, out)

    monkeypatch.setattr(render, "write_jsonl", write_then_fail)
    result = CliRunner().invoke(cli.main, ["-j", "1", "-o", str(target), *[str(article)] * 3])
    assert written, "the first record was written before the fault"
    if code is None:
        assert isinstance(result.exception, Crash)
    else:
        assert result.exit_code == code
        assert result.stderr == stderr.replace("{p}", str(target))
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["facts.jsonl"]


def test_output_path_under_a_file(extractor, article: Path, tmp_path: Path) -> None:
    """An output directory that cannot be created (a file is in the way) is one clear error."""
    code, _, err = invoke("-o", str(article / "out.json"), str(article))
    assert code == ExitStatus.OUTPUT_FAILED == 4
    assert err == (
        f"Error: cannot write {article / 'out.json'} (Not a directory); "
        "check that the directory exists and is writable\n"
    )


def _script(*args: str, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    return subprocess.Popen([str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            **kwargs)  # fmt: skip


def test_full_disk_on_stdout(article: Path) -> None:
    """stdout on /dev/full (ENOSPC): one Error line, exit 4, no traceback."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([str(SCRIPT), "--jsonl", str(article)], stdout=full,
                              stderr=subprocess.PIPE, text=True, check=False)  # fmt: skip
    assert done.returncode == ExitStatus.OUTPUT_FAILED
    assert done.stderr == (
        "Error: cannot write to standard output (No space left on device); "
        "check free space where the output goes\n"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_complete_lines(article: Path, jobs: str) -> None:
    """SIGINT to the process group (as Ctrl-C does) mid-run: whole lines, exit 130, no traceback."""
    process = _script("--jsonl", "-j", jobs, "--batch-size", "4", *[str(article)] * 200,
                      start_new_session=True)  # fmt: skip
    first = process.stdout.readline()
    os.killpg(process.pid, signal.SIGINT)
    rest = process.stdout.read()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == ExitStatus.INTERRUPTED
    records = json_lines((first + rest).decode())
    assert 1 <= len(records) < 200
    assert stderr == "Interrupted.\n"


def test_head_closes_the_pipe(article: Path) -> None:
    """The reader leaves after one line (``| head -n 1``): exit 0, nothing on stderr."""
    process = _script("--jsonl", "-j", "2", "--batch-size", "4", *[str(article)] * 200)
    assert json.loads(process.stdout.readline())["source"] == str(article)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert stderr == ""
