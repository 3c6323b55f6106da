"""A component before the parser: a blank line, a line break in the header, or any line
break in a text whose lines are its paragraphs, starts a sentence, so that a title or a
dateline without a final stop is not parsed as one sentence with the first paragraph
("Test story / Published: 1 May / Mandiant said ...")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers Doc._.metoo_header_end)

#: The component's name in the pipeline, placed right before the model's parser.
LINE_BREAKS = "metoo_line_breaks"
#: A text with a line longer than this is not wrapped by hand: each line is a paragraph.
WRAP_WIDTH = 100


def mark_line_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line, after any line break in the header, or after
    any line break at all in a text whose lines are paragraphs (one line is longer than
    ``WRAP_WIDTH``), as a sentence start; leave every other boundary to the parser."""
    header_end = doc._.metoo_header_end or 0
    paragraphs = any(len(line) > WRAP_WIDTH for line in doc.text.splitlines())
    for token in doc[:-1]:
        if not token.is_space:
            continue
        breaks = token.text.count("\n")
        if breaks >= 2 or (breaks and (paragraphs or token.idx < header_end)):
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """The pipeline component: :func:`mark_line_breaks`."""
    return mark_line_breaks(doc)
