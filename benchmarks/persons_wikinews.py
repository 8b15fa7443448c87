"""Person-mention accuracy of the entity linker on French Wikinews, ours against plain spaCy.

Corpus: WiNER-fr (YoannDupont/WiNER-fr), 571 French Wikinews articles of 2016 (text CC-BY 2.5,
annotations CC-BY 4.0), in ../shared/corpora/wikinews-fr-2016. Gold = the `Person` spans of
the BRAT .ann files (persons are annotated without their title or function).

All the articles are built as ONE dossier (no annotations, no actors.yml) with
`python -m dossier build`; predicted = the mentions of data/articles.json whose actor has kind
"person" in data/actors.json. A prediction counts when its span equals a gold Person span.
Baselines: the PER entities of plain fr_core_news_sm and fr_core_news_md on the same texts.
Speed: the spaCy pass (Analyser.analyse) against the linking step (Linker.link) alone.

    python benchmarks/persons_wikinews.py                      # all 571 articles
    python benchmarks/persons_wikinews.py --limit 50 --verbose # errors by frequency
    python benchmarks/persons_wikinews.py --package-root /tmp/dev   # test another checkout
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from corpus_dossier import build_and_load, write_articles

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/wikinews-fr-2016"

Span = tuple[str, int, int]     # (article stem, start, end)


@dataclass
class Text:
    stem: str
    date: str
    text: str
    gold: set[Span]


def load_corpus(corpus: Path, limit: int | None) -> list[Text]:
    """The .txt files (sorted) and their gold Person spans."""
    out = []
    for path in sorted(corpus.glob("*/*.txt")):
        if path.name.endswith("-urls.txt"):
            continue
        stem = path.stem
        text = path.read_text(encoding="utf-8")
        gold = set()
        ann = path.with_suffix(".ann")
        for line in ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []:
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].startswith("T"):
                continue
            kind, *offsets = parts[1].replace(";", " ").split()
            if kind == "Person":
                gold.add((stem, int(offsets[0]), int(offsets[-1])))
        out.append(Text(stem, stem[:10].replace("_", "-"), text, gold))
        if limit and len(out) >= limit:
            break
    return out


def write_dossier(texts: list[Text], project: Path) -> None:
    write_articles(project, ((t.stem, t.text.split("\n", 1)[0], t.date, t.text) for t in texts))


def run_build(project: Path, package_root: Path) -> set[Span]:
    """Build the dossier in a subprocess; the person mentions of its data export."""
    data = build_and_load(project, package_root)
    persons = {a["id"] for a in data["actors"] if a["kind"] == "person"}
    predicted = set()
    for a in data["articles"]:
        stem = Path(a["source_path"]).stem
        predicted |= {(stem, m["start"], m["end"]) for m in a["mentions"] if m["actor"] in persons}
    return predicted


def time_stages(project: Path, package_root: Path, model: str) -> tuple[float, float]:
    """(seconds of the spaCy pass, seconds of linking), in-process; fills the build's cache."""
    sys.path.insert(0, str(package_root))
    from dossier.analyse import Analyser
    from dossier.build import CACHE_DIR
    from dossier.errors import Report
    from dossier.link import Linker
    from dossier.load import load_annotations, load_articles, load_registry

    report = Report()
    articles = load_articles(project, "fr", report)
    registry, rejected = load_registry(project, report)
    annotations = load_annotations(project, articles, report)
    analyser = Analyser(model, project / CACHE_DIR)
    analyser.nlp        # load the model outside the timing
    started = time.perf_counter()
    analyses = analyser.analyse(articles)
    spacy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    Linker(registry, rejected, report).link(articles, analyses, annotations)
    return spacy_seconds, time.perf_counter() - started


def baseline(model: str, texts: list[Text]) -> set[Span]:
    import spacy

    nlp = spacy.load(model)
    return {(t.stem, e.start_char, e.end_char)
            for t, doc in zip(texts, nlp.pipe((t.text for t in texts), batch_size=16))
            for e in doc.ents if e.label_ == "PER"}


def score(predicted: set[Span], gold: set[Span]) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def show_errors(predicted: set[Span], gold: set[Span], texts: list[Text], top: int) -> None:
    by_stem = {t.stem: t.text for t in texts}
    for title, spans in (("false positives", predicted - gold), ("false negatives", gold - predicted)):
        counts = Counter(by_stem[s][a:b] for s, a, b in spans)
        print(f"\n{title} ({len(spans)}):")
        for text, n in counts.most_common(top):
            example = next((s, a, b) for s, a, b in sorted(spans) if by_stem[s][a:b] == text)
            context = by_stem[example[0]][max(0, example[1] - 40):example[2] + 40].replace("\n", " ")
            print(f"  {n:4d}  {text!r:40}  {example[0]}  …{context}…")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--package-root", type=Path, default=REPO,
                        help="folder holding the `dossier` package under test (default: this repo)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--model", default="fr_core_news_md", help="model of the build")
    parser.add_argument("--verbose", action="store_true", help="list errors by frequency")
    parser.add_argument("--top", type=int, default=40, help="errors listed per kind with --verbose")
    parser.add_argument("--no-baseline", action="store_true", help="skip plain sm/md")
    args = parser.parse_args(argv)
    package_root = args.package_root.resolve()

    texts = load_corpus(args.corpus, args.limit)
    gold = set().union(*(t.gold for t in texts))
    with tempfile.TemporaryDirectory(prefix="persons-wikinews-") as tmp:
        project = Path(tmp)
        write_dossier(texts, project)
        spacy_seconds, link_seconds = time_stages(project, package_root, args.model)
        ours = run_build(project, package_root)
    rows = [("dossier (build)", ours)]
    if not args.no_baseline:
        rows += [(m, baseline(m, texts)) for m in ("fr_core_news_sm", "fr_core_news_md")]

    print(f"\n{len(texts)} articles, {len(gold)} gold Person spans ({args.corpus.name})")
    print(f"{'system':20} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name, predicted in rows:
        p, r, f = score(predicted, gold)
        print(f"{name:20} {len(predicted):6d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"\nspaCy pass ({args.model}): {spacy_seconds:7.2f} s")
    print(f"linking:                   {link_seconds:7.2f} s  "
          f"({100 * link_seconds / spacy_seconds:.1f}% of the spaCy pass)")
    if args.verbose:
        show_errors(ours, gold, texts, args.top)


if __name__ == "__main__":
    main()
