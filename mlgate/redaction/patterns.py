"""Rule detectors for PII with validation: each returns (start, end, label) spans.

Rules carry the formats (email, URL, IP, phone, dates, ages, addresses,
identifiers) and checksums (Luhn for cards, SSN area rules, ``ipaddress`` for
IPs); ``build_rules(locales)`` adds what depends on the locales: phone regions
(``phones.py``) and national identifier families (``ids.py``). The
``HIGH_PRECISION`` subset names the rules that almost never fire on clean text;
the residual-leak scan of redacted output is ``residual.find_residual``.
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from mlgate.redaction import checksums as cs
from mlgate.redaction.gates import CaseBlind, holds, holds_any_case
from mlgate.redaction.ids import AU_STATE_CODES
from mlgate.redaction.phones import is_time_range

__all__ = [
    "ANY_DIGIT",
    "HIGH_PRECISION",
    "RULES",
    "Span",
    "build_rules",
    "find_rule_spans",
    "is_namespace",
]

Span = tuple[int, int, str]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|trl|crossing|xing"
    r"|loop|alley|plaza|ridge|run|path|pike|row|crescent|cres|close|cl|parade|pde|grove|gr"
    r"|esplanade|esp|circuit|cct|tce|bvd|gardens|gdns|mews|rise|quay|promenade|track|glade"
    r"|vale|wynd|mall)\.?"
)
_UNIT = r"(?:\s+(?:apt|apartment|suite|ste|unit|#|no\.?|room|rm)\.?\s*#?\s*[a-z0-9-]+)?"
_STATE_ZIP = r"[a-z]{2}\.?\s+\d{5}(?:-\d{4})?"
# A city's words: a dot only in an abbreviation ("St. Louis", "Ft. Worth"), never at a
# sentence's end ("invested heavily. Pittsburgh, PA" is one city).
_CITY = r"(?:(?:[a-z]{1,3}\.|[a-z][a-z'-]*)[ \t]+){0,3}[a-z][a-z'-]*"

_I = re.IGNORECASE
EMAIL = re.compile(r"\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", _I)
# An address spelled out to beat scrapers, or mistyped: "j.smith at gmail dot com",
# "dr.patel (at) northsidegp (dot) com.au", "mack.tran@gmail,com".
_AT = r"(?:\s*[(\[{]at[)\]}]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[(\[{]dot[)\]}]\s*|\s+dot\s+|[.,])"
EMAIL_SPELLED = re.compile(
    rf"(?<![\w.@])[a-z0-9][a-z0-9._%+-]*(?:\s+dot\s+[a-z0-9_-]+)*{_AT}"
    rf"[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*?(?:{_DOT}(?:com|net|org|edu|gov|mil|int|info|biz|io|me"
    r"|co|health|au|uk|nz|ca|ie|de|fr|nl|it|es|in|sg|za|us|be|ch|at|se|no|dk|fi|pl|pt|gr|my))+"
    r"(?![\w@])",
    _I,
)
# A US street in a form's capitals: "2207 W 34TH ST", "415 6TH ST", "8801 NC HWY 711".
_CAPS_STREET_TYPES = (
    *(" ST", " AVE", " RD", " DR", " BLVD", " LN", " HWY", " PKWY", " CIR", " WAY", " TER"),
    " TRL",
)
CAPS_STREET = re.compile(
    r"\b\d{1,6}[ \t]+(?:[NSEW]{1,2}[ \t]+)?"
    r"(?:\d{1,3}(?:ST|ND|RD|TH)|[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2})"
    r"[ \t]+(?:ST|AVE|RD|DR|BLVD|LN|HWY[ \t]+\d{1,4}|PKWY|CIR|WAY|TER|TRL)\b"
    r"(?:[ \t]+(?:APT|UNIT|STE|#)[ \t]*[A-Z0-9-]{1,5})?"
)
# The US states' and DC's postal codes, as an alternation.
US_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
# A US town, its state and its ZIP in a form's capitals: "LEWISTON ID 83501".
CAPS_CITY_ZIP = re.compile(
    r"\b[A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2}"
    rf"[ \t]+(?:{US_STATE_CODES})[ \t]+\d{{5}}(?:-\d{{4}})?\b"
)
# A web address read out: "book dot mirrabookamedical dot com dot au slash doctor slash naidoo".
URL_SAID = re.compile(
    r"(?i)\b[a-z0-9-]+(?: dot [a-z0-9-]+)*? dot (?:com|org|net|gov|edu|health|io|co)"
    r"(?: dot (?:au|uk|nz|ca|ie|us))?(?: slash [a-z0-9-]+)*\b"
)
_EMAIL_AT = re.compile(r"(?i)[ \t]at[ \t]|[(\[{]at[)\]}]|@")  # where a spelled address can be
URL = re.compile(
    r"\b(?:(?:https?|ftps?|sftp|ssh|rtsp|rtmp|wss?|smb|ldaps?|dicom|file)://|www\.)"
    r"[^\s<>\"'()\[\]{}]+",
    _I,
)
URL_PARTS = ("://", "www.")  # a gate: every URL holds one, in some case
# A web address without "http" or "www": a host under a common top-level domain, maybe a path.
URL_BARE = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|health|info|io"
    r"|biz|app)(?:\.(?:au|uk|nz|ie|de|fr|it|es|nl))?(?::\d{2,5})?(?:/[^\s<>\"'()\[\]{}]*)?"
    r"(?![\w@-])",
    re.IGNORECASE,
)
_BARE_DOMAINS = ("com", "org", "net", "edu", "gov", "health", "info", "io", "biz", "app")
URL_BARE_PARTS = tuple(f".{domain}" for domain in _BARE_DOMAINS)  # a gate, as URL_PARTS
# The hosts of the standards' namespaces a FHIR or HL7 record names its code systems and
# identifier types by ("http://loinc.org", "https://fhir.nhs.uk/Id/nhs-number"): the same in
# every record, they identify nobody (the value beside them may).
_NAMESPACE_HOSTS = (
    "hl7.org", "fhir.org", "snomed.info", "loinc.org", "unitsofmeasure.org", "dicom.nema.org",
    "w3.org", "fhir.nhs.uk", "fhir.hl7.org.uk", "ns.electronichealth.net.au", "hl7.org.au",
    "terminology.hl7.org", "fhir.health.gov.au", "standards.digital.health.nz",
)  # fmt: skip
_HOST = re.compile(r"(?i)(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#\s]+)")


def _holds_url(text: str) -> bool:
    return holds_any_case(text, URL_PARTS)


def _holds_bare_url(text: str) -> bool:
    return holds_any_case(text, URL_BARE_PARTS)


def is_namespace(url: str) -> bool:
    """Whether ``url`` is a standard's namespace (see ``_NAMESPACE_HOSTS``), no PII."""
    host = _HOST.match(url)
    name = host.group(1).lower() if host else ""
    return any(name == h or name.endswith("." + h) for h in _NAMESPACE_HOSTS)


def _not_a_namespace(m: re.Match[str]) -> bool:
    return not is_namespace(m.group())


IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IPV6 = re.compile(r"(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![0-9a-f:])", _I)
SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?!\d)"
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}(?!\d)"
    # the German-speaking countries' area code, a slash, the number: "0761 / 4 55 66 12"
    r"|(?<![\w+/.])0\d{1,5}[ \t]?/[ \t]?\d[\d \t-]{4,14}\d(?![\d/])",
    _I,
)
# Australia's six-digit local-rate numbers, spaced as printed: "13 26 53", "13 11 65".
AU_13_NUMBER = re.compile(r"(?<![\d./-])(?<!\d )13 \d{2} \d{2}(?![\d/:]|\.\d| \d)")
DATE = re.compile(
    # An ISO date with its time is one date: "2025-07-11T06:03:58Z", "2025-07-11 06:03:58.997".
    # A "-" before it only when a year ends there: "01/01/2024-12/31/2024" is two dates.
    r"(?<![\d/.])(?<!(?<!\d\d\d\d)-)(?:\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:]))?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.]\d{1,2}[/.]\d{1,2})"
    r"(?![\d/]|-(?!\d{1,2}[/.]\d))(?!\.\d)"
    rf"|\b{_DAY}\.?[\s-]+(?:of\s+)?{_MONTH}(?:[\s,-]+\d{{4}}|-\d{{2}})?\b"
    rf"|\b{_MONTH}[\s-]+{_DAY}(?:,?\s+\d{{4}})?\b"
    rf"|\b(?<!-){_MONTH}(?:,?\s+|-)\d{{4}}\b|\b{_MONTH}\s+['\u2019]\d\d\b"  # ("Mar-2025")
    rf"|\b\d{{1,2}}-{_MONTH}-\d{{2,4}}\b"
    # a range's first date without its year: "from 04.03. to 08.03.2024", "vom 3.4. bis 7.4.2024"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?=\s*(?:to|bis|au|al|tot|till|-|\u2013)\s*\d{1,2}\.\d{1,2}\.\d{2,4})"
    # Central Europe's spaced form: "11. 12. 2023"; a range in one month: "12-14 Mar"
    r"|(?<![\d.])\d{1,2}\.\s\d{1,2}\.\s\d{4}\b"
    rf"|\b\d{{1,2}}[-\u2013]\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b"
    # a Roman month, as Greece, Poland and Romania write it: "1.iv.1933", "12 XI 1950"
    r"|\b\d{1,2}[. ](?:iii|ii|iv|ix|i|vi{1,3}|v|xii|xi|x)[. ]\d{4}\b",
    _I,
)
# Calendars and orders English never writes: Chinese, Japanese and Korean dates ("2024年3月8日",
# "2024년 9월 12일"), Japan's era years ("R6.10.3": Reiwa 6), Taiwan's Minguo years
# ("113/05/20", "058/04/09"), Hijri months ("1 Shawwal 1445") and Hungary's year-first months
# ("2024. április 8.").
_HIJRI_MONTH = (
    r"Muharram|Safar|Rabi[' ]?\s?al[- ](?:Awwal|Thani|Akhir)|Jumad[ao][' ]?\s?al[- ]"
    r"(?:Awwal|Ula|Thani|Akhirah)|Rajab|Sha'?ban|Ramadan|Shawwal"
    r"|Dhu(?:[ -]?al)?[- ]?Q[ai]'?dah|Dhu(?:[ -]?al)?[- ]?Hijjah|Dhul[- ](?:Hijjah|Q[ai]'?dah)"
)
# Gates for OTHER_CALENDARS: its digit forms start with a digit ("6.10.3", "113/0", "2024. á"),
# so ``re`` jumps through this one; the others need a CJK year sign or a Hijri month.
_CALENDAR_DIGITS = re.compile(r"\d(?:\.\d{1,2}\.\d|\d\d[/.]\d|\d\d\d\.[ \t]?[^\W\d_])")
_HIJRI_PARTS = (
    *("muharram", "safar", "rabi", "jumad", "rajab", "sha'ban", "shaban", "ramadan"),
    *("shawwal", "dhu"),
)


def _other_calendars_gate(text: str) -> bool:
    return bool(
        "年" in text
        or "년" in text
        or _CALENDAR_DIGITS.search(text)
        or holds_any_case(text, _HIJRI_PARTS)
    )


