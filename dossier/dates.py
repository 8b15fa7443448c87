"""Date expressions in French (and basic English) press text, resolved to ISO values.

`find_dates(text, anchor)` finds absolute dates ("12 février 2022", "12/02/2022", "en 2015"),
dates relative to the article date ("hier", "samedi dernier", "l'an prochain"), dates relative
to the story ("la veille", "le lendemain", "deux jours plus tard") and ranges ("du 3 au 4 mars",
"entre 2015 et 2018", "depuis 2015"). Values never claim more precision than the text gives: a
month stays "2022-02", a year "2022", and a day that cannot be resolved honestly (e.g. "hier"
in an article dated only "2022-02") yields no mention at all.

Pure rules, no model: each rule is a compiled regex plus a resolver (see `_rules`); the longest
leftmost matches win, then mentions are resolved in text order so that narrative expressions
can lean on the last full date the story set. Conventions follow ISO-TimeML (French TimeBank):
a day qualified by a part of the day ("hier soir", "mardi après-midi") is a time, not a date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "parse_date", "format_date"]


@dataclass(frozen=True)
class DateMention:
    start: int          # Python char offsets into the `text` given
    end: int
    text: str           # text[start:end]
    value: str          # ISO with its real precision: "2022", "2022-02" or "2022-02-12"
    end_value: str | None = None   # for ranges
    kind: str = "absolute"  # "absolute" | "relative" | "narrative" | "range" | "since"


# --- user-written dates ----------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022, 2022-02 or 2022-02-12)"


def parse_date(value) -> str:
    """A user-written date (str, int year, datetime.date) as ISO "YYYY", "YYYY-MM" or
    "YYYY-MM-DD"; ValueError with a human message when it is not a real date in that form."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}" if value >= 0 else str(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date: {_EXPECTED}")
    m = _ISO.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date: {_EXPECTED}")
    year, month, day = (int(g) if g else None for g in m.groups())
    if year == 0:
        raise ValueError(f"{value!r}: there is no year 0; {_EXPECTED}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r}: there is no month {month}; {_EXPECTED}")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{value!r}: {_MONTH_NAMES['en'][month - 1]} {year} has no day {day}; {_EXPECTED}")
    return value.strip()


_MONTH_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def format_date(value: str, lang: str = "fr") -> str:
    """An ISO date for display: "2022-02" → "février 2022", "2022-02-07" → "7 février 2022",
    "2022" → "2022" ("February 2022", "7 February 2022" for lang="en")."""
    iso = parse_date(value)
    names = _MONTH_NAMES.get(lang, _MONTH_NAMES["fr"])
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return iso
    month = names[parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = "1er" if lang == "fr" and parts[2] == 1 else str(parts[2])
    return f"{day} {month} {parts[0]}"


# --- resolved values -------------------------------------------------------------------------

@dataclass(frozen=True)
class _When:
    """A calendar value at a precision: "Y", "M" or "D" (date is its first day)."""
    date: dt.date
    prec: str

    def iso(self) -> str:
        return self.date.isoformat()[: {"Y": 4, "M": 7, "D": 10}[self.prec]]

    def months(self) -> tuple[int, int]:
        """First and last month covered, as ordinal month numbers (year * 12 + month - 1)."""
        first = self.date.year * 12 + self.date.month - 1
        return (first, first + 11) if self.prec == "Y" else (first, first)

    def days(self) -> tuple[int, int]:
        """First and last day covered, as date ordinals."""
        d = self.date
        if self.prec == "D":
            return d.toordinal(), d.toordinal()
        last = dt.date(d.year, 12, 31) if self.prec == "Y" else _month_end(d.year, d.month)
        return d.toordinal(), last.toordinal()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _when_from_iso(iso: str) -> _When:
    parts = [int(p) for p in parse_date(iso).split("-")]
    prec = "YMD"[len(parts) - 1]
    return _When(dt.date(*(parts + [1] * (3 - len(parts)))), prec)


def _day(year: int, month: int, day: int) -> _When | None:
    """The full date, or None when it does not exist (29 février 2023)."""
    try:
        return _When(dt.date(year, month, day), "D")
    except ValueError:
        return None


def _add_months(w: _When, n: int) -> _When:
    index = w.date.year * 12 + w.date.month - 1 + n
    return _When(dt.date(index // 12, index % 12 + 1, 1), "M")


def _shift(w: _When, n: int, unit: str) -> _When | None:
    """`w` moved by n units ("D", "W", "M", "Y"), at the unit's precision; None when `w` is
    too coarse to be moved honestly (a day offset from a month)."""
    need = {"D": "D", "W": "D", "M": "DM", "Y": "DMY"}[unit]
    if w.prec not in need:
        return None
    if unit in "DW":
        return _When(w.date + dt.timedelta(days=n * (7 if unit == "W" else 1)), "D")
    if unit == "M":
        return _add_months(w, n)
    return _When(dt.date(w.date.year + n, 1, 1), "Y")


def _pick(candidates: list[tuple[int, _When]], lo: int, hi: int, mode: str) -> _When | None:
    """The candidate whose key best fits the anchor interval [lo, hi] under `mode`:
    "prev"/"next" (strictly before/after a point anchor, else within-or-before/after),
    "past"/"future" (on or before / on or after), "near" (closest)."""
    strict = lo == hi
    tests = {
        "prev": lambda k: k < lo if strict else k <= hi,
        "next": lambda k: k > hi if strict else k >= lo,
        "past": lambda k: k <= hi,
        "future": lambda k: k >= lo,
    }
    if mode in tests:
        fits = [(k, w) for k, w in candidates if tests[mode](k)]
        if not fits:
            return None
        return max(fits, key=lambda kw: kw[0])[1] if mode in ("prev", "past") else min(fits, key=lambda kw: kw[0])[1]
    return min(candidates, key=lambda kw: max(lo - kw[0], kw[0] - hi, 0))[1] if candidates else None


# --- lexicon ---------------------------------------------------------------------------------

_FR_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES["fr"])} | {
    "fevrier": 2, "aout": 8, "decembre": 12,
    # Only dotted abbreviations: a bare "sept" is far more often the number seven.
    "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12,
}
_EN_MONTHS = {name.lower(): i + 1 for i, name in enumerate(_MONTH_NAMES["en"])} | {
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
_FR_WEEKDAYS = {d: i for i, d in enumerate(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])}
_EN_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
}
_UNITS = {"jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "mois": "M", "an": "Y",
          "ans": "Y", "année": "Y", "années": "Y", "day": "D", "days": "D", "week": "W",
          "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y"}
# Days away from the article date ("hier") or from the story's last date ("la veille").
_DEICTIC = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
            "yesterday": -1, "today": 0, "tomorrow": 1}
