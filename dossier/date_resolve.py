"""From a rule's match to a resolved date: the story (article date, last dates set), one
resolver per rule, then ranges ("du 3 au 4 mars", "entre 2015 et 2018") and "depuis"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .date_values import _When, _day, _pick, _shift, _when_from_iso
from .date_words import (
    _DEICTIC, _EN_MONTHS, _EN_WEEKDAYS, _FR_MONTHS, _FR_WEEKDAYS, _NARRATIVE, _NUMBERS, _RELATIVE,
    _TODAY_PARTS, _UNITS, _capitalized_mid_sentence, _norm, _tense,
)

# --- resolution ------------------------------------------------------------------------------

@dataclass
class _Hit:
    start: int
    end: int
    when: _When
    kind: str = "absolute"
    until: _When | None = None      # end of a range


class _Story:
    """What resolution needs besides the match: the text, the article date, and the last
    dates the narrative set ("la veille" counts from the last full date mentioned)."""

    def __init__(self, text: str, anchor: str, lang: str):
        self.text, self.anchor, self.lang = text, _when_from_iso(anchor), lang
        self.last_day: _When | None = None
        self.last_any: _When | None = None

    def remember(self, hit: _Hit) -> None:
        self.last_any = hit.when
        if hit.when.prec == "D":
            self.last_day = hit.when

    def narrative_base(self, unit: str) -> _When | None:
        """The date a story-relative expression counts from, falling back to the article date."""
        base = self.last_day if unit in "DW" else self.last_any
        return base or self.anchor

    def mode(self, rel: str | None, start: int, end: int, default: str = "near") -> str:
        """How to place a date that lacks a year: from "dernier/prochain", else from the tense."""
        if rel and _norm(rel) in _RELATIVE:
            return _RELATIVE[_norm(rel)]
        if _SINCE.search(self.text, max(0, start - 16), start):
            return "past"
        return _tense(self.text, start, end) or default


def _year_of(m: re.Match, story: _Story) -> int | None:
    """The explicit year of a match; a 2-digit year takes the century nearest the article."""
    if m.groupdict().get("year"):
        return int(m.group("year"))
    if not m.groupdict().get("yy"):
        return None
    yy, ay = int(m.group("yy")), story.anchor.date.year
    return min((c * 100 + yy for c in (ay // 100 - 1, ay // 100, ay // 100 + 1)), key=lambda y: abs(y - ay))


def _day_number(s: str) -> int:
    return int(s) if s.isdigit() else 1      # "1er", "1 er", "premier"


def _place_day(day: int, month: int, wd: int | None, mode: str, story: _Story) -> _When | None:
    """A day and month without a year: the year that fits the weekday if one is named, else
    the one that fits `mode` ("prev", "next", "past", "future", "near") around the article."""
    ay = story.anchor.date.year
    candidates = [w for y in (ay - 1, ay, ay + 1) if (w := _day(y, month, day))]
    by_weekday = [w for w in candidates if w.date.weekday() == wd]
    if wd is not None and len(by_weekday) == 1:
        return by_weekday[0]
    lo, hi = story.anchor.days()
    mode = {"this": "near", "following": "near", "preceding": "near"}.get(mode, mode)
    return _pick([(w.date.toordinal(), w) for w in candidates], lo, hi, mode)


def _place_month(month: int, mode: str, story: _Story) -> _When | None:
    """A month without a year, placed like `_place_day`."""
    ay = story.anchor.date.year
    candidates = [_When(dt.date(y, month, 1), "M") for y in (ay - 1, ay, ay + 1)]
    lo, hi = story.anchor.months()
    mode = {"this": "near", "following": "near", "preceding": "near"}.get(mode, mode)
    return _pick([(w.months()[0], w) for w in candidates], lo, hi, mode)


def _month_number(m: re.Match, story: _Story) -> int:
    table = _EN_MONTHS if story.lang == "en" else _FR_MONTHS
    return table[re.sub(r"\s+", " ", m.group("month").lower())]


def _weekday_number(name: str | None, story: _Story) -> int | None:
    if not name:
        return None
    return (_EN_WEEKDAYS if story.lang == "en" else _FR_WEEKDAYS)[name.lower()]


# Prepositions that allow a bare year or month but prove little ("de 2000 euros").
_WEAK_PRE = {"de", "d'", "et", "à", "au", "entre", "avant", "après", "vers", "pour",
             "of", "and", "to", "from", "between"}
# Prefixes that belong to the expression's text ("fin 2002", "l'année 2001").
_SPAN_PRE = {"début", "fin", "mi-", "courant", "au mois de", "mois de", "au mois d'", "mois d'",
             "l'année", "l'an", "année", "saison", "printemps", "été", "automne", "hiver",
             "early", "late", "mid-"}
# Words that may follow a bare year; any other lower-case word makes it a quantity ("2000 soldats").
_FUNCTION_WORDS = set("""à au aux en et ou de des du d dans sur pour par avec sans sous chez le la
    les l un une il elle ils elles on nous a ont avait avaient était est fut sera seront qui que
    qu où lors puis mais déjà alors contre selon après avant comme ce cet cette ces se s ne n y
    jusqu entre vers the in and of to was were is when at on for by""".split())
# A part of the day after "hier", "mardi": ISO-TimeML makes "hier soir" a time, dated to its day.
_PART_OF_DAY = re.compile(r"\s+(?:matin|soir|après-midi|soirée|matinée|nuit|midi|morning|"
                          r"evening|afternoon|night|tonight|(?:à|vers)\s+(?:\d{1,2}\s*h|midi|minuit)|"
                          r"at\s+\d)(?!\w)", re.IGNORECASE)
# ...and before them: "dans la nuit de samedi à dimanche", "la soirée du 12 février".
_PART_OF_DAY_OF = re.compile(r"(?:nuit|soirée|matinée|matin|soir|après-midi|night|evening|morning)"
                             r"\s+(?:(?:de|du|d['’]|of)\s*(?:le\s+)?)?$", re.IGNORECASE)
# A determiner that makes a weekday habitual: "le mercredi", "tous les jeudis", "chaque lundi".
_HABITUAL = re.compile(r"(?:\ble|\bles|chaque|every)\s+$", re.IGNORECASE)
_EVENT_RELATIVE = re.compile(r"\s+(?:de|du|des|d['’]|of)\b", re.IGNORECASE)
_AMBIGUOUS_MONTHS = {"mars", "mai", "march", "may"}   # the planet, the verb


def _quantity_follows(text: str, pos: int) -> bool:
    """True when text[pos:] starts with a unit or a noun, as after a count ("1500 mètres")."""
    m = re.match(r"\s*(%|€|\$|[^\W\d_][\w'’-]*)", text[pos:pos + 40])
    if not m:
        return False
    word = m.group(1)
    return word in "%€$" or (word[0].islower() and re.split(r"['’]", word)[0] not in _FUNCTION_WORDS)


def _pre(m: re.Match) -> str | None:
    return _norm(m.group("pre")).rstrip() if m.groupdict().get("pre") else None


def _span_start(m: re.Match, first_group: str) -> int:
    """Where the mention starts: at its prefix when the prefix is part of the expression."""
    return m.start("pre") if _pre(m) in _SPAN_PRE else m.start(first_group)


def _day_month_when(m: re.Match, story: _Story) -> tuple[_When | None, str, int]:
    """(value, kind, end) of "[weekday] day month [year] [dernier|prochain]"."""
    year, end, rel = _year_of(m, story), m.end(), m.group("rel") if "rel" in m.groupdict() else None
    if m.groupdict().get("yy") and _quantity_follows(story.text, m.end("yy")):
        year, end, rel = None, m.end("month"), None     # "le 3 mars 25 personnes"
    day, month = _day_number(m.group("day")), _month_number(m, story)
    if year is not None:
        return _day(year, month, day), "absolute", end
    mode = story.mode(rel, m.start(), end)
    when = _place_day(day, month, _weekday_number(m.groupdict().get("wd"), story), mode, story)
    return when, "relative" if rel else "absolute", end


def _resolve_numeric(m: re.Match, story: _Story):
    when = _day(_year_of(m, story), int(m.group("mon")), int(m.group("day")))
    return _Hit(m.start(), m.end(), when) if when else None


def _resolve_day_month(m: re.Match, story: _Story):
    when, kind, end = _day_month_when(m, story)
    return _Hit(m.start(), end, when, kind) if when else None


def _resolve_day_range(m: re.Match, story: _Story):
    """"du 3 au 4 mars": the first day takes the month and year of the second."""
    last, _, end = _day_month_when(m, story)
    first = last and _day(last.date.year, last.date.month, _day_number(m.group("d1")))
    if not first or first.date > last.date:
        return None
    return _Hit(m.start(), end, first, "range", last)


def _resolve_day_list(m: re.Match, story: _Story):
    """"les 6 et 13 avril": one mention per day, all in the month of the last."""
    last, kind, end = _day_month_when(m, story)
    if not last:
        return None
    more = m.start("more")
    days = [(m.start(), m.end("d1"), _day_number(m.group("d1")))]     # "les 6", "samedi 15"
    days += [(more + n.start(), more + n.end(), int(n.group())) for n in re.finditer(r"\d+", m.group("more"))]
    hits = [_Hit(s, e, w, kind) for s, e, d in days if (w := _day(last.date.year, last.date.month, d))]
    return hits + [_Hit(m.start("day") if m.group("wd") is None else m.start("wd"), end, last, kind)]


def _resolve_weekday_day(m: re.Match, story: _Story):
    """"jeudi 9": a day so numbered that falls on that weekday, within two months of the
    article date, chosen by tense like a day without a year."""
    wd, day = _weekday_number(m.group("wd"), story), _day_number(m.group("day"))
    if story.anchor.prec == "Y":
        return None
    first, _ = story.anchor.months()
    candidates = [w for i in range(first - 2, first + 3)
                  if (w := _day(i // 12, i % 12 + 1, day)) and w.date.weekday() == wd]
    lo, hi = story.anchor.days()
    mode = {"past": "past", "future": "future"}.get(story.mode(None, m.start(), m.end()), "near")
    when = _pick([(w.date.toordinal(), w) for w in candidates], lo, hi, mode)
    return _Hit(m.start(), m.end(), when) if when else None


def _resolve_month_year(m: re.Match, story: _Story):
    if m.groupdict().get("yy") and _quantity_follows(story.text, m.end("yy")):
        return None
    when = _When(dt.date(_year_of(m, story), _month_number(m, story), 1), "M")
    return _Hit(_span_start(m, "month"), m.end(), when)


def _resolve_month(m: re.Match, story: _Story):
    """A bare month needs a preposition or "dernier/prochain"; "mars"/"mai" a strong one."""
    pre, rel = _pre(m), m.groupdict().get("rel")
    strong = pre is not None and pre not in _WEAK_PRE
    if not (rel or strong or (pre and m.group("month").lower() not in _AMBIGUOUS_MONTHS)):
        return None
    if story.lang == "fr" and _capitalized_mid_sentence(story.text, m.start("month")):
        return None
    when = _place_month(_month_number(m, story), story.mode(rel, m.start("month"), m.end()), story)
    return _Hit(_span_start(m, "month"), m.end(), when, "relative" if rel else "absolute") if when else None


def _resolve_year(m: re.Match, story: _Story):
    """A 4-digit year: after a strong preposition ("en", "depuis", "l'année"), or alone when
    it looks like a year (1900–2099, not a count: "2000 soldats", "les années 1990")."""
    pre, year = _pre(m), int(m.group("year"))
    before = story.text[max(0, m.start("year") - 12):m.start("year")]
    paired = re.search(r"\d{4}\s*[-/–]\s*$", before)     # "2015-2016"
    if (pre is None or pre in _WEAK_PRE) and not paired:
        if not 1900 <= year <= 2100 or _quantity_follows(story.text, m.end()):
            return None
        if re.search(r"(?:années|years|n°)\s*$", before, re.IGNORECASE):
            return None
    return _Hit(_span_start(m, "year"), m.end(), _When(dt.date(year, 1, 1), "Y"))


def _resolve_deictic(m: re.Match, story: _Story):
    """"hier", "demain", "ce soir": a day from the article date, which must itself be a day."""
    word = _norm(m.group("word"))
    when = _shift(story.anchor, _DEICTIC[word], "D")
    kind = "time" if word in _TODAY_PARTS else "relative"          # "ce soir"
    return _time_of_day(_Hit(m.start(), m.end(), when, kind), story) if when else None


def _time_of_day(hit: _Hit, story: _Story) -> _Hit:
    """"hier soir", "mardi à 10 h": ISO-TimeML makes these times, not dates; they are dated to
    their day, the part of the day inside the span, kind "time"."""
    part = _PART_OF_DAY.match(story.text, hit.end)
    return _Hit(hit.start, part.end(), hit.when, "time") if part else hit


def _resolve_weekday(m: re.Match, story: _Story):
    """A weekday alone: "dernier" → the latest before the article date, "prochain" → the next
    after it, "ce" → that day or the nearest; otherwise by tense, past when in doubt."""
    det = (m.group("det") or "").lower()
    if story.anchor.prec != "D":
        return None
    if not det and _HABITUAL.search(story.text[max(0, m.start() - 12):m.start()]):
        return None
    if story.lang == "fr" and _capitalized_mid_sentence(story.text, m.start("wd")):
        return None
    wd = _weekday_number(m.group("wd"), story)
    back = (story.anchor.date.weekday() - wd) % 7
    ahead = (wd - story.anchor.date.weekday()) % 7
    rel = m.groupdict().get("rel") or (det if det in _RELATIVE else None)    # "ce", "last"
    mode = story.mode(rel, m.start(), m.end(), default="past")
    offset = {"prev": -(back or 7), "next": ahead or 7, "future": ahead, "past": -(back or 7),
              "this": -back if back <= ahead else ahead}.get(mode, -(back or 7))
    return _time_of_day(_Hit(m.start(), m.end(), _shift(story.anchor, offset, "D"), "relative"), story)


def _resolve_unit(m: re.Match, story: _Story):
    """"le mois prochain", "l'an dernier", "cette année"; weeks have no value here."""
    unit = _UNITS[m.group("unit").lower()]
    rel = m.groupdict().get("rel") or m.group("det")
    mode = _RELATIVE.get(_norm(rel)) if rel else None
    if unit == "W" or mode is None:
        return None
    if mode in ("following", "preceding"):
        base = story.narrative_base(unit)
        when, kind = _shift(base, 1 if mode == "following" else -1, unit), "narrative"
    else:
        when, kind = _shift(story.anchor, {"prev": -1, "next": 1, "this": 0}[mode], unit), "relative"
    return _Hit(m.start(), m.end(), when, kind) if when else None


def _count(m: re.Match) -> int:
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


def _resolve_ago(m: re.Match, story: _Story, sign: int = -1):
    """"il y a trois jours" / "dans deux semaines": from the article date, at the unit's
    precision (weeks resolve to a day)."""
    when = _shift(story.anchor, sign * _count(m), _UNITS[m.group("unit").lower()])
    return _Hit(m.start(), m.end(), when, "relative") if when else None


def _resolve_ahead(m: re.Match, story: _Story):
    return _resolve_ago(m, story, sign=1)


def _resolve_narrative(m: re.Match, story: _Story):
    """"la veille", "le lendemain": from the last full date of the story (or the article's);
    "la veille de Noël" counts from an event we cannot date, so it is skipped."""
    if _EVENT_RELATIVE.match(story.text, m.end()):
        return None
    when = _shift(story.narrative_base("D"), _NARRATIVE[_norm(m.group("word"))], "D")
    return _time_of_day(_Hit(m.start(), m.end(), when, "narrative"), story) if when else None


def _resolve_offset(m: re.Match, story: _Story):
    """"deux jours plus tard", "trois ans auparavant": from the story's last date."""
    unit = _UNITS[m.group("unit").lower()]
    forward = re.match(r"plus\s+tard|après|later|after", m.group("dir"), re.IGNORECASE)
    when = _shift(story.narrative_base(unit), _count(m) * (1 if forward else -1), unit)
    return _Hit(m.start(), m.end(), when, "narrative") if when else None


_RESOLVERS = {
    "numeric": _resolve_numeric, "iso": _resolve_numeric, "day_range": _resolve_day_range,
    "day_list": _resolve_day_list, "day_month": _resolve_day_month,
    "weekday_day": _resolve_weekday_day,
    "month_year": _resolve_month_year, "month": _resolve_month, "year": _resolve_year,
    "deictic": _resolve_deictic, "weekday": _resolve_weekday, "unit": _resolve_unit,
    "ago": _resolve_ago, "ahead": _resolve_ahead, "narrative": _resolve_narrative,
    "offset": _resolve_offset,
}


# --- ranges and "depuis" ---------------------------------------------------------------------

_SINCE = re.compile(r"(?<!\w)(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+)?$", re.IGNORECASE)
# (what opens a range before its first date, what joins the two dates)
_RANGE_FRAMES = [
    (re.compile(r"(?<!\w)(?:entre|between)\s+(?:le\s+|l['’])?$", re.I), re.compile(r"\s+(?:et|and)\s+(?:le\s+|l['’])?", re.I)),
    (re.compile(r"(?<!\w)(?:du|de|d['’]|from)\s*(?:le\s+)?$", re.I), re.compile(r"\s+(?:au|à|to|until|through)\s+(?:le\s+)?", re.I)),
]


def _since(text: str, hit: _Hit) -> _Hit:
    """"depuis 2015": the same value, kind "since", the span widened to "depuis"."""
    m = _SINCE.search(text, max(0, hit.start - 16), hit.start)
    if not m or hit.kind in ("range", "narrative"):
        return hit
    return _Hit(m.start(), hit.end, hit.when, "since")


def _range(text: str, a: _Hit, b: _Hit) -> _Hit | None:
    """"entre 2015 et 2018", "du 3 mars au 5 avril": one range mention, or None."""
    if a.kind in ("range", "since") or b.kind in ("range", "since") or a.when.days()[0] > b.when.days()[1]:
        return None
    for opener, joiner in _RANGE_FRAMES:
        head = opener.search(text, max(0, a.start - 12), a.start)
        if head and joiner.fullmatch(text, a.end, b.start):
            return _Hit(head.start(), b.end, a.when, "range", b.when)
    return None


def _compose(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Pairs of dates joined as ranges, then "depuis" marks."""
    out: list[_Hit] = []
    for hit in hits:
        merged = _range(text, out[-1], hit) if out else None
        if merged:
            out[-1] = merged
        else:
            out.append(hit)
    return [_since(text, h) for h in out
            if not _PART_OF_DAY_OF.search(text, max(0, h.start - 20), h.start)]