OTHER_CALENDARS = re.compile(
    r"\d{4}[ \t]?年[ \t]?\d{1,2}[ \t]?月(?:[ \t]?\d{1,2}[ \t]?日)?"
    r"|\d{4}년[ \t]?\d{1,2}월(?:[ \t]?\d{1,2}일)?"
    r"|\b[RHS]\d{1,2}\.\d{1,2}\.\d{1,2}\b"
    r"|(?<![\d/.])(?:0\d\d|1[01]\d)[/.](?:0?[1-9]|1[0-2])[/.](?:[12]\d|3[01]|0?[1-9])(?![\d/]|\.\d)"
    rf"|\b\d{{1,2}}[ \t]+(?:{_HIJRI_MONTH})[ \t]+1[34]\d\d\b"
    r"|\b(?:19|20)\d\d\.[ \t]?(?:január|február|március|április|május|június|július|augusztus"
    r"|szeptember|október|november|december)[ \t]+\d{1,2}\.",
    _I,
)
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty[- ]?first)"
)
_ORDINAL_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\.?"
# Dates a person's history carries, written the ways notes write them.
DATE_WORDS = re.compile(
    # "the third of July", "third of July 2023", "July third", "3rd of March" (above too)
    rf"\b{_ORDINAL_WORD}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+(?:the\s+)?{_ORDINAL_WORD}(?:,?\s+\d{{4}})?\b"
    # "Thu 9/3", "Monday 12/04/2024", "Wed 3 Mar"
    rf"|\b{_WEEKDAY},?\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    # "Thursday fifth 10:30": a weekday and a day in words
    rf"|\b{_WEEKDAY},?\s+(?:the\s+)?{_ORDINAL_WORD}\b"
    rf"(?!\s+(?:of\b|{_MONTH}|time|week|day|visit|dose))"
    rf"|\b{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}(?:\s+\d{{2,4}})?\b"
    rf"|\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b"  # "Thursday, May 2"
    # "03-Mar-24", "3.Mar.2024", "3/Mar/24"
    rf"|\b\d{{1,2}}[-/. ]{_MONTH}[-/. ]\d{{2,4}}\b"
    # Days a calendar names: "on Christmas Eve" is a day and a month.
    r"|\b(?:christmas\s+(?:eve|day)|new\s+year'?s\s+(?:eve|day)|boxing\s+day|anzac\s+day"
    r"|australia\s+day|thanksgiving(?:\s+day)?|independence\s+day|valentine'?s\s+day"
    r"|remembrance\s+day|good\s+friday|easter\s+(?:sunday|monday|saturday)"
    r"|st\.?\s+patrick'?s\s+day|halloween|bastille\s+day)(?:,?\s+\d{4})?\b",
    _I,
)
# A day alone or a day/month, when the words before say it is a date: "on the 3rd", "since 9/3".
DATE_CUED = re.compile(
    rf"(?i)\b(?:on|since|from|until|till|by|dated?|dob|d\.o\.b\.?|due|seen|admitted|discharged"
    rf"|reviewed|born|died|deceased|appt|appointment|booked\s+for)\s+(?:the\s+)?"
    rf"(\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD}|\d{{1,2}}/\d{{1,2}}(?![/\d]))\b"
    r"(?!\s*(?:%|mg|ml|hours?|days?|weeks?|doses?|line|attempt|time|cycle|visit|round|floor))"
)
# The age is the number; the words around it are context, not PII.
AGE = re.compile(
    r"\b(\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|y/o|y\.o\.?|yo)\b"
    r"|\b(?:aged?|age:|umur:?)\s*(\d{1,3})(?:\b|(?=y\b))"  # ("Age: 29Y")
    r"|\b(?:she|he|patient|pt|who|i|dad|mum|mom|father|mother|nan|nana|grandma|grandpa|husband"
    r"|wife)\s+(?:is|was|am|turned|turns)\s+(\d{1,3})\b"
    r"(?!\s*(?:%|mg|ml|kg|lb|/|days?|weeks?|months?|hours?|mins?|minutes?|cm|mm))"
    r"|\b(\d{2,3})(?:st|nd|rd|th)\s+birthday\b"  # "Her 100th birthday"
    r"|\b(?:pt|patient)\s+(\d{2,3})(?=,\s)"  # "pt 95, v fragile skin"
    # in the first person, and of a third: "I'm 41, two herniated discs", "who's 91 and"
    r"|\b(?:i['\u2019]?m|who['\u2019]?s)\s+(\d{1,3})(?=[,.;]|\s+(?:and|now|next|this|years?)\b)"
    # in the languages without a locale pack: "71 ani", "77 år", Turkish "yasinda", "70歳"
    r"|\b(\d{1,3})[ \t]?(?:ani|anos|años|år|vuotta|ya\u015f\u0131nda|歳|세|岁)(?!\w)"
    # "hes 4 now", "she's 81": after the contraction, never a dose or a time
    r"|\b(?:she|he)['\u2019]?s\s+(\d{1,3})\b(?!\s*(?:%|mg|ml|kg|lb|/|[.:]\d|x\b|of\b"
    r"|days?|d\b|weeks?|wks?|months?|hours?|hrs?|h\b|mins?|minutes?|units?|times|weeks))"
    r"|\b(?:turn|turned|turns|turning)\s+(\d{1,3})\b(?!\s*(?:%|mg|ml|kg|lb|/|degrees))"
    r"|\b(\d{1,3})\s+at\s+(?:consent|enrolment|enrollment|screening|diagnosis|onset|admission"
    r"|booking|referral|presentation|delivery)\b"
    r"|\b(?:age\s+at\s+(?:[a-z]+\s+){0,2}[a-z]+|infant|baby)"
    r"\s*:?\s*(\d{1,3})(?:\b|(?=mo\b))(?!\s*(?:%|mg|kg|/))"  # ("Age at event 15mo")
    r"|\b(\d{1,3})\s+(?:days?|weeks?|wks?|months?|mths?)\s+old\b"
    # a relative's age in brackets: "her son (4)", "daughter (17)"
    r"|\b(?:son|daughter|dtr|grandson|granddaughter|brother|sister|child|baby|boy|girl|father"
    r"|mother|dad|mum|mom|husband|wife|grandmother|grandfather|nan|gran)\s+\((\d{1,3})\)"
    r"|\b(\d{1,3})\s*(?:yo|y|yr|yrs|years?)?\s*(?:m|f|male|female|man|woman|gentleman|lady)\b"
    r"(?=\s*(?:,|with|w/|presents|presenting|pres|admitted|hx|pmhx|bib|from|lives|\())",
    _I,
)
# The rarer ages, apart from AGE behind a cheap gate (each alternative costs a scan):
AGE_MORE = re.compile(
    # an age abbreviated after a name and a comma: "Zdzisław Kowal, 79 l.," "Jordi Puig, 38 a.,"
    # "Umut Deniz Aksoy, E, 31 yaş" (not "2 l. of fluid", "at 3 a.m.")
    r"(?<=, )(\d{1,3}) ?(?:l|a|v)\.(?=[ ,\n]|$)(?!\s*(?:of|m\.))|\b(\d{1,3}) ?ya\u015f\b"
    # "his age as 67", "age is 81"; a sex and an age in brackets: "ich (w, 34)", "(m, 71)"
    r"|\bage\s+(?:is|as|was|of)\s+(\d{1,3})\b(?!\s*(?:%|mg|kg|/|[.:]\d|days?|weeks?|months?))"
    r"|\((?:m|w|f|male|female),\s*(\d{1,3})\)"
    # a relative's or dependant's age after a comma: "Florence Church, spouse, 88",
    # "Caleb Bell (dependent, 16)"
    r"|\b(?:spouse|wife|husband|son|daughter|dependent|dependant|sibling|child|partner|mother"
    r"|father|sister|brother)[,:][ \t]+(\d{1,3})(?=[ \t]*(?:[|);\n]|$))"
    # a relative's history: "breast ca at 44", "(ovarian ca, 58)", "mi aged 52", "died at 71"
    r"|\b(?:ca|cancer|carcinoma|mi|cva|stroke|dementia|died|dx|diagnosed)"
    r"(?:\s+(?:at|aged?)\s+(\d{1,3})\b(?![.:/]\d|\s*(?:%|mg|kg|am|pm|hrs?|h\b|units?))"
    r"|,\s(\d{1,3})(?=\)))"
    # a pedigree's cancers: "breast ca 47", "colon ca dx 49 | d. 55", "(ovarian ca dx 58, d. 62)"
    r"|\b(?:breast|ovarian|colon|colorectal|bowel|prostate|lung|pancreatic|uterine|endometrial"
    r"|gastric|stomach|cervical|thyroid|kidney|renal|bladder|skin)\s+(?:ca|cancer)\s+"
    r"(?:dx\s+|dx'?d\s+(?:at\s+)?)?(\d{1,3})\b(?![.:/]\d|\s*(?:%|mg|kg|mm|cm))"
    r"|(?:(?<=dx \d\d)|(?<=dx \d))[ \t]*[,;|][ \t]*d\.[ \t]?(\d{1,3})\b(?![.:/]\d)"
    # an infant's age in months, with its sex or its reckoning: "4 mo M", "now 9 mo chronological"
    r"|\b(\d{1,2})[ \t]?(?:mo|mos|mth|mths|months?)[ \t]+"
    r"(?=[mf](?![\w/])|(?:(?:fe)?male(?!\s+pattern)|boy|girl|chronological|corrected|infant"
    r"|baby)\b)"
    # a minor's age in brackets: "Jayden Cruz-Villanueva (minor, 11)"
    r"|\((?:minor|child|infant|toddler|teen|adolescent|dependent|dependant|participant|client"
    r"|patient|resident),\s*(\d{1,3})\)"
    # a pedigree's living relative and a birth year: "alive, 91", "(nee Lombardo), b. 1933"
    r"|\balive[,:]?[ \t]+(\d{1,3})\b(?![.:/]\d|\s*(?:%|mg|kg))"
    # a relative past ninety, the age alone after them: "(husband 94, lives alone now)"
    r"|\b(?:husband|wife|mother|father|mum|mom|dad|nan|nana|grandma|grandpa|grandmother"
    r"|grandfather|aunt|aunty|uncle),?[ \t]+(9\d|1[01]\d)\b(?![.:/]\d|\s*(?:%|mg|kg|mins?|minutes"
    r"|yards|metres|meters|km|miles))"
    r"|(?<![\w.])(?:b\.|born(?:[ \t]+in)?)[ \t]?((?:19|20)\d\d)\b"
    # the children by their order: "3 kids; youngest 18mo.", "eldest 12, at boarding school"
    r"|\b(?:youngest|eldest|oldest)[ \t]+(?:is[ \t]+)?(\d{1,2})(?:mo|yo)?(?=[,.;)]|[ \t]*$)",
    _I,
)
_AGE_MORE_WORDS = (
    *("youngest", "eldest", "oldest"),
    *(" l.", " a.", " v.", "a. ", "a.,", "ya\u015f", "age ", "(m,", "(w,", "(f,", "spouse", "wife"),
    *("husband", "son,", "mum", "mom", "dad", "nan", "grandm", "grandp", "grandf", "aunt"),
    *("uncle",),
    *("daughter", "dependent", "dependant", "sibling", "child", "partner", "mother", "father"),
    *("sister", "brother", "ca ", "ca,", "cancer", "carcinoma", "mi ", "cva", "stroke"),
    *("dementia", "died", "dx ", "diagnosed", "(minor", "(infant", "(teen", "(toddler"),
    *("(adolescent", "(dependent", "(dependant", "mo ", "mos ", "mth", "month", "(participant"),
    *("(client", "(patient", "(resident", "alive", "b.", "born"),
)
# USPS street suffixes (Publication 28), title case: "4 Crystal Landing", "88 Davis Ports".
_USPS_SUFFIXES = (  # noqa: SIM905 - a paragraph of words reads better than 230 strings
    "Alley Avenue Branch Bridge Brook Brooks Burg Bypass Camp Canyon Cape Causeway Center "
    "Concourse Circle Cliff Cliffs Club Common Corner Corners Course Court Courts Cove Coves Creek "
    "Crescent Crest Crossing Crossroad Curve Dale Dam Divide Drive Drives Estate Estates "
    "Expressway Extension Falls Ferry Field Fields Flat Flats Ford Forest Forge Forges Fork "
    "Forks Fort Freeway Garden Gardens Gateway Glen Glens Green Greens Grove Groves Harbor "
    "Harbors Haven Heights Highway Hill Hills Hollow Inlet Island Islands Isle Junction Key "
    "Keys Knoll Knolls Lake Lakes Land Landing Lane Light Lights Loaf Lock Locks Lodge Loop "
    "Mall Manor Manors Meadow Meadows Mews Mill Mills Mission Motorway Mount Mountain "
    "Mountains Neck Orchard Oval Overpass Park Parks Parkway Pass Passage Path Pike Pine "
    "Pines Place Plain Plains Plaza Point Points Port Ports Prairie Radial Ramp Ranch Rapid "
    "Rapids Rest Ridge Ridges River Road Roads Route Row Rue Run Shoal Shoals Shore Shores "
    "Skyway Spring Springs Spur Spurs Square Squares Station Stravenue Stream Street Streets "
    "Summit Terrace Throughway Trace Track Trafficway Trail Tunnel Turnpike Underpass Union "
    "Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista Walk Walks "
    "Wall Way Ways Well Wells St Ave Rd Blvd Ln Dr Ct Pl Ter Pkwy Cir Hwy Sq Trl Xing "
    # Australian, UK and NZ street types (Australia Post's list, abbreviated as addressed).
    "Cres Cl Close Pde Parade Gr Esp Esplanade Cct Circuit Tce Bvd Gdns Rise Quay Promenade "
    "Glade Vale Wynd Chase Grange Gate Gardens Broadway Boulevarde Outlook Retreat Ramble"
).split()
_TITLE_WORD = r"[A-Z][a-z'-]*\.?"
# "17", "17A", "4/17" (unit 4 of number 17), "12-14", with "Unit", "Flat", "Lot" before it.
_HOUSE_NUMBER = (
    r"(?:(?:Unit|Flat|Apt|Lot|Shop|Suite|U)\.?\s*)?(?:\d{1,4}[A-Za-z]?/)?\d{1,5}[A-Z]?(?:-\d{1,5})?"
)
_STREET_TITLE = (
    # numbered roads first: "8393 Route 66", "12 State Highway 1", "40 County Road 12"
    rf"\b{_HOUSE_NUMBER}[ \t]+(?:(?:(?:State|US|County|Old)[ \t]+)?(?:Route|Rte|Highway|Hwy|Road)"
    rf"[ \t]+\d{{1,4}}[A-Z]?\b"
    # (an ordinal street: "3312 W 26th St", "2281 W 7th Ave")
    # (a street's name first, but "Broadway" and "The Esplanade" are names alone: "0900 Dr
    # Smith" is a clock and a doctor)
    rf"|(?:(?:{_TITLE_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}(?:{'|'.join(_USPS_SUFFIXES)})s?\b\.?"
    r"|(?:The[ \t]+)?(?:Broadway|Esplanade|Parade|Promenade|Kingsway|Strand))"
    r"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b)?"  # "1600 Pennsylvania Avenue NW"
)
# A form's next field is no part of an address: "... WV 25312  Phone 304-", "2830   Medicare:"
# (but the town: "1207 Orchard Lane, Mobile.")
_NOT_A_FIELD = (
    r"(?!(?:Tel|Ph|Phone|Mob|Mobile|Fax|Email|E-mail)\b\.?[ \t]*[:#(+\da-z]"
    r"|[A-Z][a-z'-]+[ \t]*[:#])"
)
# Between address lines: a comma, a line break (maybe with a bullet), " > ", or wide spacing.
_PART_SEP = r"(?:,?[ \t]*\n[ \t]*(?:[>?*\u2022-]+[ \t]*)?|,[ \t]*|[ \t]*>[ \t]*|[ \t]{2,})"
_AU_STATE = r"(?:vic|nsw|qld|sa|wa|tas|nt|act)"
# One to three words of a place name; the words that introduce one are not part of it.
_LOCALITY = (
    r"(?:(?!(?:in|at|to|from|of|the|and|lives|living|moved|near|address|is|on|via|rd|st)\b)"
    r"[a-z][a-z'-]*\s+){0,2}(?!(?:in|at|to|from|of|the|and|is|on)\b)[a-z][a-z'-]*"
)
_EU_STREET_WORD = (
    r"[A-Z\u00c0-\u017f][\w\u00c0-\u017f-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm"
    r"|ufer|laan|straat|gracht|plein|kade|singel|vej|gade|gatan|vägen|gränd|katu|tie|veien|gata"
    r"|steeg|dreef|dijk|markt|hof|pad|stigen|gränd|backe|torv|allé|kuja|polku|bulevardi|rinne"
    r"|väylä|kaari|ulice|náměstí|marg|ganj|nagar|chowk)"
)
# Postcodes of the European formats: 10115, 1015 AB, 123 45, 00-238, 1234-567, 1015.
_EU_POSTCODE = r"(?:\d{5}|\d{4}[ \t]?[A-Z]{2}\b|\d{3}[ \t]\d{2}|\d\d-\d{3}|\d{4}-\d{3}|\d{4})"
# A capitalised word of any Latin script: "Édithdan", "Bílovec", "Łódź".
_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d][\w'\u2019-]*"
# Lower-case words inside a street name: particles, and street types written apart.
_STREET_PARTICLE = (
    r"de|del|la|di|da|do|dos|das|van|von|der|den|polku|tie|katu|kuja|väylä|kaari|gata|gatan"
    r"|vägen|vej|gade|straße|strasse|weg|gasse|allee|platz|laan|straat"
)
_HOUSE = r"\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?"
_EU_STREET_PREFIX = (
    r"Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Calle|Carrer|Avenida|Avda\.|Paseo|Plaza"
    r"|Camino|Rua|Travessa|Praça|Rue|ul\.|ulica|(?<!et )al\.|Aleja|Plac|Osiedle|os\."
    # French and Swiss street types, Ukrainian and Russian "vul."/"ul.", Iberian others:
    # "Chemin des Vignes 4, 1009 Pully", "vul. Horodotska 112, Lviv 79007"
    r"|Chemin|Ch\.|Allée|Impasse|Quai|Boulevard|Bd|vul\.|vulytsia|ulitsa|prospekt"
    r"|Ronda|Travesía|Carretera|Estrada|Alameda|Rambla|Avinguda"
    # Latin America, Israel, Greece: "Pasaje Butteler 1142", "Rehov HaPalmach 22", "Odos ..."
    r"|Pasaje|Psje\.|Jir\u00f3n|Av\.|Rehov|Rechov|Odos|Leoforos"
)
_EIRCODE = r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d\b"
_ADDRESS_PART = (
    r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|#)\.?\s*#?\s*[A-Za-z0-9-]+"
    rf"|{_NOT_A_FIELD}[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){{0,2}}(?:,?[ \t]+[A-Z]{{2,3}}\b)?"
    rf"(?:,?[ \t]+(?:\d{{4,5}}(?:-\d{{4}})?|{_UK_POSTCODE}|{_CA_POSTCODE}))?"
    r"|[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?|\d{4,5}(?:-\d{4})?(?:[ \t]+[A-Z][a-z\u00e0-\u00ff-]+)?"
    rf"|{_UK_POSTCODE}|(?:[A-Z]{{2}}[ \t]+)?{_CA_POSTCODE})"
)
# Alternatives are separate patterns: a regex alternation stops at the first that matches,
# and the longest reading of an address is the one wanted.
# A locality with its state and postcode: "Fitzroy VIC 3065", "dubbo nsw 2830".
LOCALITY_STATE_POSTCODE = re.compile(rf"\b{_LOCALITY},?\s+{_AU_STATE}\.?,?\s+\d{{4}}\b", _I)
# Street name, then number (German, Dutch, Nordic, Italian, Spanish, Polish, French
# grammar), then an optional postcode and town: "Hauptstraße 5, 10115 Berlin".
EU_STREET_THEN_NUMBER = re.compile(
    rf"\b(?:{_EU_STREET_WORD})\s+{_HOUSE}(?:/\d{{1,4}})?\b"
    # the flat: "Kerkstraat 27 bus 3", "Wilhelminastraat 22 bis", "Stadtplatz 14/Top 4"
    r"(?:[ \t]+(?:bus|bte|top|lgh)\.?[ \t]*\d{1,4}[a-zA-Z]?\b|[ \t]+bis\b|/Top[ \t]*\d{1,4}\b)?"
    rf"(?:,?\s+{_EU_POSTCODE}(?:\s+[A-Za-z\u00c0-\u017f][\w\u00c0-\u017f-]+"
    # a town's second part: "Frankfurt am Main", "Freiburg im Breisgau", "Halle an der Saale"
    r"(?:\s+(?:am|im|an\s+der|ob\s+der|upon|sur|en)\s+[A-Z\u00c0-\u017f][\w\u00c0-\u017f-]+)?)?)?",
    _I,
)
# Nordic, German and Dutch street types written apart: "Thorvald Meyers gate 61".
_STREET_WORD_APART = re.compile(
    r"(?!(?:Anschrift|Adresse|Address|Wohnhaft|Wohnort|Domicilio|Adres)\b)"
    rf"\b{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:gate|gata|vei|veien|vej|väg|vägen|allé|plass|torg"
    r"|tie|katu|straße|strasse|weg|laan|straat|gasse|Str\.|Straße|Strasse|Weg|Gasse|Allee"
    r"|Platz|Ring|Damm"
    # Turkish: "Bağdat Cad. No: 214/A", "Gül Sok. No 7"
    r"|Cad\.|Caddesi|Sok\.|Sokak|Sk\.|Bulvar\u0131|Blv\.)[ \t]+(?:No[:.]?[ \t]*)?\d{1,4}[A-Za-z]?"
    r"(?:/[A-Za-z0-9]{1,3})?\b"
)
# A US city, state and ZIP: "Toledo, OH 43615".
CITY_STATE_ZIP = re.compile(rf"\b{_CITY},\s*{_STATE_ZIP}\b", _I)
# A state and its postcode, with the town before them when it is there: "NSW 2830",
# "Boston MA 02169".
AU_STATE_POSTCODE = re.compile(
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+)?"
    rf"\b(?:{AU_STATE_CODES})\.?[ \t]+\d{{4}}\b"
)
US_STATE_ZIP = re.compile(
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+)?"
    # (not Idaho's "ID": "payer ID 60054" is a code)
    rf"\b(?!ID\b)(?:{US_STATE_CODES})[ \t]+\d{{5}}(?:-\d{{4}})?\b"
)
# Irish, to the county: a house number and its street, or the townland and town before an
# Eircode: "4 Lios na Gréine, Ennis, Co. Clare, V95 F6P2", "Rathmore, Ballyhaunis, Co. Mayo
# F35 X2K7".
IRISH_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?[ \t]+(?:[^\W\d_][\w'\u2019-]*[ \t]+){0,4}[^\W\d_][\w'\u2019-]*,[ \t]+"
    r"(?:[A-Z][\w'\u2019-]+[ \t]?){1,3},[ \t]+(?:Co\.?[ \t]+[A-Z][a-z]+|Dublin[ \t]+\d{1,2}W?)"
    rf"(?:,?[ \t]+{_EIRCODE}\b)?"
    rf"|(?:[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?,[ \t]+){{0,3}}Co\.?[ \t]+[A-Z][a-z]+"
    rf",?[ \t]+{_EIRCODE}\b"
)
# UK postcodes, with the town before them when there is one: "Leeds LS1 4AP".
UK_POSTCODE_TOWN = re.compile(
    rf"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}},?[ \t]+)?\b{_UK_POSTCODE}"
)
# New Zealand's rural addresses: "1187 State Highway 1, Hāpuku, Kaikōura"
STATE_HIGHWAY_ADDRESS = re.compile(
    r"\b\d{1,5}[ \t]+State[ \t]+Highway[ \t]+\d{1,3}[A-Z]?"
    r"(?:,[ \t]+[A-Z\u00c0-\u017f][\w\u00c0-\u017f'-]+(?:[ \t][A-Z][\w\u00c0-\u017f'-]+)?){0,2}"
)
# Any street words, a number, then a postcode and a town: "Mlýnská 115, 530 16 Bílovec",
# "Za Statky 9, 194 82 Plasy", "Nikonkuja 189, 55979 Hollola".
_NUMBER_THEN_POSTCODE = (
    rf"(?:{_HOUSE}(?:[ \t][A-Z](?=,))?|S/N),?[ \t]+"  # ("Storgatan 14 B, 931 30 ...")
    rf"{_EU_POSTCODE}"
)
NUMBER_POSTCODE_TOWN = re.compile(
    rf"(?:\b(?:ulica|ul\.|(?<!et )al\.|aleja|os\.|pl\.|R\.|Av\.|Tv\.)[ \t]+)?"
    # (a month and its year are no street and number: "21 Sep 2024 0200, Stuart Hwy")
    rf"\b(?!(?i:{_MONTH})[ \t]+\d{{4}}\b){_CAP}(?:[ \t]+(?:{_CAP}|{_STREET_PARTICLE}))*,?[ \t]+"
    rf"{_NUMBER_THEN_POSTCODE},?[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+\([A-Z]{{2}}\))?"
)
# Irish Eircodes, with the street before and the town after them when there are:
# "59 Rowley Street A16DND2 Christian Ville".
EIRCODE_ADDRESS = re.compile(
    rf"(?:{_STREET_TITLE}[ \t]+)?\b{_EIRCODE}\b(?:[ \t][A-Z][a-z]+){{0,2}}"
)
ADDRESSES = [
    _STREET_WORD_APART,
    # Title-case streets, then up to four parts: unit, city, state and zip, country.
    re.compile(
        rf"{_STREET_TITLE}(?:\s+(?:Apt|Suite|Unit|Ste|#)\.?\s*\d+[A-Z]?)?"
        rf"(?:{_PART_SEP}{_ADDRESS_PART}){{0,4}}"
    ),
    # Any case, the common suffixes, with "city, st 12345" when it follows. (No house number
    # starts with 0: "0945 with Dr Ng" is a clock and a doctor.)
    re.compile(
        rf"\b(?!0)\d{{1,5}}\s+(?:[a-z][a-z'.-]*\s+){{1,3}}{_STREET_SUFFIX}(?![^\W\d_]){_UNIT}"
        rf"(?:,?\s+{_CITY},\s*{_STATE_ZIP})?",
        _I,
    ),
    CITY_STATE_ZIP,
    # Australian, any case: "unit 4/17 banksia cres", "4/17 Smith St, Fitzroy VIC 3065".
    re.compile(
        rf"\b(?:(?:unit|flat|apt|lot|u)\.?\s*)?\d{{1,4}}[a-z]?/\d{{1,5}}[a-z]?\s+"
        rf"(?:[a-z][a-z'.-]*\s+){{1,3}}{_STREET_SUFFIX}(?![^\W\d_])"
        rf"(?:,?\s+{_LOCALITY}\s+{_AU_STATE}\.?,?\s+\d{{4}})?",
        _I,
    ),
    re.compile(
        rf"\b(?!0)\d{{1,5}}[a-z]?\s+(?:[a-z][a-z'.-]*\s+){{1,3}}{_STREET_SUFFIX}(?![^\W\d_])"
        rf",?\s+{_LOCALITY}(?:\s+{_AU_STATE}\.?)?,?\s+\d{{4}}\b",
        _I,
    ),
    LOCALITY_STATE_POSTCODE,
    AU_STATE_POSTCODE,
    US_STATE_ZIP,
    # Postal boxes and rural delivery: "PO Box 412", "RMB 5823", "Locked Bag 7".
    re.compile(
        rf"\b(?:p\.?\s?o\.?\s?box|gpo\s+box|locked\s+bag|private\s+bag|rmb|rsd|cmb)\s*\d{{1,6}}"
        rf"(?:,?\s+{_LOCALITY}(?:,?\s+(?:{_AU_STATE}|[a-z]{{2}}))?(?:,?\s+\d{{4,5}}(?:-\d{{4}})?)?\b)?",
        _I,
    ),
    # UK, any case: "flat 6, 63 albert road, bristol bs2 0xj", "140 Kingsway, Leeds LS1 4AP".
    re.compile(
        r"\b(?:flat\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-z]?\s+(?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*,\s+"
        # (and the places between: "3 Camustianavaig, Braes, Isle of Skye IV51 9LQ")
        r"(?:(?:[a-z][a-z'-]*[ \t]+){0,3}[a-z][a-z'-]*,[ \t]+){0,2}"
        r"(?:[a-z][a-z'-]*\s+){0,3}[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b",
        _I,
    ),
    # French and Quebec streets, the street word first: "4410 rue Beaubien Est, app. 3,
    # Montréal QC H1T 1T2", "12 avenue Jean-Jaurès".
    re.compile(
        r"\b(?:\d{1,5}-)?\d{1,5}(?:[ \t]?(?:bis|ter|[A-Za-z]))?,?[ \t]+"
        r"(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|place|route|rang|côte|montée|allée"
        r"|impasse|quai|cours)[ \t]+(?:de[ \t]+la"
        r"|de[ \t]+l'|du|des|de|d')?[ \t]*[A-ZÉÈÀ][\w'\u2019-]+(?:[ \t]+[A-ZÉÈÀ][\w'\u2019-]+){0,3}"
        r"(?:[ \t]+(?:O|E|N|S|Ouest|Est|Nord|Sud)\b)?"
        r"(?:,[ \t]*(?:app\.|apt\.?|appartement|bureau|suite)[ \t]*\d{1,5})?"
        r"(?:,?[ \t]+[A-ZÉ][a-zà-ÿ'\u2019]+(?:-[A-ZÉ]?[a-zà-ÿ'\u2019]+)*"
        r"(?:[ \t][A-ZÉ][a-zà-ÿ'\u2019]+){0,2}"
        r"(?:,?[ \t]+\(?[A-Z]{2}\)?|[ \t]+\([A-ZÉ][a-zé]+\))?"
        r"(?:[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[ \t]+\d{5})?)?"
    ),
    IRISH_ADDRESS,
    UK_POSTCODE_TOWN,
    EU_STREET_THEN_NUMBER,
    NUMBER_POSTCODE_TOWN,
    # Street, number, town, postcode (Spanish, Indian, Italian orders):
    # "Cañada Simón Cobos 519, Badajoz, 39115", "Stretto Fabbri, 29, 31036, Istrana (TV)",
    # "15/90, Kala Circle, Chandigarh 613186", "423, Raman Marg, Jodhpur-768426".
    re.compile(
        rf"\b{_CAP}(?:[ \t]+(?:{_CAP}|de|del|la|di|da))*,?[ \t]+{_HOUSE}"
        rf"(?:[ \t]+(?:Piano|Interno|Scala|Puerta|Piso|Apt\.?|Appartamento)[ \t]+\d+)?"
        rf"[ \t]*,[ \t]+(?:\d{{5}},[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,4}}"
        rf"(?:,[ \t]+\d{{5}}\b|[ \t]+\([A-Z]{{2}}\))"
    ),
    re.compile(
        rf"\b{_HOUSE},[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}},[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
        rf"[- \t]\d{{6}}\b"
    ),
    # Flat or studio first, then a street without a number: "Studio 65b, Evans Ridge, ...".
    re.compile(
        rf"\b(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)[ \t]+\d{{1,4}}[a-zA-Z]?,?[ \t]+"
        rf"(?:{_TITLE_WORD}[ \t]+){{1,3}}(?:{'|'.join(_USPS_SUFFIXES)})\b\.?"
        rf"(?:{_PART_SEP}{_ADDRESS_PART}){{0,4}}"
    ),
    STATE_HIGHWAY_ADDRESS,
    EIRCODE_ADDRESS,
    # The street type as written ("Via Roma 12", not "via CareLink. Walter ... 81"), then
    # the flat ("m. 12", "3º B", "4t 2a"), postcode and town: "ul. Długa 5 m. 3, 31-147 Kraków".
    re.compile(
        rf"(?:\b(?-i:{_EU_STREET_PREFIX})|(?<!\w)(?-i:C/))\s*(?:[\w\u00c0-\u017f'-]+\.?\s+){{0,4}}?"
        rf"(?!(?:de|del|della|di|da|la|el|los|las|do|dos)\b)"
        rf"[A-Za-z\u00c0-\u017f][\w\u00c0-\u017f'.-]*,?\s+\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}}[a-zA-Z]?)?\b"
        rf"(?:\s+(?:m|lok|app?|apt|piso|esc)\.?\s*\d{{1,4}}[a-zA-Z]?\b"
        rf"|,\s+\d{{1,2}}(?:º|ª|[a-z])?(?:\s[A-Z0-9]{{1,2}}[a-zº]?)?(?=,))?"
        # the flat as each country writes it: "bus 3", "bte 2", "depto 302", "dira 7", "apto 34
        # bloco B", "1º izda.", "4.º andar, fte."
        rf"(?:,?\s+(?:bus|bte|bo\u00eete|bis|top|dira|depto|dpto|apto|lgh|daire:?|d:)\.?\s*"
        rf"\d{{1,4}}[a-zA-Z]?(?:\s+bloco\s+[A-Z])?\b"
        rf"|,\s+\d{{1,2}}\.?[º°ª](?:\s*[A-Za-z]{{1,5}}\b\.?)?(?:,\s*(?:fte|esq|dto)\.)?)?"
        # a district before the postcode: "Villa Amanecer, Temuco", "Col. Santa Tere"
        rf"(?:,\s+(?:Col\.\s+|Colonia\s+|Bairro\s+)?[A-Z\u00c0-\u017f][\w\u00c0-\u017f'-]+"
        rf"(?:\s[A-Z\u00c0-\u017f][\w\u00c0-\u017f'-]+){{0,2}}(?=,|\s*$|\s*\|))?"
        rf"(?:,?\s+(?:CEP\s+)?(?:\d{{4,5}}(?:-\d{{3,4}})?|\d\d-\d{{3}}|\d{{3}}\s\d{{2}})"
        rf"(?:\s+(?-i:[A-Z\u00c0-\u00de])[\w\u00c0-\u017f-]+)?)?",
        _I,
    ),
    # French order: "12 rue de la Paix, 75002 Paris".
    re.compile(
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée"
        r"|impasse|quai|route|résidence|cité|square|passage|lotissement|hameau|sentier|cours)"
        r"\s+(?:[\w\u00c0-\u017f'-]+\s+){0,3}?"
        r"(?!(?:de|la|le|les|du|des|d')\b)[A-Z\u00c0-\u017f][\w\u00c0-\u017f'-]+"
        # (a hamlet before the postcode: "12 Chemin du Moulin, Le Bény-Bocage, 14350 Souleuvre
        # en Bocage")
        r"(?:,\s+(?-i:(?:Le|La|Les|L')\s?)?(?-i:[A-Z\u00c0-\u00de])[\w\u00c0-\u017f'-]+(?=,\s+\d{5}))?"
        # (a flat before the postcode: "8 résidence du Hainaut, appt 14, 59300 Valenciennes")
        r"(?:,\s+(?:appt?|apt|bât|bat|esc|étage)\.?\s*[\w]{1,4}(?=,?\s+\d{5}))?"
        r"(?:,?\s+\d{5}\s+[A-Za-z\u00c0-\u017f][\w\u00c0-\u017f-]+"
        r"(?:[ \t]+(?:en|sur|sous|le|la|de)[ \t]+(?-i:[A-Z\u00c0-\u00de])[\w\u00c0-\u017f-]+"
        r"|[ \t]+[A-Za-z\u00c0-\u017f][\w\u00c0-\u017f-]+)?)?",  # (a town's words, on its line)
        _I,
    ),
    # French, no number: "rue de Poulain, 74159 BenoitVille".
    re.compile(
        r"\b(?:rue|avenue|boulevard|chemin|allée|impasse|quai|route)\s+(?:[\w\u00c0-\u017f'-]+\s+)"
        r"{0,3}?[\w\u00c0-\u017f'-]+,\s+\d{5}"
        r"(?:[ \t]+[A-Za-z\u00c0-\u017f][\w\u00c0-\u017f-]+){1,2}",  # (the town, on its line)
        _I,
    ),
]
# The address is group 1; the words before it are the context that makes it one.
ADDRESSES_AFTER = [
    # A street named without its number: "lives on Kyle Avenue", "the corner of Oak St."
    re.compile(
        rf"\b(?:on|of|at|to) ((?:{_TITLE_WORD}\s+){{1,2}}(?:{'|'.join(_USPS_SUFFIXES)})\b\.?)"
    ),
    re.compile(
        rf"\b(?:from|near|off|along|on|at) ((?:{_TITLE_WORD}\s+){{1,2}}(?:Rd|St|Hwy|Ave|Pde|Cres"
        rf"|Dr|Road|Street|Highway|Avenue|Parade|Crescent|Drive|Lane|Ln|Way|Tce|Cl|Ct)\b\.?)"
    ),
    re.compile(r"\b(?:zip code is |zip code: |zip: |postcode is )(\d{5}(?:-\d{4})?)\b", _I),
    # After an address cue, in any case: street words, a number, a postcode and a town,
    # up to the next field ("address: rotonda ferrante, 163, 60031, macine (an), tel ...").
    re.compile(
        r"(?i)\b(?:address|addr|lives at|resides at|residing at|living at|letter to|sent to)"
        r":?[ \t]+((?:[^\W\d][\w'./-]*,?[ \t]+){1,5}\d{1,5}[a-z]?(?:/\d{1,4})?,?[ \t]+"
        r"(?:[^\W\d][\w'.-]*[ \t]+\d+[ \t]*,?[ \t]+)?"
        r"(?:\d{4,6}|\d{3}[ \t]\d{2}|\d\d-\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[a-z]{2})\b,?"
        r"(?:[ \t]+(?!(?:for|tel|phone|ph|mob|mobile|contact|and|with|next)\b)[^\W\d][\w'-]*){1,4}?"
        r"(?:[ \t]+\([a-z]{2}\))?)"
        r"(?=[,;.]|[ \t]+(?:for|tel|phone|ph|mob|mobile|contact|and|with|next)\b|$)"
    ),
]
# Cheap searches that must hit before an expensive pattern is worth running.
# Cheap tests that say where a costly pattern can match: it runs only around their hits.
_ADDRESS_GUARDS = {
    LOCALITY_STATE_POSTCODE: re.compile(r"(?i)\b(?:vic|nsw|qld|sa|wa|tas|nt|act)\.?,?\s+\d{4}\b"),
    CITY_STATE_ZIP: re.compile(r"(?i),\s*[a-z]{2}\.?\s+\d{5}\b"),
    AU_STATE_POSTCODE: re.compile(rf"\b(?:{AU_STATE_CODES})\.?[ \t]+\d{{4}}\b"),
    US_STATE_ZIP: re.compile(r"\b[A-Z]{2}[ \t]+\d{5}\b"),
}
# A postcode or ZIP alone, a few words after a cue: "the mailing ZIP on the chart is 02139".
POSTCODE_AFTER_CUE = re.compile(
    r"(?i)(?:\b(?:zip|zip\s?code|postcode|post\s?code|postal\s?code|plz|cap)\b"
    r"(?:[ \t]+[a-z]+){0,5}?[ \t]*[:#=-]?[ \t]*"
    # where someone lives, by its postcode alone: "Lives in 3175" (a year is no postcode)
    r"|\b(?:lives|living|resides|residing|moved|relocated)[ \t]+(?:in|to)[ \t]+(?!(?:19|20)\d\d\b))"
    r"(\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
    r"|[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d)\b"  # Canada: "M9V 2B4"
)
# Addresses that start with a block, house or plot number and end in a postcode, as written
# in Singapore, India and Malaysia: "Blk 512 Tampines Central 1, #08-224, Singapore 520512",
# "H.No. 221, Gali No. 4, Indira Nagar, Lucknow 226016", "No. 18, Jalan Mawar 3, ..., 40400
# Shah Alam, Selangor".
NUMBERED_ADDRESS = re.compile(
    r"\b(?:Blk|Block|H\.\s?No\.|House\s+No\.?|Flat\s+No\.?|No\.|Plot(?:\s+No\.?)?|Lot)\s*\d+[A-Z]?"
    r"(?:[ \t]+[^\n,;:()]{2,40}?)?(?:,[ \t]*[^\n,;:()]{2,40}?){1,5}?"
    r",?[ \t]+\d{5,6}\b(?![ \t]+[a-z])"
    r"(?:[ \t]+[A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][a-z]+)?"
)
_NUMBERED_HEADS = ("Blk", "Block", "No.", "House", "Flat", "Plot", "Lot")
# Hungary's order, the postcode and town first: "6720 Szeged, Kárász u. 16.", "7633 Pécs, Nagy
# Lajos király útja 18. II. em. 4."
HUNGARIAN_ADDRESS = re.compile(
    rf"\b\d{{4}}[ \t]+{_CAP},[ \t]+{_CAP}(?:[ \t]+[\w\u00c0-\u017f'-]+){{0,3}}[ \t]+"
    r"(?:u\.|utca|út|útja|tér|tere|krt\.|körút)[ \t]+\d{1,4}\.?"
    r"(?:[ \t]+[IVX]+\.[ \t]*em\.[ \t]*\d+\.?)?"
)
# After "lives at" or "home to", the rest of the clause when it holds a number: the address of
# any country, as written there ("lives at Calle Durango 214, Int. 3, Col. Roma Norte, 06700
# Ciudad de México", "home to 3-14-8 Kichijoji Minamicho, Musashino-shi, Tokyo 180-0003").
ADDRESS_AFTER_HOME_CUE = re.compile(
    r"(?i:\b(?:lives|living|resides|residing|staying)(?:[ \t]+[a-z]+){0,3}?[ \t]+at"
    r"|\b(?:we|i)[ \t]+(?:are|am|live|moved)[ \t]+(?:at|to|in)|\bhouse[ \t]+is|\baddress[ \t]+to"
    r"|\b(?:endere[çc]o|direcci[oó]n|home[ \t]+delivery)[ \t]*:"
    r"|\bhome[ \t]+to|\baddress[ \t]+on[ \t]+file:?|\b(?:home|ev|residence)[ \t]*:)[ \t]+"
    r"((?=[A-Z0-9]|(?:vul|ul|al|str|pl|os|av|r)\.)[^\n;]{3,120}?)"
    # to the sentence's end, not an abbreviation's ("Int. 3", "Col. Roma Norte", "kv. 112")
    r"(?=(?<!\b[A-Z])(?<!\b(?:kv|nr|ap|No|Av|St|Rd|Dr|bl|sc|et|Pl|Ln))(?<!\b(?:Int|Col|vul|Str|Cad"
    r"|Mah|Sok|Blv|jud|Ave|Apt|Ste|Sec))(?<!\b(?:Avda|Dist|Bldg))"
    r"\.(?:[ \t]*(?:$|\n)|[ \t]+(?=[A-Z]))|[;?\n]|$|[ \t]*\("
    r"|,?[ \t]+(?i:by|with|wiht|w/|and|for|on|in|if|via|until|during|day|tonight|today|tomorrow"
    r"|tel|mob|mobile|phone|ph|fax|email|daughter|son|wife|husband|partner|family|carer)\b)"
)