_DEICTIC_FR = ["avant-hier", "hier", "aujourd'hui", "demain", "après-demain"]
_NARRATIVE = {"l'avant-veille": -2, "la veille": -1, "le lendemain": 1, "le surlendemain": 2,
              "le même jour": 0, "le jour même": 0, "the day before": -1, "the next day": 1,
              "the following day": 1, "the same day": 0}
# "dernier/prochain" count from the article date; "suivant/précédent" from the story.
_RELATIVE = {"dernier": "prev", "passé": "prev", "prochain": "next", "last": "prev",
             "next": "next", "ce": "this", "cet": "this", "cette": "this", "this": "this",
             "suivant": "following", "précédent": "preceding", "d'avant": "preceding",
             "d'après": "following", "following": "following", "previous": "preceding"}


def _alt(words) -> str:
    """A regex alternation of `words`, longest first (so "l'année" is tried before "l'an"),
    matching any run of spaces and either apostrophe."""
    escaped = (re.escape(w).replace("\\ ", " ") for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(" ", r"\s+").replace("'", "['’]") for e in escaped)


def _norm(word: str) -> str:
    """Lower-case, straight apostrophe, single spaces, inflections folded: the lexicon key."""
    w = re.sub(r"\s+", " ", word.lower().replace("’", "'"))
    return _FOLD.get(w, w)


