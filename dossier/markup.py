"""Article bodies: Markdown → HTML with actor mentions linked, quotes highlighted and notes
anchored, without ever re-parsing HTML.

Spans are marked in the Markdown source with private-use sentinel characters, the Markdown is
rendered (raw HTML escaped unless the user opted in), and the sentinels become tags. Spans
that cross a block boundary get a point anchor instead, so the HTML stays well nested.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import nh3
from markdown_it import MarkdownIt

from .model import Article

OPEN, CLOSE, END = "\ue000", "\ue002", "\ue001"


@dataclass(frozen=True)
class Span:
    start: int          # plain-text offsets
    end: int
    open: str           # HTML put before the span
    close: str          # HTML put after it ("" for a point anchor)


def render_body(article: Article, spans: list[Span], allow_html: bool) -> str:
    """The article's Markdown as HTML, with `spans` wrapped around their text."""
    body, tags = _mark(article, spans)
    md = MarkdownIt("commonmark", {"html": allow_html}).enable("table")
    out = md.render(body)
    if allow_html:
        out = nh3.clean(out)
    for i, (open_html, close_html) in enumerate(tags):
        out = out.replace(f"{OPEN}{i}{END}", open_html).replace(f"{CLOSE}{i}{END}", close_html)
    return out


def _mark(article: Article, spans: list[Span]) -> tuple[str, list[tuple[str, str]]]:
    # (source offset, kind, tie-breaks..., sentinel): at one offset closes come before opens,
    # inner spans close first and outer spans open first, so the HTML nests.
    inserts: list[tuple] = []
    tags = []
    stack: list[tuple[int, int]] = []
    images, links = _link_ranges(article.body)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        s, e = article.to_source(span.start, span.end)
        if any(a < e and s < b for a, b in images):
            continue                # inside an image's alt text: no HTML can go there
        while stack and stack[-1][1] <= s:
            stack.pop()
        crosses = stack and e > stack[-1][1]
        i = len(tags)
        if not span.close or crosses or not _wrappable(article.body[s:e], article.text[span.start:span.end]) or \
                any(a < e and s < b for a, b in links):
            tags.append((_point(span.open), ""))
            inserts.append((s, 1, -e, i, f"{OPEN}{i}{END}"))
            continue
        tags.append((span.open, span.close))
        inserts.append((s, 1, -e, i, f"{OPEN}{i}{END}"))
        inserts.append((e, 0, -s, -i, f"{CLOSE}{i}{END}"))
        stack.append((s, e))
    body = article.body
    for pos, *_, text in sorted(inserts, reverse=True):
        body = body[:pos] + text + body[pos:]
    return body, tags


_LINK = re.compile(r"(!?)\[[^\]\n]*\]\([^)\n]*\)")
_INLINE = MarkdownIt("commonmark")
_BLOCK_PREFIX = re.compile(r"\n\s*(?:[>*+-]|\d+[.)]|#)")


def _link_ranges(body: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Source ranges of Markdown images and links: a span may not put a tag inside an image,
    nor a link inside a link."""
    images, links = [], []
    for m in _LINK.finditer(body):
        (images if m.group(1) else links).append((m.start(), m.end()))
    return images, links


def _wrappable(source: str, plain: str) -> bool:
    """Whether wrapping this source text in a tag keeps the HTML nested: no paragraph or
    block break inside, and any inline markup opens and closes within it (rendered alone,
    it shows exactly the plain text)."""
    if "\n\n" in source.replace("\r", "") or _BLOCK_PREFIX.search(source):
        return False
    if len(source) == len(plain):
        return True
    shown = html.unescape(re.sub(r"<[^>]+>", "", _INLINE.renderInline(source)))
    return shown == plain


def _point(open_html: str) -> str:
    """A span's opening tag reduced to an empty anchor carrying its id."""
    m = re.search(r'id="([^"]+)"', open_html)
    return f'<span class="anchor" id="{m.group(1)}"></span>' if m else ""
