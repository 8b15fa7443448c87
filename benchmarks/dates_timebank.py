"""Date-resolution accuracy on the French TimeBank (value-F1), ours against dateparser.

Corpus: French TimeBank 1.1 (ddenz/FR-TimeBank; Est Républicain 1999–2003, LGPL-LR), the 54
development documents in ../shared/corpora/fr-timebank-dev. Gold = TIMEX3 type="DATE" whose
value is a year, year-month or full date. A gold date is found when a predicted expression
overlaps its span with the same value; precision counts every predicted expression, except those
on a TIMEX3 type="TIME" with a date ("hier soir" = 1999-05-26TEV), which are scored apart: a
time of day is right when dated to its day (the date part of the gold value).

    python benchmarks/dates_timebank.py                 # through `python -m dossier build`
    python benchmarks/dates_timebank.py --via direct    # dossier.dates.find_dates only
    python benchmarks/dates_timebank.py --via direct --verbose   # list every error
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from corpus_dossier import build_and_load, write_articles

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/fr-timebank-dev"

# A value our scoring counts: year, year-month or full date (no weeks, seasons, times).
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Span:
    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"      # gold only: DATE, or TIME (value: the date part of a dated time)


@dataclass
class Doc:
    docid: str
    dct: str
    text: str
    gold: list[Span]
    times: list[Span]


def strip_tags(xml: str) -> tuple[str, list[Span]]:
    """Plain text of a <TEXT> body and its TIMEX3 DATE spans and dated TIME spans (type TIME,
    value the date part), offsets into that text."""
    out, gold, pos, length, open_timex = [], [], 0, 0, None
    for m in TAG.finditer(xml):
        piece = html.unescape(xml[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), dict(ATTR.findall(m.group(3)))
        if name != "TIMEX3":
            continue
        if not closing and not m.group(4):
            open_timex = (length, attrs)
        elif closing and open_timex:
            start, a = open_timex
            open_timex = None
            if a.get("type") == "DATE" and DATE_VALUE.match(a.get("value", "")):
                gold.append(Span(start, length, "", a["value"]))
            elif a.get("type") == "TIME" and DATED_TIME.match(a.get("value", "")):
                gold.append(Span(start, length, "", a["value"][:10], "TIME"))
    out.append(html.unescape(xml[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return text, gold


def read_tml(path: Path) -> tuple[str, str, str, list[Span]]:
    """(docid, DCT value, plain text of <TEXT>, its TIMEX3 spans) of one .tml document."""
    xml = path.read_text(encoding="utf-8")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", xml).group(1).strip()
    dct = re.search(r'<DCT>.*?value="([^"]+)"', xml, re.S).group(1)
    text, gold = strip_tags(re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S).group(1))
    return docid, dct, text, gold


def load_corpus(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.tml")):
        docid, dct, text, gold = read_tml(path)
        docs.append(Doc(docid, dct, text, [g for g in gold if g.type == "DATE"],
                        [g for g in gold if g.type == "TIME"]))
    return docs


# --- predictions -----------------------------------------------------------------------------

def predict_direct(docs: list[Doc]) -> dict[str, list[Span]]:
    sys.path.insert(0, str(REPO))
    from dossier.dates import find_dates
    return {d.docid: [Span(m.start, m.end, m.text, m.value) for m in find_dates(d.text, d.dct)]
            for d in docs}


def predict_build(docs: list[Doc]) -> dict[str, list[Span]]:
    """Build the corpus as a dossier with the real CLI and read the exported dates back."""
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp), ((d.docid, d.docid, d.dct, d.text) for d in docs))
        exported = build_and_load(Path(tmp))["articles"]
    found = {}
    for d in docs:
        article = next(a for a in exported if a["source_path"].endswith(f"{d.docid}.md"))
        found[d.docid] = [Span(x["start"], x["end"], x["text"], x["value"]) for x in article["dates"]]
    return found


def dateparser_value(when: dt.datetime, found: str) -> str:
    """The precision a dateparser hit can claim: a bare year stays a year, else a day."""
    if re.fullmatch(r"\s*\d{4}\s*", found):
        return f"{when.year:04d}"
    return when.date().isoformat()


def predict_dateparser(docs: list[Doc]) -> dict[str, list[Span]]:
    from dateparser.search import search_dates
    out = {}
    for d in docs:
        base = dt.datetime.fromisoformat(d.dct[:10]) if len(d.dct) >= 10 else dt.datetime(int(d.dct[:4]), 1, 1)
        hits = search_dates(d.text, languages=["fr"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        spans, cursor = [], 0
        for found, when in hits:
            start = d.text.find(found, cursor)
            if start < 0:
                continue
            cursor = start + len(found)
            spans.append(Span(start, cursor, found, dateparser_value(when, found)))
        out[d.docid] = spans
    return out


# --- scoring ---------------------------------------------------------------------------------

def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass
class TimeScore:
    gold: int = 0           # dated TIME expressions of the gold
    dated: int = 0          # ... overlapped by a prediction with their day
    pred: int = 0           # predictions on a TIME expression
    pred_ok: int = 0        # ... with its day


def score(docs: list[Doc], predicted: dict[str, list[Span]], verbose: bool = False, name: str = "",
          times: TimeScore | None = None):
    """(precision, recall, f1) of value matches; with verbose, print each miss and false hit.
    Predictions on a dated TIME expression are left out and counted into `times`."""
    n_pred = n_pred_ok = n_gold = n_gold_ok = 0
    times = times if times is not None else TimeScore()
    for d in docs:
        preds = [p for p in predicted.get(d.docid, []) if DATE_VALUE.match(p.value)]
        on_time = [p for p in preds if any(overlaps(p, t) for t in d.times) and
                   not any(overlaps(p, g) for g in d.gold)]
        preds = [p for p in preds if p not in on_time]
        times.gold += len(d.times)
        times.dated += sum(any(overlaps(p, t) and p.value == t.value for p in on_time) for t in d.times)
        times.pred += len(on_time)
        times.pred_ok += sum(any(overlaps(p, t) and p.value == t.value for t in d.times) for p in on_time)
        n_pred += len(preds)
        n_gold += len(d.gold)
        for p in preds:
            ok = any(overlaps(p, g) and g.value == p.value for g in d.gold)
            n_pred_ok += ok
            if verbose and not ok:
                print(f"  [{name}] FP {d.docid} (dct {d.dct}) {p.text!r} -> {p.value}   …{context(d.text, p)}…")
        for g in d.gold:
            ok = any(overlaps(p, g) and g.value == p.value for p in preds)
            n_gold_ok += ok
            if verbose and not ok:
                near = [f"{p.text!r}->{p.value}" for p in preds if overlaps(p, g)]
                print(f"  [{name}] FN {d.docid} (dct {d.dct}) {g.text!r} = {g.value} got {near}   …{context(d.text, g)}…")
    p = n_pred_ok / n_pred if n_pred else 0.0
    r = n_gold_ok / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def context(text: str, span: Span, width: int = 60) -> str:
    return text[max(0, span.start - width):span.end + width].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--via", choices=["build", "direct"], default="build")
    parser.add_argument("--verbose", action="store_true", help="list each of our errors")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    args = parser.parse_args(argv)

    docs = load_corpus(args.corpus)
    print(f"French TimeBank (FR-TimeBank 1.1, Est Républicain): {len(docs)} documents, "
          f"{sum(len(d.gold) for d in docs)} gold DATE expressions with a Y/YM/YMD value")
    ours = predict_build(docs) if args.via == "build" else predict_direct(docs)
    times = TimeScore()
    p, r, f = score(docs, ours, args.verbose, "dossier", times)
    print(f"dossier ({args.via}):  P={p:.3f}  R={r:.3f}  F1={f:.3f}")
    print(f"  times of day (TIMEX3 TIME with a date): {times.dated}/{times.gold} dated to their day; "
          f"{times.pred_ok}/{times.pred} of our dates on them right")
    if args.no_baseline:
        return 0
    base_times = TimeScore()
    bp, br, bf = score(docs, predict_dateparser(docs), times=base_times)
    print(f"dateparser:        P={bp:.3f}  R={br:.3f}  F1={bf:.3f}")
    print(f"  times of day: {base_times.dated}/{base_times.gold} dated to their day; "
          f"{base_times.pred_ok}/{base_times.pred} of its dates on them right")
    print(f"F1 ratio dossier/dateparser: {f / bf:.2f}" if bf else "F1 ratio: n/a")
    return 0


if __name__ == "__main__":
    sys.exit(main())
