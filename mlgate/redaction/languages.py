"""Dates and ages as the locales' languages write them: "12 mars 2024", "3. März 2024",
"5 de marzo de 2024", "45 Jahre", "âgée de 81 ans".

English forms live in ``patterns.py``; this module adds, per language of the configured
locales, the month names (with the genitive forms Polish and Czech write dates in) and the
words that mark an age. The words are the languages' own calendars and grammar, not data
about anyone, so they are kept here beside the patterns built from them.
"""

# ruff: noqa: RUF001 - Turkish writes a dotless i

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from mlgate.redaction.gates import holds_word, word_set

__all__ = [
    "MONTH_PREPOSITIONS",
    "local_ages",
    "local_date_gate",
    "local_dates",
    "local_months_alone",
    "local_weekdays",
]

_MONTHS: dict[str, str] = {
    "de": "januar jänner februar feber märz april mai juni juli august september oktober "
    "november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
    "fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre janv févr fevr avr juil sept oct déc",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december jan feb mrt apr jun jul aug sep sept okt nov dec",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre ene feb mar abr may jun jul ago sep sept oct nov dic "
    # Catalan, co-official in Spain: "9 de març de 2024", "1 d'abril"
    "gener febrer març maig juny juliol setembre desembre",
    "pt": "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro "
    "novembro dezembro jan fev mar abr mai jun jul ago set out nov dez",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia "
    "października pazdziernika listopada grudnia styczeń luty marzec kwiecień maj czerwiec "
    "lipiec sierpień wrzesień październik listopad grudzień",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember "
    "jan feb mac apr jun jul ogo sep okt nov dis",
    "af": "januarie februarie maart april mei junie julie augustus september oktober november "
    "desember jan feb mrt apr jun jul aug sep okt nov des",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    # Greek writes a date's month in the genitive: "5 Μαρτίου 2024"
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου μαίου ιουνίου ιουλίου αυγούστου "
    "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
    "oca şub nis haz tem ağu eyl eki kas",
    # Te reo Māori, with and without macrons: "22 Haratua 2024", and the loanwords "11 Hune"
    "mi": "kohitātea kohitatea huitanguru poutūterangi poututerangi paengawhāwhā paengawhawha "
    "haratua pipiri hōngongoi hongongoi here-turi-kōkā here-turi-koka hereturikōkā hereturikoka "
    "mahuru whiringa-ā-nuku whiringa-a-nuku whiringa-ā-rangi whiringa-a-rangi hakihea "
    "hānuere hanuere pēpuere pepuere māehe maehe āperira aperira hune hūrae hurae ākuhata "
    "akuhata hepetema oketopa noema tīhema tihema",
    # Welsh and Irish: "1 Mawrth 1941", "3 Márta 2024"
    "cy": "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    "ga": "eanáir eanair feabhra márta marta aibreán aibrean bealtaine meitheamh iúil iuil "
    "lúnasa lunasa samhain nollaig",
}
# Weekdays, written before a date: "Di, 12.03.2024", "dijous 23 de maig", "martes 9 de abril".
_WEEKDAYS: dict[str, str] = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica lun mar mer gio ven sab dom",
    "es": "lunes martes miércoles jueves viernes sábado domingo dilluns dimarts dimecres dijous "
    "divendres dissabte diumenge",
    "pt": "segunda terça quarta quinta sexta sábado domingo segunda-feira terça-feira "
    "quarta-feira quinta-feira sexta-feira",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "el": "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    # (not the loanword "Mane", Monday: "mane" is a chart's morning dose)
    "mi": "rāhina rahina rātū ratu rāapa raapa rāpare rapare rāmere ramere rāhoroi rahoroi "
    "rātapu ratapu tūrei turei wenerei tāite taite paraire hātarei hatarei",
    "cy": "llun mercher gwener sadwrn",
    "ga": "luain máirt mairt céadaoin ceadaoin déardaoin deardaoin haoine sathairn domhnaigh",
}
# Words after the number ("45 Jahre", "81 ans", "67 anni", "72 lat") and before it ("âgé de
# 81", "Alter: 45", "edad 67").
_AGE_AFTER: dict[str, str] = {
    "de": "jahre jahren jährig jährige jähriger j",
    "fr": "ans an",
    "nl": "jaar jarige jr",
    "it": "anni anno aa",
    "es": "años anos año",
    "pt": "anos ano",
    "pl": "lat lata",
    "sv": "år åring",
    "da": "år årig",
    "nb": "år åring",
    "fi": "vuotta vuotias",
    "cs": "let roků",
    "el": "ετών χρονών",
    "tr": "yaş yaşında yaşındaki",
    "cy": "oed",
}
_AGE_BEFORE: dict[str, str] = {
    "de": "alter|im alter von",
    "fr": "âgé de|âgée de|agé de|agée de|âge|age",
    "nl": "leeftijd",
    "it": "età|eta|di anni",
    "es": "edad|de edad",
    "pt": "idade",
    "pl": "wiek|wiek ok.|w wieku|lat",
    "sv": "ålder",
    "da": "alder",
    "nb": "alder",
    "fi": "ikä",
    "cs": "věk",
    "el": "ηλικία",
    "tr": "yaş|yaşı",
    "cy": "oed",
}


