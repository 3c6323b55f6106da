"""Same-length text normalisation: what spaCy sees, with offsets kept into the original."""

from __future__ import annotations

import re

# Each replacement is one character for one character, so every offset in the
# normalised view is the same offset in the original text.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",  # no-break space: the small model mislabels "About\xa07 million"
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2212": "-",  # minus sign
        "\ufeff": " ",  # stray BOM / zero-width no-break space
        "\u200b": " ",  # zero-width space
        "\x00": " ",
    }
)


def spacy_view(text: str) -> str:
    """Return a copy of ``text`` of the same length with typographic variants made plain.

    Args:
        text: the decoded article.

    Returns:
        A string ``v`` with ``len(v) == len(text)``: no-break and other odd spaces become
        spaces, curly quotes straight quotes, Unicode hyphens "-", and a double hyphen
        glued between words two spaces (a wire dateline's "Texas--(BUSINESS WIRE)--Acme").
    """
    return _GLUED_DOUBLE_HYPHEN.sub("  ", text.translate(_SAME_LENGTH))


#: "--" standing for a dash with no space round it, which the tokenizer would leave
#: inside a word ("Texas--(BUSINESS").
_GLUED_DOUBLE_HYPHEN = re.compile(r"(?<=[\w).\]])--(?=[\w(\[\"'])")