_FOLD = {form: base for base in ("prochain", "passé", "suivant", "précédent")
         for form in (base + "e", base + "s", base + "es")}
_FOLD |= {form: "dernier" for form in ("dernière", "derniers", "dernières", "derniere", "dernieres")}
_FOLD |= {form: "passé" for form in ("passe", "passee", "passes", "passees")}


# --- patterns --------------------------------------------------------------------------------

_B, _E = r"(?<!\w)", r"(?!\w)"      # word edges that also hold before/after "é", "û"...
_DAY = r"(?P<day>1\s?er|premier|3[01]|[12]\d|0?[1-9])(?!\d)"    # "1 er": pre-tokenized text
_DAY1 = r"(?P<d1>1\s?er|3[01]|[12]\d|0?[1-9])(?!\d)"
# A 4-digit year, or a 2-digit one ("octobre 98"); never the head of "5.000" or "2,5".
_YEAR = r"(?:(?P<year>1\d{3}|20\d{2})|['’]?(?P<yy>\d{2}))(?!\w|[.,]\d)"
_REL = r"(?:\s+(?P<rel>derni[eè]re?s?|prochaine?s?))?"
_NUM = r"(?P<n>\d{1,3}|" + _alt(_NUMBERS) + ")"
# Words before a month or a year that make it a date ("en mars", "fin 2002", "dès 2001").
_FR_PRE = (r"(?P<pre>au\s+mois\s+d[e'’]|mois\s+d[e'’]|jusqu['’]en|d['’]ici|l['’]année|l['’]an|"
           r"début|fin|mi-|courant|depuis|dès|année|saison|printemps|été|automne|hiver|"
           r"entre|avant|après|vers|pour|en|de|d['’]|et|à|au)")
_UNIT_WORDS = _alt(_UNITS)


def _fr_patterns() -> list[tuple[str, str]]:
    """(resolver name, regex) for French, most specific first."""
    m, wd = _alt(_FR_MONTHS), _alt(_FR_WEEKDAYS)
    month = rf"(?P<month>{m}){_E}"
    return [
        # 12/02/2022, 12.02.22, 12-02-2022 — day first, as French writes it.
        ("numeric", r"(?<![\d/.])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<mon>\d{1,2})(?P=sep)"
                    r"(?:(?P<year>\d{4})|(?P<yy>\d{2}))(?!\d|[/.-]\d)"),
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d|-\d)"),
        # "du 3 au 4 mars", "entre le 3 et le 4 mars", "3-4 mars".
        ("day_range", rf"{_B}(?:(?:du|entre\s+le)\s+(?:(?:{wd})\s+)?)?{_DAY1}\s*(?:au|et\s+le|[-–])\s*"
                      rf"(?:(?P<wd>{wd})\s+)?{_DAY}\s+{month}(?:\s+{_YEAR})?{_REL}"),
        # "les 6 et 13 avril": an enumeration, one mention per day (not a range).
        ("day_list", rf"{_B}(?:(?:les?|des|aux)\s+(?:(?:{wd})\s+)?|(?:{wd})\s+){_DAY1}(?P<more>(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9]))*)\s+et\s+"
                     rf"(?:(?P<wd>{wd})\s+)?{_DAY}\s+{month}(?:\s+{_YEAR})?{_REL}"),
        ("day_month", rf"{_B}(?:(?:ce|cet)\s+)?(?:(?P<wd>{wd})\s+)?{_DAY}\s+{month}(?:\s+{_YEAR})?{_REL}"),
        # "jeudi 9" without its month: the nearby day that is both.
        ("weekday_day", rf"{_B}(?:(?:ce|cet)\s+)?(?P<wd>{wd})\s+{_DAY}(?!\s*(?:h\b|heures|%|[.,:]\d))"),
        ("month_year", rf"{_B}(?:{_FR_PRE}\s*)?{month}\s+{_YEAR}"),
        ("month", rf"{_B}(?:{_FR_PRE}\s*)?{month}{_REL}"),
        ("year", rf"{_B}(?:{_FR_PRE}\s*)?(?<![\d.,])(?P<year>1\d{{3}}|20\d{{2}})(?!\w|[.,]\d)"),
        ("deictic", rf"{_B}(?P<word>{_alt(_DEICTIC_FR)}){_E}"
                    rf"(?:\s+(?P<wd>{wd}){_E})?"),
        ("weekday", rf"{_B}(?:(?P<det>ce|cet)\s+)?(?P<wd>{wd}){_E}{_REL}"),
        ("unit", rf"{_B}(?P<det>la|le|l['’]|cette|ce|cet)\s*(?P<unit>semaine|mois|année|an){_E}"
                 r"(?:-ci|-là)?(?:\s+(?P<rel>derni[eè]re?|prochaine?|pass[ée]e?|suivante?|"
                 r"précédente?|d['’]avant|d['’]après))?"),
        ("ago", rf"{_B}il\s+y\s+a\s+{_NUM}\s+(?P<unit>{_UNIT_WORDS}){_E}"),
        ("ahead", rf"{_B}dans\s+{_NUM}\s+(?P<unit>{_UNIT_WORDS}){_E}"),
        ("narrative", rf"{_B}(?P<word>{_alt(w for w in _NARRATIVE if not w.startswith('the'))}){_E}"),
        # "deux jours plus tard"; "deux jours après" only when nothing follows ("après l'accident"
        # counts from an event, not from a date).
        ("offset", rf"{_B}{_NUM}\s+(?P<unit>{_UNIT_WORDS})\s+(?P<dir>plus\s+tard|plus\s+tôt|"
                   r"auparavant|(?:après|avant)(?=\s*(?:[,.;:!?)]|$)))"),
    ]


