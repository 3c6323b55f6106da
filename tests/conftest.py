"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


def pytest_report_header(config: pytest.Config) -> list[str]:
    import spacy

    from metoo_extract.pipeline import resolve_model_name

    name = resolve_model_name()
    try:
        from importlib.metadata import version

        model_version = version(name.replace("_", "-"))
    except Exception:
        model_version = "?"
    return [f"spaCy {spacy.__version__}, model {name} {model_version}"]


@pytest.fixture(scope="session")
def extractor():
    """One Extractor (the default model and our components) for the whole session."""
    from metoo_extract.stream import Settings, shared_extractor

    return shared_extractor(Settings())


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with our components, loaded once per session."""
    from metoo_extract.pipeline import load_pipeline

    return load_pipeline()