# Python's lookbehind is fixed-width: one per preposition.
_DATE_PREPOSITIONS = "|".join(
    rf"(?<=\b{word}\s)"
    for word in "am vom bis ab seit le du au il dal al el del op tot den dnia".split()  # noqa: SIM905
)


# ... and before a month alone (the full names only: "en mar" is "at sea" in Spanish).
MONTH_PREPOSITIONS = (
    *("mi-", "fin ", "début ", "debut ", "mitte ", "ende ", "anfang ", "en ", "im ", "seit "),
    *("desde ", "hasta ", "a finales de ", "a principios de ", "eind ", "begin ", "sinds "),
)
_ABBREVIATED = frozenset({"sept", "janv", "févr", "fevr", "juil"})


def _languages(tags: Iterable[str]) -> list[str]:
    seen = dict.fromkeys(tag.split("-")[0].lower() for tag in tags)
    return [language for language in seen if language in _MONTHS]


def _alternation(words: Iterable[str]) -> str:
    unique = sorted(set(words), key=len, reverse=True)  # longest first: "sept" before "sep"
    return "|".join(re.escape(word) for word in unique)


def local_dates(tags: Iterable[str]) -> re.Pattern[str] | None:
    """Day-month-year dates in the locales' languages; None when all are English.

    Forms: ``12 mars 2024``, ``3. März 2024``, ``5 de marzo de 2024``, ``12 maart``,
    ``März 2024``, ``1er janvier 2024``.
    """
    languages = _languages(tags)
    if not languages:
        return None
    months = _alternation(w for language in languages for w in _MONTHS[language].split())
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    day_month = rf"{day}\.(?:1[0-2]|0?[1-9])\."  # "19.01.", "3.4."
    return re.compile(
        rf"(?<![\w./:])(?:{day}(?:(?:\.|er|º|°)?\s+(?:de\s+|d')?(?:{months})\.?"
        rf"(?:\s+(?:de\s+)?\d{{4}})?"
        # "10.Out.2024", "10-Okt-2024"
        rf"|[.-](?:{months})[.-]\d{{4}})"
        # month first: "März 2024", as US forms print it, "octubre 2, 2024", and a range's
        # first month, "aug-okt 2024"
        rf"|(?:{months})(?:\.?\s+\d{{4}}|\s+{day},?\s+\d{{4}}"
        rf"|\.?(?=\s?[–-]\s?(?:{months})\.?\s+\d{{4}}))"
        # "am 19.01.", "vom 3.4. bis 7.4.": day and month with the closing dot, after the
        # prepositions that introduce a date, or in a range, "reist 1.11.-20.12."
        rf"|(?:{_DATE_PREPOSITIONS}|(?<=\.[–-])){day_month}(?!\d)"
        rf"|{day_month}(?=[–-]{day_month}(?!\d)))(?![\w])",
        re.IGNORECASE,
    )


_DAY_MONTH_DOTS = re.compile(r"\d\.\d\d?\.")  # "19.01.", "3.4.": a date without a month name


def local_date_gate(tags: Iterable[str]) -> Callable[[str], bool]:
    """The gate of ``local_dates`` (see ``gates``): each of its dates holds one of the month
    names as a whole word, or is written ``19.01.``."""
    months = word_set(w for language in _languages(tags) for w in _MONTHS[language].split())
    return lambda text: holds_word(text, months) or _DAY_MONTH_DOTS.search(text) is not None


def local_months_alone(tags: Iterable[str]) -> re.Pattern[str] | None:
    """A month alone where a date is meant, in the locales' languages: "mi-novembre", "en
    diciembre", "seit Januar"; None when all are English. (Run only on a text that holds
    one of ``MONTH_PREPOSITIONS``.)"""
    languages = _languages(tags)
    if not languages:
        return None
    full = _alternation(
        w
        for language in languages
        for w in _MONTHS[language].split()
        if len(w) >= 4 and w not in _ABBREVIATED
    )
    lookbehinds = "|".join(rf"(?<=\b{word})" for word in MONTH_PREPOSITIONS)
    return re.compile(rf"(?:{lookbehinds})(?:{full})(?![\w])", re.IGNORECASE)


def local_weekdays(tags: Iterable[str]) -> str:
    """An alternation of the locales' weekday names ("" when all are English), for a
    case-blind pattern: the two-letter ones only capitalised ("Do", "So": not "do", "so")."""
    words = {w for lang in _languages(tags) for w in _WEEKDAYS.get(lang, "").split()}
    short = sorted(w.capitalize() for w in words if len(w) < 3)
    full = _alternation(w for w in words if len(w) >= 3)
    return "|".join([*([full] if full else []), *([f"(?-i:{'|'.join(short)})"] if short else [])])


def local_ages(tags: Iterable[str]) -> re.Pattern[str] | None:
    """Ages in the locales' languages (group 1 or 2 is the number); None when all English."""
    languages = [lang for lang in _languages(tags) if lang in _AGE_AFTER]
    if not languages:
        return None
    after = _alternation(w for lang in languages for w in _AGE_AFTER[lang].split())
    before = _alternation(w for lang in languages for w in _AGE_BEFORE[lang].split("|"))
    return re.compile(
        rf"\b(\d{{1,3}})[\s-]*(?:{after})\b(?!\s*(?:%|mg|ml))"
        rf"|\b(?:{before})\s*:?\s*(\d{{1,3}})\b(?!\s*(?:%|mg|ml|kg|cm|/))",
        re.IGNORECASE,
    )
