"""Custom Doc attributes shared by our spaCy components, registered once at import."""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> default. ``metoo_published`` is a ``datetime.date`` or ``datetime.datetime``
#: (aware when the text gave a zone) or None; ``metoo_day_first`` reads 16/10/2017 as
#: 16 October; ``metoo_header_end`` is the offset just past the article's header lines
#: (title, byline, timestamps; 0 when unknown); ``metoo_dateline`` the place the
#: dateline names. The ``metoo_*`` result lists, and ``metoo_locale`` (the article's
#: country and zone, or None), are filled by the components.
DOC_EXTENSIONS = {
    "metoo_published": None,
    "metoo_day_first": False,
    "metoo_header_end": 0,
    "metoo_dateline": None,
    "metoo_locale": None,
    "metoo_entities": None,
    "metoo_dates": None,
    "metoo_quantities": None,
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy rebuilds ``Doc.text`` from every token on each access; the components read it
    often, so the first result is kept in ``doc.user_data`` (a Doc's text never changes).
    """
    text = doc.user_data.get("metoo_text")
    if text is None:
        text = doc.user_data["metoo_text"] = doc.text
    return text
