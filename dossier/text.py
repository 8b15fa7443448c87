"""Text helpers shared by every stage: folding for matching, slugs, and the Markdown → plain
text map that lets the analysis report offsets into the user's Markdown source.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Cyrillic and Greek letters that look like Latin ones. Pasted press copy contains them
# ("с’est" in our seed has a Cyrillic с); we fold them for matching only, never for display.
CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ӏ": "l", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "ο": "o", "α": "a", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X",
    "’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "‐": "-", "‑": "-",
})


def fold_char(ch: str) -> str:
    """One character, case- and accent-insensitive, look-alikes unified; always length 1."""
    ch = ch.translate(CONFUSABLES)
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


class _FoldTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """A same-length folded copy of `text`, so offsets found in it are offsets in `text`."""
    return text.translate(_FOLD)


def key(text: str) -> str:
    """A matching key: folded, spaces collapsed, outer punctuation stripped."""
    return re.sub(r"\s+", " ", fold(text)).strip(" .,;:!?'\"«»“”")


_NON_WORD = re.compile(r"[\W_]+")


def words(text: str) -> str:
    """Only the words, folded: punctuation, quote marks, spacing, case and accents ignored.
    The key of 'the same quote' and of 'the same event text'."""
    return _NON_WORD.sub(" ", fold(text)).strip()


# Letters that no Unicode decomposition turns into ASCII: spelled out, not dropped.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ø": "o", "Ø": "O",
                            "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"})


def slugify(text: str) -> str:
    """An ASCII slug, stable for a given text: 'Sergueï Lavrov' → 'serguei-lavrov', 'Frank
    Lebœuf' → 'frank-leboeuf'."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(CONFUSABLES).translate(_LIGATURES))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-")


# --- Markdown source → plain text -------------------------------------------------------------

_LINE_PREFIX = re.compile(r"^(?: {0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+))+")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{1,3}|`+)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|`+)(?![\w])")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")


@dataclass
class PlainText:
    """The text a reader sees, with each character's offset in the Markdown source."""

    text: str
    offsets: list[int]      # offsets[i] = source offset of text[i]
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a plain-text span to the source span covering the same characters."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.source_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_source(self, pos: int) -> int:
        """The plain-text index of the first character at or after source offset `pos`."""
        return bisect_right(self.offsets, pos - 1)


def plain_text(source: str) -> PlainText:
    """Strip Markdown syntax (block markers, emphasis, link targets, HTML tags, fences),
    keeping the offset of every kept character. Paragraph breaks stay as blank lines so the
    sentence splitter sees them."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        skip = _skip_spans(body)
        for i, ch in enumerate(body):
            if i not in skip:
                chars.append(ch)
                offsets.append(pos + i)
        if len(body) < len(line):            # keep the newline itself
            chars.append("\n")
            offsets.append(pos + len(body))
        pos += len(line)
    return PlainText("".join(chars), offsets, len(source))


def _skip_spans(line: str) -> set[int]:
    """Indexes of Markdown syntax characters in one source line."""
    if _FENCE.match(line) or _RULE.match(line):
        return set(range(len(line)))
    skip: set[int] = set()
    prefix = _LINE_PREFIX.match(line)
    if prefix:
        skip.update(range(prefix.end()))
    for m in _LINK.finditer(line):
        skip.update(range(m.start(), m.start(1)))          # "![" or "["
        skip.update(range(m.end(1), m.end()))              # "](url)"
    for m in _HTML_TAG.finditer(line):
        skip.update(range(m.start(), m.end()))
    for m in _EMPHASIS.finditer(line):
        skip.update(range(m.start(), m.end()))
    return skip
