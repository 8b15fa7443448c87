"""Who said it: a quote's speaker span (found by quotes.py) → an actor of the dossier.

A person named inside the span wins, then a registry role alias valid on the article's date,
then the actor an earlier description points back to, then an organisation named inside the
span; an organisation the NER missed becomes an automatic actor. No speaker is better than a
guessed one: anything else stays None and is listed by `dossier check`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .entities import HONORIFICS, Entity, is_demonym, is_nationality
from .link import INITIAL, Linker
from .model import Article, Mention
from .quote_words import (
    AGE_AFTER_NAME, APPOSITION_AFTER_NAME, COMPLEMENT_BEFORE, INCISE_VERBS, ORGANISATION_NOUNS, PERSON_TITLES,
    SPEECH_VERBS, person_word,
)
from .text import fold, key


@dataclass
class Earlier:
    """What the earlier quotes of one article told about their speakers, kept in text order."""
    functions: dict[str, str] = field(default_factory=dict)    # a function → the person it named
    speakers: list[str] = field(default_factory=list)          # the actors who spoke, in order
    unnamed: set[str] = field(default_factory=set)      # heads of indefinite speakers left unnamed


def speaker_actor(article: Article, q, mentions: list[Mention], linker: Linker,
                  entities: list[Entity], earlier: Earlier | None = None) -> str | None:
    """The actor who said quote `q` of `article`: an actor of the dossier the speaker span points
    to, else an organisation the NER missed (an automatic actor), else None. `earlier`, given
    for the quotes of one article in text order, is updated with this one."""
    earlier = earlier if earlier is not None else Earlier()
    if q.speaker_start is not None and _UNNAMED_SOURCE.match(article.text, q.speaker_start):
        return None                    # "une source de l'AFP proche du dossier": not the AFP
    actor = resolve_speaker(article, q, mentions, linker, entities, earlier) or \
        named_organisation(article, q, mentions, linker, entities)
    if actor:
        earlier.speakers.append(actor)
    elif q.speaker_start is not None and _INDEFINITE.match(article.text, q.speaker_start):
        earlier.unnamed.add(_head_word(article.text[q.speaker_start:q.speaker_end]))    # "un juge de la Cour"
    return actor


_INDEFINITE = re.compile(r"(un|une)\s", re.I)


def resolve_speaker(article: Article, q, mentions: list[Mention], linker: Linker,
                    entities: list[Entity], earlier: Earlier) -> str | None:
    """The actor behind a quote's speaker span: a person named inside it (the name in apposition
    that ends it, else the head's name, not one in a complement: "Yann Galut, soutien de Benoît
    Hamon"), else a role alias valid on the article's date, else the newspaper a "le journal"
    points back to, else the actor an earlier description points back to when the span names a
    person by function ("le ministre des Transports" → the person introduced with that title;
    "cette habitante" → the person last named), else an organisation named inside it (never the
    one in the complement of a function), else the actor an earlier definite description points
    back to ("l'autorité" → the Autorité named before, "le capitaine" → the person seen with that
    title, "l'association" → the organisation introduced as "l'association X", "la compagnie" →
    the organisation the article names most). Never a guess."""
    if q.speaker_start is None:
        return None
    text = article.text[q.speaker_start:q.speaker_end]
    before = min(q.start, q.speaker_start)       # (what is named before the quote and its speaker)
    # what the span names, not the one spoken to ("son père à TV Azteca")
    inside = [m for m in mentions if m.start < q.speaker_end and q.speaker_start < m.end and
              not _ADDRESSEE.search(article.text[q.speaker_start:max(m.start, q.speaker_start)])]
    persons = [m for m in inside if linker.actors[m.actor].kind == "person"]
    bare = _DETERMINER.sub("", text)
    # whom a description may point back to: not one the quote's own words name ("«Je respecte
    # Vladimir Poutine …», a déclaré le Président de la République")
    outside = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in q.parts)]
    bare_definite = _definite(text) and _bare_description(bare)     # "l'écrivain", "la compagnie"
    if persons:
        apposed = [m for m in persons if article.text[q.speaker_start:m.start].rstrip().endswith(",")
                   and not article.text[m.end:q.speaker_end].strip(" ,.")]
        if apposed:          # "le porte-parole de la Maison Blanche, Ari Fleischer"
            return apposed[-1].actor
        heads = [m for m in persons if not COMPLEMENT_BEFORE.search(article.text[q.speaker_start:m.start])]
        if len(heads) > 1 and article.text[heads[0].end:heads[1].start].strip() in ("et", ","):
            return None      # "Christine et Viviane": two speakers, neither alone
        if heads:
            return heads[0].actor
        body = next((m for m in inside if linker.actors[m.actor].kind == "organisation" and
                     m.start < persons[0].start and not COMPLEMENT_BEFORE.search(article.text[q.speaker_start:m.start])),
                    None)
        if body is not None:             # "la Cellule de coordination … de Païta": the body it names
            return body.actor
        if not _function_head(bare):     # "un responsable de l'administration de Barack Obama" is
            return persons[0].actor      # not Obama; "la vidéo de Khaled Freak" is Khaled Freak's
        inside = [m for m in inside if m not in persons]
    honorific = bare.strip().rstrip(".")
    if honorific in HONORIFICS:
        # "», explique le Dr.": the person the article named with that honorific, never a body "Dr"
        honorific = re.compile(re.escape(honorific) + r"\.?\s+$")
        named = [m for m in mentions if m.end <= before and linker.actors[m.actor].kind == "person" and
                 honorific.search(article.text, max(0, m.start - 6), m.start)]
        return named[-1].actor if named else None
    if _definite(text) and not persons and _head_word(bare) in earlier.unnamed:
        return None      # "», a déclaré un juge de la Cour. «…», a ajouté le juge": the same judge, unnamed
    role = linker.index.role_actor(text, article.date) or linker.index.role_actor(bare, article.date)
    if role:
        return role
    demonym = _demonym_head(bare) if _definite(text) and \
        all(linker.actors[m.actor].kind == "place" for m in inside) else None
    if demonym:         # "a commenté le Slovène victorieux": the person introduced as "le Slovène X"
        person = _antecedent(article.text, demonym, q.speaker_start, outside, linker, "person")
        if not person and not bare.startswith(demonym):
            # "l'ancien Lyonnais": a person described (not "le Parisien", a newspaper)
            person = _last_person_before(article.text, before, mentions, linker, earlier.speakers)
        if person:
            return person
    if q.speaker_kind == "name" and not inside:         # a surname the NER missed this time
        named = _surname_of_earlier(bare, q.speaker_start, mentions, linker)
        if named:
            return named
        apposed = APPOSITION_AFTER_NAME.match(article.text, q.speaker_end)
        if _known_first_name(bare, linker) or bare[:1].isupper() and (
                AGE_AFTER_NAME.match(article.text, q.speaker_end) or
                apposed and any(person_word(w) for w in apposed.group(1).split())):
            # "Jean-Luc Laurent", untagged this time; "Olena, 43 ans", "Philippine, jeune lycéenne":
            # a person's name
            start = q.speaker_start + text.index(bare)
            return _automatic_speaker(article, bare, "person", start, start + len(bare), mentions, linker)
        if q.verb and _LONE_NAME.fullmatch(bare):
            # "selon Vigicrues qui signale «…»", "», prévient Enedis": one proper name a verb of
            # saying has for subject, linked to nobody: that name, a body unless NER calls it a person
            start = q.speaker_start + text.index(bare)
            kind = "person" if linker.is_person_name(bare) else "organisation"
            return _automatic_speaker(article, bare, kind, start, start + len(bare), mentions, linker)
    if q.speaker_kind == "title":
        named = _name_closing_title(text)
        if named is not None:                          # "le chef de l'organisation Ayman al-Zawahiri"
            start = q.speaker_start + text.rindex(named)
            return _automatic_speaker(article, named, "person", start, start + len(named), mentions, linker)
    if key(bare) in MEDIA_NOUNS and _definite(text) and not inside:    # "Pour L'Opinion, … le journal
        paragraph = article.text.rfind("\n\n", 0, q.speaker_start) + 1  # estime «…»": L'Opinion
        media = [m for m in mentions if paragraph <= m.start and m.end <= q.speaker_start
                 and linker.actors[m.actor].kind == "organisation"]
        # a newspaper title the NER did not call an organisation ("L'Orient-Le Jour") counts too
        titles = [e for e in entities if e.label == "misc" and paragraph <= e.start and e.end <= q.speaker_start
                  and not any(m.start < e.end and e.start < m.end for m in mentions)]
        if titles and (not media or titles[-1].start > media[-1].start):
            e = titles[-1]
            return _automatic_speaker(article, e.text, "organisation", e.start, e.end, mentions, linker)
        if media:
            return media[-1].actor
    members = _MEMBERS_OF.match(text) if q.speaker_kind == "title" else None
    if members:                                         # "les policiers du RAID": the RAID
        body = members.group(1)
        start = q.speaker_start + text.rindex(body)
        held = [m for m in inside if m.start >= start]
        if not any(linker.actors[m.actor].kind == "person" for m in held) and \
                not linker.is_person_name(body) and not _known_first_name(body, linker):
            return held[0].actor if held else \
                _automatic_speaker(article, body, "organisation", start, start + len(body), mentions, linker)
    written_function = _function_words(bare)
    unique = written_function in UNIQUE_FUNCTIONS
    if q.speaker_kind in ("title", "pronoun") or unique:    # a person by function
        function = written_function if _function_head(bare) else ""
        person = _antecedent(article.text, bare, q.speaker_start, outside, linker, "person") or \
            _antecedent(article.text, _same_function(bare), q.speaker_start, outside, linker, "person")
        if not person:                              # "», a ajouté le futur chancelier. […] Le futur
            person = earlier.functions.get(function) or _shorter_function(function, earlier)
        if not person and function and _definite(text):
            # "Le secrétaire général du PS estime que «…» ¶ Sur BFMTV, le secrétaire général du PS
            # Pierre Jouvet critique …": the person introduced so in the next lines
            person = _introduced_after(article.text, bare, max(q.end, q.speaker_end), mentions, linker)
        if not person and _says(q) and \
                (bare_definite or q.speaker_kind == "title" and _DEMONSTRATIVE.match(text.strip())):
            person = _last_person_before(article.text, before, mentions, linker, earlier.speakers)
        if not person and _says(q) and _definite(text) and function and not inside and not unique:
            # "», a estimé le militant des droits de l'homme", "le directeur général de la
            # Fédération": a function with a complement naming no actor, the person last named (not
            # in a complement) when that person spoke before or is named in this sentence or the one before
            named = [m for m in mentions if m.end <= before and linker.actors[m.actor].kind == "person" and
                     not _in_complement(article.text, m)]
            last = max(named, key=lambda m: m.start) if named else None
            near_from = _sentence_start(article.text, _sentence_start(article.text, before) - 1)
            floor = _previous_paragraph_start(article.text, before)
            if last is not None and (last.actor in earlier.speakers or last.start >= near_from):
                person = last.actor
            elif earlier.speakers and linker.actors[earlier.speakers[-1]].kind == "person" and \
                    any(m.actor == earlier.speakers[-1] and m.start >= floor for m in named):
                # else the one who spoke last, named in this paragraph or the one before ("Marc
                # Boixasa a témoigné que «…». ¶ Mais l'ancien salarié du club anglais a affirmé")
                person = earlier.speakers[-1]
        if not person and unique and _says(q):
            person = _most_named(before, mentions, linker, "person")
        if not person and _says(q) and _definite(text) and function and \
                any(linker.actors[m.actor].kind == "organisation" for m in inside):
            # "la présidente du Front national" with nobody introduced so: the person last named,
            # when the article has named no other so far ("Marine Le Pen mise en examen …")
            named = {m.actor for m in mentions if m.end <= before and linker.actors[m.actor].kind == "person"}
            if len(named) == 1:
                person = named.pop()
        if person and function:
            earlier.functions.setdefault(function, person)
        if person:
            return person
    others = [m for m in inside if linker.actors[m.actor].kind != "place"] or inside
    if others and _organisation_of_complement(article.text, q, bare, others):
        named = named_organisation(article, q, mentions, linker, entities)
        if named:
            return named
    # a person by function is not the body of its complement ("le président de l'Assemblée nationale")
    if others and not (q.speaker_kind in ("title", "pronoun") and _function_head(bare)):
        return others[0].actor
    described = _antecedent(article.text, bare, q.speaker_start, outside, linker)
    # "La compagnie annonce", "l'institut de prévision a ajouté": a body described, not named
    generic = bare_definite or _definite(text) and not any(w[:1].isupper() for w in bare.split())
    if described is None and generic and _says(q) and key(bare).split()[0] in _FOLDED_ORGANISATION_NOUNS:
        return _main_organisation(article.text, before, mentions, linker, earlier.speakers)
    return described


def _shorter_function(function: str, earlier: Earlier) -> str | None:
    """The person a function named by its head alone points back to: the one an earlier quote's
    speaker with that head named ("l'inspecteur du travail" → "», explique l'inspecteur"), when
    it is one person; else None."""
    if not function or " " in function:
        return None
    named = {p for f, p in earlier.functions.items() if f.split()[0] == function}
    return named.pop() if len(named) == 1 else None


def _surname_of_earlier(name: str, before: int, mentions: list[Mention], linker: Linker) -> str | None:
    """The one person mentioned earlier whose full name ends with `name` ("Al-Joulani" after
    "Abou Mohammed al-Joulani"); None if no one or several do."""
    k = key(name)
    if not k or len(k.split()) > 2:
        return None
    found = {m.actor for m in mentions if m.end <= before and linker.actors[m.actor].kind == "person"
             and re.search(r"(^|[\s-])" + re.escape(k) + "$", key(linker.actors[m.actor].name))}
    return found.pop() if len(found) == 1 else None


def _known_first_name(name: str, linker: Linker) -> bool:
    """Whether `name` is a full name whose first word is the first name of a person the
    dossier already knows ("Jean-Luc" of Jean-Luc Mélenchon)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    first = key(words[0])
    return any(a.kind == "person" and len(a.name.split()) >= 2 and key(a.name.split()[0]) == first
               for a in linker.actors.values())


