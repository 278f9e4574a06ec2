"""The leak rule of the Safe Harbor view: verbatim, reformatted digit run, or two distinctive words."""

import pytest

from mlgate.redaction.leaks import distinctive_words, is_leaked, leak_kind


@pytest.mark.parametrize(
    ("value", "redacted", "kind"),
    [
        # verbatim, case- and space-insensitive
        ("Ximena Canaryfield", "Pt ximena  CANARYFIELD seen", "verbatim"),
        ("Ximena Canaryfield", "Pt XimenaCanaryfield seen", "verbatim"),
        ("0412 345 678", "rang 0412345678", "verbatim"),
        ("mrn 4821", "filed under MRN 4821", "verbatim"),
        # a value inside a longer word or number is not that value
        ("Ann", "Hannah was seen", None),
        ("4821", "ref 948213", None),
        # the digit run with other separators
        ("219-09-9999", "SSN 219 09 9999 on file", "digits"),
        ("(02) 9123 4567", "call 02.9123.4567", "digits"),
        ("2123 45670 1", "Medicare 2123456701", "verbatim"),
        ("2123 45670 1", "Medicare 21-234-5670-1", "digits"),
        ("03/14/1961", "DOB 03-14-1961", "digits"),
        # ...but not inside a longer number, and not for short runs (a day, an age)
        ("219-09-9999", "ref 1219 09 9999", None),
        ("9/3", "seen 9.3", None),
        # two or more distinctive words of a multi-word value
        ("Amelia Hartwell", "Amelia called; Hartwell family informed", "words"),
        ("17 Quailfeather Crossing", "unit 17 [ADDRESS] near Quailfeather", "words"),
        ("8831 Quailfeather Crossing", "house 8831 [ADDRESS]", "digits"),
        ("Anne-Marie Nguyen-Tran", "pt Nguyen and Tran", "words"),
        ("3 March 2024", "seen [DATE], i.e. March 2024", "words"),
        # generic words say nothing about whose value it was
        ("Dr Amelia Hartwell", "Dr [PERSON] reviewed", None),
        ("St Vincent's Hospital", "[LOCATION] Hospital, St ward", None),
        ("Amelia Hartwell", "Amelia only", None),
        # fully redacted
        ("a.hartwell@example.org", "email [EMAIL]", None),
        # a number said digit by digit is its digits, spoken or written
        ("oh four one two, five five eight", "rang [ID]; four rooms, five minutes", None),
        ("oh four one two, five five eight", "call back on 0412 558 ok", "digits"),
        (
            "oh four one two, five five eight",
            "call back on zero four one two five five eight",
            "digits",
        ),
        ("seven double oh nine", "pager 7009", "digits"),
        ("Nine Peel Street, Mandurah", "nine [ADDRESS] peel mandurah", "words"),
    ],
)
def test_leak_rule(value: str, redacted: str, kind: str | None) -> None:
    assert leak_kind(value, redacted) == kind
    assert is_leaked(value, redacted) is (kind is not None)


def test_a_number_in_groups_is_one_value_not_words() -> None:
    # "09" and "9999" surviving apart are not the SSN: the digit-run rule judges numbers.
    assert leak_kind("219-09-9999", "took 09 tabs, 9999 steps") is None


def test_distinctive_words_drop_initials_titles_and_street_types() -> None:
    assert distinctive_words("Dr J. Amelia Hartwell") == ["amelia", "hartwell"]
    assert distinctive_words("Unit 4/17 Quail Cres, Fitzroy VIC 3065") == [
        "17",
        "quail",
        "fitzroy",
        "3065",
    ]


def test_blank_values_never_leak() -> None:
    assert leak_kind("   ", "anything") is None
