"""The exceptions a user can cause, and the warnings a build collects.

Every problem in the user's content carries the file and line it comes from, so the CLI can
print ``content/articles/x.md:12: unknown actor 'kirbi' (did you mean 'kirby'?)`` instead of a
traceback (see ../shared/STYLE.md, "Configuration and errors").
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path


class DossierError(Exception):
    """Base class of every error the CLI reports without a traceback."""


@dataclass
class Problem:
    """One located problem: an error when raised, a warning when collected."""

    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where += f":{self.line}"
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}\n    hint: {self.hint}" if self.hint else text


class ContentError(DossierError):
    """A mistake in the user's content: an article, actors.yml, an annotation file."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 hint: str | None = None):
        self.problem = Problem(message, str(path) if path is not None else None, line, hint)
        super().__init__(str(self.problem))


class ConfigError(ContentError):
    """A mistake in dossier.yml."""


class BuildFailed(DossierError):
    """Several content errors, reported together."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Report:
    """Warnings and errors collected during a build; one bad article does not stop the others."""

    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)

    def warn(self, message: str, path=None, line=None, hint=None) -> None:
        self.warnings.append(Problem(message, str(path) if path is not None else None, line, hint))

    def error(self, exc: ContentError) -> None:
        self.errors.append(exc.problem)


def did_you_mean(word: str, choices) -> str | None:
    """A hint naming the closest known choice, or None."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