def _organisation_of_complement(text: str, q, bare: str, others: list[Mention]) -> bool:
    """Whether an organisation speaker (`bare`: its words without the article) is headed by an
    organisation noun and names others only in its complements ("la société des journalistes
    d'I-Télé" is not I-Télé; "la direction du groupe X" is left to X)."""
    if q.speaker_kind != "org":
        return False
    words = bare.split()
    return bool(words) and words[0].lower() in ORGANISATION_NOUNS and \
        all(COMPLEMENT_BEFORE.search(text[q.speaker_start:m.start]) for m in others)


# A newspaper or channel speaking, named by what it is ("le journal"): the organisation named last
# before it in the same paragraph.
MEDIA_NOUNS = frozenset("journal quotidien hebdomadaire mensuel magazine chaine radio site".split())
# Members of a named body speaking for it: "les policiers du RAID", "les militants de Greenpeace".
_MEMBERS_OF = re.compile(r"(?i:les|des|ses|leurs)\s+\w+[sx]\s+(?:du|de la|de l['’]|des|de|d['’])\s*"
                         r"([A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*){0,3})$")
_APPOSED_NAME = re.compile(r",\s*([A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*)*)$")
_MEDIA_TITLE = re.compile(r"(?:" + "|".join(sorted(MEDIA_NOUNS)) + r")(?:\s+[a-zà-ÿ'’-]+)*\s+([A-ZÀ-Þ].*)$")
_LONE_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]*[a-zà-ÿ][\w’'-]*")      # one capitalised word: "Vigicrues"
_DETERMINER = re.compile(r"^(?:(?:les|le|la|ce|cette|son|sa|leur)\s+|l['’]\s*)", re.I)
# A name after these words is one spoken to, not the speaker ("son père à TV Azteca"); one after
# COMPLEMENT_BEFORE is a complement of the speaker's head.
_ADDRESSEE = re.compile(r"\b(à|au|aux)\s+$", re.I)


def _antecedent(text: str, description: str, before: int, mentions: list[Mention], linker: Linker,
                kind: str | None = None) -> str | None:
    """The last actor (of `kind`, if given) mentioned before `before` that a definite description
    names: one introduced earlier with the same description right beside its name, an
    organisation whose name starts with its head noun, or a person seen with it as a title."""
    words = key(description).split()
    if not words:
        return None
    head = words[0]
    earlier = sorted((m for m in mentions if m.end <= before and
                      (kind is None or linker.actors[m.actor].kind == kind)), key=lambda m: -m.start)
    for m in earlier:
        if (kind == "person") == (linker.actors[m.actor].kind == "person") and \
                not _addressee_before(text, m, before) and _introduced_as(text, description, m):
            return m.actor
    for m in earlier:
        actor = linker.actors[m.actor]
        if actor.kind == "organisation" and key(actor.name).split()[:1] == [head]:
            return actor.id
        if actor.kind == "person" and any(_same_head(t, description) for t in actor.titles):
            return actor.id     # (the head of a title: "le porte-parole du ministère" is no "ministère")
    return None


def _same_head(title: str, description: str) -> bool:
    """Whether a title and a description name the same function: the same head, and the same
    complement when the description has one ("le président du Rassemblement national" is not a
    "président de la République", nor one seen as "président" alone; "le président" may be
    either)."""
    if _head_word(title) != _head_word(description):
        return False
    described = _function_words(description)
    return not _COMPLEMENT.search(described) or _function_words(title) == described


_COMPLEMENT = re.compile(r"(^|\s)(de|du|des|d')(\s|$)|\sd'")


def _introduced_after(text: str, description: str, after: int, mentions: list[Mention],
                      linker: Linker) -> str | None:
    """The person written with the same description right beside their name after `after`, in
    its paragraph or the next (a title named before its holder); else None."""
    paragraph_end = text.find("\n\n", after)
    end = text.find("\n\n", paragraph_end + 2) if paragraph_end >= 0 else -1
    end = len(text) if end < 0 else end
    return next((m.actor for m in mentions if after <= m.start < end and
                 linker.actors[m.actor].kind == "person" and _introduced_as(text, description, m)), None)


def _addressee_before(text: str, m: Mention, before: int) -> bool:
    """Whether a mention is the complement of a preposition right before the speaker span
    ("a estimé dans une déclaration à Hespress, le militant …"): the span then says who spoke,
    it does not describe that mention."""
    return not text[m.end:before].strip(" ,") and \
        _PREPOSITION_BEFORE.search(fold(text[max(0, m.start - 8):m.start])) is not None


_PREPOSITION_BEFORE = re.compile(r"(^|\s)(a|au|aux|sur|dans|de|du|des|par|pour|avec)\s+$")


def _head_word(title: str) -> str:
    """The first word of a title after its determiners and prenominal adjectives, folded."""
    words = [w.removeprefix("l'") for w in key(title).split() if w not in ("le", "la", "les", "un", "une")]
    while words and words[0] in _PRENOMINAL:
        words = words[1:]
    return words[0] if words else ""


def _introduced_as(text: str, description: str, m: Mention) -> bool:
    """Whether the description is written right before the mention ("l'association Médecins du
    monde", "Le président ukrainien, Volodymyr Zelensky") or in apposition right after it ("Abbas
    Akhoundi, le ministre iranien des Transports, a annoncé"), not as the subject of the next
    clause ("X, l'autorité a dit")."""
    d = key(description)
    if not d:
        return False
    left = fold(text[max(0, m.start - len(description) - 8):m.start]).rstrip()
    # far enough to see whether the apposition closes ("Contacté par X, le club a fait savoir" is
    # no apposition), unless the name opens its sentence, where a comma may be missing ("Enric, le
    # président de l'association précise :")
    reach = 12 if _sentence_initial(text, m.start) else 60
    right = re.sub(r"^\s*,\s*(le|la|les|l['’])\s*", "", fold(text[m.end:m.end + len(description) + reach]))
    if re.search(r"(^|[\s'’])" + re.escape(d) + "$", left) is not None or \
            re.search(r"(^|\s)(le|la|l['’])\s*" + re.escape(d) + ",$", left) is not None or \
            re.match(re.escape(d) + r"(\s+[\w'’-]+){0,3}?\s*([,.;)—–]|$)", right) is not None:
        return True
    # a bare noun ("son père", "son père à TV Azteca") and the same noun with its complement
    # before the name: "Le père de la jeune fille, Crescencio Ibarra"
    head = d.split()[0]
    if len(d.split()) == 1 or re.match(re.escape(head) + r" (a|au|aux) ", d):
        wide = fold(text[max(0, m.start - 60):m.start]).rstrip()
        if re.search(r"(^|\s)(le|la|l['’])\s*" + re.escape(head) + r" (de|du|des|d['’])[^,;.«»]{1,40},$", wide):
            return True
    # the same function in other words: "Ali Benouari, ex-ministre algérien du Trésor et expert
    # …" then "l'ancien ministre du Trésor"
    apposition = re.match(r"\s*,\s*([^,.;()]+)", text[m.end:m.end + 150])
    function = _function_words(description)
    return apposition is not None and " " in function and \
        _function_words(re.split(r"\s+et\s+", apposition.group(1))[0]) == function


# Functions the press names in two ways: the second name points back to a person introduced
# with the first ("Haïder al-Abadi, le Premier ministre irakien … le chef du gouvernement").
SAME_FUNCTION = {
    "chef du gouvernement": "premier ministre", "chef de l'etat": "president",
    "chef de la diplomatie": "ministre des affaires etrangeres", "souverain": "roi",
    "monarque": "roi", "souveraine": "reine", "premier ministre": "chef du gouvernement",
    "president": "chef de l'etat",
}


# Functions one person holds in a country at a time: when nothing introduced anyone with them,
# the press means the person the article is about ("Emmanuel Macron … a clamé le président de la
# République").
UNIQUE_FUNCTIONS = frozenset({"president de la republique", "chef de l'etat"})


def _same_function(description: str) -> str:
    """The other usual name of the function a description names, or ''."""
    return SAME_FUNCTION.get(_function_words(description), "")


def _function_words(description: str) -> str:
    """A function as written, folded, without what does not change it: the time it is held in
    and the country ("le futur chancelier" → "chancelier", "l'ex-ministre algérien du Trésor" →
    "ministre du tresor", "le chef du gouvernement canadien" → "chef du gouvernement")."""
    words = [w.removeprefix("ex-") for w in _DETERMINER.sub("", key(description)).split()]
    return " ".join(w for w in words if w not in _TIME_HELD and not is_nationality(w))


_TIME_HELD = frozenset("ancien ancienne ex nouveau nouvel nouvelle futur future actuel actuelle".split())


# A person's name written after a title, as the NER may miss it: capitalised words, with
# particles and Arabic articles ("Ayman al-Zawahiri", "Abou Bakr al-Baghdadi").
_TITLE_THEN_NAME = re.compile(r"(?<=\w)(?:\s+|,\s+)((?:[A-ZÀ-Þ][\w'’-]+|(?:al|el|ad|ar)-[A-ZÀ-Þ][\w'’-]+)"
                              r"(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|(?:al|el|ad|ar)-[A-ZÀ-Þ][\w'’-]+|bin|ben|ibn|ould)){1,3})$")


def _name_closing_title(text: str) -> str | None:
    """The name of two to four words that ends a title span whose first words are lowercase
    ("le chef de l'organisation Ayman al-Zawahiri" → "Ayman al-Zawahiri", "le directeur général
    de l'OMS, Tedros Adhanom Ghebreyesus" whatever NER made of it); else None."""
    m = _TITLE_THEN_NAME.search(text.strip())
    before = text.strip()[:m.start(1)].strip().split()[-1] if m is not None else ""
    if not before[:1].islower() or before in ("à", "au", "aux", "de", "du", "des", "d'", "d’"):
        return None                     # "son père à TV Azteca": a complement, not a name in apposition
    return m.group(1)


def _automatic_speaker(article: Article, name: str, kind: str, start: int, end: int,
                       mentions: list[Mention], linker: Linker) -> str:
    """The actor of a speaker the NER missed: the one already indexed under `name`, else a new
    automatic actor of `kind`; mentioned at [start, end)."""
    actor = linker.actors.get(linker.index.by_key.get(key(name), "")) or linker.new_actor(name, kind)
    mentions.append(Mention(article.id, actor.id, start, end, article.text[start:end], "speaker"))
    return actor.id


def _function_head(description: str) -> bool:
    """Whether a description is headed by a person's function ("responsable", "porte-parole")."""
    words = [w for w in key(description).split() if w not in _PRENOMINAL and w not in ("un", "une")]
    return bool(words) and words[0] in _FOLDED_TITLES          # (key() has folded the words)


def _says(q) -> bool:
    """Whether the quote's speaker span is the one a frame of saying points at, not only the
    subject of a clause the quote stands in ("Le texte charge le secrétaire général de «…»")."""
    return q.verb is None or q.verb in SPEECH_VERBS or q.verb in INCISE_VERBS or q.verb in ("selon", "pour")


def _definite(text: str) -> bool:
    return re.match(r"(le|la)\s+\w|l['’]\s*\w", text.strip(), re.I) is not None     # (not "les")


_FOLDED_TITLES = frozenset(fold(t) for t in PERSON_TITLES)
# Words that may stand before a function noun without making it another function.
_PRENOMINAL = _TIME_HELD | frozenset("jeune vieux vieil vieille premier premiere".split())


def _demonym_head(description: str) -> str | None:
    """The capitalised nationality noun a description is headed by ("Slovène victorieux",
    "ancien Lyonnais" → "Lyonnais"), else None."""
    words = description.split()
    while words and key(words[0]) in _PRENOMINAL:
        words = words[1:]
    if words and is_demonym(words[0]):
        return words[0]
    return None


def _bare_description(description: str) -> bool:
    """A person described by function alone, with no complement that would point to someone
    else: "l'ancien souverain", "le candidat", "l'écrivain", "la judokate française" — not
    "le président du tribunal", "l'avocate de Jean-Marc Morandini", "un officier"."""
    words = _AGE.sub("", key(description)).split()     # "le boxeur de 23 ans"
    return 0 < len(words) <= 3 and not any(w in ("de", "du", "des", "d'", "a", "au", "aux") or
                                           w.startswith(("d'", "l'")) for w in words) \
        and not any(c.isupper() for w in description.split()[1:] for c in w[:1])


# "cette habitante du quartier": a demonstrative points back even with a complement.
_DEMONSTRATIVE = re.compile(r"(ce|cet|cette)\s+\w", re.I)
_AGE = re.compile(r"\s+(de|d')\s*\d+\s+ans\b")


def _last_person_before(text: str, before: int, mentions: list[Mention], linker: Linker,
                        spoke: list[str]) -> str | None:
    """The person a bare definite description points back to ("Victor Hugo … Les paroles de
    l'écrivain sont : «…»"): the last person mentioned before it (and before the quote), in the
    same paragraph or the one before. When the sentence of that mention names several persons,
    the one it names first, its subject as a rule ("Heinz-Christian Strache a déclaré que les
    propos d'Angela Merkel … «…», a indiqué l'homme politique autrichien"); None when no one is."""
    floor = _previous_paragraph_start(text, before)
    # a person named only in a noun's complement ("la sextape de Mathieu Valbuena", "le régime de
    # Pierre Nkurunziza") is rarely the one a description points back to, unless that person
    # spoke before; when nobody else is near, the person the article is about, counted the same
    # way (not "la maladie de Charcot", named throughout)
    acting = [m for m in mentions if m.actor in spoke or not _in_complement(text, m)]
    # (a name inside quote marks is someone the quote names, unless it spoke: "«A, a reconnu X. B»")
    persons = [m for m in acting if floor < m.start and m.end <= before and
               linker.actors[m.actor].kind == "person" and
               (not _inside_quote_marks(text, floor, m.start) or m.actor in spoke)]
    if not persons:
        return _most_named(before, acting, linker, "person")
    last = max(persons, key=lambda m: m.start)
    sentence_start = _sentence_start(text, last.start)
    # the sentence of the last person named; of several, the one who spoke last before, else the
    # one it names first ("Après l'arrestation de Carlos Ghosn, Bruno Le Maire s'est opposé …")
    named = sorted((m for m in persons if m.start >= sentence_start), key=lambda m: m.start)
    speaking = [a for a in spoke if any(m.actor == a for m in named)]
    return speaking[-1] if speaking else named[0].actor


# Nouns whose complement is the one acting or speaking through them: "la réaction de Nicolas
# Hulot", "l'équipe de Gérard Collomb relaye …".
_ACTING_THROUGH = re.compile(r"\b(voix|bouche|réaction|réactions|équipe|entourage|camp|discours|propos|"
                             r"message|tweet|déclaration|déclarations)\s+(de|du|d['’])\s*$", re.I)


def _in_complement(text: str, m: Mention) -> bool:
    """Whether a mention is written as a noun's complement ("le régime de Pierre Nkurunziza"); the
    voice, the reaction, the team someone speaks or acts through is that person ("par la voix de
    Jean-Louis Valentin", "L'équipe de Gérard Collomb relaye …")."""
    return COMPLEMENT_BEFORE.search(text[max(0, m.start - 4):m.start]) is not None and \
        _ACTING_THROUGH.search(text[max(0, m.start - 24):m.start]) is None


def _most_named(before: int, mentions: list[Mention], linker: Linker, kind: str) -> str | None:
    """The actor of `kind` the article has named most often before `before`, at least twice and
    more often than any other; else None."""
    ranked = Counter(m.actor for m in mentions if m.end <= before and
                     linker.actors[m.actor].kind == kind).most_common(2)
    if ranked and ranked[0][1] >= 2 and not (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ranked[0][0]
    return None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (roughly: after the last '. ' or line break)."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _previous_paragraph_start(text: str, before: int) -> int:
    """Where the paragraph before the one holding `before` starts (-1 at the top)."""
    return text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, before), 0))