def _en_patterns() -> list[tuple[str, str]]:
    """(resolver name, regex) for basic English."""
    m, wd = _alt(_EN_MONTHS), _alt(_EN_WEEKDAYS)
    month = rf"(?P<month>{m}){_E}"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    year = r"(?P<year>1\d{3}|20\d{2})(?!\w|[.,]\d)"
    pre = r"(?P<pre>in|since|by|until|during|early|late|mid-|from|between|of|and|to)"
    return [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d|-\d)"),
        ("day_month", rf"{_B}(?:(?P<wd>{wd}),?\s+)?{month}\.?\s+{day}(?:,?\s+{year})?"),
        ("day_month", rf"{_B}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
        ("month_year", rf"{_B}(?:{pre}\s+)?{month}\s+{year}"),
        ("month", rf"{_B}(?:{pre}\s+)?{month}"),
        ("year", rf"{_B}(?:{pre}\s+)?(?<![\d.,])(?P<year>1\d{{3}}|20\d{{2}})(?!\w|[.,]\d)"),
        ("deictic", rf"{_B}(?P<word>yesterday|today|tomorrow){_E}"),
        ("weekday", rf"{_B}(?:(?P<det>last|next|this|on)\s+)?(?P<wd>{wd}){_E}"),
        ("unit", rf"{_B}(?P<det>last|next|this)\s+(?P<unit>week|month|year){_E}"),
        ("ago", rf"{_B}{_NUM}\s+(?P<unit>{_UNIT_WORDS})\s+ago{_E}"),
        ("ahead", rf"{_B}in\s+{_NUM}\s+(?P<unit>{_UNIT_WORDS}){_E}"),
        ("narrative", rf"{_B}(?P<word>{_alt(w for w in _NARRATIVE if w.startswith('the'))}){_E}"),
        ("offset", rf"{_B}{_NUM}\s+(?P<unit>{_UNIT_WORDS})\s+(?P<dir>later|earlier|before|after)"
                   r"(?=\s*(?:[,.;:!?)]|$))"),
    ]


_PATTERNS = {lang: [(name, re.compile(rx, re.IGNORECASE)) for name, rx in build()]
             for lang, build in (("fr", _fr_patterns), ("en", _en_patterns))}


