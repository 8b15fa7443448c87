"""Calendar values: the dates a user writes (front matter, annotations, the registry) as ISO
"YYYY", "YYYY-MM" or "YYYY-MM-DD", and the values date expressions resolve to, at their
precision, with the month and day arithmetic resolution needs.  Used by dates.py and its rules."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass


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
