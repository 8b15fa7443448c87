"""Stage 5 — render: one context per page type → Jinja → {output path: bytes}.

Links are relative (`root` is "../" per folder level), so the site works from any folder of
any static server and from file://. A user's own templates/ overrides ours file by file.
"""
from __future__ import annotations


from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import __version__
from .dates import format_date
from .errors import DossierError
from .export import export_data
from .markup import Span, render_body
from .model import Actor, Article, Dossier, Event, Quote

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def environment(project: Path) -> jinja2.Environment:
    loaders = []
    if (project / "templates").is_dir() and (project / "templates").resolve() != BUILTIN_TEMPLATES:
        loaders.append(jinja2.FileSystemLoader(project / "templates"))
    loaders.append(jinja2.FileSystemLoader(BUILTIN_TEMPLATES))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["date"] = format_date
    return env


# --- page contexts ---------------------------------------------------------------------------

@dataclass
class Snippet:
    """A mention or quote in context, linking to its spot in the article."""
    article: Article
    before: str
    text: str
    after: str
    href: str


@dataclass
class ActorPage:
    actor: Actor
    mention_count: int
    snippets: list[Snippet]
    quotes: list[Quote]
    events: list[Event]
    neighbours: list[tuple[Actor, int]]


@dataclass
class ArticlePage:
    article: Article
    body_html: str
    notes: list
    actors: list[tuple[Actor, int]]
    quotes: list[Quote]


@dataclass
class Site:
    """What every page can see."""
    dossier: Dossier
    counts: dict
    mention_counts: Counter
    version: str = __version__


def render_site(dossier: Dossier) -> dict[str, bytes]:
    env = environment(dossier.project)
    counts = Counter(m.actor for m in dossier.mentions)
    site = Site(dossier, {"articles": len(dossier.articles), "actors": len(dossier.actors),
                          "quotes": len(dossier.quotes), "events": len(dossier.events)}, counts)
    files: dict[str, bytes] = {}

    def page(path: str, template: str, **context) -> None:
        root = "../" * path.count("/")
        html = env.get_template(template).render(site=site, root=root, config=dossier.config, **context)
        _claim(files, path, html.encode("utf-8"))

    ranked = sorted(dossier.actors.values(), key=lambda a: (-counts[a.id], a.name))
    paged = dossier.actors_with_pages()
    shown = [a for a in ranked if a.id in paged]
    page("index.html", "home.html", latest=sorted(dossier.articles, key=lambda a: a.date, reverse=True)[: dossier.config.latest_articles],
         top=[(a, counts[a.id]) for a in shown if a.kind != "place"][: dossier.config.top_actors],
         events=dossier.events[:8])
    page("articles/index.html", "articles.html", articles=sorted(dossier.articles, key=lambda a: a.date, reverse=True))
    index = Index.of(dossier)
    for article in dossier.articles:
        page(f"articles/{article.id}.html", "article.html", page=article_page(dossier, article, index))
    page("actors/index.html", "actors.html", actors=[(a, counts[a.id]) for a in shown])
    for actor in shown:
        page(f"actors/{actor.id}.html", "actor.html", page=actor_page(dossier, actor, counts, index))
    page("timeline/index.html", "timeline.html", groups=group_events(dossier.events),
         strip=density_strip(dossier.events), actors=_event_actors(dossier))
    page("quotes/index.html", "quotes.html", **quote_groups(dossier))
    for name in ("style.css", "app.js"):
        _claim(files, f"assets/{name}", (BUILTIN_TEMPLATES / "assets" / name).read_bytes()
               if not (dossier.project / "templates" / "assets" / name).exists()
               else (dossier.project / "templates" / "assets" / name).read_bytes())
    for path, data in export_data(dossier).items():
        _claim(files, path, data)
    return files


@dataclass
class Index:
    """The model grouped once per page type, so rendering stays linear in the dossier's size."""
    mentions_by_article: dict
    mentions_by_actor: dict
    quotes_by_article: dict
    quotes_by_speaker: dict
    events_by_article: dict
    events_by_actor: dict
    notes_by_article: dict

    @classmethod
    def of(cls, dossier: Dossier) -> "Index":
        groups = [defaultdict(list) for _ in range(7)]
        ma, mb, qa, qs, ea, eb, na = groups
        for m in dossier.mentions:
            ma[m.article].append(m)
            mb[m.actor].append(m)
        for q in dossier.quotes:
            qs[q.speaker].append(q)
            for a in dict.fromkeys(s.article for s in q.sources):
                qa[a].append(q)
        for e in dossier.events:
            for a in e.actors:
                eb[a].append(e)
            for a in dict.fromkeys(s.article for s in e.sources):
                ea[a].append(e)
        for n in dossier.notes:
            na[n.article].append(n)
        return cls(*groups)


