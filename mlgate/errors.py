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
    "CheckFailed",
    "InputError",
    "MlgateError",
    "RemoteError",
    "StorageError",
    "describe_validation_error",
]


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


class RemoteError(MlgateError):
    """A server refused or failed a request (unreachable, 401/403, 5xx); says which and why."""

    exit_code = 2


class CheckFailed(MlgateError):
    """A gate or check ran and said no; the message (or its report) says why."""

    exit_code = 1
