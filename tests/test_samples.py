"""Golden files: every sample article against its gold facts (samples/<slug>.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from metoo_extract.engine import Article
from metoo_extract.layout import parse_published

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SLUGS = sorted(p.stem for p in SAMPLES.glob("*.txt") if p.with_suffix(".json").exists())

#: Gold facts we know we miss: (slug, kind, gold text) -> reason. Each is a strict xfail,
#: so fixing one makes its test fail until the entry is removed.
KNOWN_MISSES: dict[tuple[str, str, str], str] = {
    ("northbridge-ashvale", "organisations", "KV Meerhout"): "a club named once after 'side'",
    ("northbridge-ashvale", "organisations", "Castlemere"): "a club named once as an object; "
    "the model calls it a place",
}


def norm(text: str) -> str:
    """The scorer's comparison key: curly quote, dots, possessive and "the" folded."""
    text = text.replace("\u2019", "'").replace("\xa0", " ").replace(".", "").strip()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(the)\s+", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).casefold()


@pytest.fixture(scope="module")
def records(extractor) -> dict[str, tuple[str, dict, object]]:
    out = {}
    for slug in SLUGS:
        text = (SAMPLES / f"{slug}.txt").read_text(encoding="utf-8")
        gold = json.loads((SAMPLES / f"{slug}.json").read_text(encoding="utf-8"))
        out[slug] = (text, gold, extractor.extract(Article(text, slug)))
    return out


def gold_items() -> list:
    cases = []
    for slug in SLUGS:
        gold = json.loads((SAMPLES / f"{slug}.json").read_text(encoding="utf-8"))
        for kind in ("people", "organisations"):
            for entity in gold.get(kind, []):
                cases.append(_case(slug, kind, entity["name"]))
        for kind in ("dates", "quantities"):
            for fact in gold.get(kind, []):
                cases.append(_case(slug, kind, fact["text"]))
    return cases


def _case(slug: str, kind: str, key: str):
    reason = KNOWN_MISSES.get((slug, kind, key))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(slug, kind, key, marks=marks, id=f"{slug}:{kind}:{key}")


def test_there_are_samples() -> None:
    assert len(SLUGS) >= 6


@pytest.mark.parametrize("slug", SLUGS)
def test_every_offset_points_at_its_text(records, slug: str) -> None:
    text, _, record = records[slug]
    kinds = ("people", "organisations", "places", "hashtags", "handles")
    spans = [m for kind in kinds for entity in getattr(record, kind) for m in entity.mentions]
    spans += [*record.dates, *record.quantities]
    assert spans
    assert [s.text for s in spans] == [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize("slug", SLUGS)
def test_published_date_is_read_from_the_header(records, slug: str) -> None:
    _, gold, record = records[slug]
    assert record.published is not None
    assert parse_published(record.published) == parse_published(gold["published"])


@pytest.mark.parametrize("slug,kind,key", gold_items())
def test_gold_fact_is_found_with_its_value(records, slug: str, kind: str, key: str) -> None:
    _, gold, record = records[slug]
    if kind in ("people", "organisations"):
        entity = next(e for e in gold[kind] if e["name"] == key)
        wanted = {norm(entity["name"])} | {norm(m) for m in entity["mentions"]}
        names = [{norm(e.name)} | {norm(m.text) for m in e.mentions} for e in getattr(record, kind)]
        found = [n for n in names if n & wanted]
        assert found, f"{key} not among {kind}"
        return
    fact = next(f for f in gold[kind] if f["text"] == key)
    overlapping = [
        p for p in getattr(record, kind) if norm(p.text) in norm(key) or norm(key) in norm(p.text)
    ]
    assert overlapping, f"{key!r} not found"
    same = _same_date if kind == "dates" else _same_number
    assert any(same(p.value, fact["value"]) for p in overlapping), [p.value for p in overlapping]


def _same_date(value: str | None, gold: str) -> bool:
    return str(value or "").startswith(gold) or _same_week(value, gold)


def _same_number(value: float | None, gold: float) -> bool:
    return value is not None and abs(value - gold) <= 0.01 * max(abs(gold), 1)


def _same_week(value: str | None, gold: str) -> bool:
    week = re.fullmatch(r"(\d{4})-W(\d{2})", gold)
    if not value or not week or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return False
    from datetime import date

    year, number, _ = date.fromisoformat(value[:10]).isocalendar()
    return (year, number) == (int(week.group(1)), int(week.group(2)))
