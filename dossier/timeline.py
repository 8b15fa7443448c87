"""The timeline: one event per dated clause that mentions an actor, the events written in
annotations (curated), and the same event reported by several articles merged into one.
"""
from __future__ import annotations

import difflib
import hashlib
import re

from .analyse import Analysis
from .anchors import find_anchor
from .link import Linker
from .model import Annotation, Article, Event, Mention, Source, make_ids_unique
from .text import key, words

# Where a sentence holding several dates splits into clauses: "…le 7 février, puis … le lendemain".
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")


def clauses(text: str, sentence: tuple[int, int], dates: list) -> list[tuple[int, int]]:
    """The clause of each date in one sentence: the sentence itself for a single date, else the
    sentence cut at the last clause break between two consecutive dates."""
    s0, s1 = sentence
    if len(dates) < 2:
        return [(s0, s1)]
    cuts = [s0]
    for prev, nxt in zip(dates, dates[1:]):
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, prev.end, nxt.start)]
        cuts.append(breaks[-1] if breaks else cuts[-1])
    cuts.append(s1)
    return [(cuts[i], cuts[i + 1]) if cuts[i + 1] > cuts[i] else (s0, s1) for i in range(len(dates))]


def article_events(article: Article, analysis: Analysis, mentions: list[Mention], linker: Linker) -> list[Event]:
    """One event per dated clause that mentions an actor (person or organisation). A clause
    whose subject is elided ("puis s'est rendu à Kiev le lendemain") keeps its sentence's first
    actor, the subject."""
    out = []
    for sentence in analysis.sentences:
        dates = [d for d in analysis.dates if sentence[0] <= d.start < sentence[1]]
        in_sentence = _actors_in(mentions, sentence, linker)
        for d, (c0, c1) in zip(dates, clauses(article.text, sentence, dates)):
            actors = _actors_in(mentions, (c0, c1), linker) or in_sentence[:1]
            if not actors:
                continue
            text = _shorten(article.text[c0:c1].strip(" ,;:—–"))
            eid = _event_id(d.value, article.id, text)
            out.append(Event(eid, d.value, text, actors, [Source(article.id, c0, c1, text, eid)], "text"))
    return out


def _actors_in(mentions: list[Mention], span: tuple[int, int], linker: Linker) -> list[str]:
    actors = []
    for m in mentions:
        if span[0] <= m.start < span[1] and m.actor not in actors and linker.actors[m.actor].kind != "place":
            actors.append(m.actor)
    return actors


def annotation_events(article: Article, annotations: list[Annotation], linker: Linker) -> list[Event]:
    out = []
    for ann in annotations:
        if ann.kind != "events":
            continue
        actors = [str(a) for a in ann.fields.get("actors") or []]
        for a in actors:
            linker.check_actor(a, ann)
        text = str(ann.fields.get("text") or "")
        if ann.selector is not None:
            (s, e), = find_anchor(article, ann)
        else:
            s = e = None
        eid = _event_id(ann.fields["date"], article.id, text)
        context = article.text[s:e] if s is not None else ""
        out.append(Event(eid, ann.fields["date"], text, actors, [Source(article.id, s, e, context, eid)], "annotation"))
    return out


def _event_id(date: str, article_id: str, text: str) -> str:
    return "e-" + hashlib.sha1(f"{date}|{article_id}|{words(text)}".encode()).hexdigest()[:10]


def _shorten(text: str, limit: int = 280) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def merge_events(events: list[Event]) -> list[Event]:
    """The same event in several articles (same date, same actors, similar text) is one."""
    merged: list[Event] = []
    for ev in events:
        twin = next((m for m in merged if m.date == ev.date and set(m.actors) == set(ev.actors)
                     and m.origin == ev.origin and m.sources[0].article != ev.sources[0].article
                     and difflib.SequenceMatcher(None, key(m.text), key(ev.text)).ratio() >= 0.6), None)
        if twin is None:
            merged.append(ev)
        else:
            twin.sources += ev.sources
    make_ids_unique(merged)
    return sorted(merged, key=lambda e: (e.date, e.origin != "annotation", e.sources[0].article,
                                         e.sources[0].start or 0))