_NUMBER_TOKEN = re.compile(r"(?<![\w.])\d{1,6}(?:[-/]\d{1,6})*(?![\w.])")


_HOME_CUE_PARTS = (
    *("live", "living", "resid", "staying", "home", "address", "ev", "we ", "i "),
    *("house", "ender", "direcc"),
)


def _home_cue_gate(text: str) -> bool:
    """Every cue of ADDRESS_AFTER_HOME_CUE holds one of _HOME_CUE_PARTS."""
    return holds_any_case(text, _HOME_CUE_PARTS)


def _addresses_after_home_cue(text: str) -> Iterator[Span]:
    """The clause after "lives at" or "home to", when it holds a number."""
    others: list[Span] | None = None
    for m in ADDRESS_AFTER_HOME_CUE.finditer(text):
        # a house number or a postcode among capitalised words: "Beswick" alone is a town's
        if not (_NUMBER_TOKEN.search(m.group(1)) and any(ch.isupper() for ch in m.group(1))):
            continue
        # (where other rules read parts of it, only when it holds them all)
        others = list(_addresses(text)) if others is None else others
        start, end = m.span(1)
        if all(start <= s and e <= end for s, e, _ in others if s < end and start < e):
            yield start, end, "ADDRESS"


# Without a postcode: a unit, then the building, street and district, one a comma, as
# Hong Kong, the Gulf, Sri Lanka and the Caribbean write them: "Flat 7, 3/F, Tung Fat
# Building, 48 Tokwawan Road, To Kwa Wan, Kowloon", "Villa 23, Street 14, Al Barsha 2, Dubai".
# (A word with a dot is an abbreviation, "P.O.", or ends the part: "Galway. GMS card".)
_PART_WORD = (
    r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][a-z]{1,3}\.(?=[ \t]\d)|[A-Z][\w'\u2019-]*"
    r"|\d{1,3}(?:st|nd|rd|th)\b|\d{1,5}\b)"
)
_UNIT_PART = (
    rf"{_NOT_A_FIELD}(?:\d{{1,5}}(?:/[A-Z0-9]{{1,3}})?\b|{_PART_WORD})"
    rf"(?:[ \t]+(?!{_UK_POSTCODE})(?:{_PART_WORD}|of|de|la|el|al|bin)){{0,5}}"
)
UNIT_ADDRESS = re.compile(
    r"(?:\b(?:H\.[ \t]?)?(?:Flat|Rm|Room|Villa|Lot|No\.|Unit|Apt|Apartment|Suite|Shop|House|Block"
    r"|Blk)[ \t]*|(?<![\w#])#)"
    rf"(?:\d{{1,5}}[A-Z]?(?:/\d{{1,4}})?|[A-Z]\b)(?:,[ \t]*{_UNIT_PART}){{2,7}}"
    rf"(?:[ \t]+(?:{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b|\d{{4,6}}\b))?"
)
_UNIT_HEADS = (
    *("Flat", "Rm", "Room", "Villa", "Lot", "No.", "Unit", "Apt", "Suite", "Shop", "House"),
    *("Block", "Blk", "#"),
)
# A street or a building among the parts: without one, "Room 3, Ward B, Bed 2" is no address.
_STREET_OR_BUILDING = re.compile(
    r"\b(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Estate|Building|Bldg|House|Tower"
    r"|Court|Mansion|Mansions|Gardens?|Terrace|Close|Way|Nagar|Marg|Jalan|Compound|Village"
    r"|Colony|Sector|Phase|Crescent|Parade|Highway|Boulevard|Plaza|Centre|Center|Block|Main|Cross)\b"
)
# A position: "47.80231 N, 13.04472 E", "-33.86882, 151.20929", "lat=-33.8688 lon=151.2093"
_DECIMALS = re.compile(r"\d\.\d{3}")  # every reading of COORDINATES holds one
COORDINATES = re.compile(
    r"(?<![\w.])-?\d{1,3}\.\d{4,}[ \t]?°?[ \t]?[NSns],?[ \t]*"
    r"-?\d{1,3}\.\d{4,}[ \t]?°?[ \t]?[EWew]\b"
    r"|(?i:\blat(?:itude)?[ \t]*[=:][ \t]*)-?\d{1,2}\.\d{3,}[,;]?[ \t]*(?i:lon(?:g(?:itude)?)?|lng)"
    r"[ \t]*[=:][ \t]*-?\d{1,3}\.\d{3,}"
    r"|(?<![\w.])\(?-?\d{1,2}\.\d{4,},[ \t]?-?\d{1,3}\.\d{4,}\)?(?![\w.])"
)
# Addresses in records: a postcode field ('zip="84132"', "postcode: 2830") and HL7's
# caret-separated address ("2878 Peachtree St NE^^Rochester^MN^55905").
KEYED_ADDRESS = re.compile(
    r"(?i:\b(?:zip|zip_?code|post_?code|postal_?code|plz))[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(\d{4,5}(?:-\d{4})?)\b"
    r"|(?<![\w^])(\d{1,5}[ \t][^\^|~\n]{2,40}\^[^\^|~\n]*\^[^\^|~\n]{2,40}\^[A-Z]{2,3}"
    r"\^[\dA-Z -]{4,10})"
    r"(?=[\^|~\n]|$)"
)


