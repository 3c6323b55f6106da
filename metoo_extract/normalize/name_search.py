"""Find many known names in a text at once, as whole words, longest name first.

A regular expression alternating thousands of names tries each of them at every position
of the text; this index looks up only the names that begin with the word found there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Where a name may start: a word not glued to a word character, "@" or "#" before it.
_WORD_START = re.compile(r"(?<![\w@#])\w+")
_FIRST_WORD = re.compile(r"\w+")


class NameSearch:
    """Whole-word, case-sensitive search for a fixed set of names.

    Matches are those of ``(?<![\\w@#])(?:name1|name2|...)(?!\\w)`` with the names sorted
    longest first: leftmost, then longest, never overlapping.
    """

    def __init__(self, names: Iterable[str]) -> None:
        by_first_word: dict[str, list[str]] = {}
        others: list[str] = []
        for name in set(names):
            first = _FIRST_WORD.match(name)
            if first is None:
                others.append(name)
            else:
                by_first_word.setdefault(first.group(0), []).append(name)
        self._by_first_word = {
            word: sorted(group, key=len, reverse=True) for word, group in by_first_word.items()
        }
        self._others = (
            re.compile(
                r"(?<![\w@#])(?:"
                + "|".join(map(re.escape, sorted(others, key=len, reverse=True)))
                + r")(?!\w)"
            )
            if others
            else None
        )

    def _word_matches(self, text: str) -> Iterator[tuple[int, int]]:
        for word in _WORD_START.finditer(text):
            start = word.start()
            for name in self._by_first_word.get(word.group(0), ()):
                end = start + len(name)
                if text.startswith(name, start) and not (
                    end < len(text) and (text[end].isalnum() or text[end] == "_")
                ):
                    yield start, end
                    break

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every match, in text order."""
        found = list(self._word_matches(text))
        if self._others is not None:
            found += [m.span() for m in self._others.finditer(text)]
        last_end = -1
        for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
            if start >= last_end:
                yield start, end
                last_end = end
