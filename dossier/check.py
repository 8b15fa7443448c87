"""`dossier check`: validate the content and list what needs an editor's eye — automatic
actors, unlinked names, quotes without a speaker — each with YAML ready to paste into
content/actors.yml or an annotation file.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import yaml

from .build import load_dossier
from .errors import BuildFailed, Report
from .render import snippet


def run_check(project: Path, echo) -> bool:
    """Print the review report; True when something needs review."""
    report = Report()
    dossier, linked = load_dossier(project, report)
    for w in report.warnings:
        echo(f"warning: {w}")
    if report.errors:
        raise BuildFailed(report.errors)
    counts = Counter(m.actor for m in dossier.mentions)
    automatic = [a for a in dossier.actors.values() if not a.reviewed and counts[a.id]]
    echo(f"{project}: {len(dossier.articles)} articles, {len(dossier.actors)} actors "
         f"({len(automatic)} automatic), {len(dossier.quotes)} quotes")
    if automatic:
        echo("\n# Automatic actors (most mentioned first). To accept one, paste its entry into")
        echo("# content/actors.yml; to merge it into a known actor, add its name to that actor's")
        echo("# `aliases`; to reject it, add its name under `rejected:`.")
        for actor in sorted(automatic, key=lambda a: (-counts[a.id], a.name)):
            first = next(m for m in dossier.mentions if m.actor == actor.id)
            where = dossier.article(first.article)
            ctx = snippet(where, first.start, first.end, "", 50)
            echo(f"\n# {actor.name}: {counts[actor.id]} mention(s), e.g. {where.source_path}:"
                 f"{where.line_of(first.start)}: …{ctx.before}[{ctx.text}]{ctx.after}…")
            entry = {"id": actor.id, "name": actor.name, "kind": actor.kind}
            if actor.titles:
                entry["role"] = actor.titles[0]
            echo("# accept:\n" + _indent(yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)))
            echo(f"# or reject:\n#   rejected: [{actor.name!r}]")
    groups = defaultdict(list)
    for u in linked.unlinked:
        groups[(u.text, u.reason)].append(u)
    if groups:
        echo("\n# Unlinked names: link one with an annotation (content/annotations/<article>.yml):")
        for (text, reason), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            u = items[0]
            article = dossier.article(u.article)
            echo(f"\n# {text!r} ({reason}): {len(items)} time(s), first at {article.source_path}:{article.line_of(u.start)}")
            echo(_indent(yaml.safe_dump({"links": [{"text": text, "actor": "<actor-id>"}]}, allow_unicode=True, sort_keys=False)))
    if dossier.unresolved_quotes:
        echo("\n# Quotes without a speaker: set one in the article's annotation file:")
        for s in dossier.unresolved_quotes:
            article = dossier.article(s.article)
            words = article.text[s.start:s.end]
            short = words if len(words) <= 60 else words[:57] + "…"
            echo(f"\n# {article.source_path}:{article.line_of(s.start)}: «{short}»")
            anchor = words if len(words) <= 60 else words[:60].rsplit(" ", 1)[0]
            echo(_indent(yaml.safe_dump({"quotes": [{"text": anchor, "speaker": "<actor-id>"}]},
                                        allow_unicode=True, sort_keys=False, width=1000)))
    return bool(automatic or groups or dossier.unresolved_quotes)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())