def _names_a_street(m: re.Match[str]) -> bool:
    return bool(_STREET_OR_BUILDING.search(m.group(), m.group().index(",")))


def _keyed_address_gate(text: str) -> bool:
    return "^" in text or holds_any_case(text, ("zip", "post", "plz"))


# A postcode alone in a shape no number has: Canada's "L6Y 4M3", Ireland's Eircode "H54 W9P2".
POSTCODE_SHAPE = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b"
    r"|\b[AC-FHKNPRTV-Y]\d{2}[ \t](?=[AC-FHKNPRTV-Y0-9]{0,3}\d)[AC-FHKNPRTV-Y0-9]{4}\b"
)
# Sixteen digits in four groups of four: a card or account whatever its check digit.
# Medicare's Beneficiary Identifier, by its own alphabet (no S, L, O, I, B, Z): "2HD9AA2MW31",
# "5KJ2-WN8-RT41"; no other number has its shape.
_MBI_ALPHA = "AC-HJKMNP-RT-Y"
MBI = re.compile(
    rf"(?<![\w-])[1-9][{_MBI_ALPHA}][{_MBI_ALPHA}\d]\d(-?)[{_MBI_ALPHA}][{_MBI_ALPHA}\d]\d\1"
    rf"[{_MBI_ALPHA}]{{2}}\d\d(?![\w-])"
)
# A rural route, highway contract or military post box: "Rural Route 1, Box 38A", "HC 71 Box
# 12", "PSC 455 Box 1182, FPO AP 96540-1182" (the town and ZIP after it join as an address's)
RURAL_BOX = re.compile(
    r"\b(?:Rural\s+Route|RR|R\.R\.|HC|PSC|CMR)[ \t]+\d{1,4},?[ \t]+Box[ \t]+\d{1,5}[A-Z]?\b"
    r"(?:,?[ \t]+(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?)?"
)
# A billing form's dates: "STATEMENT PERIOD 050624 THRU 051024", "BIRTH DATE: 03 14 09",
# "24A 08 30 24" (a CMS-1500's date of service); and a date of birth typed with spaces in any
# order, "date of birth 12 8 1951" ("12 8 1951" alone may be anything)
FORM_DATE = re.compile(
    r"(?:\b(?:PERIOD|FROM)[ \t]+|\bTHRU[ \t]+)"
    r"((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d(?:\d\d)?)\b"
    r"|(?:(?i:birth[ \t]*date|date[ \t]+of[ \t]+(?:birth|service)|dob)[: \t]+|\b24A[ \t]+)"
    r"((?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])[ \t](?:\d\d){1,2})\b"
    r"|(?i:\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|born(?:[ \t]+on)?))[ \t]*[:#=]?[ \t]*"
    r"(\d{1,2}[ \t]+\d{1,2}[ \t]+(?:19|20)?\d{2})\b(?![ \t]*[./:-]?\d)"
)
_BOX_WORDS = ("PMB", "RMB", "CMB", "RSD", "House", "Lot", "Bag", "Box")
_FORM_DATE_WORDS = ("PERIOD", "FROM", "THRU", "24A")


def _form_date_gate(text: str) -> bool:
    """Every reading of FORM_DATE holds one of these."""
    return holds(text, _FORM_DATE_WORDS) or holds_any_case(
        text, ("birth", "dob", "d.o.b", "date of", "born")
    )


_PLACE_BOX_WORDS = ("CITY ", "TOWN ", "SUBURB ", "LOCALITY ")


def _birth_gate(text: str) -> bool:
    return holds_any_case(text, ("dob", "d.o.b"))


# A month alone where a date is expected: "3 admits since Aug.", "until December"
MONTH_ALONE = re.compile(
    r"\b(?:since|from|until|till|by|last|next|early|late|mid|end\s+of|start\s+of)[ \t]+"
    r"((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?![\w/])"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December))\b"
)
# A plate after the car's make and model: "Toyota Commuter S614BXQ", "Opel Astra EL 4K771",
# "Hyundai iLoad XNU227" (letters and digits both, in capitals)
# The car makes both plate rules know ("Silver Corolla NSW EZ 71 TK" takes models too).
_CAR_MAKES = (
    r"toyota|holden|ford|mazda|hyundai|kia|nissan|mitsubishi|subaru|honda|volkswagen|vw|suzuki"
)
PLATE_AFTER_MAKE = re.compile(
    rf"\b(?i:{_CAR_MAKES}|opel|bmw|audi|mercedes|tesla|isuzu|jeep|chevrolet|chevy|dodge|gmc"
    r"|peugeot|renault|skoda|volvo|lexus)(?:[ \t]+[A-Za-z][\w-]{1,12}){0,2}?[ \t]+"
    # (the state that issued it, outside: "Subaru Outback OR 719 LNZ")
    rf"(?:(?:NSW|VIC|QLD|TAS|ACT|{US_STATE_CODES})[ \t]+)?"
    r"([A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,5})?)(?![\w-])"
)


def _plate_after_make(text: str) -> Iterator[Span]:
    """PLATE_AFTER_MAKE's plates: letters and digits both, six at least (not a model, "Kia
    EV6 GT", nor "VIN" before the VIN)."""
    for m in PLATE_AFTER_MAKE.finditer(text):
        plate = m.group(1)
        alnum = [c for c in plate if c.isalnum()]
        if len(alnum) >= 6 and any(c.isdigit() for c in alnum) and any(c.isalpha() for c in alnum):
            yield m.start(1), m.end(1), "ID"


# A date typed with spaced dots: "Admitted 12 . 02 . 24"
SPACED_DOT_DATE = re.compile(
    r"(?<![\d.])\d{1,2}[ \t]\.[ \t]\d{1,2}[ \t]\.[ \t](?:\d{4}|\d{2})\b(?![ \t]*[./:-]?\d)"
)
# A date of birth given as its year alone: "DOB 1954" (a study's "YOB 1961" field is a year,
# which Safe Harbor keeps)
YEAR_OF_BIRTH = re.compile(
    r"(?i:\b(?:dob|d\.o\.b\.?))[ \t]*[:#=]?[ \t]*"
    r"((?:19|20)\d{2})\b(?![/.-]\d)"
)
# A town a distance and a bearing away: "3 mi W of Early", "2km south of Hope"
DISTANCE_FROM_TOWN = re.compile(
    r"\b\d+(?:\.\d+)?[ \t]?(?i:km|kms|mi|miles?|k)[ \t]+"
    r"(?i:[NSEW]{1,3}|(?:north|south)(?:[- ]?(?:east|west))?|east|west)[ \t]+of[ \t]+"
    r"([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)"
)
# Where a court sits and a US county: "FAMILY COURT OF NEW ZEALAND AT MANUKAU", "COUNTY OF
# SACRAMENTO", "King County Superior Court"
COURT_PLACE = re.compile(
    r"\b(?:COURT|Court)\b[^\n|]{0,40}?[ \t](?:AT|at|sitting[ \t]+at)[ \t]+"
    r"([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+)?)(?=[ \t]*(?:[|,\n(]|$|[ \t]{2}|[ \t]-))"
    r"|\b(?:COUNTY|County)[ \t]+(?:OF|of)[ \t]+([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+)?)"
    r"|\b((?!(?:The|This|That|Each|Every|Your|Our|Their|Any|Home|Same)\b)[A-Z][a-z]+"
    r"(?:[ \t][A-Z][a-z]+)?[ \t]County)\b"
)
# A road by its name, without a house number: "the Warrego Highway", "Great Western Hwy", "the
# Hume Fwy" (an interstate, "I-35", is as wide as a state: not marked).
NAMED_ROAD = re.compile(
    # (not a street address's: "1200 S Mopac Expy Ste 310")
    r"\b(?<!\d[ \t])(?<!\d[ \t][NSEW][ \t])"
    r"(?:(?!The\b)[A-Z][a-z]+[ \t]){1,3}(?:Highway|Hwy|Freeway|Fwy|Motorway|Mwy|Expressway"
    r"|Expy|Turnpike|Tollway)\b(?![ \t]+(?:Code|Patrol|Department|Dept))"
)
_ROAD_WORDS = (
    *("ighway", "Hwy", "reeway", "Fwy", "otorway", "Mwy", "xpress", "Expy", "urnpike", "ollway"),
)
# A printed form's place box, in capitals and apart by runs of spaces: "CITY ATLANTA   STATE"
FORM_PLACE_BOX = re.compile(
    r"\b(?:CITY|TOWN|SUBURB|LOCALITY)[ \t]+"
    r"(?!(?:HOSPITAL|COUNCIL|CENTRE|CENTER|HALL|CLINIC|LIMITS|WIDE|SQUARE|PLANNING)\b)"
    r"([A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+){0,2})"
    r"(?=[ \t]{2,}|[ \t]*(?:[|\n]|$))"
)
# A post office's or a community's box number before its town: "PMB 83, via Alice Springs NT
# 0872", "House 29, Ali Curung NT 0872", "RMB 1420, Benalla" (the town joins it)
BOX_HEAD = re.compile(
    r"\b(?:PMB|RMB|CMB|RSD|House|Lot|Locked[ \t]+Bag|Private[ \t]+Bag|PO[ \t]+Box|P\.O\.[ \t]+Box)"
    r"[ \t]+\d{1,5}[A-Z]?(?=,[ \t]+(?:via[ \t]+)?[A-Z][a-z])"
)
# A street corner: "cnr Sheridan St & Grafton St", "corner of King and George Streets"
CORNER = re.compile(
    rf"\b(?:cnr|corner\s+of)\s+[A-Z][a-z]+(?:\s+{_STREET_SUFFIX})?\s+(?:&|and)\s+[A-Z][a-z]+"
    rf"\s+{_STREET_SUFFIX}s?(?![\w])",
    _I,
)
# East Asian places by their suffixes ("Musashino-shi", "Shinjuku-ku", "Gangnam-gu",
# "Yeoksam-dong") and a Japanese block address ("3-14-8 Kichijoji Minamicho"), with its
# postcode ("180-0003")
EAST_ASIAN_PLACE = re.compile(
    r"\b[A-Z][a-z]+(?:-[a-z]+)?-(?:shi|ku|ken|cho|machi|mura|gun|gu|dong|si|eup|myeon)\b"
)
JAPANESE_BLOCK = re.compile(
    r"\b\d{1,2}-\d{1,2}-\d{1,3}[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
    # (the ward or city's suffix is what says Japan: not "Dispensed 11-03-24 Goldfields")
    r",[ \t]*[A-Z][a-z]+-(?:shi|ku|cho|machi|mura|gun)(?:,[ \t]*[A-Z][\w-]+)?"
    r"(?:[ \t]+\d{3}-\d{4})?"
)
# Decimal latitude and longitude without hemispheres: "airstrip (-30.271, 142.803)"
# (a full stop after the pair ends the sentence: "outstation -21.0973, 134.3213.")
COORDINATE_PAIR = re.compile(r"(?<![\w.])-?\d{1,2}\.\d{3,6},[ \t]?-?1?\d{1,2}\.\d{3,6}(?!\d|\.\d)")
GROUPED_16 = re.compile(r"(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")