def _inside_quote_marks(text: str, floor: int, at: int) -> bool:
    """Whether `at` is inside « » opened after `floor` ("… « Tim a dit clairement … »": Tim is
    someone the quote names, not someone the narration points back to)."""
    span = text[max(floor, 0):at]
    return span.count("«") > span.count("»")


def _main_organisation(text: str, before: int, mentions: list[Mention], linker: Linker,
                       spoke: list[str] = ()) -> str | None:
    """The organisation a bare "la compagnie" or "l'association" points back to when nothing was
    introduced with that description: the one the article has named most often before it, at
    least twice and more often than any other; else the only one named in this paragraph or the
    one before ("L'ONG Human Rights Watch accuse … L'organisation réclame …"); else the
    organisation that spoke last, named in this paragraph or the one before ("…», selon Ziwig. ¶
    …», vante le fabricant"); else None."""
    media = {m.actor for m in mentions if _MEDIUM_BEFORE.search(fold(text[max(0, m.start - 40):m.start]))}
    mentions = [m for m in mentions if m.actor not in media]   # (not the AFP of "Sollicité par l'AFP")
    most = _most_named(before, mentions, linker, "organisation")
    if most:
        return most
    named = [m for m in mentions if m.end <= before and linker.actors[m.actor].kind == "organisation"]
    floor = _previous_paragraph_start(text, before)
    near = {m.actor for m in named if m.start > floor}
    if len(near) == 1:
        return near.pop()
    last = spoke[-1] if spoke else None
    return last if last in near else None


