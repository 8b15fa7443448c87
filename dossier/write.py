"""Stage 6 — write: one writer puts {path: bytes} on disk with an atomic swap (Lektor commits
artifacts with os.replace): a failed build never leaves a half-written site, and nothing
outside the output folder is ever touched.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from .errors import DossierError

MARKER = ".dossier-site"


def safe_relpath(path: str) -> PurePosixPath:
    """`path` as a relative path that stays inside the output folder, or a DossierError."""
    p = PurePosixPath(path)
    if p.is_absolute() or not p.parts or any(part in ("..", "") for part in p.parts) or "\\" in path:
        raise DossierError(f"refusing to write outside the output folder: {path!r}")
    return p


def check_output_folder(out: Path, project: Path) -> None:
    """Refuse an output folder that holds the user's own files."""
    out, project = out.resolve(), project.resolve()
    content = project / "content"
    if out == project or out in content.parents or out == content or content in out.parents \
            or out in project.parents:
        raise DossierError(f"refusing to use {out} as the output folder: it holds your content",
                           )
    if out.exists() and not out.is_dir():
        raise DossierError(f"{out} is a file, not a folder: choose another --out")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise DossierError(f"{out} exists and was not made by dossier; refusing to replace it "
                           "(choose another --out or empty it yourself)")


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Write every file into a fresh temporary folder beside `out`, then swap it in."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    try:
        for rel, data in files.items():
            target = tmp / safe_relpath(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (tmp / MARKER).write_text("made by dossier build; this folder is replaced on every build\n")
        old = out.with_name(f".{out.name}-old-{os.getpid()}")
        if out.exists():
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