_IBAN_CUE = re.compile(r"(?i)\biban\b[ \t:#]*$")


def _iban(m: re.Match[str]) -> bool:
    """An IBAN by its check digits, or any IBAN-shaped code its label names ("IBAN NL47 ...")."""
    return cs.iban_valid(m.group()) or bool(
        _IBAN_CUE.search(m.string, max(0, m.start() - 12), m.start())
    )


# Identifiers after a word that announces one: MRN 1234567, policy ABC123456, ...
LABELLED_ID = re.compile(
    r"\b(?:mrn|mr#|medical record(?: number| no\.?)?|record|acct|account|policy|member(?: id)?"
    r"|insurance id|subscriber id|id|card no\.?|card number|card|specimen|accession|license"
    r"|licence|dl|serial|device|sn|ssn|passport|order)\s*(?:number|no\.?|#)?\s*[:#=]?\s*"
    r"((?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,})",
    _I,
)
# Unannounced identifiers: letters then many digits, or long digit runs.
BARE_ID = re.compile(r"(?<![\w-])(?:[a-z]{1,4}-?)?\d[\d-]{5,}\d(?:-?[a-z]{1,3})?(?![\w-])", _I)
# Codes in capitals, a dash and four or more digits ("STUDY-20931", "GS-4410-B"): study,
# enrolment and template ids. Standards and classifications written the same way are not.
CAPS_CODE = re.compile(
    r"(?<![\w-])(?!(?:ISO|IEC|EN|DIN|AS|NZS|BS|ANSI|IEEE|RFC|ICD|DSM|HL7|COVID|SARS|CVE|NCT)-)"
    r"(?:[A-Z]{2,8}-\d{4,}(?:-[A-Z0-9]{1,4})?"
    # "CARD-HF-0412", "SLEEP-22-061", "FACE-3c1e77a0", "OTP/2024/11842": more segments
    r"|[A-Z]{2,8}(?:[-/][A-Z0-9]{1,8})+[-/][A-Z]?\d{3,}|[A-Z]{2,8}-(?=[a-f]*\d)[0-9a-f]{6,}"
    # one letter or a short word and a number: "R-2417", "P-0055", "ONC-221"
    r"|[A-Z]-\d{4,}|[A-Z]{3,8}-\d{3}"
    # letters glued to four or more digits: "P0098", "RN10482", "NG2198475H"
    r"|[A-Z]{1,3}\d{4,9}[A-Z]?"
    # three or more segments of capitals and digits: "CP1150-A19-00382", "101-A-0027"
    r"|(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){4})[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){2,4})"
    r"(?![\w-])"
)


_ID_WORDS = re.compile(r"acct|account|policy|order|record|member|mrn|id\b|no\.?\s*$")


def _ssn_valid(m: re.Match[str]) -> bool:
    area, group, serial = m.group(1), m.group(2), m.group(3)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _ip_valid(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return text.count(":") >= 2 or text.count(".") == 3


def _strip_url(m: re.Match[str]) -> tuple[int, int]:
    end = m.end()
    while end > m.start() and m.string[end - 1] in ".,;:!?":
        end -= 1
    return m.start(), end


Rule = Callable[[str], Iterable[Span]]


def _simple(
    pattern: re.Pattern[str] | CaseBlind,
    label: str,
    check: Callable[[re.Match[str]], bool] | None = None,
    *,
    needs: tuple[str, ...] = (),
) -> Rule:
    """The pattern's matches (that pass ``check``); not looked for in a text that holds
    none of the strings ``needs`` names (a substring test is far cheaper than a scan)."""

    def find(text: str) -> Iterator[Span]:
        for m in pattern.finditer(text):
            if check is None or check(m):
                start, end = _strip_url(m) if label == "URL" else m.span()
                yield start, end, label

    return _gated(find, lambda text: holds(text, needs)) if needs else find


def _anchored(pattern: re.Pattern[str], anchor: re.Pattern[str], label: str) -> Rule:
    """The pattern's matches around the anchor's hits (a pattern that could start at any
    word is costly to run over the whole text)."""

    def find(text: str) -> Iterator[Span]:
        yield from _near(pattern, (a.span() for a in anchor.finditer(text)), text, label)

    return find


def _gated(rule: Rule, gate: Callable[[str], object]) -> Rule:
    """The rule, run only on texts that pass ``gate`` (see ``gates``)."""

    def find(text: str) -> Iterable[Span]:
        # (a plain function: a text that fails the gate costs no generator)
        return rule(text) if gate(text) else ()

    return find


def _group(
    pattern: re.Pattern[str] | CaseBlind, label: str, *, needs: tuple[str, ...] = ()
) -> Rule:
    """The first group that took part in each match; ``needs`` as for ``_simple``."""

    def find(text: str) -> Iterator[Span]:
        for m in pattern.finditer(text):
            for i in range(1, (pattern.groups or 0) + 1):
                if m.group(i) is not None:
                    yield m.start(i), m.end(i), label
                    break

    return _gated(find, lambda text: holds(text, needs)) if needs else find


_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# A child's age in words: "a nine-year-old boy", "Kirra, aged twelve".
_YOUNG = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "a ninety-two-year-old", "aged eighty seven", "one hundred and one years old"
AGE_WORDS = re.compile(
    rf"(?i)\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS_WORD})?"
    rf"|one hundred(?:(?: and)? (?:{_UNITS_WORD}|ten|eleven|twelve))?)"
    r"(?=[- ]years?[- ]old\b|[- ]y/?o\b|[- ]y\.o\.?|[- ]yo\b| years? of age\b)"
    # "she is ninety-three", "turned ninety-one"
    rf"|\b(?:is|was|turned|turns|turning|now)\s+((?:eighty|ninety)(?:[- ]{_UNITS_WORD})?"
    rf"|one hundred(?:(?: and)? {_UNITS_WORD})?)\b(?!\s+(?:percent|per|mg|kg|minutes|seconds))"
    # said of someone, or asked: "she's fifteen", "I'm seventy-one", "How old are you?
    # Caller: Twenty-seven." (not "she's two weeks", "he's ninety over sixty")
    rf"|(?:\b(?:she|he)['\u2019]s|\bi['\u2019]m|\bhow\s+old[^?\n]{{0,30}}\?[ \t|]*"
    rf"(?:\n[ \t]*)?(?:[a-z]+:[ \t]*)?)\s*"
    rf"((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[- ]{_UNITS_WORD})?|{_YOUNG}|\d{{1,3}})\b(?![- ]{_UNITS_WORD}\b)"
    rf"(?!\s*(?:percent|per|%|mg|kg|minutes?|mins?"
    rf"|seconds?|weeks?|days?|hours?|hrs?|months?|times|over|of|and\s+a\s+half|[./:]\d))"
    # ninety and over in the locales' languages: "novantadue anni", "vierundneunzig",
    # "quatre-vingt-douze ans", "noventa y dos años"
    r"|\b(novant(?:a|uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)"
    r"|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undneunzig|neunzig"
    r"|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)"
    r"|noventa(?: y (?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?)\b"
    r"(?=\s*(?:anni|jahre|jahren|j\.|ans|años|anos|!|\)))"
    rf"|\baged? ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS_WORD})?)\b"
    # a number in words alone in brackets: "sister (seventy)", "Mother (ninety-seven)"
    # (not a quantity written out again: "Qty 20 (twenty)", "qty 24 (twenty-four)")
    rf"|(?<=\()(?<!\D\d \()(?<!\D\d\d \()(?<!\D\d\d\d \()"
    rf"((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS_WORD})?"
    rf"|one hundred(?: and {_UNITS_WORD})?)(?=\))"
    # ninety and over on its own is rarely anything but an age: "so ninety-three", "vet, ninety-one"
    rf"|\b(ninety[- ]{_UNITS_WORD}|(?:one|a) hundred(?: and {_UNITS_WORD})?)\b"
    r"(?![- ]?(?:percent|per\b|%|mg|mcg|kg|ml|mls|units?|minutes?|mins?|seconds?|secs?|hours?"
    r"|hrs?|days?|weeks?|months?|times|degrees|beats|breaths|bpm|metres|meters|m\b|cm|mm|ml"
    r"|patients|people|cases|beds|dollars|cents|pounds|euros|over|on\s+\w+|and\s+\w+\s+over"
    # a larger number ("one hundred and twenty pounds") or a dose ("one hundred micrograms")
    r"|and\s+(?:ten|eleven|twelve|\w+teen|\w+ty)\b|micrograms?|milligrams?|grams?|tablets?"
    r"|capsules?|doses?|puffs?))"
    # "now in her ninety-first year", "only 'ninety-odd'"
    r"|\b(?:in\s+(?:his|her|their)\s+)(ninety[- ](?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|(?:one\s+)?hundredth|hundred\s+and\s+\w+)(?=\s+year)"
    r"|\b(ninety[- ](?:odd|something|ish))\b"
    # an ordinal birthday: "since her ninetieth birthday", "his seventy-fifth birthday"
    r"|\b((?:twen|thir|for|fif|six|seven|eigh|nine)tieth|(?:one\s+)?hundredth"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?{_ORDINAL_UNIT})"
    r"(?=\s+birthday)"
    # ninety alone between commas, after whoever it is: "Mum, ninety, lives with her"
    r"|(?<=, )(ninety|(?:one|a) hundred)(?=, )"
)

# Every reading of AGE_WORDS holds one of these.
_AGE_NUMBER_WORDS = (
    *("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"),
    *("tieth",),
    *("she's", "he's", "i'm", "she\u2019s", "he\u2019s", "i\u2019m", "how old"),
    *("novant", "neunzig", "quatre-vingt", "noventa"),
)

YOUNG_AGE_WORDS = re.compile(rf"(?i)\b({_YOUNG})(?=[- ]years?[- ]old\b)|\baged ({_YOUNG})\b")


# Dictated numbers, digit by digit: "hospital number four four zero one nine eight two",
# "nine zero four one two two eight seven". Six or more spoken digits are an identifier.
_SPOKEN_DIGIT = (
    r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|(?:double|triple)\s+\w+)"
)
# A letter read out inside a code: "W as in whiskey", "B for bravo", "K" (never "a" or "i"
# alone: "a" and "I" are words)
_SPOKEN_LETTER = (
    r"(?:[a-z](?:\s+(?:as\s+in|for)\s+[a-z]+)|[b-hj-z]"
    # the phonetic alphabet: "romeo tango hotel, four four one"
    r"|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike"
    r"|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-ray|yankee|zulu)"
)
# Dictation's spoken separators: "four one seven comma five five five", "dash", "slash", "dot"
_SPOKEN_SEP = r"[ \t,.-]+(?:(?:hyphen|dash|comma|slash|dot)[ \t,]+)?"
SPOKEN_NUMBER = re.compile(
    rf"(?i)\b(?:{_SPOKEN_LETTER}{_SPOKEN_SEP}){{0,3}}{_SPOKEN_DIGIT}"
    rf"(?:{_SPOKEN_SEP}(?:{_SPOKEN_DIGIT}|{_SPOKEN_LETTER}(?={_SPOKEN_SEP}{_SPOKEN_DIGIT})))"
    rf"{{5,}}(?:{_SPOKEN_SEP}{_SPOKEN_LETTER}){{0,2}}\b"
    # letters first, then four digits or more: "S R T hyphen zero zero four two"
    rf"|\b(?:{_SPOKEN_LETTER}{_SPOKEN_SEP}){{2,3}}{_SPOKEN_DIGIT}(?:{_SPOKEN_SEP}{_SPOKEN_DIGIT}){{3,}}\b"
)
_SPOKEN_DIGIT_WORDS = (
    *(" one", " two", " three", " four", " five", " six", " seven", " eight", " nine"),
    *(" zero", " oh", "double", "triple"),
)


def _spoken_number_gate(text: str) -> bool:
    """Every reading of SPOKEN_NUMBER says four digits or more in words."""
    low = text.lower()
    return sum(low.count(word) for word in _SPOKEN_DIGIT_WORDS) >= 4


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# Dates said aloud (triage calls, voicemail, dictation): "Second of the eleventh, oh eight",
# "March third, twenty eighteen", "seventeen April nineteen fifty two", "oh three slash oh
# seven slash nineteen forty one", "tuesday the fourth", "date of birth oh four twenty two
# fifty five"
_YEAR_SAID = (
    rf"(?:(?:nineteen|twenty)[ -])?(?:oh[ -]{_UNITS_WORD}|{_TEENS}|{_TENS}(?:[ -]{_UNITS_WORD})?)"
    rf"|two thousand(?: and)?(?:[ -](?:{_UNITS_WORD}|{_TEENS}|{_TENS}(?:[ -]{_UNITS_WORD})?))?"
)
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_DAY_SAID = rf"(?:{_TEENS}|twenty(?:[ -]{_UNITS_WORD})?|thirty(?:[ -]one)?|{_UNITS_WORD})"
_NUMBER_SAID = rf"(?:oh|zero|{_UNITS_WORD}|{_TEENS}|{_TENS}(?:[ -]{_UNITS_WORD})?)"
# A street address read out: "nineteen Wattle Street, Orange", "twelve eighteen Magnolia Drive",
# "forty two young street" (a house number in words, one to three words, then the street's kind).
_STREET_KINDS_SAID = (
    r"street|road|avenue|drive|lane|crescent|court|place|parade|terrace|close|boulevard|highway"
)
STREET_SAID = re.compile(
    rf"(?i)\b(?<![-\w]){_NUMBER_SAID}(?:[ -]{_NUMBER_SAID}){{0,2}}[ \t]+"
    rf"(?P<name>(?:(?!(?:and|or|the|a|of|to|in|on|at|for|with|from)\b)[a-z][a-z'-]+[ \t]+){{1,3}})"
    rf"(?:{_STREET_KINDS_SAID})\b"
    r"(?:,?[ \t]+(?:comma[ \t]+)?(?-i:[A-Z][a-z]+)(?=[ \t]*(?:[,.;]|$)))?"
)
_STREET_KINDS_PARTS = tuple(f" {kind}" for kind in _STREET_KINDS_SAID.split("|"))
_PLACE_SAID_BEFORE = re.compile(
    r"(?i)\b(?:at|address(?:\s+is)?|lives|live|living|to|from|on)[ \t:,]*$"
)


def _street_said(m: re.Match[str]) -> bool:
    """A street read out has a name ("Wattle Street") or follows where one is said ("at forty
    two young street"; not "one way street", "three main road crossings")."""
    named = any(w[:1].isupper() for w in m.group("name").split())
    return named or bool(_PLACE_SAID_BEFORE.search(m.string, max(0, m.start() - 16), m.start()))


SPOKEN_DATE = re.compile(
    rf"(?i)\b{_ORDINAL_WORD}\s+of\s+(?:the\s+)?{_MONTH}\b"
    rf"(?:[ \t,.\u2026]+(?:{_YEAR_SAID})\b|,?\s+\d{{4}}\b)?"
    # (a month by its number only with a year or at a clause's end: not "the first of the
    # second line")
    rf"|\b(?:the\s+)?{_ORDINAL_WORD}\s+of\s+the\s+{_MONTH_ORDINAL}\b"
    rf"(?:[ \t,.\u2026]+(?:{_YEAR_SAID})\b|(?=[ \t]*(?:[,.;)\n]|$)))"
    rf"|\b{_MONTH}\s+(?:the\s+)?{_ORDINAL_WORD}[ \t,]+(?:{_YEAR_SAID})\b"
    rf"|\b{_DAY_SAID}\s+{_MONTH}\s+(?:{_YEAR_SAID})\b"
    rf"|\b{_NUMBER_SAID}(?:\s+{_NUMBER_SAID})?\s+slash\s+{_NUMBER_SAID}(?:\s+{_NUMBER_SAID})?"
    rf"\s+slash\s+(?:{_YEAR_SAID})\b"
    rf"|\b{_WEEKDAY}\s+the\s+{_ORDINAL_WORD}(?:\s+of\s+{_MONTH})?\b"
    rf"|(?:(?<=date of birth )|(?<=date of birth, ))(?:{_NUMBER_SAID}[ ,]+){{2,5}}{_NUMBER_SAID}\b"
)
_SPOKEN_DATE_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "teenth", "tieth", "slash", "date of birth"),
)


def _spoken_date_gate(text: str) -> bool:
    """Every reading of SPOKEN_DATE holds one of these."""
    return holds_any_case(text, _SPOKEN_DATE_WORDS)


# A word spelled out letter by letter: "B for bravo, A for alpha, T for tango", "b r o w n",
# "R-E-A-D-I-N-G" (a name or a place, read out so it is written down right)
SPELLED_OUT = re.compile(
    r"\b[A-Za-z][ \t]+(?:for|as[ \t]+in)[ \t]+[A-Za-z]+"
    r"(?:[ \t,.-]+[A-Za-z][ \t]+(?:for|as[ \t]+in)[ \t]+[A-Za-z]+){2,}"
    r"|(?<![\w-])[A-Z](?:-[A-Z]){3,}(?![\w-])"
)
# A caller spelling a name letter by letter, after the name or a word that says so: "Walter
# Pruitt P R U I T T", "spelt K O W A L" (not a dictated "an N S T E M I").
SPELLED_LETTERS = re.compile(r"(?<![\w-])[A-Z](?: [A-Z]){3,}(?![\w-])")
_SPACED_CAPITALS = re.compile(r"[A-Z] [A-Z] [A-Z] [A-Z]")  # its gate (a capital first: quick)
_SPELLING_CUE = re.compile(r"(?i)\b(?:spelled|spelt|spelling|that's|that is)\W*$")


