"""Did a gold identifier survive redaction? The leak rule of the Safe Harbor view.

Contract (docs/contracts.md): a gold identifier counts as leaked when its
text survives in the redacted text

1. verbatim, case- and space-insensitive (``Ann  LEE`` and ``annlee`` both keep
   ``Ann Lee``), as a whole word: a value inside a longer word is not the value;
2. as its digit run with other separators (``219 09 9999`` keeps ``219-09-9999``),
   for values with at least ``MIN_DIGITS`` digits: shorter runs (a day, an
   age) recur in clinical text by chance, and the verbatim rule covers them;
3. for a multi-word value (one with letters: a number in groups is rule 2's),
   with two or more of its distinctive words intact, anywhere in the text: a
   name's given name and surname, a street's number and name. Words that any
   value of its kind shares (``Street``, ``Dr``, ``Hospital``, ``of``, a state
   code) are not distinctive.

A number said digit by digit (``oh four one two, five five eight``) is its digits:
rule 2 judges it against the text with its spoken digits read the same way, and its
digit words are not distinctive (every spoken number shares "four" and "five").

The judge reads values and text and returns a verdict; it never logs or
raises with either, so callers can report counts without touching content.
"""

from __future__ import annotations

import re
from typing import Literal

# HIPAA Safe Harbor's identifiers, as the corpus contract names them (one list, shared).
from mlgate.redaction.residual import CATEGORIES

__all__ = [
    "CATEGORIES",
    "GENERIC_WORDS",
    "MIN_DIGITS",
    "LeakKind",
    "distinctive_words",
    "is_leaked",
    "leak_kind",
]

MIN_DIGITS = 4

# Words shared by every value of a kind: their survival says nothing about whose value it was.
GENERIC_WORDS = frozenset(
    """
    a an and at by de del della der di du da dos das for from in la le los of on or the to van
    von y
    dr mr mrs ms miss mx prof sr jr ii iii rev nurse patient pt
    st street rd road ave avenue av blvd boulevard ln lane dr drive ct court cres crescent cl
    close pde parade pl place gr grove hwy highway tce terrace way sq square pkwy parkway cir
    circle esp esplanade rte route via ul strasse str unit apt apartment suite ste flat floor
    level lot po box rmb bag locked no number
    north south east west n s e w ne nw se sw upper lower
    nsw vic qld wa sa tas act nt
    hospital medical centre center clinic practice health family surgery care residential
    aged home racf general private public community service services ward bed room
    """.split()  # noqa: SIM905 - a paragraph of words reads better than 150 strings
)

LeakKind = Literal["verbatim", "digits", "words"]

# Digits as dictation says them; "double"/"triple" repeat the digit after them.
_DIGIT_WORDS = {
    **dict.fromkeys(("zero", "oh", "nought"), "0"),
    **{
        w: str(i)
        for i, w in enumerate(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1
        )
    },
}
_SPOKEN_DIGITS = re.compile(
    rf"\b(?:(double|triple)[ \t]+)?({'|'.join(_DIGIT_WORDS)})\b", re.IGNORECASE
)

_WORD = re.compile(r"[^\W_]+")
# Separators a reformatted number may carry between its digits (never letters or digits).
_SEP = r"[^\w]{0,3}"


def distinctive_words(value: str) -> list[str]:
    """The value's words that could identify it on their own (lower-cased, in order, unique).

    Single letters (initials), ``GENERIC_WORDS`` and spoken digits do not count.
    """
    seen: list[str] = []
    for word in _WORD.findall(value.lower()):
        if (
            len(word) > 1
            and word not in GENERIC_WORDS
            and word not in _DIGIT_WORDS
            and word not in seen
        ):
            seen.append(word)
    return seen


def _said_as_digits(text: str) -> str:
    """``text`` with its spoken digits written as digits ("double oh four" is "004")."""

    def digits(m: re.Match[str]) -> str:
        times = {"double": 2, "triple": 3}.get((m.group(1) or "").lower(), 1)
        return _DIGIT_WORDS[m.group(2).lower()] * times

    return _SPOKEN_DIGITS.sub(digits, text)


def _bounded(pattern: str, value: str) -> str:
    """``pattern`` that may not start or end inside a longer alphanumeric run."""
    before = r"(?<![^\W_])" if _WORD.match(value[:1]) else ""
    after = r"(?![^\W_])" if value[-1:] and _WORD.match(value[-1]) else ""
    return before + pattern + after


def _verbatim(value: str, text: str) -> bool:
    pieces = [re.escape(c) for c in re.sub(r"\s+", "", value)]
    if not pieces:
        return False
    # Space-insensitive: any amount of whitespace (or none) between any two characters.
    pattern = _bounded(r"\s*".join(pieces), value.strip())
    return re.search(pattern, text, re.IGNORECASE) is not None


def _digit_run(value: str, text: str) -> bool:
    digits = re.sub(r"\D", "", value, flags=re.ASCII)
    if len(digits) < MIN_DIGITS:
        return False
    # Not part of a longer number: no digit next to it, even across one separator.
    pattern = r"(?<!\d)(?<!\d[-./ ])" + _SEP.join(digits) + r"(?![-./ ]?\d)"
    return re.search(pattern, text, re.ASCII) is not None


def _words(value: str, text: str) -> bool:
    # A number written in groups (an SSN, a date) is one value, not words: rule 2 judges it.
    if not re.search(r"[^\W\d_]", value):
        return False
    # Multi-word means words apart: a file name ("jsmith_face_3d.jpg") is one word, and
    # its parts ("face", "3d") recur in any note about a photo.
    words = distinctive_words(value)
    if len(value.split()) < 2 or len(words) < 2:
        return False
    intact = 0
    for word in words:
        if re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, re.IGNORECASE):
            intact += 1
            if intact >= 2:
                return True
    return False


def leak_kind(value: str, redacted: str) -> LeakKind | None:
    """How ``value`` survived in ``redacted`` (the first rule that holds), or None if it did not.

    Args:
        value: The gold identifier's text (``text[start:end]`` of the original).
        redacted: The whole redacted document.
    """
    if not value.strip():
        return None
    if _verbatim(value, redacted):
        return "verbatim"
    if _digit_run(value, redacted):
        return "digits"
    said = _said_as_digits(value)
    if said != value and _digit_run(said, _said_as_digits(redacted)):
        return "digits"
    if _words(value, redacted):
        return "words"
    return None


def is_leaked(value: str, redacted: str) -> bool:
    """True when ``value`` survived in ``redacted`` by any rule of the contract."""
    return leak_kind(value, redacted) is not None
