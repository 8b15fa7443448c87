"""`dossier serve`: build, serve on 127.0.0.1, rebuild on change and reload the browser
(livereload). A failed rebuild shows its errors in the browser instead of a stale page."""
from __future__ import annotations

import html
from pathlib import Path

from .analyse import Analyser
from .build import CACHE_DIR, build
from .config import load_config
from .errors import DossierError, Report
from .write import MARKER, check_output_folder, write_site


def error_page(message: str) -> bytes:
    return (f"<!doctype html><meta charset=utf-8><title>Build failed</title>"
            f"<body style='font:16px/1.5 system-ui;margin:2em'><h1>Build failed</h1>"
            f"<pre style='white-space:pre-wrap;background:#fee;padding:1em'>{html.escape(message)}</pre>"
            f"<p>Fix the file and save: this page reloads by itself.</p>").encode()


def serve(project: Path, out: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> None:
    from livereload import Server

    check_output_folder(out, project)       # refused before anything is written
    config = load_config(project, Report())
    analyser = Analyser(config.model, project / CACHE_DIR)   # one pipeline for every rebuild

    def rebuild() -> None:
        try:
            result = build(project, out, progress=False, analyser=analyser)
            print(f"rebuilt {result.files} files in {result.seconds:.1f}s")
        except DossierError as exc:
            print(f"build failed:\n{exc}")
            if out.exists() and not (out / MARKER).exists():
                return          # never replace a folder dossier did not make
            # every page the browser may be showing becomes the error page until the fix
            pages = [p.relative_to(out).as_posix() for p in out.rglob("*.html")] if out.exists() else []
            write_site({page: error_page(str(exc)) for page in pages or ["index.html"]}, out)

    rebuild()
    server = Server()
    for pattern in ("content/**/*", "content/*", "dossier.yml", "templates/**/*"):
        server.watch(str(project / pattern), rebuild)
    server.serve(root=str(out), host=host, port=port, open_url_delay=1 if open_browser else None)
