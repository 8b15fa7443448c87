"""`dossier import`: raw seed files → articles with front matter.

Seed format: the first line is ` date YYYY-MM <lede>`; then the text, where a short line
without final punctuation is a section heading.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .dates import parse_date
from .errors import ContentError
from .load import read_text
from .text import slugify

_FIRST_LINE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(.*)$")
_FINAL_PUNCTUATION = tuple(".!?…:;»\"”)")


def seed_to_article(text: str, path: Path) -> tuple[str, str]:
    """(slug, article text) for one seed file."""
    lines = text.splitlines()
    m = _FIRST_LINE.match(lines[0]) if lines else None
    if not m:
        raise ContentError("first line must be ' date YYYY-MM <lede>'", path, 1,
                           "start the file with e.g. ' date 2022-02 Le Pentagone a fait savoir…'")
    try:
        date = parse_date(m.group(1))
    except ValueError as exc:
        raise ContentError(f"bad date {m.group(1)!r}: {exc}", path, 1) from None
    lede = m.group(2).strip()
    paragraphs = [p.strip() for p in lines[1:]]
    title = _title_from(lede)
    if not title.strip(" .…"):
        raise ContentError("the first line has no lede to make a title from", path, 1,
                           "write the article's first sentence after the date")
    body = [lede, ""]
    for p in paragraphs:
        if not p:
            continue
        body += [f"## {p}" if is_heading(p) else p, ""]
    meta = {"title": title, "date": date}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False)
    slug = slugify(f"{date}-{title}")
    if len(slug) > 60:
        slug = slug[:61].rsplit("-", 1)[0]         # cut between words
    return slug, f"---\n{front}---\n" + "\n".join(body).rstrip() + "\n"


def is_heading(line: str) -> bool:
    """A short line without final punctuation is a section heading."""
    return len(line) <= 90 and not line.endswith(_FINAL_PUNCTUATION) and len(line.split()) <= 14


def _title_from(lede: str) -> str:
    first = re.split(r"(?<=[.!?])\s", lede, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= 140 else first[:139].rsplit(" ", 1)[0] + "…"


def import_seeds(sources: list[Path], dest: Path, force: bool = False) -> list[Path]:
    """Write one article per seed into `dest`; never overwrite an existing file unless `force`."""
    if dest.exists() and not dest.is_dir():
        raise ContentError(f"{dest} is not a folder", hint="give --to a folder for the articles")
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sources:
        slug, text = seed_to_article(read_text(src), src)
        target = dest / f"{slug}.md"
        if target in written:
            raise ContentError(f"two seeds make the same article {target}", src, 1,
                               "give one of them another date or lede")
        if target.exists() and not force:
            raise ContentError(f"{target} already exists", src, 1, "use --force to replace it, or delete it yourself")
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