# Words before a name that make it the medium that reports, not a party to the story ("Contacté
# par L'Équipe", "a appris l'AFP", "rapporte samedi France Bleu", "au micro de RTL").
_MEDIUM_BEFORE = re.compile(r"(\b(contacte|sollicite|interroge|joint|interviewe|questionne)e?s?\s+par\s+"
                            r"|\b(a appris|apprend|au micro de|a l'antenne de|sur le plateau de|dans les colonnes de)\s+"
                            r"|\b(rapporte|relaie|revele)\b[^.,;:«»\"]{0,30}?\s)(l'|le |la |les )?$")
_FOLDED_ORGANISATION_NOUNS = frozenset(fold(n) for n in ORGANISATION_NOUNS)
_PROPER_NAME = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+")
# An unnamed source: not the body it belongs to or is close to.
_UNNAMED_SOURCE = re.compile(r"(une|des|plusieurs|deux|trois|d['’]autres)\s+sources?\b", re.I)
_GENERIC = re.compile(r"^(des|les|ces|plusieurs|certains|certaines|de nombreux|un|une)\s+[a-zà-ÿ]", re.I)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n»:"


# Bodies of a state: with a nationality they name one organisation ("l'armée égyptienne").
STATE_BODIES = frozenset("armée gouvernement ministère police gendarmerie justice parlement présidence "
                         "marine diplomatie parquet état-major aviation douane douanes préfecture mairie "
                         "télévision".split())
