"""Exit codes and the user-facing error types."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes (httpie style): one place, one meaning each."""

    SUCCESS = 0  # also when no facts are found
    INPUT_FAILED = 1  # some input could not be read; the others were still written
    USAGE = 2  # bad options or arguments (click's own code)
    MODEL_MISSING = 3  # the spaCy model is not installed
    OUTPUT_FAILED = 4  # the output could not be written
    CLUSTER_FAILED = 5  # a Dask partition failed on every attempt, or no scheduler
    INTERRUPTED = 130  # Ctrl-C


class MetooError(Exception):
    """An error with a one-sentence message meant for the user."""

    exit_status = ExitStatus.INPUT_FAILED


class InputError(MetooError):
    """One input cannot be read or decoded; other inputs go on."""

    exit_status = ExitStatus.INPUT_FAILED


class ModelNotFound(MetooError):
    """The requested spaCy pipeline is not installed."""

    exit_status = ExitStatus.MODEL_MISSING


class OutputError(MetooError):
    """The output cannot be written."""

    exit_status = ExitStatus.OUTPUT_FAILED
