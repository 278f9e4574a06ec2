"""Spotting secrets in spec values, and masking them: one place for ``lint`` and ``diff``.

A compiled spec is reviewed on pull requests and copied into every run, so a
credential in a default, a constant or an env value leaks to everyone who can
read either. ``mlgate lint`` (MLG003) reports such values; ``mlgate diff`` must
not print them while showing what changed, since CI posts its output on the
pull request. Both ask the same two questions here: does this value look like
a secret (``find_secrets``), and what may be shown of it (``MASK``: nothing).

Values are searched in depth: a STRUCT default, a list, or a string that holds
JSON is walked, and a key name deep inside counts like a parameter name.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["MASK", "find_secrets", "is_secret_name", "mask_if_secret"]

# What a masked value shows: nothing of it, not even its length.
MASK = "***"

SECRET_VALUE = re.compile(
    r"AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----"
    r"|\bgh[pousr]_[A-Za-z0-9]{30,}"  # GitHub tokens
    r"|\bxox[abprs]-[A-Za-z0-9-]{10,}"  # Slack tokens
    r"|\bAIza[0-9A-Za-z_-]{35}"  # Google API keys
    r"|\bsk-[A-Za-z0-9_-]{20,}"  # OpenAI-style secret keys
    r"|\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"  # JWTs
    r"|\b(?:password|passwd|pass|pwd|secret|token|api[_-]?key)\s*[=:]\s*[^\s'\"{}]{4,}"
    r"|[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@",  # credentials inside a URL: user:pass@host
    re.IGNORECASE,
)
# Whole words of a name that mark a secret: "db_pass", "pwd", "apiKey", "client-secret".
_SECRET_WORDS = {
    "passwd",
    "password",
    "passphrase",
    "pwd",
    "pw",
    "secret",
    "secrets",
    "token",
    "credential",
    "credentials",
    "apikey",
    "privatekey",
    "accesskey",
}
# Substrings that mark a secret even glued to other words ("dbpassword", "authtoken").
_SECRET_PARTS = re.compile(
    r"password|passwd|passphrase|secret|token|credential|api[_-]?key|private[_-]?key|access[_-]?key",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def is_secret_name(name: str, allowed: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a parameter, key or env name says its value is a secret.

    Args:
        name: The name, in any case style (``db_pass``, ``dbPassword``, ``API-KEY``).
        allowed: Lower-case names that look like secrets but are not (``token_budget``).
    """
    if not name or name.lower() in allowed:
        return False
    if _SECRET_PARTS.search(name):
        return True
    words = [w.lower() for w in _WORD.findall(name)]
    pairs = {a + b for a, b in itertools.pairwise(words)}
    # "pass" alone is a secret only as the last word: db_pass, but not pass_rate.
    return bool((set(words) | pairs) & _SECRET_WORDS) or (bool(words) and words[-1] == "pass")


def find_secrets(
    name: str, value: Any, allowed: frozenset[str] | set[str] = frozenset()
) -> list[tuple[str, str]]:
    """The places in ``value`` that hold a secret, as ``(path, why)`` pairs.

    Args:
        name: The name ``value`` is stored under (a parameter, input or env name).
        value: A scalar, a dict or list (walked), or a string (searched, and walked if
            it holds a JSON object or array).
        allowed: Lower-case names never to treat as secret names.

    Returns:
        ``path`` is ``name`` followed by keys and indices (``cfg.db.password``); ``why``
        says whether the name or the value gave it away. Empty when nothing was found.
    """
    found = []
    for path, key, leaf in _leaves(name, value):
        if leaf in (None, "", [], {}):
            continue
        if isinstance(leaf, str) and SECRET_VALUE.search(leaf):
            found.append((path, "a value that looks like a credential"))
        elif isinstance(leaf, str) and is_secret_name(key, allowed):
            # Strings only: a number under "min_token_recall" or "max_tokens" is a setting.
            found.append((path, f"a value under the secret-like name {key!r}"))
    return found


def mask_if_secret(name: str, value: Any) -> Any:
    """``value``, or ``MASK`` when it holds a secret (by its name or its content)."""
    return MASK if find_secrets(name, value) else value


def _leaves(
    path: str, value: Any, key: str | None = None, depth: int = 0
) -> Iterator[tuple[str, str, Any]]:
    key = path if key is None else key
    if depth > 20:  # a pathological nesting is not worth walking further
        return
    if isinstance(value, str):
        parsed = _json_container(value)
        if parsed is not None:
            yield from _leaves(path, parsed, key, depth + 1)
            # The string itself may still match as a whole (a URL inside a JSON list).
        yield path, key, value
    elif isinstance(value, dict):
        for sub, item in value.items():
            yield from _leaves(f"{path}.{sub}", item, str(sub), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(f"{path}[{index}]", item, key, depth + 1)
    else:
        yield path, key, value


def _json_container(text: str) -> Any:
    stripped = text.strip()
    if stripped[:1] not in ("{", "["):
        return None
    try:
        parsed = json.loads(stripped)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict | list) else None