def _spells_a_name(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 30) : m.start()]
    word = before.split()[-1] if before.split() else ""
    letters = m.group().replace(" ", "")
    return word.upper() == letters or _SPELLING_CUE.search(before) is not None


def _spelled_out_gate(text: str) -> bool:
    """Every reading of SPELLED_OUT holds one of these."""
    return " for " in text or " as in " in text or "-" in text


def _not_the_alphabet(m: re.Match[str]) -> bool:
    """Not letters in the alphabet's order: "grade a b c d e" lists, it spells nothing."""
    letters = [c for c in m.group().lower() if c.isalpha()] if " for " not in m.group() else []
    return not letters or any(ord(b) - ord(a) != 1 for a, b in itertools.pairwise(letters))


# A year said aloud after a date in words: "twenty-first of October nineteen forty-four".
_SPOKEN_YEAR = (
    rf"(?:nineteen|twenty)[ -](?:hundred|oh[ -]{_UNITS_WORD}|{_TEENS}"
    rf"|{_TENS}(?:[ -]{_UNITS_WORD})?)"
    rf"|two thousand(?: and)?(?:[ -](?:{_UNITS_WORD}|{_TEENS}|{_TENS}(?:[ -]{_UNITS_WORD})?))?"
)
SPOKEN_DATE_YEAR = re.compile(
    # ("the nineteenth day of February two thousand and twenty-four": a declaration's date)
    rf"(?i)\b(?:{_ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:day\s+of\s+|of\s+)?{_MONTH}[ \t,]+"
    rf"(?:{_SPOKEN_YEAR})\b"
)
_SPOKEN_YEAR_WORDS = ("nineteen", "twenty", "thousand")


# A declaration's date with its year in figures or words: "this fourth day of March 2024",
# "the seventeenth day of August, two thousand and twenty-four".
DAY_OF_MONTH = re.compile(
    rf"(?i)\b(?:{_ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+day of\s+{_MONTH}"
    rf"(?:[ \t,]+(?:\d{{4}}|{_SPOKEN_YEAR}))?\b"
)
_DAY_OF_MONTH_RULE = _simple(DAY_OF_MONTH, "DATE")
_DATE_RULE = _simple(DATE, "DATE")


def _street_said_gate(text: str) -> bool:
    """Every reading of STREET_SAID names a street's kind after a space, in some case."""
    return holds_any_case(text, _STREET_KINDS_PARTS)


def _dates(text: str) -> Iterator[Span]:
    # (a declaration's whole date too: "fourth day of March 2024", not "March 2024" alone)
    if holds_any_case(text, ("day of",)):
        yield from _DAY_OF_MONTH_RULE(text)
    yield from _DATE_RULE(text)


# An ordinal day without its month, where a date is expected: "on the 9th", "Friday the 7th",
# "arrives the 2nd", "due thurs 14th" (not "the 2nd dose", "3rd line").
# (A gate for ORDINAL_DAY and DATE_CUED: a digit first, so ``re`` jumps to the digits.)
_ORDINAL_NUMBER = re.compile(r"\d(?:st|nd|rd|th)", _I)
ORDINAL_DAY = re.compile(
    rf"(?i)\b(?:on|by|due|arrives|arriving|before|after|from|until|til|till|next|this|last|draw"
    r"|for\s+the|and|&|do|that'?s|that\s+is"
    rf"|back|again|{_WEEKDAY}),?\s+((?:the\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)"
    rf"|the\s+{_ORDINAL_WORD})\b"  # (in words after "the": "that's the nineteenth")
    r"(?!\s*(?:line|dose|degree|cycle|trimester|week|day|time|visit|generation|floor|round"
    r"|attempt|episode|admission|opinion|toe|finger|rib|stage|percentile|of\s+(?:\d|the)))"
)
# A day and month without a year ("12/3") is a date only where a date is expected: after a
# date word, or beside a clock time; it is too often a ratio, a score or a dose otherwise.
DAY_MONTH = re.compile(r"(?<![\w/.:-])(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\w/]|[.:]\d)")
# Central Europe's day and month with their closing dots: "23.07.", "3.4." (as DAY_MONTH).
DAY_MONTH_DOT = re.compile(r"(?<![\w.])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?![\w.])")
# The US order, where the day cannot be a month: "3/14", "4/30" (as DAY_MONTH: where a date
# is expected).
MONTH_DAY = re.compile(r"(?<![\w/.:-])(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])(?![\w/]|[.:]\d)")
# "19/3-21/3": a range of days is dates whatever the words before it ("cert for 19/3-21/3").
DAY_MONTH_RANGE = re.compile(
    r"(?<![\w/.:-])((?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))[-\u2013]"
    r"((?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![\w/]|[.:]\d)"
    # "1/22 thru 1/24": "thru" says dates, in either order
    r"|(?<![\w/.:-])(\d{1,2}/\d{1,2})[ \t]+(?:thru|through)[ \t]+(\d{1,2}/\d{1,2})(?![\w/]|[.:]\d)"
)
# A range of days in one month: "12-26/03/2024", "3-7.4.2024" (one span).
_DAYS_THEN_DATE = re.compile(
    r"(?<![\w/.:-])((?:[12]\d|3[01]|0?[1-9]))[-\u2013]((?:[12]\d|3[01]|0?[1-9]))([/.])"
    r"(?:1[0-2]|0?[1-9])\3(?:\d{4}|\d{2})(?![\w/]|[.:]\d)"
)
_DATE_AFTER_DASH = re.compile(r"(?<=\d[-\u2013])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])")
_DATE_BEFORE_DASH = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")
MONTH_YEAR = re.compile(r"(?<![\w/.:-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\w/]|[.:]\d)")
_DAY_MONTH_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|from|since|until|till|by|due|dated|d/c|next|change|changed|review|reviewed"
    r"|appt|eta|w/c|wk\s+of|week\s+of|before|after|seen|admitted|discharged|booked|dc|note"
    r"|sched(?:uled)?|last|today|tomorrow|tonight|yesterday|mon|tue|tues|wed|thu|thur|thurs|fri"
    r"|sat|sun|til|edd|informed|notified|done|home|r/v|rv|f/u|fu|visit|surgery|op|arrived|clinic"
    r"|flown|transferred|started|ceased|commenced|stopped|expires|exp|dob|d\.o\.b|ed|ix|adm|set"
    r"|level|t/m|drawn|opens|closes|fill|filled|refill|refilled|registered"
    # an event's day: "LMP 2/14", "surgery was 6/28", "impounded 1/12", "the visit of 11/01"
    r"|lmp|lnmp|medevac|medevaced|impounded|injured|delivered|died|(?:op|surgery)\s+was"
    r"|visit\s+of)"
    r"(?:day|sday|nesday|urday)?\.?\s*[(:]?|\b[0-2]\d[0-5]\d|\brfds)\s*$"
)
# "19790817", HL7's and many exports' date of birth; the year bounds keep IDs out.
DATE_COMPACT = re.compile(
    r"(?<![\w.-])(?:19[2-9]\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w.-])"
)
_CLOCK_AFTER = re.compile(r"\s+(?:\d{1,2}:\d{2}|[0-2]\d[0-5]\d\b|\d{1,2}\s?(?:am|pm)\b)", _I)
# A clock time after a date: "16:42", "2:15 pm", and the nursing notes' "2140".
# A clock time after a date joins it: "16:42", "2:15 pm" (a nursing note's "2140" stays
# apart: annotators disagree on it, and it identifies nobody).
_TIME_AFTER = re.compile(
    r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?!\w|:\d)", _I
)
# Where "3/4" is a measure, not a day: "pain 4/10", "power 5/5", "bowel prep 2/3 done",
# "x 2/7", "1/2 tab", "3/4 strength".
_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:pain|power|strength|score|scored|x|prep|dose|doses|tab|tabs|for|over|q|gcs|bp|sats"
    r"|ratio|grade|stage|level|mobility|rated|of|about|approx|~|\+"
    # an acuity, a score out of ten, a course in days or months: "VA 6/9", "mood 4/10", "Mini-Cog
    # 2/5", "Rescreen 12/12", "Unfit for work 10/7"
    r"|va|acuity|vision|mood|eva|vas|nrs|cog|rescreen|recall|unfit\s+for\s+work|change"
    r"|murmur|allred)\s*\(?\s*$"
)
_MEASURE_AFTER = re.compile(
    r"(?i)\s*(?:done|ago|hx|history|days?|weeks?|months?|strength|tabs?|power|ratio|of\b"
    r"|complete|completed|full|dose|doses|pain|%|mg|ml|units?"
    # a murmur's grade, a culture's bottles, a receptor's Allred score: "3/6 ESM", "2/2 bottles"
    r"|esm|psm|ejection|systolic|diastolic|bottles?|sets|cultures?|\(allred\))"
)


# Shorthand for a course: days of a week, months of a year ("3/7", "6/12"), after the words
# that schedule one.
_COURSE = re.compile(r"(?:[1-6]/7|(?:[1-9]|1[0-2])/12)")
_COURSE_BEFORE = re.compile(
    r"(?i)\b(?:review|r/v|rv|f/u|fu|follow[- ]?up|recall|rescreen|change|changed|repeat|every|in|x)"
    r"\s*$"
)
_HOUSE_BEFORE = re.compile(
    r"(?i)(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|vej"
    r"|gade|gatan|vägen|katu|gata|\bvia|\brue|\bunit|\bflat|\bapt|\bno\.|\blot|\bvilla|\brm"
    r"|\b(?:ul|al|os)\.\s*[\w\u00c0-\u017f-]+)\s*$"  # Polish: "ul. Długa 15/4"
)
_HOUSE_AFTER = re.compile(
    rf"[ \t]+(?:[A-Za-z][a-z'-]+[ \t]+){{1,3}}{_STREET_SUFFIX}\b|,?[ \t]+\d{{4,5}}[ \t]+[A-Z]", _I
)


_SLASH_DATE_BEFORE = re.compile(
    r"(?i)\b(?:collected|recheck|rechecked|requests?|requested|bm|sent|received|inserted"
    r"|removed|placed|given)\.?\s*:?\s*$"
)
_DATE_LISTED_BEFORE = re.compile(
    r"(?:^|[^\d/.])(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:and|&)[ \t]+$"
)


def _date_expected(text: str, m: re.Match[str]) -> bool:
    """Whether a day and month without a year stand where a date is expected: after a date
    word ("seen 12/3", "admitted 23.07.") or beside a clock time ("13/03 16:42")."""
    before = text[max(0, m.start() - 16) : m.start()]
    if _DAY_MONTH_BEFORE.search(before) or _CLOCK_AFTER.match(text, m.end()):
        return True
    if "/" in m.group() and (
        _SLASH_DATE_BEFORE.search(before)
        or _DATE_LISTED_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ):
        return True  # "collected 2/12", "requests 7/15 and 7/30" (not a glucose's "bm 7.8.")
    # in brackets, when one part can only be a day: "consented this morning (4/22)"
    parts = [int(x) for x in m.group().strip(".").replace(".", "/").split("/") if x]
    return before.endswith("(") and text.startswith(")", m.end()) and max(parts) > 12


def date_beside_clock(text: str, end: int) -> bool:
    """Whether a clock time follows: "level 20/03 0530" is a date whatever the word before."""
    return bool(_CLOCK_AFTER.match(text, end))


def _ordinal_day_gate(text: str) -> bool:
    """Every reading of ORDINAL_DAY holds a digit's ordinal or an ordinal word."""
    return _ORDINAL_NUMBER.search(text) is not None or holds_any_case(text, _ORDINAL_WORD_PARTS)


_SHORT_DATE_GATE = re.compile(r"\d[/.]\d")  # every short date below holds one


def _short_dates(text: str) -> Iterator[Span]:
    for m in _SCAN["ordinal_day"].finditer(text) if _ordinal_day_gate(text) else ():
        yield m.start(1), m.end(1), "DATE"
    if _SHORT_DATE_GATE.search(text) is None:
        return
    for m in MONTH_YEAR.finditer(text):
        yield m.start(), m.end(), "DATE"
    for m in _DATE_AFTER_DASH.finditer(text):
        if _DATE_BEFORE_DASH.search(text, max(0, m.start() - 12), m.start() - 1):
            yield m.start(), m.end(), "DATE"  # "2/11/24-2/13/24": the range's second date
    for m in _DAYS_THEN_DATE.finditer(text):
        if int(m.group(1)) < int(m.group(2)):
            yield m.start(), m.end(), "DATE"
    for m in DAY_MONTH_RANGE.finditer(text):
        groups = (1, 2) if m.group(1) else (3, 4)
        days = [tuple(int(x) for x in m.group(g).split("/")) for g in groups]
        if groups == (3, 4) and not all(min(d) <= 12 and max(d) <= 31 for d in days):
            continue
        if not all(day < month <= 4 for day, month in days):  # "1/2-3/4": fractions
            yield m.start(groups[0]), m.end(groups[0]), "DATE"
            yield m.start(groups[1]), m.end(groups[1]), "DATE"
    # "admitted 23.07. with STEMI", "before 4/30": only where a date is expected
    for pattern in (DAY_MONTH_DOT, MONTH_DAY) if "." in text or "/" in text else ():
        for m in pattern.finditer(text):
            if _date_expected(text, m):
                yield m.start(), m.end(), "DATE"
    for m in DAY_MONTH.finditer(text):
        before = text[max(0, m.start() - 16) : m.start()]
        if _COURSE_BEFORE.search(before) and _COURSE.fullmatch(m.group()):
            continue  # "Review 3/12", "change 3/7": a course in days or months
        if _date_expected(text, m):
            yield m.start(), m.end(), "DATE"
            continue
        # Elsewhere a day and month too, unless it reads as a fraction or a measure.
        day, month = (int(x) for x in m.group().split("/"))
        if day < month <= 4 or (month in (7, 12) and day <= 6):
            continue  # "2/3", "3/4"; "2/7" and "3/12" are days and months of a course
        measure = _MEASURE_BEFORE.search(before)
        if measure and measure.group().lower().rstrip().endswith("of") and day > 12:
            measure = None  # "the evening of 14/03": no fraction has a numerator so large
        if measure or _MEASURE_AFTER.match(text, m.end()):
            continue
        if _HOUSE_BEFORE.search(before) or _HOUSE_AFTER.match(text, m.end()):
            continue  # a house number: "Glaserplatz 8/2", "2/10 Wattle Cl"
        yield m.start(), m.end(), "DATE"


_DAY_SLASH_MONTH = re.compile(r"\d/\d")
_ORDINAL_WORD_PARTS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "teenth", "twentieth", "thirtieth"),
)


def _date_cued_gate(text: str) -> bool:
    """Every reading of DATE_CUED holds an ordinal or a day and month."""
    return bool(
        _ORDINAL_NUMBER.search(text)
        or _DAY_SLASH_MONTH.search(text)
        or holds_any_case(text, _ORDINAL_WORD_PARTS)
    )


def _dates_in_words(text: str) -> Iterator[Span]:
    """DATE_WORDS, after SPOKEN_DATE_YEAR's longer reading of the same date."""
    spoken = holds_any_case(text, _SPOKEN_YEAR_WORDS)
    taken = [m.span() for m in _SCAN["spoken_date_year"].finditer(text)] if spoken else []
    yield from ((s, e, "DATE") for s, e in taken)
    for m in _SCAN["date_words"].finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            yield m.start(), m.end(), "DATE"


def _timed(rule: Rule, weekday: re.Pattern[str]) -> Rule:
    """A date, its weekday and the clock time after it are one date: "13/03 16:42",
    "Thursday, May 2", "Mar 12 14:03:22", "dijous 23 de maig"."""

    def find(text: str) -> Iterator[Span]:
        for start, end, label in rule(text):
            t = _TIME_AFTER.match(text, end)
            day = weekday.search(text, max(0, start - 16), start)
            yield (
                day.start() if day else start,
                t.end() if t and "at" not in t.group().lower() else end,
                label,
            )

    return find


# Age and sex in brackets, after whatever names the person: "CARD-HF-0412 (67M)", "(67 y, M)",
# "(84 J.)", "(79 jr)"; and "66 y, male", "age at consent 74".
_AGE_SEX = re.compile(
    # (Every reading starts at a digit: the lookahead spares the others at every character.)
    r"(?=\d)(?:(?<=\()\d{1,3}(?=\s?(?:[MF]|(?:y|yo|yrs?|J\.?|jr|a)(?:,?\s*(?:[MF]|male|female))?)\))"
    r"|\b\d{1,3}(?=\s?y,\s*(?:[MF]|male|female)\b)"
    r"|(?<=\bage at consent )\d{1,3}\b|(?<=\bage at enrolment )\d{1,3}\b"
    # age and sex together: "62/F", "54 Y/M", "F/62", "Name, F, 34"
    r"|\b\d{1,3}(?=\s?(?:Y\s?|yrs?\s?)?/\s?(?:[MF]|Male|Female)\b)"
    r"|(?<=\b[MF]/)\d{1,3}(?:Y\b|\b)|(?<=, [MF], )\d{1,3}\b"
    r"|(?<=\| )\d{1,3}(?= (?:\| )?[MF] \|)|(?<=,)\d{1,3}(?=,[MF](?:,|$))"
    # a field or a sentence that opens with them glued: "| 72M. Day 2", "BIBA. 25F fall" (not
    # a French gauge: "| 14F IDC")
    r"|(?:(?<=\| )|(?<=\. )|(?<![^\n]))\d{1,3}(?=[MF]\b(?![ \t]*(?i:cath|catheter|idc|iuc|ngt|ng\b"
    r"|foley|cannula|sheath|tube|drain|suction|ett|fr\b|french|gauge))))"
)


