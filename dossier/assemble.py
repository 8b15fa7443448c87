"""Stage 4 — model: gather analyses, links and annotations into one Dossier before any page
is rendered (MkDocs/Pelican two-phase build): quotes with speakers, merged across articles;
timeline events; notes; every date found.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict

from .analyse import Analysis
from .anchors import find_anchor
from .errors import ContentError, Report
from .entities import SEATS_OF_POWER
from .link import Linked, Linker
from .timeline import annotation_events, article_events, merge_events
from .model import (Annotation, Article, DateFound, Dossier, Mention, Note, Quote, Source,
                    make_ids_unique)
from .text import fold, key

_NON_WORD = re.compile(r"[\W_]+")


def assemble(config, project, articles: list[Article], analyses: dict[str, Analysis],
             linked: Linked, linker: Linker, annotations: list[Annotation], report: Report) -> Dossier:
    by_article = defaultdict(list)
    for m in linked.mentions:
        by_article[m.article].append(m)
    anns = defaultdict(list)
    for ann in annotations:
        anns[ann.article].append(ann)
    quotes, unresolved, events, notes, dates = [], [], [], [], []
    for article in articles:
        analysis = analyses[article.id]
        for w in analysis.quote_warnings:
            report.warn(w.message, article.source_path, article.line_of(w.offset))
        try:
            found = article_quotes(article, analysis, by_article[article.id], linker, anns[article.id])
            events += article_events(article, analysis, by_article[article.id], linker)
            events += annotation_events(article, anns[article.id], linker)
            notes += article_notes(article, anns[article.id])
        except ContentError as exc:
            report.error(exc)
            continue
        quotes += found
        unresolved += [q.first for q in found if q.speaker is None]
        dates += [DateFound(article.id, d.start, d.end, d.text, d.value) for d in analysis.dates]
    return Dossier(config=config, project=project, articles=articles, actors=linked.actors,
                   mentions=[m for a in articles for m in sorted(by_article[a.id], key=lambda m: m.start)],
                   quotes=merge_quotes(quotes), events=merge_events(events),
                   notes=notes, dates=dates, report=report, unresolved_quotes=unresolved)


# --- quotes ----------------------------------------------------------------------------------

def normalise_quote(text: str) -> str:
    """Quote marks, spacing, case and accents ignored: the key of 'the same quote'."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def quote_id(text: str) -> str:
    return "q-" + hashlib.sha1(normalise_quote(text).encode()).hexdigest()[:10]


