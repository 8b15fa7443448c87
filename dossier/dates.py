"""Date expressions in French (and basic English) press text, resolved to ISO values.

`find_dates(text, anchor)` finds absolute dates ("12 février 2022", "12/02/2022", "en 2015"),
dates relative to the article date ("hier", "samedi dernier", "l'an prochain"), dates relative
to the story ("la veille", "le lendemain", "deux jours plus tard") and ranges ("du 3 au 4 mars",
"entre 2015 et 2018", "depuis 2015"). Values never claim more precision than the text gives: a
month stays "2022-02", a year "2022", and a day that cannot be resolved honestly (e.g. "hier"
in an article dated only "2022-02") yields no mention at all.

Pure rules, no model: each rule is a compiled regex (date_words.py) plus a resolver
(date_resolve.py), over calendar values at their precision (date_values.py); the longest
leftmost matches win, then mentions are resolved in text order so that narrative expressions
can lean on the last full date the story set. Conventions follow ISO-TimeML (French TimeBank):
a day qualified by a part of the day ("hier soir", "mardi après-midi") is a time, which is
given its day (kind "time"); a date after "la nuit de", "la soirée du" is still left out (a
night spans two days).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .date_resolve import _RESOLVERS, _Story, _compose
from .date_values import format_date, parse_date
from .date_words import _PATTERNS

__all__ = ["DateMention", "find_dates", "parse_date", "format_date"]


@dataclass(frozen=True)
class DateMention:
    start: int          # Python char offsets into the `text` given
    end: int
    text: str           # text[start:end]
    value: str          # ISO with its real precision: "2022", "2022-02" or "2022-02-12"
    end_value: str | None = None   # for ranges
    kind: str = "absolute"  # "absolute" | "relative" | "narrative" | "range" | "since" | "time"


# --- entry point -----------------------------------------------------------------------------

def _select(text: str, lang: str) -> list[tuple[str, re.Match]]:
    """Every rule's matches; where they overlap the longest wins ("ce mercredi 27 janvier"
    over "ce mercredi"), then the earliest, then the rule listed first."""
    found = sorted(((m.start() - m.end(), m.start(), order, name, m)
                    for order, (name, rx) in enumerate(_PATTERNS[lang]) for m in rx.finditer(text)
                    if m.end() > m.start()), key=lambda f: f[:3])
    taken: list[tuple[int, int]] = []
    chosen = []
    for _, start, _, name, m in found:
        if all(m.end() <= a or start >= b for a, b in taken):
            taken.append((start, m.end()))
            chosen.append((start, name, m))
    return [(name, m) for _, name, m in sorted(chosen, key=lambda c: c[0])]


def find_dates(text: str, anchor: str, lang: str = "fr") -> list[DateMention]:
    """All date expressions in `text`, in order, resolved against `anchor` (the article date:
    "YYYY", "YYYY-MM" or "YYYY-MM-DD"). Expressions that cannot be resolved honestly at their
    own precision (a day relative to a month-only anchor, a week) are left out."""
    story = _Story(text, anchor, "en" if lang.lower().startswith("en") else "fr")
    hits = []
    for name, m in _select(text, story.lang):
        result = _RESOLVERS[name](m, story)
        for hit in result if isinstance(result, list) else [result] if result else []:
            hits.append(hit)
            story.remember(hit)
    return [DateMention(h.start, h.end, text[h.start:h.end], h.when.iso(),
                        h.until.iso() if h.until else None, h.kind)
            for h in _compose(text, hits)]
