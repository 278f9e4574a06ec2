"""Cheap tests that must pass before a costly pattern can match, and case-blind patterns
run the cheap way.

Python's ``re`` jumps straight to the places a pattern can start only when the pattern
starts with a literal or a character set. A pattern that starts with ``\\b``, a
lookbehind or a case-blind alternation of words is tried at every character instead,
which costs about a tenth of a microsecond per character; most texts hold none of the
words such a pattern is built on, and a substring test says so in a fraction of that.

Every gate is exact: it passes on every text its pattern can match, so a gated rule
finds what the ungated one finds. ``CaseBlind`` is exact the same way: it finds where the
case-blind pattern finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = [
    "WORD_START",
    "CaseBlind",
    "fold_case",
    "holds",
    "holds_any_case",
    "holds_word",
    "word_led_matches",
    "word_set",
]

# The non-ASCII characters ``re`` matches to an ASCII letter when it ignores case, whose
# ``str.lower`` is not that letter: dotted capital I (it lowers to "i" and a combining dot),
# dotless i and long s.
_RE_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def holds(text: str, strings: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``strings`` as written."""
    # (map over the bound method: no Python frame per string, a third of a generator's cost)
    return any(map(text.__contains__, strings))


# Every gate and case-blind scan of a text lowers it: the rules run one text at a time, so
# the last few lowered texts are kept (a string's hash is cached, so a hit is cheap).
def _lower_as_re(text: str) -> str:
    """``text`` in lower case, with the letters ``re.IGNORECASE`` takes for ASCII ones made so."""
    return text.lower() if text.isascii() else text.translate(_RE_CASE_FOLDS).lower()


_lower = lru_cache(maxsize=4)(_lower_as_re)


# After lowering: letters ``re.IGNORECASE`` holds equal that ``str.lower`` keeps apart (the
# Greek final sigma, the micro sign).
_RE_WORD_FOLDS = str.maketrans({"\u03c2": "\u03c3", "\u00b5": "\u03bc"})
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    return frozenset(_LETTER_RUN.findall(_lower(text).translate(_RE_WORD_FOLDS)))


def word_set(words: Iterable[str]) -> frozenset[str]:
    """``words`` folded as ``holds_word`` reads a text; build a gate's words with it."""
    return frozenset(_lower_as_re(word).translate(_RE_WORD_FOLDS) for word in words)


def holds_word(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (see ``word_set``) whole, as a run of letters
    no other letter touches, in any case: the gate of a pattern that matches such a word
    only between non-letters."""
    return not _words(text).isdisjoint(words)


# A word's letters from its start: where a pattern led by a word can begin.
WORD_START = re.compile(r"(?<!\w)[^\W\d_]+")


def word_led_matches(
    pattern: re.Pattern[str], heads: frozenset[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-blind pattern that starts with one of the
    lower-case ``heads`` at a word's start: a 100-way alternation tried at every word costs
    more than a set lookup of each word and a match where one is in the set."""
    end = 0
    for word in WORD_START.finditer(text):
        if word.start() >= end and _lower_as_re(word.group()) in heads:
            m = pattern.match(text, word.start())
            if m:
                end = max(m.end(), word.start() + 1)
                yield m


def holds_any_case(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the lower-case ``words`` in any case, as a pattern
    compiled with ``re.IGNORECASE`` would read it."""
    return any(map(_lower(text).__contains__, words))


def fold_case(text: str) -> str | None:
    """``text`` in lower case as ``re.IGNORECASE`` reads it, character for character; None
    when lower case would change its length (then offsets would no longer line up)."""
    low = _lower(text)
    return low if len(low) == len(text) else None


_ESCAPE = re.compile(r"\\.")


class CaseBlind:
    """A case-blind pattern, run as a case-sensitive one over the text in lower case.

    Tried at every character, a case-blind alternation of words costs three or four times
    a case-sensitive one, which ``re`` can skip along to the letters that start it. Only a
    pattern with no capital letter of its own qualifies (checked here): then its matches
    over the lower-case text fall where the case-blind pattern's fall over the text.
    Callers read positions and digits from the matches, never their letters (lower case).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern.removeprefix("(?i)")
        if not pattern.flags & re.IGNORECASE or re.search("[A-Z]", _ESCAPE.sub("", source)):
            raise ValueError(f"not a case-blind pattern without capitals: {source[:60]!r}")
        self.pattern = pattern
        self.groups = pattern.groups
        self._sensitive = re.compile(source, pattern.flags & ~re.IGNORECASE)

    @classmethod
    def where_possible(cls, pattern: re.Pattern[str]) -> CaseBlind | re.Pattern[str]:
        """The pattern as ``CaseBlind`` when it qualifies, else the pattern itself."""
        try:
            return cls(pattern)
        except ValueError:
            return pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = fold_case(text)
        return self.pattern.finditer(text) if low is None else self._sensitive.finditer(low)
