"""Locale packs: defaults, validation, and what each recogniser finds in AU, UK and EU text."""

import pytest

from mlgate.errors import InputError
from mlgate.redaction import RedactionEngine
from mlgate.redaction.locales import DEFAULT_LOCALES, SUPPORTED_LOCALES, resolve_locales
from mlgate.redaction.phones import PhoneFinder

ENGINE = RedactionEngine()


def found(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in ENGINE.find(text)}


def test_defaults_cover_au_us_uk_and_europe() -> None:
    assert {"en-AU", "en-US", "en-GB", "de-DE", "fr-FR"} <= set(DEFAULT_LOCALES)
    assert set(DEFAULT_LOCALES) <= set(SUPPORTED_LOCALES)
    assert [p.tag for p in resolve_locales(["en_au", "EN-GB"])] == ["en-AU", "en-GB"]


def test_an_unknown_locale_is_named_with_the_allowed_ones() -> None:
    with pytest.raises(InputError, match=r"'xx-YY' is not supported; allowed: en-AU"):
        RedactionEngine(locales=["en-AU", "xx-YY"])
    with pytest.raises(InputError, match="locales is empty"):
        resolve_locales([])


@pytest.mark.parametrize(
    "text",
    [
        "call 0412 345 678 now", "mob 0412345678", "+61 412 345 678", "ph (02) 9876 5432",
        "1300 123 456", "ph 9876 5432", "020 7946 0958", "+49 30 1234567", "Tel. 030 1234567",
        "+33 6 12 34 56 78", "(415) 555-0199",
    ],
)  # fmt: skip
def test_phones_in_national_and_international_formats(text: str) -> None:
    finder = PhoneFinder([pack.region for pack in resolve_locales(None)])
    assert len(list(finder(text))) == 1


@pytest.mark.parametrize(
    "text",
    ["MRN 00482913", "BP 128/82", "Version 999.1.2.3", "at 22:00", "DOB 12-03-1961"],
)
def test_not_phones(text: str) -> None:
    finder = PhoneFinder([pack.region for pack in resolve_locales(None)])
    assert list(finder(text)) == []


def test_the_locales_choose_the_checksummed_families() -> None:
    from mlgate.redaction.ids import NationalIds

    assert list(NationalIds(["medicare"])("seen 2123 45670 1")) == [(5, 17, "ID")]
    assert list(NationalIds(["ssn"])("seen 2123 45670 1")) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medicare 2123 45670 1 on file", "2123 45670 1"),
        ("IHI 8003 6000 0000 0015", "8003 6000 0000 0015"),
        ("TFN 123 456 782", "123 456 782"),
        ("DVA file NX123456", "NX123456"),
        ("Prescriber 2426621B signed", "2426621B"),
        ("NHS no 943 476 5919", "943 476 5919"),
        ("ssn 219 09 9999 verified", "219 09 9999"),
        ("filed under mrn 4821", "4821"),
        ("see chartMRN88213390", "MRN88213390"),
        ("acct 99812 overdue", "99812"),
        ("plate 1ABC234, seen", "1ABC234"),
        ("VIN 1M8GDM9AXKP042788", "1M8GDM9AXKP042788"),
        ("voiceprint template VP-88231-A", "VP-88231-A"),
        ("study code ONC-20931", "ONC-20931"),
        ("full-face photo jsmith_front.jpg", "jsmith_front.jpg"),
        ("IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
        ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("CF RSSMRA85T10A562S", "RSSMRA85T10A562S"),
        ("DNI 12345678Z", "12345678Z"),
        ("PESEL 44051401359", "44051401359"),
        ("HETU 131052-308T", "131052-308T"),
        ("personnummer 850709-1234", "850709-1234"),
        ("pump MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E"),
        ("Concession 307 228 991A.", "307 228 991A"),
        ("portal mychart.example-health.org/patient/88123 today", None),
    ],
)
def test_identifiers(text: str, value: str | None) -> None:
    if value is None:  # a bare web address: a URL, not an ID
        assert list(found(text).values()) == ["URL"]
    else:
        assert found(text).get(value) == "ID"


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Re: NGUYEN, Thi Lan (DOB 03/04/1951)", "NGUYEN, Thi Lan", "PERSON"),
        ("patient Abou-Khalil was reviewed", "Abou-Khalil", "PERSON"),
        ('prefers to be called "Bluey"', "Bluey", "PERSON"),
        ("Dear nguyen, thanks", "nguyen", "PERSON"),
        ("admitted on the third of July", "third of July", "DATE"),
        ("Thu 9/3 review", "Thu 9/3", "DATE"),
        ("seen 03-Mar-24", "03-Mar-24", "DATE"),
        ("seen at Westmead Hospital", "Westmead Hospital", "LOCATION"),
        ("moved to bendigo last year", "bendigo", "LOCATION"),
        (
            "lives 4/17 Banksia Cres, Fitzroy VIC 3065",
            "4/17 Banksia Cres, Fitzroy VIC 3065",
            "ADDRESS",
        ),
        ("RMB 5823, Dubbo NSW 2830", "RMB 5823, Dubbo NSW 2830", "ADDRESS"),
        ("at Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin", "ADDRESS"),
        ("at Via Franscini 71", "Via Franscini 71", "ADDRESS"),
        ("the mailing ZIP on the chart is 02139", "02139", "ADDRESS"),
        ("last reachable at 10.2.3.4 today", "10.2.3.4", "IP"),
    ],
)
def test_au_uk_eu_shapes(text: str, value: str, label: str) -> None:
    assert found(text).get(value) == label


