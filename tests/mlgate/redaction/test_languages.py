"""Dates and ages in the locales' languages, and ISO timestamps, are redacted whole."""

import pytest

from mlgate.redaction import RedactionEngine, replace_spans
from mlgate.redaction.languages import local_ages, local_dates


@pytest.fixture(scope="module")
def engine() -> RedactionEngine:
    return RedactionEngine(use_model=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opname op 5 december 2024, 67 jaar.", "Opname op [DATE], [AGE] jaar."),
        ("née le 12 mars 1961, âgée de 81 ans", "née le [DATE], âgée de [AGE] ans"),
        ("aufgenommen am 3. März 2024", "aufgenommen am [DATE]"),
        ("ingreso el 5 de marzo de 2024, 67 años", "ingreso el [DATE], [AGE] años"),
        ("ricovero 12 gennaio 2023, età 74", "ricovero [DATE], età [AGE]"),
        ("przyjęty 3 marca 2024", "przyjęty [DATE]"),
        ("ameliyat 12 Ekim 2024, 67 yaşında", "ameliyat [DATE], [AGE] yaşında"),  # noqa: RUF001
        ("Piso 6 | 10.Out.2024 | internado", "Piso 6 | [DATE] | internado"),
        ("Aufnahme 10-Okt-2024", "Aufnahme [DATE]"),
        ("NM   octubre 2, 2024 | Met w/ pt", "NM   [DATE] | Met w/ pt"),
        ("periode aug–okt 2024 | x", "periode [DATE]–[DATE] | x"),  # noqa: RUF001
        ("reist 1.11.–20.12. nach", "reist [DATE]–[DATE] nach"),  # noqa: RUF001
        ("irá a vivir a Rosario en diciembre, por", "irá a vivir a Rosario en [DATE], por"),
        (
            "moeder, paspoort NX7L8R4P2; vader passeport 19AP44817",
            "moeder, paspoort [ID]; vader passeport [ID]",
        ),
        ("ts=2025-07-11T06:03:58Z event=login", "ts=[DATE] event=login"),
        ("2025-07-11 06:03:58.997 INFO lookup", "[DATE] INFO lookup"),
        ("at 2024-03-01T10:15:00+10:00 seen", "at [DATE] seen"),
    ],
)
def test_local_dates_ages_and_timestamps_are_redacted(
    engine: RedactionEngine, text: str, expected: str
) -> None:
    assert replace_spans(text, engine.find(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dose 5 mg twice daily",
        "mars rover",
        "mai tai",
        "sept patients",
        "v2.3.1 build 2024",
        "Ekim, pazar ve cuma",
        "HOPITAL DE JOUR; PHARMACIE DU CENTRE",
    ],
)
def test_words_that_only_look_like_dates_or_ages_are_left(
    engine: RedactionEngine, text: str
) -> None:
    assert replace_spans(text, engine.find(text)) == text


def test_only_the_configured_languages_are_read() -> None:
    assert local_dates(["en-AU", "en-US"]) is None and local_ages(["en-GB"]) is None
    german = local_dates(["de-DE"])
    assert german is not None and german.search("3. März 2024")
    assert not german.search("12 mars 1961")
    english_only = RedactionEngine(locales=["en-AU"], use_model=False)
    text = "née le 12 mars 1961"
    assert replace_spans(text, english_only.find(text)) == text


def test_a_log_timestamp_is_a_date(engine: RedactionEngine) -> None:
    # Safe Harbor removes every element of a date but the year: a clinical log's timestamp
    # dates an event of the patient's record, so it goes whole, time included.
    text = "2024-05-02T10:11:12Z INFO record opened"
    assert replace_spans(text, engine.find(text)) == "[DATE] INFO record opened"
