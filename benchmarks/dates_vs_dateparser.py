"""Date value accuracy of metoo_dates vs dateparser.search_dates, side by side in one run.

usage: python benchmarks/dates_vs_dateparser.py [--gum DIR] [--show-misses]

For every gold date expression in samples/*.json and in the gum-news gold files that
annotate dates, both systems read the same occurrence with the same reference date (the
gold ``published``):

- ours: the metoo_dates component over the whole article (as the CLI runs it);
- dateparser: ``search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE":
  published})`` on the sentence holding the occurrence (spaCy's sentence split).

An expression counts as found when a result overlaps its text, and as correct when one
of its occurrences gets the gold value under the scorer's rule (``score.py``'s
``same_value``: the prediction starts with the gold value, or a day falls in the gold
ISO week). dateparser's datetime is written as an ISO day (with the clock time and
offset when it has one), so any day inside a gold year or month counts for it.
Prints a Markdown table per document set.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from dateparser.search import search_dates

from metoo_extract.pipeline import Job, load_pipeline, run

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "benchmarks" / "gum-news"


class Article(NamedTuple):
    name: str
    split: str
    text: str
    published: date | datetime
    dates: list[dict]


def same_value(predicted: str | None, gold: str) -> bool:
    """The scorer's rule (score.py ``same_value`` for dates)."""
    if predicted is None:
        return False
    week = re.fullmatch(r"(\d{4})-W(\d{2})", gold)
    if week and re.match(r"\d{4}-\d{2}-\d{2}", predicted):
        year, number, _ = date.fromisoformat(predicted[:10]).isocalendar()
        return (year, number) == (int(week[1]), int(week[2]))
    return predicted[: len(gold)] == gold


def parse_published(value: str) -> date | datetime:
    if "T" in value:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return date.fromisoformat(value)


def articles(gum: Path) -> Iterator[Article]:
    for gold_path in sorted((ROOT / "samples").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text = gold_path.with_suffix(".txt").read_bytes().decode("utf-8-sig")
        yield Article(
            gold_path.stem, "samples", text, parse_published(gold["published"]), gold["dates"]
        )
    for gold_path in sorted((gum / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        if "dates" not in gold:
            continue
        text = (gum / "articles" / (gold_path.stem + ".txt")).read_text("utf-8")
        published = parse_published(gold["published"])
        yield Article(gold_path.stem, f"gum-{gold['split']}", text, published, gold["dates"])


def occurrences(text: str, expression: str) -> list[int]:
    pattern = re.compile(r"(?<!\w)" + re.escape(expression) + r"(?!\w)", re.IGNORECASE)
    return [m.start() for m in pattern.finditer(text)]


def dateparser_value(found: datetime) -> str:
    if found.hour or found.minute:
        offset = found.strftime("%z")
        offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
        return f"{found.date().isoformat()}T{found.hour:02d}:{found.minute:02d}{offset}"
    return found.date().isoformat()


def score(nlp, article: Article) -> list[tuple[str, str, bool, bool, bool, bool, str, str]]:
    """Per gold expression: text, gold, ours found/correct, dateparser found/correct, values."""
    doc = next(run(nlp, [Job(article.text, article.published)]))
    base = article.published
    base = base if isinstance(base, datetime) else datetime(base.year, base.month, base.day)
    settings = {"RELATIVE_BASE": base.replace(tzinfo=None)}
    rows = []
    for gold in article.dates:
        expression, value = gold["text"], gold["value"]
        ours_found = ours_ok = theirs_found = theirs_ok = False
        ours_seen, theirs_seen = [], []
        for start in occurrences(article.text, expression):
            end = start + len(expression)
            for match in doc._.metoo_dates:
                if match.start < end and match.end > start:
                    ours_found = True
                    ours_seen.append(str(match.value))
                    ours_ok |= same_value(match.value, value)
            sentence = doc.char_span(start, end, alignment_mode="expand").sent
            offset = sentence.start_char
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results = search_dates(sentence.text, languages=["en"], settings=settings) or []
            cursor = 0
            for substring, found in results:
                at = sentence.text.find(substring, cursor)
                cursor = max(at, 0) + len(substring)
                if at < 0 or not (offset + at < end and offset + at + len(substring) > start):
                    continue
                theirs_found = True
                theirs_seen.append(dateparser_value(found))
                theirs_ok |= same_value(dateparser_value(found), value)
        rows.append(
            (
                expression,
                value,
                ours_found,
                ours_ok,
                theirs_found,
                theirs_ok,
                ",".join(ours_seen),
                ",".join(theirs_seen),
            )
        )
    return rows


def table(results: dict[str, list]) -> str:
    groups = {
        "samples/ (7 articles)": ["samples"],
        "gum-news annotated, all 8": ["gum-train", "gum-dev", "gum-test"],
        "gum-news dev+test (4)": ["gum-dev", "gum-test"],
        "all": ["samples", "gum-train", "gum-dev", "gum-test"],
    }
    lines = [
        "| set | expressions | ours found | ours value acc | dateparser found "
        "| dateparser value acc |",
        "|---|---|---|---|---|---|",
    ]
    for label, splits in groups.items():
        rows = [r for split in splits for r in results.get(split, [])]
        n = len(rows) or 1
        ours_found = sum(r[2] for r in rows)
        ours_ok = sum(r[3] for r in rows)
        dp_found = sum(r[4] for r in rows)
        dp_ok = sum(r[5] for r in rows)
        lines.append(
            f"| {label} | {len(rows)} | {ours_found / n:.3f} | {ours_ok / n:.3f} ({ours_ok}) "
            f"| {dp_found / n:.3f} | {dp_ok / n:.3f} ({dp_ok}) |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, default=GUM, help="gum-news benchmark directory")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong value")
    options = parser.parse_args()
    nlp = load_pipeline()
    results: dict[str, list] = {}
    for article in articles(options.gum):
        rows = score(nlp, article)
        results.setdefault(article.split, []).extend(rows)
        if options.show_misses:
            for text, gold, _, ours_ok, _, theirs_ok, ours, theirs in rows:
                if not (ours_ok and theirs_ok):
                    print(
                        f"{article.name}: {text!r} gold={gold} "
                        f"ours={'ok' if ours_ok else ours or '-'} "
                        f"dateparser={'ok' if theirs_ok else theirs or '-'}"
                    )
    print(table(results))


if __name__ == "__main__":
    main()
