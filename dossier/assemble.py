"""Stage 4 — model: gather analyses, links and annotations into one Dossier before any page
is rendered (MkDocs/Pelican two-phase build): quotes with speakers, merged across articles;
timeline events; notes; every date found.
"""
from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict

from .analyse import Analysis
from .anchors import find_anchor
from .errors import ContentError, Report
from .link import Linked, Linker
from .speakers import Earlier, speaker_actor
from .timeline import annotation_events, article_events, merge_events
from .model import (Annotation, Article, DateFound, Dossier, Mention, Note, Quote, Source,
                    make_ids_unique)
from .text import words



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

def quote_id(text: str) -> str:
    return "q-" + hashlib.sha1(words(text).encode()).hexdigest()[:10]


def sentence_of(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) covering [start, end)."""
    first = [s for s in analysis.sentences if s[0] <= start < s[1]] or [(start, end)]
    last = [s for s in analysis.sentences if s[0] < end <= s[1]] or [(start, end)]
    return first[0][0], max(last[-1][1], end)


def article_quotes(article: Article, analysis: Analysis, mentions: list[Mention], linker: Linker,
                   annotations: list[Annotation]) -> list[Quote]:
    """Speech quotes of one article with their speakers, corrected by the annotations."""
    out, earlier = [], Earlier()
    for q in analysis.quotes:
        if not q.speech:
            continue
        speaker = speaker_actor(article, q, mentions, linker, analysis.entities, earlier)
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
        norm = words(q.text)
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
