"""Stage 1 — load: articles (front matter + Markdown body + source map), the actor registry
and the per-article annotations, with every problem located at file:line.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .dates import parse_date
from .errors import ContentError, Report, did_you_mean
from .model import RESERVED_IDS, Actor, Annotation, Article, RoleAlias, Selector
from .text import plain_text, slugify

ARTICLE_KEYS = {"title", "date", "source", "url", "lang", "tags", "html"}
ACTOR_KEYS = {"id", "name", "kind", "aliases", "role", "description", "wikidata", "roles", "reviewed"}
KINDS = ("person", "organisation", "place")
ANNOTATION_SECTIONS = {"links", "reject", "quotes", "events", "notes"}
SELECTOR = {"text", "prefix", "suffix"}
ANNOTATION_FIELDS = {
    "links": SELECTOR | {"actor"}, "reject": SELECTOR | {"actor"},
    "quotes": SELECTOR | {"speaker", "reject"}, "events": {"date", "text", "actors", "at"},
    "notes": SELECTOR | {"note"},
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


# --- reading files ---------------------------------------------------------------------------

def read_text(path: Path) -> str:
    """A user file as text; a non-UTF-8 file is a ContentError at the line of the first bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"cannot read: {exc.strerror}", path, None) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path, line,
                           "re-save the file as UTF-8 (it may be Latin-1 or Windows-1252)") from None
    return text.removeprefix("\ufeff")


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that records each mapping's line as the key '__line__'."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings: we validate them ourselves (PyYAML raises a bare ValueError on 2022-02-30).
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def load_yaml(text: str, path: Path, first_line: int = 1):
    """Parse YAML; a syntax error becomes a ContentError at its line, never swallowed."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        reason = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context_mark", None)
        if context is not None and mark is not None and context.line != mark.line:
            reason += f" ({exc.context} at line {first_line + context.line})"
        raise ContentError(f"invalid YAML: {reason}", path, line,
                           "check indentation and quote values containing ':' or '#'") from None


def as_list(value, what: str, rel: str, line: int | None, item=str) -> list:
    """A YAML value that must be a list (a lone string counts as a one-item list)."""
    if value is None:
        return []
    if isinstance(value, str) and item is str:
        value = [value]
    if not isinstance(value, list):
        raise ContentError(f"`{what}` must be a list", rel, line, f"write `{what}: [first, second]`")
    if item is str and any(isinstance(v, (dict, list)) for v in value):
        raise ContentError(f"`{what}` must be a list of words, not of mappings", rel, line)
    return [str(v) for v in value] if item is str else value


def as_bool(value, what: str, rel: str, line: int | None) -> bool:
    """A YAML boolean; 'no' or 'false' as strings are mistakes, not True."""
    if not isinstance(value, bool):
        raise ContentError(f"`{what}` must be true or false, got {value!r}", rel, line)
    return value


def as_text(value, what: str, rel: str, line: int | None) -> str:
    if isinstance(value, (dict, list)):
        raise ContentError(f"`{what}` must be text, not a list or mapping", rel, line,
                           "quote it if it contains ':' or starts with '[' or '{'")
    return str(value)


def strip_lines(data):
    """Remove the '__line__' bookkeeping from loaded YAML."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k != "__line__"}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data


# --- articles --------------------------------------------------------------------------------

_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


