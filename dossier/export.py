"""The data export: DIR/data/{articles,actors,quotes,timeline,timelinejs}.json.

A contract read by other tools and by our accuracy benchmarks (docs/data.md). Offsets are
Python character offsets into the article body as it follows the front matter's closing
line; the model keeps plain-text offsets, mapped back here.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict

from .model import Dossier, Source


def export_data(dossier: Dossier) -> dict[str, bytes]:
    base = dossier.config.base_url.rstrip("/")
    url = (lambda path: f"{base}/{path}") if base else (lambda path: path)
    counts = Counter(m.actor for m in dossier.mentions)
    paged = dossier.actors_with_pages()
    mentions_of, dates_of = defaultdict(list), defaultdict(list)
    for m in dossier.mentions:
        mentions_of[m.article].append(m)
    for d in dossier.dates:
        dates_of[d.article].append(d)
    articles = []
    for a in dossier.articles:
        mentions, dates = mentions_of[a.id], dates_of[a.id]
        articles.append({
            "id": a.id, "title": a.title, "date": a.date, "url": url(f"articles/{a.id}.html"),
            "source_url": a.url, "source": a.source, "source_path": a.source_path, "lang": a.lang, "tags": a.tags,
            "mentions": [{"actor": m.actor, **_located(dossier, a, m.start, m.end), "origin": m.origin}
                         for m in mentions],
            "dates": [{**_located(dossier, a, d.start, d.end), "value": d.value} for d in dates],
        })
    actors = [{"id": x.id, "name": x.name, "kind": x.kind, "aliases": x.aliases, "role": x.role,
               "titles": x.titles, "wikidata": x.wikidata, "reviewed": x.reviewed, "origin": x.origin,
               "url": url(f"actors/{x.id}.html") if x.id in paged else None, "mention_count": counts[x.id]}
              for x in sorted(dossier.actors.values(), key=lambda x: x.id)]
    quotes = [{"id": q.id, "text": q.text, "speaker": q.speaker, "article": q.first.article,
               **_span(dossier, q.first.article, q.first.start, q.first.end), "fragment": q.fragment,
               "date": q.date, "origin": q.origin, "url": url(f"quotes/index.html#{q.id}"),
               "sources": [_source(dossier, s) for s in q.sources]} for q in dossier.quotes]
    timeline = [{"id": e.id, "date": e.date, "text": e.text, "actors": e.actors, "article": e.sources[0].article,
                 **_span(dossier, e.sources[0].article, e.sources[0].start, e.sources[0].end),
                 "origin": e.origin, "url": url(f"timeline/index.html#{e.id}"),
                 "sources": [_source(dossier, s) for s in e.sources]} for e in dossier.events]
    return {f"data/{name}.json": _dump(data) for name, data in (
        ("articles", articles), ("actors", actors), ("quotes", quotes), ("timeline", timeline),
        ("timelinejs", timelinejs(dossier)))}


def _span(dossier: Dossier, article_id: str, start, end) -> dict:
    if start is None:
        return {"start": None, "end": None}
    s, e = dossier.article(article_id).to_source(start, end)
    return {"start": s, "end": e}


def _located(dossier: Dossier, article, start: int, end: int) -> dict:
    """start, end and text, where text == body[start:end] (Markdown syntax included)."""
    span = _span(dossier, article.id, start, end)
    return {**span, "text": article.body[span["start"]:span["end"]]}


def _source(dossier: Dossier, s: Source) -> dict:
    return {"article": s.article, **_span(dossier, s.article, s.start, s.end), "context": s.context}


def timelinejs(dossier: Dossier) -> dict:
    """The events as Knight Lab TimelineJS3 JSON, so the timeline can be embedded with it."""
    events = []
    for e in dossier.events:
        parts = [int(p) for p in e.date.split("-")]
        start = {"year": parts[0]}
        if len(parts) > 1:
            start["month"] = parts[1]
        if len(parts) > 2:
            start["day"] = parts[2]
        names = ", ".join(dossier.actors[a].name for a in e.actors)
        events.append({"start_date": start, "unique_id": e.id, "group": "curated" if e.origin == "annotation" else "text",
                       "text": {"headline": names or e.date, "text": e.text},
                       "display_date": e.date})
    return {"title": {"text": {"headline": dossier.config.title, "text": dossier.config.description}},
            "events": events}


def _dump(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
