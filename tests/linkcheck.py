"""Every internal link and anchor of a built site must resolve (used by the tests)."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.links.append(attrs[name])


def broken_links(site: Path) -> list[str]:
    """['page.html → target#frag (reason)'] for every internal link that does not resolve."""
    pages = {}
    for path in site.rglob("*.html"):
        parser = _Page()
        parser.feed(path.read_text("utf-8"))
        pages[path.resolve()] = parser
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue                      # external
            if link.startswith("/"):
                broken.append(f"{path.relative_to(site.resolve())} → {link} (absolute link)")
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.exists():
                broken.append(f"{path.relative_to(site.resolve())} → {link} (no such file)")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{path.relative_to(site.resolve())} → {link} (no such anchor)")
    return broken
