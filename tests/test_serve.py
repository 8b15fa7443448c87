"""`dossier serve`: builds, listens on 127.0.0.1, rebuilds on change, shows build errors."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from conftest import article


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, words: str, seconds: float = 60) -> str:
    deadline, page = time.time() + seconds, ""
    while time.time() < deadline:
        try:
            page = _get(url)
            if words in page:
                return page
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{words!r} never appeared at {url}; last page: {page[:300]}")


def test_serve_rebuilds_on_change_and_shows_errors(tmp_path):
    proj = tmp_path / "p"
    (proj / "content/articles").mkdir(parents=True)
    source = proj / "content/articles/a.md"
    source.write_text(article(title="Premier titre", body="Emmanuel Macron parle.\n"), "utf-8")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "dossier", "serve", str(proj), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/articles/a.html"
        _wait_for(url, "Premier titre")
        source.write_text("---\ntitle: [\n---\n", "utf-8")
        page = _wait_for(url, "Build failed")
        assert "content/articles/a.md:3" in page
        source.write_text(article(title="Second titre", body="Emmanuel Macron parle.\n"), "utf-8")
        _wait_for(url, "Second titre")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_refuses_an_output_folder_holding_user_files(tmp_path):
    proj = tmp_path / "p"
    (proj / "content/articles").mkdir(parents=True)
    (proj / "content/articles/a.md").write_text(article(), "utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "page.html").write_text("my own page", "utf-8")
    for out in (proj / "content", proj, mine):
        run = subprocess.run([sys.executable, "-m", "dossier", "serve", str(proj), "--out", str(out),
                              "--port", str(_free_port())], capture_output=True, text=True, timeout=60)
        assert run.returncode == 1 and "refusing" in run.stderr and "Traceback" not in run.stderr
    assert (proj / "content/articles/a.md").read_text("utf-8") == article()
    assert (mine / "page.html").read_text("utf-8") == "my own page"
