"""Named entities from a spaCy Doc, cleaned the way a careful reader would read them.

Pure: a Doc in, `Entity` tuples out (textacy style), so each rule is a two-line test. The
cross-article work (which actor an entity is) is link.py's.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .text import key

LABELS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "misc"}

# Capitals and seats of power stand for governments in press copy ("Washington a assuré…"):
# a place or an organisation, never a person (issue 3).
SEATS_OF_POWER = {
    "washington", "moscou", "paris", "kiev", "kyiv", "londres", "berlin", "pekin", "beijing",
    "tokyo", "bruxelles", "rome", "madrid", "ottawa", "varsovie", "minsk", "ankara", "teheran",
    "kremlin", "le kremlin", "elysee", "l'elysee", "matignon", "maison-blanche", "maison blanche",
    "la maison-blanche", "la maison blanche", "pentagone", "le pentagone", "quai d'orsay",
    "downing street", "bercy", "beauvau", "white house", "pentagon",
}

# Head nouns of functions glued before a name ("le ministre américain de la Défense Lloyd
# Austin"): kept as a role seen for the actor, stripped from the name.
TITLE_HEADS = {
    "president", "presidente", "ministre", "porte-parole", "secretaire", "chef", "chancelier",
    "chanceliere", "premier", "premiere", "directeur", "directrice", "ambassadeur", "ambassadrice",
    "general", "generale", "maire", "senateur", "senatrice", "depute", "deputee", "roi", "reine",
    "pape", "patron", "patronne", "dirigeant", "dirigeante", "conseiller", "conseillere",
    "commissaire", "procureur", "procureure", "juge", "gouverneur", "candidat", "candidate",
    "leader", "diplomate", "ministere", "homologue", "vice-president", "vice-presidente",
    "emir", "prince", "princesse", "cardinal", "eveque", "colonel", "capitaine", "amiral",
    "entraineur", "selectionneur", "avocat", "avocate", "journaliste", "opposant", "opposante",
    "militant", "militante", "fondateur", "fondatrice", "PDG", "pdg", "patriarche", "ayatollah",
}
DETERMINERS = {"le", "la", "les", "l'", "du", "des", "de", "d'", "au", "aux"}
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ\u0400-\u042f][\w\u0400-\u04ff'’.-]*$")
_APOSTROPHE_FRAGMENT = re.compile(r"^\w{1,2}['’]$|^['’]")


class Entity(NamedTuple):
    start: int
    end: int
    label: str          # person | organisation | place | misc
    text: str
    title: str | None   # a function stripped from the front of a person's name


def entities(doc) -> list[Entity]:
    """Cleaned entities of `doc`: junk rejected, titles stripped, governments not persons."""
    out = []
    for ent in doc.ents:
        cleaned = clean_entity(doc, ent.start, ent.end, LABELS.get(ent.label_, "misc"))
        if cleaned is not None:
            out.append(cleaned)
    return out


def clean_entity(doc, start: int, end: int, label: str) -> Entity | None:
    """One NER span (token indexes) → a clean Entity, or None when it is not a name."""
    while start < end and doc[start].lower_ in DETERMINERS | {"l’", "d’"}:
        start += 1
    while end > start and not doc[end - 1].text[:1].isalnum():
        end -= 1
    title = None
    if label in ("person", "misc") and end - start >= 2:
        start, title = _strip_title(doc, start, end)
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if _is_junk(span):
        return None
    if label == "person" and key(text) in SEATS_OF_POWER:
        label = "place"
    if label == "misc" and _looks_like_person(span):
        label = "person"
    return Entity(span.start_char, span.end_char, label, text, title)


def _is_junk(span) -> bool:
    """Apostrophe fragments, lowercase words, numbers, single letters."""
    text = span.text.strip()
    if len(text) < 2 or _APOSTROPHE_FRAGMENT.match(text):
        return True
    if not any(t.text[:1].isupper() for t in span):
        return True
    return not any(c.isalpha() for c in text)


def _strip_title(doc, start: int, end: int) -> tuple[int, str | None]:
    """Drop leading title words from a person span; return (new start, title text)."""
    first = start
    # lowercase words glued to the front ("ministre Lloyd Austin")
    while first < end - 1 and not _NAME_TOKEN.match(doc[first].text):
        first += 1
    # a capitalised complement of a title ("… de la Défense Lloyd Austin", "… du Kremlin Dmitri Peskov")
    if end - first >= 3 and first > 0 and doc[first - 1].lower_ in DETERMINERS | {"l’", "d’"}:
        first += 1
    # a title head inside the span ("Président Macron")
    if end - first >= 2 and key(doc[first].text) in TITLE_HEADS:
        first += 1
    title = _title_before(doc, first)
    return first, title


def _title_before(doc, name_start: int) -> str | None:
    """The noun phrase of function just before a name: 'le porte-parole du Pentagone'."""
    sent_start = doc[name_start].sent.start if doc.has_annotation("SENT_START") else 0
    for i in range(name_start - 1, max(sent_start, name_start - 10) - 1, -1):
        if key(doc[i].text) in TITLE_HEADS:
            begin = i - 1 if i > 0 and doc[i - 1].lower_ in {"le", "la", "l'", "l’"} else i
            while begin > sent_start and doc[begin - 1].pos_ == "ADJ":
                begin -= 1
            text = doc[begin:name_start].text.rstrip(" ,")
            return text or None
        if doc[i].text in {".", ";", "«", "»", ":"}:
            break
    return None


def _looks_like_person(span) -> bool:
    return len(span) in (2, 3) and all(_NAME_TOKEN.match(t.text) for t in span) and \
        any(t.pos_ == "PROPN" for t in span)
