"""Annotations anchor on exact text (a W3C TextQuoteSelector: exact, optional prefix and
suffix), not on offsets, so they survive edits. An anchor that is not found is an error at
the annotation's file:line that names the nearest passage of the article.
"""
from __future__ import annotations

import difflib
import re

from .errors import ContentError
from .model import Annotation, Article
from .text import fold


def find_anchor(article: Article, ann: Annotation, every: bool = False) -> list[tuple[int, int]]:
    """Plain-text spans where the annotation's selector matches: all of them when `every`,
    else the first. Matching is exact, then case/accent/apostrophe-insensitive."""
    sel = ann.selector
    spans = _matches(article.text, sel.exact, sel.prefix, sel.suffix)
    if not spans:
        spans = _matches(fold(article.text), fold(sel.exact), fold(sel.prefix), fold(sel.suffix))
    if not spans:
        raise ContentError(f"annotation text {sel.exact!r} not found in {article.source_path}",
                           ann.path, ann.line, _nearest_hint(article, sel.exact))
    return spans if every else spans[:1]


def _matches(text: str, exact: str, prefix: str, suffix: str) -> list[tuple[int, int]]:
    out = []
    # any run of spaces and line breaks in the text matches any run in the anchor
    pattern = r"\s+".join(re.escape(word) for word in exact.split())
    if not pattern:
        return out
    for m in re.finditer(pattern, text):
        before = _squash(text[max(0, m.start() - len(prefix) - 20):m.start()])
        after = _squash(text[m.end():m.end() + len(suffix) + 20])
        if before.endswith(_squash(prefix)) and after.startswith(_squash(suffix)):
            out.append((m.start(), m.end()))
    return out


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _nearest_hint(article: Article, exact: str) -> str:
    """'nearest: "…" (line N)' — the window of the article most like the missing text."""
    words = list(re.finditer(r"\S+", article.text))
    n = max(1, len(exact.split()))
    best, best_ratio, best_start = None, 0.0, 0
    target = fold(exact)
    for i in range(0, max(1, len(words) - n + 1)):
        chunk = words[i:i + n]
        if not chunk:
            break
        s, e = chunk[0].start(), chunk[-1].end()
        ratio = difflib.SequenceMatcher(None, target, fold(article.text[s:e])).ratio()
        if ratio > best_ratio:
            best, best_ratio, best_start = article.text[s:e], ratio, s
    if best is None or best_ratio < 0.4:
        return "copy the words exactly as they appear in the article"
    return f'nearest passage: "{best}" ({article.source_path}:{article.line_of(best_start)})'