@pytest.mark.parametrize(
    "text",
    [
        "Braden score 16, GCS E4 V4 M6, bed 12 ward 4B.",
        "Madopar 125mg and Keflex 500mg in a Webster-pak; Mepilex dressing; Endone 5mg PRN.",
        "firmware version 4.12.0.1033 deployed",
    ],
)
def test_the_clinical_safe_list_keeps_vocabulary(text: str) -> None:
    assert ENGINE.find(text) == []


def test_australian_canaries_do_not_survive() -> None:
    from mlgate.redaction import replace_spans

    text = (
        "pt Tahnee Smith-Yunupingu rang from 0412 345 678, Medicare 2123 45670 1, "
        "lives 12 Wattle Cl, Dubbo NSW 2830."
    )
    out = replace_spans(text, ENGINE.find(text))
    for canary in ("Smith-Yunupingu", "0412", "2123", "2830", "Wattle"):
        assert canary not in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nursing: pt settled, dtr jessica-lee rang re visiting", "jessica-lee"),
        ("pt aunty margaret wirrpanda from yirrkala", "margaret wirrpanda"),
        ("widow of late Colin MacPherson", "Colin MacPherson"),
        ("surgeon Dr. Aaron D. Berger, assistant", "Aaron D. Berger"),
        ("Contact: Igor Mareš, Mlýnská 115", "Igor Mareš"),
        ("Contact: Simon van Gemert today", "Simon van Gemert"),
        ("next of kin Rajesh Krishnamurthy (mob 0412 998 120)", "Rajesh Krishnamurthy"),
    ],
)
def test_names_beyond_the_gazetteers(text: str, value: str) -> None:
    assert found(text).get(value) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Called back re: abnormal ECG, no answer.",
        "treated with IV antibiotics",
        "Please see notes for details",
        "sent to pharmacy for review",
    ],
)
def test_cues_do_not_make_names_of_everyday_words(text: str) -> None:
    assert [label for *_, label in ENGINE.find(text) if label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Contact: Igor Mareš, Mlýnská 115, 530 16 Bílovec. Mobile", "Mlýnská 115, 530 16 Bílovec"),
        ("address: Stendreef 19, 4821 XG, Weurt", "Stendreef 19, 4821 XG, Weurt"),
        ("at Cañada Simón Cobos 519, Badajoz, 39115.", "Cañada Simón Cobos 519, Badajoz, 39115"),
        ("at 12 rue de la Paix, 75002 Paris, tel", "12 rue de la Paix, 75002 Paris"),
        (
            "at 1600 Pennsylvania Avenue NW, Washington, DC 20500",
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        ),
        ("Billing PO Box 7721, Austin TX 78701", "PO Box 7721, Austin TX 78701"),
    ],
)
def test_addresses_of_other_locales(text: str, value: str) -> None:
    assert found(text).get(value) == "ADDRESS"


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Mr McAllister, 91, retired", "91", "AGE"),
        ("she is a 102 yo female", "102", "AGE"),
        ("NPI 1234567893 on the claim", "1234567893", "ID"),
        ("Medicare Beneficiary Identifier 1EG4-TE5-MK73", "1EG4-TE5-MK73", "ID"),
        ("group no. 88213", "88213", "ID"),
        ("Contact sister Lupe at 555 0199 after 5pm", "555 0199", "PHONE"),
        ("callback +31 (0)60 1724700", "+31 (0)60 1724700", "PHONE"),
        ("phone 03299 845044.", "03299 845044", "PHONE"),
        ("Visitor contact: 511 724 700.", "511 724 700", "PHONE"),
    ],
)
def test_safe_harbor_shapes(text: str, value: str, label: str) -> None:
    assert found(text).get(value) == label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("son tevita rang at 0900", "tevita"),
        ("dtr karen visited", "karen"),
        ("surgeon dr. george a. white, assistant", "george a. white"),
        ("Patient name: Long, Madeline. Age: 47.", "Long, Madeline"),
    ],
)
def test_names_in_shorthand(text: str, value: str) -> None:
    assert found(text).get(value) == "PERSON"


@pytest.mark.parametrize(
    "text",
    ["son drove her in", "wife present at bedside", "husband lives overseas", "son visited today"],
)
def test_relatives_without_names(text: str) -> None:
    assert ENGINE.find(text) == []


def test_a_place_with_its_postcode_is_an_address_but_a_year_is_not() -> None:
    assert found("lives Fitzroy 3065 alone") == {"Fitzroy 3065": "ADDRESS"}
    assert found("moved to Perth 2019") == {"Perth": "LOCATION"}
