"""What the date rules read: month and weekday names, numbers and units, the regex of every
rule (French and English), and the tense of the clause around a date (which decides where a
date without a year falls).  Resolution is date_resolve.py's job."""
from __future__ import annotations

import re

from .date_values import _MONTH_NAMES


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
# Parts of the article's own day: times (ISO-TimeML), dated to that day.
_TODAY_PARTS = {"ce matin": 0, "ce midi": 0, "cet après-midi": 0, "ce soir": 0}
_DEICTIC = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
            "yesterday": -1, "today": 0, "tomorrow": 1} | _TODAY_PARTS
_DEICTIC_FR = ["avant-hier", "hier", "aujourd'hui", "demain", "après-demain", *_TODAY_PARTS]
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
        ("deictic", rf"{_B}(?P<word>{_alt(_DEICTIC_FR)}){_E}(?!-l[àa]\b)"   # not "ce soir-là"
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
