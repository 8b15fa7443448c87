"""The data every stage passes on: plain dataclasses, no I/O.

Offsets (`start`, `end`) inside the model are offsets into an article's *plain text* (what
the reader sees, Markdown syntax removed); `Article.to_source` maps them to offsets into the
Markdown body, which is what the data export and the article page use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import Report
from .text import PlainText


# Page names the site itself uses in articles/ and actors/: no article or actor may take them.
RESERVED_IDS = {"index"}


@dataclass
class Article:
    id: str                 # slug of the file name, unique in the dossier
    title: str
    date: str               # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    path: Path
    source_path: str        # relative to the project, POSIX
    body: str               # Markdown after the front matter
    body_line: int          # line of the file where `body` starts
    plain: PlainText
    source: str | None = None
    url: str | None = None
    lang: str = "fr"
    tags: list[str] = field(default_factory=list)
    allow_html: bool = False

    @property
    def text(self) -> str:
        return self.plain.text

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.plain.to_source(start, end)

    def line_of(self, start: int) -> int:
        """The file line holding plain-text offset `start`."""
        return self.body_line + self.body.count("\n", 0, self.to_source(start, start + 1)[0])


@dataclass(frozen=True)
class RoleAlias:
    """A function that names an actor during a period: 'le président ukrainien' from 2019-05-20."""

    text: str
    start: str | None = None
    end: str | None = None

    def valid_on(self, date: str) -> bool:
        # ISO strings of mixed precision compare correctly on their common prefix.
        return (self.start is None or date[: len(self.start)] >= self.start[: len(date)]) and \
               (self.end is None or date[: len(self.end)] <= self.end[: len(date)])


@dataclass
class Actor:
    id: str
    name: str
    kind: str                       # person | organisation | place
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    description: str = ""
    wikidata: str | None = None
    roles: list[RoleAlias] = field(default_factory=list)
    reviewed: bool = True           # False for actors the machine created
    origin: str = "registry"        # registry | automatic
    titles: list[str] = field(default_factory=list)   # functions seen glued to the name


@dataclass(frozen=True)
class Selector:
    """Anchors an annotation on exact text, like a W3C TextQuoteSelector."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class Annotation:
    kind: str               # links | reject | quotes | events | notes
    article: str
    selector: Selector | None
    fields: dict
    path: str
    line: int


@dataclass
class Mention:
    article: str
    actor: str
    start: int
    end: int
    text: str
    origin: str = "ner"     # registry | ner | role | annotation | propagated


@dataclass
class Source:
    """One place a quote or an event was found."""

    article: str
    start: int
    end: int
    context: str = ""
    anchor: str = ""        # element id in the article page


@dataclass
class Quote:
    id: str
    text: str
    speaker: str | None
    fragment: bool
    sources: list[Source]
    date: str = ""          # date of the earliest source article
    origin: str = "text"    # text | annotation

    @property
    def first(self) -> Source:
        return self.sources[0]


@dataclass
class Event:
    id: str
    date: str
    text: str
    actors: list[str]
    sources: list[Source]
    origin: str = "text"    # text | annotation (curated)


@dataclass
class Note:
    article: str
    start: int
    end: int
    text: str
    anchor: str


@dataclass
class DateFound:
    article: str
    start: int
    end: int
    text: str
    value: str


def make_ids_unique(items) -> None:
    """Suffix repeated `id`s (-2, -3…) in order, so every anchor on a page is unique."""
    seen: dict[str, int] = {}
    for item in items:
        seen[item.id] = seen.get(item.id, 0) + 1
        if seen[item.id] > 1:
            item.id = f"{item.id}-{seen[item.id]}"


@dataclass
class Dossier:
    config: Config
    project: Path
    articles: list[Article]
    actors: dict[str, Actor]
    mentions: list[Mention]
    quotes: list[Quote]
    events: list[Event]
    notes: list[Note]
    dates: list[DateFound]
    report: Report
    unresolved_quotes: list[Source] = field(default_factory=list)

    def actors_with_pages(self) -> set[str]:
        """Actors that get a page: mentioned, quoted as a speaker, or in an event."""
        ids = {m.actor for m in self.mentions} | {q.speaker for q in self.quotes if q.speaker}
        return ids | {a for e in self.events for a in e.actors}

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]

    def __post_init__(self):
        self._articles_by_id = {a.id: a for a in self.articles}