def _claim(files: dict[str, bytes], path: str, data: bytes) -> None:
    if path in files:
        raise DossierError(f"two pages claim {path}: rename one of the files or actors behind it")
    files[path] = data


# --- articles ---------------------------------------------------------------------------------

def article_page(dossier: Dossier, article: Article, index: Index) -> ArticlePage:
    mentions = index.mentions_by_article[article.id]
    spans = [Span(m.start, m.end, f'<a class="mention {dossier.actors[m.actor].kind}" id="m-{m.start}" '
                  f'href="../actors/{m.actor}.html" title="{_attr(dossier.actors[m.actor].name)}">', "</a>")
             for m in mentions]
    quotes = index.quotes_by_article[article.id]
    for q in quotes:
        for s in q.sources:
            if s.article == article.id:
                spans.append(Span(s.start, s.end, f'<mark class="quote" id="{s.anchor}">', "</mark>"))
    for ev in index.events_by_article[article.id]:
        for s in ev.sources:
            if s.article == article.id and s.start is not None:
                spans.append(Span(s.start, s.start, f'<span class="anchor" id="{s.anchor}"></span>', ""))
    notes = index.notes_by_article[article.id]
    for n in notes:
        spans.append(Span(n.start, n.end, f'<span class="noted" id="{n.anchor}">', "</span>"))
    body = render_body(article, spans, dossier.config.allow_html or article.allow_html)
    counts = Counter(m.actor for m in mentions)
    actors = sorted(((dossier.actors[a], c) for a, c in counts.items()), key=lambda x: (-x[1], x[0].name))
    return ArticlePage(article, body, notes, actors, quotes)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


# --- actors -----------------------------------------------------------------------------------

def actor_page(dossier: Dossier, actor: Actor, counts: Counter, index: Index) -> ActorPage:
    mine = index.mentions_by_actor[actor.id]
    snippets = [snippet(dossier.article(m.article), m.start, m.end, f"../articles/{m.article}.html#m-{m.start}")
                for m in mine]
    together = Counter()
    for article_id in {m.article for m in mine}:
        for m in index.mentions_by_article[article_id]:
            if m.actor != actor.id:
                together[m.actor] += 1
    neighbours = [(dossier.actors[a], n) for a, n in together.most_common(8)]
    return ActorPage(actor, counts[actor.id], snippets,
                     index.quotes_by_speaker[actor.id], index.events_by_actor[actor.id], neighbours)


def snippet(article: Article, start: int, end: int, href: str, width: int = 80) -> Snippet:
    text = article.text
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    before = ("…" + before.split(" ", 1)[-1]) if start > width else before
    after = (after.rsplit(" ", 1)[0] + "…") if end + width < len(text) else after
    return Snippet(article, " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
                   text[start:end], (" " if after[:1].isspace() else "") + " ".join(after.split()), href)


# --- timeline and quotes ----------------------------------------------------------------------

def group_events(events: list[Event]) -> list[tuple[str, list[tuple[str, list[Event]]]]]:
    """[(year, [(month or "", events)])]: month-only and year-only events stay at their precision."""
    years: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for ev in events:
        years[ev.date[:4]][ev.date[:7] if len(ev.date) >= 7 else ""].append(ev)
    return [(y, sorted(months.items())) for y, months in sorted(years.items())]


def density_strip(events: list[Event]) -> dict:
    """Bars of event counts per month for the SVG overview, each linking to its month."""
    months = Counter(ev.date[:7] for ev in events if len(ev.date) >= 7)
    if not months:
        return {"bars": [], "width": 0, "height": 40}
    first, last = min(months), max(months)
    keys, (y, m) = [], map(int, first.split("-"))
    while f"{y:04d}-{m:02d}" <= last:
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(months.values())
    bars = [{"month": k, "count": months[k], "x": i * 14, "h": round(36 * months[k] / top) if months[k] else 0}
            for i, k in enumerate(keys)]
    return {"bars": bars, "width": len(keys) * 14, "height": 40}


def _event_actors(dossier: Dossier) -> list[Actor]:
    ids = {a for ev in dossier.events for a in ev.actors}
    return sorted((dossier.actors[a] for a in ids), key=lambda a: a.name)


def quote_groups(dossier: Dossier) -> dict:
    by_speaker = defaultdict(list)
    for q in dossier.quotes:
        by_speaker[q.speaker].append(q)
    speakers = sorted((s for s in by_speaker if s), key=lambda s: dossier.actors[s].name)
    by_article = defaultdict(list)
    for q in dossier.quotes:
        for s in q.sources:
            by_article[s.article].append(q)
    return {"quotes": dossier.quotes,
            "by_speaker": [(dossier.actors[s], by_speaker[s]) for s in speakers] + [(None, by_speaker[None])] * bool(by_speaker[None]),
            "by_article": [(a, by_article[a.id]) for a in dossier.articles if by_article[a.id]]}