# The case-blind patterns the rules scan whole texts with, run the cheap way (``CaseBlind``).
_SCAN = {
    "date_words": CaseBlind(DATE_WORDS),
    "spoken_date_year": CaseBlind(SPOKEN_DATE_YEAR),
    "ordinal_day": CaseBlind(ORDINAL_DAY),
    "date_cued": CaseBlind(DATE_CUED),
    "age": CaseBlind(AGE),
    "age_more": CaseBlind(AGE_MORE),
    "age_words": CaseBlind(AGE_WORDS),
    "young_age_words": CaseBlind(YOUNG_AGE_WORDS),
    "labelled_id": CaseBlind(LABELLED_ID),
    "spoken_number": CaseBlind(SPOKEN_NUMBER),
    "spoken_date": CaseBlind(SPOKEN_DATE),
}


# A date a scanner misread, letters for digits: "1O/O3/l968", "DOB:O3/17/l969".
SCANNED_DATE = re.compile(r"[\dOlI]{1,2}([/.-])[\dOlI]{1,2}\1[12lI][\dOlI]{3}(?![\w/-]|\.\d)")
_AS_DIGITS = str.maketrans("OlI", "011")


def _scanned_date(m: re.Match[str]) -> bool:
    """A misread date only: a letter among four digits or more, a day, a month and a year
    as written, not glued to a word or a number before it."""
    value, before = m.group(), m.string[m.start() - 1 : m.start()]
    if before and (before.isalnum() or before in "/.-"):
        return False
    if value.isdigit() or sum(ch.isdigit() for ch in value) < 4 or value.isalpha():
        return False
    if not any(ch in "OlI" for ch in value):
        return False
    first, second, year = (int(p) for p in value.translate(_AS_DIGITS).split(m.group(1)))
    return 1900 <= year <= 2099 and min(first, second) <= 12 and 1 <= max(first, second) <= 31


def _ages(text: str) -> Iterator[Span]:
    if holds_any_case(text, _AGE_NUMBER_WORDS):
        yield from _group(_SCAN["age_words"], "AGE")(text)
    if holds_any_case(text, ("year", "aged")):
        yield from _group(_SCAN["young_age_words"], "AGE")(text)
    for m in _AGE_SEX.finditer(text):
        yield m.start(), m.end(), "AGE"
    for m in _SCAN["age"].finditer(text):
        group = next(i for i in range(1, (AGE.groups or 0) + 1) if m.group(i) is not None)
        if int(m.group(group)) <= 120:
            yield m.start(group), m.end(group), "AGE"
    for m in _SCAN["age_more"].finditer(text) if holds_any_case(text, _AGE_MORE_WORDS) else ():
        group = next(i for i in range(1, (AGE_MORE.groups or 0) + 1) if m.group(i) is not None)
        if int(m.group(group)) <= 120:
            yield m.start(group), m.end(group), "AGE"
        elif len(m.group(group)) == 4:
            yield m.start(group), m.end(group), "DATE"  # a year of birth: "b. 1933"
    for m in SEXED_AGE.finditer(text) if holds(text, _SEX_MARKS) else ():
        group = 1 if m.group(1) else 2
        if int(m.group(group)) <= 120 and not _PLACE_BEFORE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            yield m.start(group), m.end(group), "AGE"
    for m in AGE_IN_UNITS_AFTER_NAME.finditer(text) if holds(text, _UNIT_CLOSES) else ():
        yield m.start(1), m.end(1), "AGE"
    for m in AGES_LISTED.finditer(text) if holds_any_case(text, _AGES_LISTED_WORDS) else ():
        for age in _LISTED_AGE.finditer(text, m.start(1), m.end(1)):
            yield age.start(), age.end(), "AGE"


_AGES_LISTED_WORDS = ("ages ", "children (", "kids (", "sons (", "daughters (", "grandkids (")
# A baby's age in brackets after its name, the unit with it: "Ana Tipene (8 months)"
AGE_IN_UNITS_AFTER_NAME = re.compile(
    r"\b[A-Z][a-z][\w'\u2019-]*[ \t]+\((\d{1,2}[ \t]?(?:months?|mo|mos|mths?|weeks?|wks?))\)"
)
# A header's sex and age, either way round, ending a field: "Ngoc (prefers Ngoc) F 82 |",
# "(Robert) 45 M  DOB", "Jayden Wills   M   13   Woodridge"
SEXED_AGE = re.compile(
    r"(?<![\w.])[MF][ \t]+(\d{1,3})(?=[ \t]*(?:[|\n]|$)|[ \t]{2})"
    r"|(?<![\w./-])(\d{1,3})[ \t]+[MF](?=[ \t]{2}|[ \t]*(?:[|\n]|$))"
)
# (not a place's letter and number, "Bed F 3 |", "Ward 4 M |"; nor the tail of Zimbabwe's
# national number, "63-2214587 F 42")
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:bed|bay|ward|room|rm|grade|level|lvl|pod|zone|block|unit|wing|floor|cubicle"
    r"|chair|gate|row|seat|aisle|dock|lane|area|section|stage|class|size|type))[ \t]+(?:\w[ \t]+)?$"
    r"|\d-\d{5,8}[ \t]+$"
)
_SEX_MARKS = (" M ", " F ", "\tM", "\tF", "M\t", "F\t", " M\n", " F\n", " M|", " F|")
_UNIT_CLOSES = (
    "mo)",
    "mos)",
    "mth)",
    "mths)",
    "month)",
    "months)",
    "wk)",
    "wks)",
    "week)",
    "weeks)",
)
# Children's ages listed after "ages": "4 tamariki (ages 2, 5, 7, 11)"
# ("ages 4, 7 and 9"; the children's in brackets: "Children (8 and 5)", "Kids (10, 8)")
AGES_LISTED = re.compile(
    r"\b(?:ages[ \t]+|(?:children|kids|sons|daughters|grandchildren|grandkids)[ \t]+\()"
    r"(\d{1,2}(?:[ \t]*(?:,|and|&)[ \t]*\d{1,2})+)\b(?![ \t]*(?:%|mg|kg|/))",
    _I,
)
_LISTED_AGE = re.compile(r"\d{1,2}")


# An assessment's item codes and a bill's procedure codes: a letter or two and four digits
# ("M1800 grooming", "GG0170C", "A0600A SSN", "J2426 x117"). Three of them in a text are a
# form's items (OASIS, MDS); one after a billing cue is a HCPCS code.
_ITEM_CODE = re.compile(r"[A-Z]{1,2}\d{4}[A-Z]?")
_BILLING_BEFORE = re.compile(r"(?i)\b(?:cpt|hcpcs|billing|billed|service|code)s?\b[^\n]{0,24}$")


def _ids(text: str) -> Iterator[Span]:
    for start, end, _ in _group(_SCAN["labelled_id"], "ID")(text):
        end = start + len(text[start:end].rstrip("-"))
        yield start, end, "ID"
    codes = list(CAPS_CODE.finditer(text))
    items = {m.group() for m in codes if _ITEM_CODE.fullmatch(m.group())}
    for m in codes:
        if m.group() in items and (
            len(items) >= 3 or _BILLING_BEFORE.search(text, max(0, m.start() - 32), m.start())
        ):
            continue
        yield m.start(), m.end(), "ID"
    for m in BARE_ID.finditer(text):
        if _is_reference_range(text, m) or is_time_range(m.group()):
            continue
        if sum(ch.isdigit() for ch in m.group()) >= 6:
            before = text[max(0, m.start() - 24) : m.start()].lower()
            phone = m.group().isdigit() and len(m.group()) == 10 and not _ID_WORDS.search(before)
            yield m.start(), m.end(), "PHONE" if phone else "ID"


_RANGE = re.compile(r"(\d{1,4})-(\d{1,4})")


def _is_reference_range(text: str, m: re.Match[str]) -> bool:
    """A lab value's reference range in brackets: "Na 138 (135-145)", "(3.5-5.0)"."""
    r = _RANGE.fullmatch(m.group())
    return bool(
        r
        and text[m.start() - 1 : m.start()] == "("
        and text[m.end() : m.end() + 1] == ")"
        and len(r.group(1)) == len(r.group(2))
        and int(r.group(1)) < int(r.group(2))
    )


def _cards(text: str) -> Iterator[Span]:
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and cs.luhn_valid(digits):
            yield m.start(), m.end(), "ID"


def _ips(text: str) -> Iterator[Span]:
    for pattern in (IPV4, IPV6):
        for m in pattern.finditer(text):
            if _ip_valid(m.group()):
                yield m.start(), m.end(), "IP"


# How far a guarded pattern's match reaches before and after its guard's hit.
_GUARD_REACH = 80


def _near(
    pattern: re.Pattern[str], hits: Iterable[tuple[int, int]], text: str, label: str
) -> Iterator[Span]:
    """The pattern's matches that contain a hit, looked for only in windows around the hits."""
    seen: set[tuple[int, int]] = set()
    for start, end in hits:
        lo, hi = max(0, start - _GUARD_REACH), min(len(text), end + _GUARD_REACH)
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= start < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m.start(), m.end(), label


_SPACE_DIGIT = re.compile(r"\s+\d")
_EU_STREET_SUFFIXES = tuple(
    "straße strasse str. weg gasse platz allee damm ufer laan straat gracht plein kade singel "  # noqa: SIM905
    "vej gade gatan vägen gränd katu tie veien gata steeg dreef dijk markt hof pad stigen "
    "backe torv allé kuja polku bulevardi rinne väylä kaari ulice náměstí marg ganj nagar "
    "chowk".split()
)


def _eu_street_hits(text: str) -> Iterator[tuple[int, int]]:
    """Where a street-type word ends before a number ("Hauptstraße 5", "Kerkstraat 12"); a
    letter must come before the suffix, and "during 2005" is no street. (A scan of the
    number gaps and a suffix test costs a twentieth of a regex tried at every letter.)"""
    for m in _SPACE_DIGIT.finditer(text):
        start = m.start()
        word = text[max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1 : start]
        low = word.lower()
        if low.endswith(_EU_STREET_SUFFIXES) and word[:1].isalpha():
            suffix = next(x for x in _EU_STREET_SUFFIXES if low.endswith(x))
            if len(low) > len(suffix):
                yield start - len(suffix), m.end()


# A Polish street named without its number: "przy ul. Sienkiewicza", "al. Jana Pawła II".
POLISH_STREET = re.compile(
    r"(?<![\w.])(?<!et )(?:ul|al|os|pl)\.[ \t]?[A-ZŁŚŻŹĆŃÓ][\wąćęłńóśźż-]+"
    r"(?:[ \t](?:[A-ZŁŚŻŹĆŃÓ][\wąćęłńóśźż-]+|[IVX]{1,4}\b))?"
)
_POLISH_STREET_HEADS = ("ul.", "al.", "os.", "pl.")
# A Turkish address, neighbourhood to district and province: "Alsancak Mah. Kordon Cad.
# No:104 D:6 Konak/IZMIR", "Moda Mahallesi Bahariye Caddesi No: 12". (Turkish writes a
# dotless i: "\u0131" below.)
_TR_UP, _TR_LO = (
    "A-Z\u00c7\u011e\u0130\u00d6\u015e\u00dc",
    "a-z\u00e7\u011f\u0131\u00f6\u015f\u00fc",
)
TURKISH_ADDRESS = re.compile(
    rf"\b[{_TR_UP}][{_TR_LO}]+(?:[ \t][{_TR_UP}][{_TR_LO}]+)?[ \t]+Mah(?:\.|allesi)[ \t,]+"
    rf"(?:[{_TR_UP}\d][{_TR_LO}\d]*\.?[ \t]+){{1,4}}"
    r"(?:Cad(?:\.|desi)|Sok(?:\.|a\u011f\u0131)|Sk\.|Bulvar\u0131|Blv\.)"
    r"(?:[ \t,]+No[:.]?[ \t]?\d+[A-Z]?)?(?:[ \t,/]+(?:D|Daire|Kat)[:.]?[ \t]?\d+)*"
    rf"(?:[ \t,]+[{_TR_UP}][{_TR_UP}{_TR_LO}]+/[{_TR_UP}][{_TR_UP}{_TR_LO}]+)?"
)


# A letter's address block: under the street's line (it ends in its number), a line of
# postcode and town alone, "Am Stadtwald 31\n45134 Essen".
POSTCODE_TOWN_LINE = re.compile(
    r"(?:(?<=\d\n)|(?<=\d[A-Za-z]\n))[ \t]*"
    r"(\d{4,5}[ \t]+[A-ZÄÖÜÉ][\w'-]+(?:[ \t-][A-ZÄÖÜ][\w'-]+){0,2})[ \t]*(?=\n|$)"
)


# A postcode at a line's end ends an address: the next line is the letter's body.
POSTCODE_LINE_END = re.compile(
    r"(?:\b[A-Z]{2,3}\s+(?=\d)|\b(?=[A-Z]{1,2}\d))"
    r"(\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})[ \t]*\n"
)


def _addresses(text: str) -> Iterator[Span]:
    for start, end, label in _address_matches(text):
        cut = POSTCODE_LINE_END.search(text, start, end) if "\n" in text[start:end] else None
        yield start, cut.end(1) if cut else end, label


# The address patterns as rules, the case-blind ones without capitals run as ``CaseBlind``.
_ADDRESS_RULES = {
    **{p: _simple(CaseBlind.where_possible(p), "ADDRESS") for p in ADDRESSES},
    **{p: _group(CaseBlind.where_possible(p), "ADDRESS") for p in ADDRESSES_AFTER},
    POSTCODE_AFTER_CUE: _group(CaseBlind.where_possible(POSTCODE_AFTER_CUE), "ADDRESS"),
}
# Exact gates (see ``gates``) for address patterns a text rarely holds the words of.
_POSTCODE_TAIL = re.compile(r"\d[A-Z]{2}\b")  # every UK postcode ends so (digit first: quick)
_ADDRESS_GATES: dict[re.Pattern[str], Callable[[str], object]] = {
    IRISH_ADDRESS: lambda text: "Co " in text or "Co." in text or "Dublin" in text,
    UK_POSTCODE_TOWN: _POSTCODE_TAIL.search,
    STATE_HIGHWAY_ADDRESS: lambda text: "State" in text,
    # (each reading holds its number and postcode, or its Eircode, alone: a quick search)
    NUMBER_POSTCODE_TOWN: re.compile(_NUMBER_THEN_POSTCODE).search,
    EIRCODE_ADDRESS: re.compile(rf"\b{_EIRCODE}\b").search,
}


# Each address pattern with its guard, gate and rule, looked up once: a compiled pattern's
# hash is computed from its whole program on every dict lookup, which for these patterns
# cost a third of the address rule's time.
_ADDRESS_PLAN = [
    (p, _ADDRESS_GUARDS.get(p), _ADDRESS_GATES.get(p), _ADDRESS_RULES[p]) for p in ADDRESSES
]
_ADDRESS_AFTER_RULES = [_ADDRESS_RULES[p] for p in ADDRESSES_AFTER]
_POSTCODE_AFTER_CUE_RULE = _ADDRESS_RULES[POSTCODE_AFTER_CUE]


ANY_DIGIT = re.compile(r"\d")


def _address_matches(text: str) -> Iterator[Span]:
    has_digit = ANY_DIGIT.search(text) is not None
    for pattern, guard, gate, rule in _ADDRESS_PLAN:
        if not has_digit:
            break  # every pattern of this list needs a number
        if gate is not None and not gate(text):
            continue
        if pattern is EU_STREET_THEN_NUMBER:
            yield from _near(pattern, _eu_street_hits(text), text, "ADDRESS")
        elif guard is not None:
            yield from _near(pattern, (g.span() for g in guard.finditer(text)), text, "ADDRESS")
        else:
            yield from rule(text)
    for after in _ADDRESS_AFTER_RULES:
        yield from after(text)
    if has_digit:
        yield from _POSTCODE_AFTER_CUE_RULE(text)


