"""Cheap tests that must pass before a costly pattern can match.

Python's ``re`` jumps straight to the places a pattern can start only when the pattern
starts with a literal or a character set. A pattern that starts with ``\\b``, a
lookbehind or a case-blind alternation of words is tried at every character instead,
which costs about a tenth of a microsecond per character; most texts hold none of the
words such a pattern is built on, and a substring test says so in a fraction of that.

Every gate is exact: it passes on every text its pattern can match, so a gated rule
finds what the ungated one finds.
"""

from __future__ import annotations

__all__ = ["holds", "holds_any_case"]

# The non-ASCII characters ``re`` matches to an ASCII letter when it ignores case, whose
# ``str.lower`` is not that letter: dotted capital I (it lowers to "i" and a combining dot),
# dotless i and long s.
_RE_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def holds(text: str, strings: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``strings`` as written."""
    return any(s in text for s in strings)


def holds_any_case(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the lower-case ``words`` in any case, as a pattern
    compiled with ``re.IGNORECASE`` would read it."""
    low = text.lower() if text.isascii() else text.translate(_RE_CASE_FOLDS).lower()
    return any(w in low for w in words)