def sentence_of(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) covering [start, end)."""
    first = [s for s in analysis.sentences if s[0] <= start < s[1]] or [(start, end)]
    last = [s for s in analysis.sentences if s[0] < end <= s[1]] or [(start, end)]
    return first[0][0], max(last[-1][1], end)


def resolve_speaker(article: Article, q, mentions: list[Mention], linker: Linker) -> str | None:
    """The actor behind a quote's speaker span: a person named inside it (the head's name, not
    one in a complement: "Yann Galut, soutien de Benoît Hamon"), else a role alias valid on the
    article's date, else the actor an earlier description points back to when the span names a
    person by function ("le ministre des Transports" → the person introduced with that title),
    else an organisation named inside it, else the actor an earlier definite description points
    back to ("l'autorité" → the Autorité named before, "le capitaine" → the person seen with that
    title, "l'association" → the organisation introduced as "l'association X"). Never a guess."""
    if q.speaker_start is None:
        return None
    inside = [m for m in mentions if m.start < q.speaker_end and q.speaker_start < m.end]
    persons = [m for m in inside if linker.actors[m.actor].kind == "person"]
    if persons:
        heads = [m for m in persons if not _COMPLEMENT.search(article.text[q.speaker_start:m.start])]
        return (heads or persons)[-1].actor
    text = article.text[q.speaker_start:q.speaker_end]
    bare = _DETERMINER.sub("", text)
    role = linker.index.role_actor(text, article.date) or linker.index.role_actor(bare, article.date)
    if role:
        return role
    if q.speaker_kind == "name" and not inside:         # a surname the NER missed this time
        named = _surname_of_earlier(bare, q.speaker_start, mentions, linker)
        if named:
            return named
    if q.speaker_kind in ("title", "pronoun"):         # a person by function
        described = _antecedent(article.text, bare, q.speaker_start, mentions, linker, "person")
        if described:
            return described
    others = [m for m in inside if linker.actors[m.actor].kind != "place"] or inside
    if others and _organisation_of_complement(article.text, q, others):
        named = _named_organisation(article, q, mentions, linker)
        if named:
            return named
    if others:
        return others[0].actor
    return _antecedent(article.text, bare, q.speaker_start, mentions, linker)


def _surname_of_earlier(name: str, before: int, mentions: list[Mention], linker: Linker) -> str | None:
    """The one person mentioned earlier whose full name ends with `name` ("Al-Joulani" after
    "Abou Mohammed al-Joulani"); None if no one or several do."""
    k = key(name)
    if not k or len(k.split()) > 2:
        return None
    found = {m.actor for m in mentions if m.end <= before and linker.actors[m.actor].kind == "person"
             and re.search(r"(^|[\s-])" + re.escape(k) + "$", key(linker.actors[m.actor].name))}
    return found.pop() if len(found) == 1 else None


def _organisation_of_complement(text: str, q, others: list[Mention]) -> bool:
    """Whether an organisation speaker is headed by an organisation noun and names others only
    in its complements ("la société des journalistes d'I-Télé" is not I-Télé; "la direction du
    groupe X" is left to X)."""
    from .quotes import ORGANISATION_NOUNS
    if q.speaker_kind != "org":
        return False
    words = _DETERMINER.sub("", text[q.speaker_start:q.speaker_end]).split()
    return bool(words) and words[0].lower() in ORGANISATION_NOUNS and \
        all(_COMPLEMENT.search(text[q.speaker_start:m.start]) for m in others)


_DETERMINER = re.compile(r"^(le|la|les|l['’]|ce|cette|son|sa|leur)\s*", re.I)
# A name after these words is a complement of the speaker's head, not the speaker.
_COMPLEMENT = re.compile(r"(\b(de|du|des|à|au|aux|of)\s+|\bd['’]\s*)$", re.I)


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
                _introduced_as(text, description, m):
            return m.actor
    for m in earlier:
        actor = linker.actors[m.actor]
        if actor.kind == "organisation" and key(actor.name).split()[:1] == [head]:
            return actor.id
        if actor.kind == "person" and any(head in key(t).split() for t in actor.titles):
            return actor.id
    return None


def _introduced_as(text: str, description: str, m: Mention) -> bool:
    """Whether the description is written right before the mention ("l'association Médecins du
    monde") or in apposition right after it ("Abbas Akhoundi, le ministre iranien des
    Transports, a annoncé"), not as the subject of the next clause ("X, l'autorité a dit")."""
    d = key(description)
    if not d:
        return False
    left = fold(text[max(0, m.start - len(description) - 4):m.start]).rstrip()
    right = re.sub(r"^\s*,\s*(le|la|les|l['’])\s*", "", fold(text[m.end:m.end + len(description) + 12]))
    return re.search(r"(^|[\s'’])" + re.escape(d) + "$", left) is not None or \
        re.match(re.escape(d) + r"\s*([,.;)—–]|$)", right) is not None


_PROPER_NAME = re.compile(r"\b[A-ZÀ-Þ][\w'’-]+")
_GENERIC = re.compile(r"^(des|les|ces|plusieurs|certains|certaines|de nombreux|un|une)\s+[a-zà-ÿ]", re.I)
_INITIAL_WORD = re.compile(r"^[A-ZÀ-Þ]\.$")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n»:"


def _named_organisation(article: Article, q, mentions: list[Mention], linker: Linker) -> str | None:
    """An organisation speaker the NER missed: the subject of a speech verb that the quote rules
    read as an organisation with a proper name ("l'agence Spunik", "la Congrégation pour la
    doctrine de la foi") becomes an automatic, unreviewed actor, mentioned at that span."""
    if q.speaker_kind != "org" or q.speaker_start is None:
        return None
    text = article.text[q.speaker_start:q.speaker_end].strip(" ,.;:")
    name = _DETERMINER.sub("", text)
    words = name.split()
    if not _PROPER_NAME.search(name) or len(words) > 8 or key(name) in SEATS_OF_POWER \
            or _GENERIC.match(text) or any(_INITIAL_WORD.match(w) for w in words):
        return None
    if len(words) == 1 and _sentence_initial(article.text, q.speaker_start):
        return None         # "Mairie a indiqué": capitalised only because it opens the sentence
    actor = linker.actors.get(linker.index.by_key.get(key(name), "")) or linker.new_actor(name, "organisation")
    start = q.speaker_start + text.find(name) if name in text else q.speaker_start
    mentions.append(Mention(article.id, actor.id, start, start + len(name), name, "speaker"))
    return actor.id


def article_quotes(article: Article, analysis: Analysis, mentions: list[Mention], linker: Linker,
                   annotations: list[Annotation]) -> list[Quote]:
    """Speech quotes of one article with their speakers, corrected by the annotations."""
    out = []
    for q in analysis.quotes:
        if not q.speech:
            continue
        speaker = resolve_speaker(article, q, mentions, linker) or \
            _named_organisation(article, q, mentions, linker)
        out.append(_quote(article, analysis, q.start, q.end, q.text, speaker, q.fragment, "text"))
    for ann in annotations:
        if ann.kind != "quotes":
            continue
        (s, e), = find_anchor(article, ann)
        target = next((x for x in out if x.first.start <= s and e <= x.first.end + 1 or
                       (x.first.start < e and s < x.first.end)), None)
        speaker = ann.fields.get("speaker")
        if speaker is not None:
            linker.check_actor(str(speaker), ann)
        if ann.fields.get("reject"):
            if target is not None:
                out.remove(target)
            continue
        if target is None:
            target = _quote(article, analysis, s, e, article.text[s:e], None, len(article.text[s:e].split()) <= 3,
                            "annotation")
            out.append(target)
        if "speaker" in ann.fields:
            target.speaker = None if speaker is None else str(speaker)
    return out


def _quote(article, analysis, start, end, text, speaker, fragment, origin) -> Quote:
    s0, s1 = sentence_of(analysis, start, end)
    context = article.text[s0:s1].strip()
    anchor = quote_id(text)
    return Quote(id=anchor, text=text, speaker=speaker, fragment=fragment, date=article.date,
                 sources=[Source(article.id, start, end, context, anchor)], origin=origin)


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """One entry per quote: identical after normalisation, nearly identical (small edits), or a
    fragment contained in a longer quote by the same speaker."""
    merged: list[Quote] = []
    by_speaker: dict[str | None, list[tuple[str, Quote]]] = defaultdict(list)
    for q in sorted(quotes, key=lambda q: -len(q.text)):
        norm = normalise_quote(q.text)
        candidates = by_speaker[q.speaker] + (by_speaker[None] if q.speaker is not None else [])
        twin = next((m for m_norm, m in candidates if _same_quote(norm, m_norm)), None)
        if twin is None:
            merged.append(q)
            by_speaker[q.speaker].append((norm, q))
            continue
        twin.sources += q.sources
        twin.speaker = twin.speaker or q.speaker
        twin.date = min(twin.date, q.date)
    for q in merged:
        q.sources.sort(key=lambda s: (s.article, s.start))
    make_ids_unique(merged)
    return sorted(merged, key=lambda q: (q.date, q.sources[0].article, q.sources[0].start))


def _same_quote(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a.split()) >= 4 and f" {a} " in f" {b} ":
        return True             # a fragment of the longer quote
    if min(len(a), len(b)) < 30 or abs(len(a) - len(b)) > 0.15 * max(len(a), len(b)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


# --- notes -------------------------------------------------------------------------------------

def article_notes(article: Article, annotations: list[Annotation]) -> list[Note]:
    out = []
    for i, ann in enumerate(a for a in annotations if a.kind == "notes"):
        (s, e), = find_anchor(article, ann)
        out.append(Note(article.id, s, e, str(ann.fields.get("note", "")), f"n-{i + 1}"))
    return out