# The place a state body rules: "(maritime) de la Manche et de la mer du Nord", "des Landes".
_PLACE_COMPLEMENT = re.compile(r"^(?:[a-zà-ÿ]+\s+)?(?:de la|de l['’]|des|du|de)\s*[A-ZÀ-Þ][\w'’-]*"
                               r"(?:\s+(?:et|de|du|des|de la|de l['’]|la|le|les|[A-ZÀ-Þ][\w'’-]*|[a-zà-ÿ]+))*$")


# What may follow a state body's noun in its name: an adjective or a "de" complement, no article
# of its own ("la police des transports", "la gendarmerie nationale", not "l'armée de ce pays").
_BODY_COMPLEMENT = re.compile(r"^(?:(?:des|du|de|d'|de l['’])\s*[a-zà-ÿ]+|[a-zà-ÿ]+(?:ale|aire|ique)s?)$")


# Words that do not go on a body's name ("déféré au parquet ce vendredi" is no "parquet ce").
_NOT_A_NAME_WORD = r"(?:ce|cet|cette|ces|le|la|les|un|une|et|ou|en|a|y|qui|que|dont|ne|n|se|s|lui|leur|sur|dans|par|pour)"


def _state_body(text: str, start: int, name: str) -> str | None:
    """'armée égyptienne' for "l'armée égyptienne", and for a bare "l'armée" after it; 'état-major
    général des armées' for a bare "l'état-major" written so in this sentence or before; the bare
    noun when the article writes it no fuller way ("précise le parquet" → 'parquet'); else None."""
    words = name.split()
    if not words or words[0].lower() not in STATE_BODIES:
        return None
    if len(words) == 2 and is_nationality(words[1]):
        return name
    if 3 <= len(words) <= 5 and is_nationality(words[-1]) and not _PROPER_NAME.search(name) and \
            _BODY_COMPLEMENT.match(" ".join(words[1:-1])):
        return name         # "le ministère des armées tchadien": its complement, then its state
    if len(words) <= 12 and _PLACE_COMPLEMENT.match(" ".join(words[1:])):
        return name         # "la préfecture maritime de la Manche et de la mer du Nord": where it rules
    if len(words) > 1:      # "la police des transports", "la gendarmerie nationale": named by its words
        return name if len(words) <= 4 and not _PROPER_NAME.search(name) and \
            _BODY_COMPLEMENT.match(" ".join(words[1:])) else None
    before = re.findall(r"\b" + re.escape(words[0].lower()) + r"\s+(\w+)", text[:start].lower())
    named = {w for w in before if is_nationality(w)}
    if len(named) == 1:
        return f"{words[0].lower()} {named.pop()}"
    end = text.find(".", start)
    written = text[:end] if end >= 0 else text            # up to the end of its sentence
    fuller = {m.group(1) for m in re.finditer(r"\b(" + re.escape(words[0].lower()) + r"\s+(?!" + _NOT_A_NAME_WORD +
                                              r"\b)[a-zà-ÿ]+(?:\s+(?:de|du|des)\s+[a-zà-ÿ]+)?)(?=[\s,.;)])", written)}
    if len(fuller) == 1:
        return fuller.pop()                               # (its words as written, lowercase)
    return words[0].lower() if not fuller else None       # "précise le parquet": the parquet