# A weekday against a day and month, in a note's shorthand: "Thu14/11", "Fri22/3@2:30",
# "Wed 12.6 10:15am" (with a dot, only before a clock: "INR Sun 2.4" is a reading).
WEEKDAY_DAY_MONTH = re.compile(
    r"\b[MTWFS](?i:on|ue|ues|ed|eds|hu|hur|hurs|ri|at|un)(?i:day|sday|nesday|urday)?\.?[ \t]?"
    r"(?:[12]\d|3[01]|0?[1-9])(?:/(?:1[0-2]|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\w/]|[.:]\d)"
    r"|\.(?:1[0-2]|0?[1-9])(?=[ \t]+(?:\d{1,2}:\d{2}|\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]m\b)))"
)
# A day glued to its month, as pharmacy labels and logs print it: "09MAR24", "15Aug".
DAY_MONTH_GLUED = re.compile(
    r"(?<![\w./-])(?:[12]\d|3[01]|0?[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\d{4}|\d{2})?(?!\w)"
)
# A month its year pins down in words: "March of 2019", "February last year", "the fifth of
# May last year" (the whole, before the shorter readings of its parts).
MONTH_OF_YEAR = re.compile(
    rf"(?i:\b(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+of\s+)?"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+"
    r"(?:of[ \t]+(?:19|20)\d{2}\b|(?:last|this|next)[ \t]+year\b)"
)
_MONTH_OF_YEAR_WORDS = (" of 19", " of 20", "last year", "this year", "next year")
# A record's age field: '"age":16', "age=71".
AGE_KEYED = re.compile(r"(?i)[\"']age[\"']?[ \t]*[:=][ \t]*[\"']?(\d{1,3})\b(?![.:/]\d)")
# An age as the Romance languages shorten it (and a child's years), after a name and its comma:
# "Paz. Rossi, 33a,", "SCR Aiden Lim, 4y," (the digits),
# "Patient Jo Bloggs, 28a -" (the letter with it), "Pedro Ruiz, 31 a," (the digits alone).
AGE_IN_ANNI = re.compile(
    r"(?<=[^\W\d_], )(?:\d{1,3}a(?=\.?(?:[,;)]|[ \t]+[-\u2013]))"
    r"|\d{1,3}(?=(?: a\.?|y)(?:[,;)]|[ \t]+[-\u2013])))"
)
_HOUSE_CUE_BEFORE = re.compile(
    r"(?i)\b(?:via|viale|corso|piazza|rue|calle|avenida|street|st|road|rd|flat|unit|apt|room|rm"
    r"|bed|box|lot)\b[^,\n]*,[ \t]*$"
)


def _not_a_house(m: re.Match[str]) -> bool:
    """Not a house or room number after its street: "Via Roma, 12a,"."""
    return not _HOUSE_CUE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())


# A police, court or case reference in slashed groups: "Police log 13/224471/24",
# "récépissé 2024/011882" (six digits and more between the slashes: no date, no ratio).
SLASHED_REFERENCE = re.compile(r"(?<![\w/.])\d{2,4}/\d{6,}(?:/\d{2,4})?(?![\w/]|\.\d)")
# A station by its name: "Wong Tai Sin MTR station", "Leeds railway station" (not "the bus
# station": a name's word first).
STATION = re.compile(
    r"\b(?:(?!(?:The|A|An|This|That|Our|Her|His|Their|At|To|From|In|Near|By|Outside)\b)"
    r"[A-Z][\w'\u2019-]*[ \t]){1,3}"
    r"(?i:MTR|MRT|LRT|railway|rail|train|bus|tube|metro|underground|subway)[ \t]+(?i:station)\b"
)
# A tribunal's or a court's matter: "Matter GAA 2887/2024", "Application GA 24/0781".
MATTER_NUMBER = re.compile(
    r"\b(?i:matter|application|appeal|case|file|proceedings?|order)(?:[ \t]+(?i:no\.?|number|#))?"
    r"[ \t]+([A-Z]{1,4}[ \t]?\d{2,5}/\d{2,4})(?![\w/])"
)
# A referral code of the aged-care and disability schemes: "1-9RMX3T7", "4-8JKD2P6".
SCHEME_CODE = re.compile(
    r"(?<![\w-])\d-(?=[0-9A-Z]*[A-Z][0-9A-Z]*\d)(?=[0-9A-Z]*\d)[0-9A-Z]{7}(?![\w-])"
)
# A position in degrees and minutes ("12°03'S 134°14'E"), or to two decimals after a word
# that says it is one ("approx -27.30, 133.62", "GPS: 32.04, -81.09", "lat -33.86 lon 151.20").
COORDINATES_CUED = re.compile(
    r"(\d{1,3}°[ \t]?\d{1,2}['\u2032](?:[ \t]?\d{1,2}(?:\.\d+)?[\"\u2033])?[ \t]?[NSns],?[ \t]*"
    r"\d{1,3}°[ \t]?\d{1,2}['\u2032](?:[ \t]?\d{1,2}(?:\.\d+)?[\"\u2033])?[ \t]?[EWew])\b"
    r"|(?i:\b(?:approx|approximately|gps|coords|coordinates|position|location|grid|lat/long))"
    r"[.:]?[ \t]+\(?(-?\d{1,2}\.\d{2,},[ \t]?-?\d{1,3}\.\d{2,})\)?(?!\w|\.\d)"
    r"|(?i:\blat(?:itude)?)[ \t]+(-?\d{1,2}\.\d{2,},?[ \t]+(?i:lon(?:g(?:itude)?)?|lng)[ \t]+"
    r"-?\d{1,3}\.\d{2,})"
)
_COORDINATE_CUES = ("°", "approx", "gps", "GPS", "oord", "osition", "ocation", "rid", "lat", "Lat")
# A latitude or a longitude in a record's field: '"lat":-35.2412', "lng=149.0645".
KEYED_COORDINATE = re.compile(
    r"(?i)[\"']?\b(?:lat|latitude|lng|lon|long|longitude)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(-?\d{1,3}\.\d{3,})(?![\d.])"
)
# An Australian plate with its state, a vehicle named before it: "Maxi taxi booked for 1730,
# QLD 712 YTX", "car parked out front - NSW CX 41 PQ".
STATE_PLATE = re.compile(
    rf"\b(?:{AU_STATE_CODES})[ \t]+(?=[A-Z0-9 ]{{0,8}}[A-Z])(?=[A-Z0-9 ]{{0,8}}\d)"
    r"[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2}(?![\w-])"
)
_VEHICLE_BEFORE = re.compile(
    r"(?i)\b(?:car|ute|taxi|cab|van|bus|truck|vehicle|rego|plate|driver|drives|parked|uber"
    r"|ambulance|trailer|caravan"
    # a car by its make, model or body: "Silver Corolla NSW EZ 71 TK", "Commodore QLD 791 QWE"
    rf"|sedan|hatch|hatchback|wagon|suv|4wd|motorbike|motorcycle|scooter|{_CAR_MAKES}"
    r"|commodore|corolla|camry|hilux|ranger|landcruiser|prado|falcon|civic|navara|triton|rav4"
    r"|i30)\b"
)


def _vehicle_before(m: re.Match[str]) -> bool:
    """A plate of letters and digits, a vehicle named in the 50 characters before (not "WA DL
    6094211", a licence)."""
    plate = m.group().split(None, 1)[1]
    return (
        any(c.isdigit() for c in plate)
        and any(c.isalpha() for c in plate)
        and _VEHICLE_BEFORE.search(m.string, max(0, m.start() - 50), m.start()) is not None
    )


# An ordinal day at a clause's end is a date: "For MDT the 20th.", "back the 3rd, then"
# (not "in the 5th,", a percentile or a place in a race).
ORDINAL_DAY_AT_END = re.compile(
    r"(?i)(?<!\bin )(?<!\bof )\bthe[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)"
    r"(?=[ \t]*(?:[.;!?)]|,\s|$))"
)
# A postcode named as one: "lives in the 6000 postcode", "the 2770 post code".
POSTCODE_NAMED = re.compile(r"\b\d{4,5}(?=[ \t]+(?i:post[ \t]?code|zip[ \t]?code)\b)")


def build_rules(locales: Sequence[str] | None = None) -> list[tuple[str, Rule]]:
    """The rules for ``locales`` (None: the default set), in priority order.

    Order matters: on overlap, an earlier rule's span wins over a later one's. Cued
    identifiers come before phones, so ``MRN 0412345678`` is an ID; dates come before
    phones, so ``12-03-1961`` is a date.
    """
    from mlgate.redaction.facilities import facilities
    from mlgate.redaction.ids import MIXED_GROUPS, NationalIds, cued_ids, device_ids, media_files
    from mlgate.redaction.languages import (
        MONTH_PREPOSITIONS,
        local_ages,
        local_date_gate,
        local_dates,
        local_months_alone,
        local_weekdays,
    )
    from mlgate.redaction.locales import resolve_locales
    from mlgate.redaction.phones import PhoneFinder

    packs = resolve_locales(locales)
    families = {family for pack in packs for family in pack.ids}
    tags = [pack.tag for pack in packs]
    dates, ages, months = local_dates(tags), local_ages(tags), local_months_alone(tags)
    weekdays = "|".join(w for w in (_WEEKDAY, local_weekdays(tags)) if w)
    weekday = re.compile(rf"(?<!\w)(?:{weekdays}),?\s+$", _I)
    local: dict[str, list[tuple[str, Rule]]] = {
        "date": [
            ("date_local", _timed(_gated(_simple(dates, "DATE"), local_date_gate(tags)), weekday))
        ]
        if dates
        else [],
        "month": [
            (
                "date_local_month_alone",
                _gated(_simple(months, "DATE"), lambda t: holds_any_case(t, MONTH_PREPOSITIONS)),
            )
        ]
        if months
        else [],
        "age": [("age_local", _group(ages, "AGE"))] if ages else [],
    }
    return [
        ("email", _simple(EMAIL, "EMAIL", needs=("@",))),
        ("url", _gated(_simple(URL, "URL", _not_a_namespace), _holds_url)),
        ("url_bare", _gated(_simple(URL_BARE, "URL", _not_a_namespace), _holds_bare_url)),
        ("media", media_files),
        ("ip", _ips),
        ("ssn", _simple(SSN, "ID", _ssn_valid, needs=("-",))),
        ("device_id", device_ids),
        ("cued_id", cued_ids),
        ("card", _cards),
        ("iban", _simple(IBAN, "ID", _iban)),
        ("national_id", NationalIds(sorted(families))),
        ("date", _timed(_dates, weekday)),
        # (the spoken year first: the longer reading of the same date)
        ("date_words", _timed(_dates_in_words, weekday)),
        ("date_short", _timed(_short_dates, weekday)),
        ("date_compact", _simple(DATE_COMPACT, "DATE")),
        ("date_cued", _gated(_group(_SCAN["date_cued"], "DATE"), _date_cued_gate)),
        *local["date"],
        ("phone", PhoneFinder([pack.region for pack in packs])),
        ("phone_shape", _simple(PHONE, "PHONE")),
        ("facility", facilities),
        ("address", _addresses),
        ("age", _ages),
        *local["age"],
        ("id", _ids),
        # (Appended: a rule's place in this list is its priority, and the engine's own layers
        # sit between the ones above.)
        ("spoken_id", _gated(_simple(_SCAN["spoken_number"], "ID"), _spoken_number_gate)),
        ("date_scanned", _simple(SCANNED_DATE, "DATE", _scanned_date)),
        ("email_spelled", _anchored(EMAIL_SPELLED, _EMAIL_AT, "EMAIL")),
        ("address_caps", _simple(CAPS_STREET, "ADDRESS", needs=_CAPS_STREET_TYPES)),
        ("address_caps_city", _simple(CAPS_CITY_ZIP, "ADDRESS")),
        ("address_said", _gated(_simple(STREET_SAID, "ADDRESS", _street_said), _street_said_gate)),
        ("url_said", _gated(_simple(URL_SAID, "URL"), lambda t: holds_any_case(t, (" dot ",)))),
        ("address_numbered", _simple(NUMBERED_ADDRESS, "ADDRESS", needs=_NUMBERED_HEADS)),
        ("postcode_shape", _simple(POSTCODE_SHAPE, "ADDRESS")),
        ("coordinates", _gated(_simple(COORDINATES, "ADDRESS"), _DECIMALS.search)),
        ("grouped_number", _simple(GROUPED_16, "ID")),
        ("phone_au_13", _simple(AU_13_NUMBER, "PHONE", needs=("13 ",))),
        ("address_keyed", _gated(_group(KEYED_ADDRESS, "ADDRESS"), _keyed_address_gate)),
        ("address_unit", _simple(UNIT_ADDRESS, "ADDRESS", _names_a_street, needs=_UNIT_HEADS)),
        ("date_other_calendars", _gated(_simple(OTHER_CALENDARS, "DATE"), _other_calendars_gate)),
        ("address_hungarian", _simple(HUNGARIAN_ADDRESS, "ADDRESS")),
        ("address_after_cue", _gated(_addresses_after_home_cue, _home_cue_gate)),
        ("medicare_mbi", _simple(MBI, "ID")),
        (
            "spelled_out",
            _gated(_simple(SPELLED_OUT, "PERSON", _not_the_alphabet), _spelled_out_gate),
        ),
        ("date_said", _gated(_simple(_SCAN["spoken_date"], "DATE"), _spoken_date_gate)),
        (
            "spelled_name",
            _gated(_simple(SPELLED_LETTERS, "PERSON", _spells_a_name), _SPACED_CAPITALS.search),
        ),
        ("date_month_alone", _group(MONTH_ALONE, "DATE")),
        *local["month"],
        ("date_year_of_birth", _gated(_group(YEAR_OF_BIRTH, "DATE"), _birth_gate)),
        ("place_distance_from", _group(DISTANCE_FROM_TOWN, "LOCATION", needs=(" of ",))),
        (
            "place_of_court",
            _group(COURT_PLACE, "LOCATION", needs=("OURT", "ourt", "OUNTY", "ounty")),
        ),
        ("place_form_box", _group(FORM_PLACE_BOX, "LOCATION", needs=_PLACE_BOX_WORDS)),
        ("address_box_head", _simple(BOX_HEAD, "ADDRESS", needs=_BOX_WORDS)),
        ("address_corner", _simple(CORNER, "ADDRESS", needs=("cnr", "Cnr", "CNR", "orner"))),
        ("address_rural_box", _simple(RURAL_BOX, "ADDRESS", needs=("Box",))),
        ("date_form", _gated(_group(FORM_DATE, "DATE"), _form_date_gate)),
        ("coordinate_pair", _gated(_simple(COORDINATE_PAIR, "ADDRESS"), _DECIMALS.search)),
        ("place_east_asian", _simple(EAST_ASIAN_PLACE, "LOCATION", needs=("-",))),
        ("address_japanese", _simple(JAPANESE_BLOCK, "ADDRESS", needs=("-",))),
        ("address_postcode_line", _group(POSTCODE_TOWN_LINE, "ADDRESS", needs=("\n",))),
        ("code_in_groups", _simple(MIXED_GROUPS, "ID")),
        ("address_polish_street", _simple(POLISH_STREET, "ADDRESS", needs=_POLISH_STREET_HEADS)),
        ("address_turkish", _simple(TURKISH_ADDRESS, "ADDRESS", needs=("Mah",))),
        ("place_named_road", _simple(NAMED_ROAD, "LOCATION", needs=_ROAD_WORDS)),
        (
            "date_weekday_numeric",
            _gated(_simple(WEEKDAY_DAY_MONTH, "DATE"), _SHORT_DATE_GATE.search),
        ),
        ("date_month_glued", _simple(DAY_MONTH_GLUED, "DATE")),
        ("date_month_of_year", _simple(MONTH_OF_YEAR, "DATE", needs=_MONTH_OF_YEAR_WORDS)),
        ("age_keyed", _group(AGE_KEYED, "AGE", needs=("age", "Age", "AGE"))),
        ("postcode_named", _simple(POSTCODE_NAMED, "ADDRESS", needs=("code", "Code", "CODE"))),
        ("age_in_anni", _simple(AGE_IN_ANNI, "AGE", _not_a_house, needs=(", ",))),
        ("id_slashed", _simple(SLASHED_REFERENCE, "ID", needs=("/",))),
        ("place_station", _simple(STATION, "LOCATION", needs=("station", "Station", "STATION"))),
        ("id_matter", _group(MATTER_NUMBER, "ID", needs=("/",))),
        ("id_scheme_code", _simple(SCHEME_CODE, "ID", needs=("-",))),
        ("coordinate_keyed", _gated(_group(KEYED_COORDINATE, "ADDRESS"), _DECIMALS.search)),
        ("plate_with_state", _simple(STATE_PLATE, "ID", _vehicle_before)),
        (
            "date_ordinal_at_end",
            _gated(_simple(ORDINAL_DAY_AT_END, "DATE"), _ORDINAL_NUMBER.search),
        ),
        ("date_spaced_dots", _simple(SPACED_DOT_DATE, "DATE", needs=(" . ",))),
        ("plate_after_make", _plate_after_make),
        ("coordinates_cued", _group(COORDINATES_CUED, "ADDRESS", needs=_COORDINATE_CUES)),
    ]


RULES: list[tuple[str, Rule]] = build_rules()
# Rules appended late whose shapes nothing else reads right, ranked with the cued identifiers:
# a code read out ("Oh four one two, five five eight") or spelled ("B for bravo, A for alpha")
# is one span, not the words a name rule takes from it ("Oh", "bravo"); a month its year pins
# down in words is one date, not its day and month alone; a named station is one place.
_PRIORITY = {
    "spoken_id": 7, "spelled_out": 7, "date_said": 7, "address_japanese": 7,
    "date_month_of_year": 7, "place_station": 7,
}  # fmt: skip
HIGH_PRECISION = {
    "email", "url", "url_bare", "ip", "ssn", "device_id", "cued_id", "card", "iban",
    "national_id", "phone", "phone_shape",
}  # fmt: skip


def find_rule_spans(
    text: str, only: set[str] | None = None, rules: list[tuple[str, Rule]] | None = None
) -> list[tuple[int, int, str, int]]:
    """All rule hits as (start, end, label, priority); lower priority numbers win overlaps.

    Args:
        text: the text to scan.
        only: rule names to run (None: all).
        rules: the rule list (``build_rules``); None uses the default locales' ``RULES``.
    """
    out: list[tuple[int, int, str, int]] = []
    # (a plain loop: most rules find nothing in a text, and a generator per rule cost more)
    for priority, (name, rule) in enumerate(RULES if rules is None else rules):
        if only is not None and name not in only:
            continue
        for s, e, label in rule(text):
            if e > s:
                out.append((s, e, label, _PRIORITY.get(name, priority)))
    return out
