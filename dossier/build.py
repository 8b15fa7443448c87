"""`dossier build`: load → analyse → link → model → render → write, top to bottom."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .analyse import Analyser
from .assemble import assemble
from .config import load_config
from .errors import BuildFailed, ContentError, Report
from .link import Linker
from .load import load_annotations, load_articles, load_registry
from .model import Dossier
from .render import render_site
from .write import check_output_folder, write_site

CACHE_DIR = ".dossier-cache"


@dataclass
class BuildResult:
    dossier: Dossier
    files: int
    seconds: float
    linked: object = None


def load_dossier(project: Path, report: Report, progress: bool = False,
                 analyser: Analyser | None = None) -> tuple[Dossier, object]:
    """Everything up to the model: the part `build` and `check` share."""
    config = load_config(project, report)
    articles = load_articles(project, config.language, report)
    registry, rejected = load_registry(project, report)
    annotations = load_annotations(project, articles, report)
    analyser = analyser or Analyser(config.model, project / CACHE_DIR)
    analyses = analyser.analyse(articles, progress=progress)
    linker = Linker(registry, rejected, report)
    try:
        linked = linker.link(articles, analyses, annotations)
    except ContentError as exc:
        report.error(exc)
        raise BuildFailed(report.errors) from None
    dossier = assemble(config, project, articles, analyses, linked, linker, annotations, report)
    return dossier, linked


def build(project: Path, out: Path | None = None, strict: bool = False, progress: bool = False,
          analyser: Analyser | None = None) -> BuildResult:
    """Build the site of `project` into `out` (default PROJECT/site). Raises BuildFailed when
    the content has errors (or warnings, with `strict`); the old site is then left as it was."""
    started = time.perf_counter()
    project = Path(project)
    out = Path(out) if out is not None else project / "site"
    check_output_folder(out, project)
    report = Report()
    dossier, linked = load_dossier(project, report, progress, analyser)
    if report.errors or (strict and report.warnings):
        raise BuildFailed(report.errors + (report.warnings if strict else []))
    files = render_site(dossier)
    write_site(files, out)
    return BuildResult(dossier, len(files), time.perf_counter() - started, linked)