def named_organisation(article: Article, q, mentions: list[Mention], linker: Linker,
                       entities: list[Entity] = ()) -> str | None:
    """An organisation speaker the NER missed: the subject of a speech verb that the quote rules
    read as an organisation with a proper name ("l'agence Spunik", "la Congrégation pour la
    doctrine de la foi", "l'armée égyptienne") becomes an automatic, unreviewed actor, mentioned at
    that span.  So does a place speaking for its government ("Moscou a accusé"): `entities` (the
    article's NER entities) tell a name from a word capitalised only because it opens a sentence."""
    if q.speaker_kind not in ("org", "document") or q.speaker_start is None:
        return None                 # (a document's span is its author: "un communiqué d'Amaq")
    text = article.text[q.speaker_start:q.speaker_end].strip(" ,.;:")
    name = _DETERMINER.sub("", text)
    # "l'agence de presse de l'État islamique, Amaq", "le quotidien nigérien Le Sahel"
    apposed = _APPOSED_NAME.search(name) or _MEDIA_TITLE.match(name)
    if apposed:
        name = apposed.group(1)
    words = name.split()
    body = _state_body(article.text, q.speaker_start, name)
    # "Les États-Unis ont averti": a plural place is a state, not a group of people
    state = text[:4].lower() == "les " and not is_nationality(name.lower()) and \
        any(e.label == "place" and e.text == name for e in entities)
    if body is None and (not _PROPER_NAME.search(name) or len(words) > 8
                         or _GENERIC.match(text) and not state or any(INITIAL.match(w) for w in words)):
        return None
    start = q.speaker_start + max(text.find(name), 0)
    if body is None and len(words) == 1 and _sentence_initial(article.text, start) and \
            not any(e.start == start and e.end == start + len(name) for e in entities):
        return None         # "Mairie a indiqué": capitalised only because it opens the sentence
    name = body or name
    if name in text:
        start = q.speaker_start + text.find(name)
        end = start + len(name)
    else:                   # "l'armée" for the "armée égyptienne" named before
        start, end = q.speaker_start, q.speaker_end
    return _automatic_speaker(article, name, "organisation", start, end, mentions, linker)