def split_front_matter(text: str, path: Path) -> tuple[dict, str, int]:
    """(front matter, body, line number of the body's first line). The body is everything
    after the line that closes the front matter, or the whole file without one."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").strip() != "---":
        return {}, text, 1
    for number, line in enumerate(lines[1:], 2):
        if _FENCE.match(line.rstrip("\r\n")):
            meta = load_yaml("".join(lines[1:number - 1]), path, first_line=2) or {}
            if not isinstance(meta, dict):
                raise ContentError("front matter must be a mapping (key: value lines)", path, 2)
            return meta, "".join(lines[number:]), number + 1
    raise ContentError("front matter opened with '---' is never closed", path, 1,
                       "add a line '---' after the last front matter key")


def load_article(path: Path, project: Path, default_lang: str, report: Report) -> Article:
    """One article file → Article; missing title/date or a bad date is a ContentError."""
    rel = path.relative_to(project).as_posix()
    meta, body, body_line = split_front_matter(read_text(path), Path(rel))
    line = meta.get("__line__", 0) + 1      # front matter YAML starts on line 2 of the file
    for key in meta:
        if key != "__line__" and key not in ARTICLE_KEYS:
            report.warn(f"unknown front matter key '{key}' ignored", rel, _key_line(path, key),
                        did_you_mean(str(key), ARTICLE_KEYS))
    for key in ("title", "date"):
        if meta.get(key) in (None, ""):
            raise ContentError(f"front matter has no '{key}'", rel, line,
                               "add e.g. `title: ...` and `date: 2022-02-12` (or 2022-02, or 2022)")
    try:
        date = parse_date(meta["date"])
    except ValueError as exc:
        raise ContentError(f"bad date {meta['date']!r}: {exc}", rel, _key_line(path, "date"),
                           "write YYYY, YYYY-MM or YYYY-MM-DD") from None
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    at = lambda key: _key_line(path, key)   # noqa: E731
    return Article(
        id=article_id(path), title=as_text(meta["title"], "title", rel, at("title")), date=date, path=path,
        source_path=rel, body=body, body_line=body_line, plain=plain_text(body),
        source=_opt_str(meta.get("source")), url=_opt_str(meta.get("url")),
        lang=str(meta.get("lang") or default_lang), tags=as_list(tags, "tags", rel, at("tags")),
        allow_html=as_bool(meta.get("html", False), "html", rel, at("html")),
    )


def article_id(path: Path) -> str:
    """The article's slug; never one of the site's own page names."""
    slug = slugify(path.stem) or "article"
    return f"{slug}-article" if slug in RESERVED_IDS else slug


def load_articles(project: Path, default_lang: str, report: Report) -> list[Article]:
    """Every content/articles/**/*.md, sorted by date then id; bad ones are reported."""
    folder = project / "content" / "articles"
    articles, seen = [], {}
    if not folder.is_dir():
        report.warn(f"no articles: {folder} does not exist", hint="put Markdown articles in content/articles/, "
                    "or run `dossier import` on raw seed files")
    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()) if folder.is_dir() else []:
        try:
            article = load_article(path, project, default_lang, report)
        except ContentError as exc:
            report.error(exc)
            continue
        if article.id in seen:
            report.error(ContentError(f"duplicate slug '{article.id}': also used by {seen[article.id]}",
                                      article.source_path, 1, "rename one of the two files"))
            continue
        seen[article.id] = article.source_path
        articles.append(article)
    return sorted(articles, key=lambda a: (a.date, a.id))


def _key_line(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _opt_str(value) -> str | None:
    return None if value in (None, "") else str(value)


# --- the actor registry ----------------------------------------------------------------------

def load_registry(project: Path, report: Report) -> tuple[list[Actor], set[str]]:
    """content/actors.yml → (actors, rejected names). Either a list of actors, or a mapping
    with `actors:` and `rejected:` (names never to be linked)."""
    path = project / "content" / "actors.yml"
    if not path.exists():
        return [], set()
    rel = path.relative_to(project).as_posix()
    data = load_yaml(read_text(path), Path(rel)) or []
    rejected: list = []
    if isinstance(data, dict):
        _warn_unknown(data, {"actors", "rejected"}, rel, report)
        rejected, data = data.get("rejected") or [], data.get("actors") or []
    if not isinstance(data, list):
        raise ContentError("actors.yml must be a list of actors", rel, 1)
    actors, ids = [], {}
    for entry in data:
        actor = _actor_from(entry, rel, report)
        if actor.id in ids:
            raise ContentError(f"duplicate actor id '{actor.id}' (first at line {ids[actor.id]})",
                               rel, entry.get("__line__"), "give each actor its own id")
        ids[actor.id] = entry.get("__line__")
        actors.append(actor)
    return actors, set(as_list(rejected, "rejected", rel, _key_line(path, "rejected")))


def _actor_from(entry, rel: str, report: Report) -> Actor:
    if not isinstance(entry, dict):
        raise ContentError("each actor must be a mapping with at least `name`", rel, None,
                           "write `- {id: ..., name: ..., kind: person}`")
    line = entry.get("__line__")
    _warn_unknown(entry, ACTOR_KEYS, rel, report)
    if not entry.get("name"):
        raise ContentError("actor has no 'name'", rel, line, "add `name: Full Name`")
    actor_id = str(entry.get("id") or slugify(str(entry["name"])))
    if not _ID.match(actor_id) or actor_id in RESERVED_IDS:
        raise ContentError(f"actor id '{actor_id}' must be lowercase ASCII letters, digits and '-' (and not 'index')",
                           rel, line, f"use '{slugify(actor_id)}'")
    kind = entry.get("kind", "person")
    if kind not in KINDS:
        raise ContentError(f"unknown kind '{kind}'", rel, line,
                           did_you_mean(str(kind), KINDS) or f"use one of {', '.join(KINDS)}")
    return Actor(
        id=actor_id, name=str(entry["name"]), kind=kind,
        aliases=as_list(entry.get("aliases"), "aliases", rel, line),
        role=as_text(entry.get("role") or "", "role", rel, line),
        description=as_text(entry.get("description") or "", "description", rel, line),
        wikidata=_opt_str(entry.get("wikidata")),
        roles=[_role_from(r, rel) for r in as_list(entry.get("roles"), "roles", rel, line, item=object)],
        reviewed=as_bool(entry.get("reviewed", True), "reviewed", rel, line), origin="registry",
    )


def _role_from(entry, rel: str) -> RoleAlias:
    if isinstance(entry, str):
        return RoleAlias(entry)
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not entry.get("text"):
        raise ContentError("a role alias needs `text` (and optional `from`, `to`)", rel, line)
    try:
        start = parse_date(entry["from"]) if entry.get("from") is not None else None
        end = parse_date(entry["to"]) if entry.get("to") is not None else None
    except ValueError as exc:
        raise ContentError(f"bad date in role alias: {exc}", rel, line, "write YYYY, YYYY-MM or YYYY-MM-DD") from None
    return RoleAlias(str(entry["text"]), start, end)


def _warn_unknown(entry: dict, known: set[str], rel: str, report: Report) -> None:
    for k in entry:
        if k != "__line__" and k not in known:
            report.warn(f"unknown key '{k}' ignored", rel, entry.get("__line__"), did_you_mean(str(k), known))


# --- annotations -----------------------------------------------------------------------------

def load_annotations(project: Path, articles: list[Article], report: Report) -> list[Annotation]:
    """content/annotations/<article file name>.yml → Annotations, each remembering its line."""
    folder = project / "content" / "annotations"
    by_stem = {a.path.stem: a for a in articles}
    annotations = []
    found = sorted(folder.rglob("*.yml")) + sorted(folder.rglob("*.yaml")) if folder.is_dir() else []
    for path in (p for p in found if p.is_file()):
        rel = path.relative_to(project).as_posix()
        try:
            annotations += _annotations_in(path, rel, by_stem, report)
        except ContentError as exc:
            report.error(exc)
    return annotations


def _annotations_in(path: Path, rel: str, by_stem: dict, report: Report) -> list[Annotation]:
    article = by_stem.get(path.stem)
    if article is None:
        raise ContentError(f"no article named '{path.stem}.md' for these annotations", rel, 1,
                           did_you_mean(path.stem, by_stem) or "name the file after its article")
    data = load_yaml(read_text(path), Path(rel)) or {}
    if not isinstance(data, dict):
        raise ContentError("an annotation file is a mapping of sections", rel, 1,
                           f"use sections: {', '.join(sorted(ANNOTATION_SECTIONS))}")
    _warn_unknown(data, ANNOTATION_SECTIONS, rel, report)
    out = []
    for section in sorted(ANNOTATION_SECTIONS & data.keys()):
        entries = data[section] or []
        if not isinstance(entries, list):
            raise ContentError(f"'{section}' must be a list of entries", rel, _key_line(path, section),
                               f"write `{section}:` then one `- {{text: …}}` line per entry")
        for entry in entries:
            out.append(_annotation_from(section, entry, article, rel, report))
    return out


def _annotation_from(section: str, entry, article: Article, rel: str, report: Report) -> Annotation:
    if not isinstance(entry, dict):
        raise ContentError(f"each entry of '{section}' must be a mapping", rel, None,
                           "write e.g. `- {text: exact words, ...}`")
    line = entry["__line__"]
    _warn_unknown(entry, ANNOTATION_FIELDS[section], rel, report)
    if section in ("links", "reject") and "actor" in entry and not isinstance(entry["actor"], str):
        raise ContentError("`actor` must be an actor id", rel, line)
    if section == "links" and not entry.get("actor"):
        raise ContentError("a link needs an `actor`: the id of the actor the words name", rel, line)
    if section == "events" and not isinstance(entry.get("actors", []) or [], list):
        raise ContentError("an event's `actors` must be a list of actor ids", rel, line, "write `actors: [john-kirby]`")
    fields = strip_lines(entry)
    # An event's `text` is its description; it anchors on the optional `at`. Every other
    # section anchors on `text` (exact words, with optional `prefix`/`suffix`).
    anchor = fields.pop("at", None) if section == "events" else fields
    if isinstance(anchor, str):
        anchor = {"text": anchor}
    if anchor is not None and not isinstance(anchor, dict):
        raise ContentError("`at` must be the exact words of the passage, or {text, prefix, suffix}", rel, line)
    selector = None
    if isinstance(anchor, dict) and str(anchor.get("text") or "").strip():
        selector = Selector(str(anchor.pop("text")), str(anchor.pop("prefix", "") or ""),
                            str(anchor.pop("suffix", "") or ""))
    if selector is None and (section != "events" or isinstance(anchor, dict)):
        raise ContentError(f"a '{section}' entry needs `text`: the exact words it anchors on", rel, line)
    if section == "events" and not str(fields.get("text") or "").strip():
        raise ContentError("an event needs a `text`: what happened", rel, line)
    if section == "notes" and not str(fields.get("note") or "").strip():
        raise ContentError("a note needs a `note`: the text to show beside the passage", rel, line)
    if section == "events":
        if "date" not in fields:
            raise ContentError("an event needs a `date`", rel, line, "add `date: 2022-02-12`")
        try:
            fields["date"] = parse_date(fields["date"])
        except ValueError as exc:
            raise ContentError(f"bad event date {fields['date']!r}: {exc}", rel, line,
                               "write YYYY, YYYY-MM or YYYY-MM-DD") from None
    return Annotation(kind=section, article=article.id, selector=selector, fields=fields, path=rel, line=line)
