"""The exceptions mlgate raises.

Every error is an ``MlgateError``; the subclass says whose fault it is, and
``exit_code`` is what the CLI returns for it (the CLI contract: 1 means a gate
or check said no, 2 means bad usage or bad input). Messages say what was
received, what is allowed, and what to do next. Only ``mlgate.cli`` turns
them into exit codes; library code raises and lets callers decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = [
    "AlreadyExists",
    "CheckFailed",
    "InputError",
    "MlgateError",
    "RemoteError",
    "StorageError",
    "describe_validation_error",
    "quote",
    "shorten",
]

# How much of a value an error message may quote. Inputs can be huge (a 20 MB cell) or
# secret (a password in a spec), and error output lands in CI logs and PR comments.
QUOTE_LIMIT = 40


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``repr(value)`` cut to ``limit`` characters, for naming a bad value in a message.

    Args:
        value: What was received.
        limit: The longest quote; longer values end in ``...`` and their length.

    Returns:
        A short, single-line quotation that never carries more than ``limit`` characters
        of the value.
    """
    text = repr(value) if isinstance(value, str) else repr(str(value))
    if len(text) <= limit:
        return text
    return f"{text[: limit - 4]}...' ({len(str(value))} characters)"


def shorten(name: object, limit: int = 160) -> str:
    """A file name, URI or ref for a message, cut in the middle when longer than ``limit``.

    Unlike ``quote`` it keeps a name readable (no quotes) and keeps both ends, where a
    path says what it is; the cut guards against a "path" that is really pasted data.
    """
    text = str(name).replace("\n", " ")
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]}[...]{text[-half:]}"


def describe_validation_error(exc: ValidationError, prefix: str = "", limit: int = 5) -> str:
    """A pydantic error as "field.path: problem; ..." (at most ``limit`` problems)."""
    problems = []
    for error in exc.errors()[:limit]:
        loc = ".".join(str(part) for part in ([prefix] if prefix else []) + list(error["loc"]))
        problems.append(f"{loc or '(top level)'}: {error['msg']}")
    return "; ".join(problems)


class MlgateError(Exception):
    """Root of every error mlgate raises on purpose."""

    exit_code: int = 2


class InputError(MlgateError):
    """Bad usage or unusable input: a file, field, parameter or URI named in the message."""

    exit_code = 2


class StorageError(InputError):
    """A URI could not be read or written (missing object, bad scheme, permissions)."""


class AlreadyExists(StorageError):
    """A create-only write found its destination taken (another writer got there first)."""


class RemoteError(MlgateError):
    """A server refused or failed a request (unreachable, 401/403, 5xx); says which and why."""

    exit_code = 2


class CheckFailed(MlgateError):
    """A gate or check ran and said no; the message (or its report) says why."""

    exit_code = 1