# --- tense of the clause ---------------------------------------------------------------------

# Future or conditional ("sera", "achèvera", "devrait"), "va/vont" + infinitive, "prévu".
_FUTURE = re.compile(r"\b(?:\w+(?:ra|ront|rait|raient)|(?:va|vont)\s+\w+(?:er|ir|re)|prévue?s?|"
                     r"will|shall|(?:is|are)\s+going\s+to)\b", re.IGNORECASE)
# Compound past ("a annoncé", "ont été unis", "est décédée"), imperfect, passé simple plural.
_PAST = re.compile(r"\b(?:a|ont|avait|avaient|eut|est|sont|était|étaient|fut|furent|avons|avez)"
                   r"\s+(?:(?:été|pas|déjà|bien|aussi|alors|encore|ensuite|dû)\s+)*(?!prévu)"
                   r"\w+(?:é|ée|és|ées|i|ie|is|it|ite|u|ue|us|ert|erte|aint|ort)\b|"
                   r"\b\w+(?:ait|aient|èrent)\b|\b(?:was|were|had|did|\w+ed)\b", re.IGNORECASE)
# An infinitive ("avant de quitter", "annoncé se rendre"): the date belongs to it, and it has
# no tense, so the clause's finite verb says nothing about the date.
_INFINITIVE = re.compile(r"\b(?:de|d['’]|se|s['’]|à|pour|to)\s*\w+(?:er|ir|re)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")
# A verb farther than this from the date usually belongs to another clause.
_TENSE_REACH = 40


def _tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None: the verb form nearest to text[start:end] in its sentence."""
    reach = max(0, start - 4 * _TENSE_REACH)
    left = max((m.end() for m in _CLAUSE_END.finditer(text, reach, start)), default=reach)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    best = None
    # Earlier entries win ties: the conditional "pourrait" is also an imperfect.
    for tense, rx in (("future", _FUTURE), (None, _INFINITIVE), ("past", _PAST)):
        for m in rx.finditer(text, left, right):
            gap = start - m.end() if m.end() <= start else max(m.start() - end, 0)
            if gap <= _TENSE_REACH and (best is None or gap < best[0]):
                best = (gap, tense)
    return best[1] if best else None


def _capitalized_mid_sentence(text: str, start: int) -> bool:
    """True for "Mardi cinéma", "« Vendredi ou les Limbes »": French writes weekdays and months
    in lower case, so a capital away from a sentence start is a name or a title."""
    before = text[max(0, start - 40):start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;«\"–—-(\n"


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
# A part of the day after "hier", "mardi": ISO-TimeML makes "hier soir" a time, not a date.
_PART_OF_DAY = re.compile(r"\s+(?:matin|soir|après-midi|soirée|matinée|nuit|midi|morning|"
                          r"evening|afternoon|night|tonight|à\s+\d{1,2}\s*h|at\s+\d)(?!\w)",
                          re.IGNORECASE)
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
    """"hier", "demain": a day from the article date, which must itself be a day."""
    if _PART_OF_DAY.match(story.text, m.end()):
        return None
    when = _shift(story.anchor, _DEICTIC[_norm(m.group("word"))], "D")
    return _Hit(m.start(), m.end(), when, "relative") if when else None


def _resolve_weekday(m: re.Match, story: _Story):
    """A weekday alone: "dernier" → the latest before the article date, "prochain" → the next
    after it, "ce" → that day or the nearest; otherwise by tense, past when in doubt."""
    det = (m.group("det") or "").lower()
    if story.anchor.prec != "D" or _PART_OF_DAY.match(story.text, m.end()):
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
    return _Hit(m.start(), m.end(), _shift(story.anchor, offset, "D"), "relative")


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
    if _PART_OF_DAY.match(story.text, m.end()) or _EVENT_RELATIVE.match(story.text, m.end()):
        return None
    when = _shift(story.narrative_base("D"), _NARRATIVE[_norm(m.group("word"))], "D")
    return _Hit(m.start(), m.end(), when, "narrative") if when else None


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
