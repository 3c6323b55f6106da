"""metoo-extract: people, organisations, dates and quantities from news articles."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("metoo-extract")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["__version__", "extract", "extract_many"]


def __getattr__(name: str):
    # The API pulls in spaCy: import it on first use so that `--version` stays instant.
    if name in ("extract", "extract_many", "Article", "Extractor", "archive_documents"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
