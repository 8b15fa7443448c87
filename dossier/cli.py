"""The command line: build, serve, import, check. User mistakes print file:line and a hint
and exit non-zero; never a traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import BuildFailed, DossierError

PROJECT = click.argument("project", default=".", type=click.Path(exists=True, file_okay=False, path_type=Path))


def _fail(exc: DossierError) -> None:
    """Print a user mistake (with its file:line and hint) and exit 1 — no traceback."""
    if isinstance(exc, BuildFailed):
        click.secho(f"{len(exc.problems)} problem(s) stopped the build:", fg="red", err=True)
        click.echo(str(exc), err=True)
    else:
        click.secho(f"error: {exc}", fg="red", err=True)
    sys.exit(1)


def _print_warnings(report) -> None:
    for w in report.warnings:
        click.secho(f"warning: {w}", fg="yellow", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier")
def main() -> None:
    """dossier: build a browsable site of actors, quotes and a timeline from articles."""


@main.command()
@PROJECT
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder [PROJECT/site].")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def build(project: Path, out: Path | None, strict: bool) -> None:
    """Build the site of PROJECT (default: the current folder)."""
    from .build import build as run_build
    try:
        result = run_build(project, out, strict=strict, progress=True)
    except DossierError as exc:
        _fail(exc)
    _print_warnings(result.dossier.report)
    d = result.dossier
    click.echo(f"built {len(d.articles)} articles, {sum(1 for a in d.actors.values())} actors, "
               f"{len(d.quotes)} quotes, {len(d.events)} events → {out or project / 'site'} "
               f"({result.files} files, {result.seconds:.1f}s)")


@main.command()
@PROJECT
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder [PROJECT/site].")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--open", "open_browser", is_flag=True, help="Open a browser.")
def serve(project: Path, out: Path | None, host: str, port: int, open_browser: bool) -> None:
    """Build, serve on HOST:PORT, rebuild and reload the browser on every change."""
    from .serve import serve as run_serve
    try:
        run_serve(project, out or project / "site", host, port, open_browser)
    except DossierError as exc:
        _fail(exc)


@main.command(name="import")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "dest", default=Path("content/articles"), type=click.Path(file_okay=False, path_type=Path),
              show_default=True, help="Folder the articles are written to.")
@click.option("--force", is_flag=True, help="Replace articles that already exist.")
def import_(sources: tuple[Path, ...], dest: Path, force: bool) -> None:
    """Turn raw seed files into articles with front matter."""
    from .importer import import_seeds
    try:
        for path in import_seeds(list(sources), dest, force):
            click.echo(f"wrote {path}")
    except DossierError as exc:
        _fail(exc)


@main.command()
@PROJECT
@click.option("--strict", is_flag=True, help="Exit non-zero when anything needs review.")
def check(project: Path, strict: bool) -> None:
    """Validate the content; list automatic actors, unlinked names and speakerless quotes,
    with YAML ready to paste."""
    from .check import run_check
    try:
        needs_review = run_check(project, click.echo)
    except DossierError as exc:
        _fail(exc)
    sys.exit(1 if strict and needs_review else 0)
