"""Shared by the benchmarks: write corpus texts as a dossier and build it with the real CLI.

The body of each article is the corpus text exactly, so the offsets of the data export are
offsets into the corpus file.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def write_articles(project: Path, articles) -> None:
    """`articles`: (stem, title, date, text) tuples → project/content/articles/<stem>.md."""
    folder = project / "content" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for stem, title, date, text in articles:
        front = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\n---\n"
        (folder / f"{stem}.md").write_text(front + text, encoding="utf-8")


def build_and_load(project: Path, package_root: Path = REPO) -> dict[str, list]:
    """Run `python -m dossier build` on `project` with the package under `package_root`;
    return the data export, {'articles': [...], 'actors': [...], 'quotes': [...], ...}."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(package_root), *filter(None, [os.environ.get("PYTHONPATH")])]))
    out = project / "site"
    subprocess.run([sys.executable, "-m", "dossier", "build", str(project), "--out", str(out)],
                   check=True, cwd=package_root, env=env)
    return {name: json.loads((out / "data" / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("articles", "actors", "quotes", "timeline")}
