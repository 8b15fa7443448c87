"""Build speed on a real 571-article dossier (French Wikinews 2016), against the bare spaCy pass.

Measures, in one run, on the same texts:
- baseline: `nlp.pipe` of the same pipeline over every article (the floor any tool pays);
- a cold build (`dossier build`, empty analysis cache);
- a warm rebuild (nothing changed: every analysis comes from the cache);
- an incremental rebuild after editing one article.
Prints seconds and ratios to the spaCy pass.

    python benchmarks/build_speed.py [--limit N] [--corpus PATH]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from persons_wikinews import DEFAULT_CORPUS, load_corpus, write_dossier  # noqa: E402

from dossier.analyse import load_model  # noqa: E402
from dossier.build import build  # noqa: E402


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    texts = load_corpus(args.corpus, args.limit)
    nlp = load_model("fr_core_news_md")
    spacy_s = timed(lambda: list(nlp.pipe((t.text for t in texts), batch_size=16)))
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "dossier"
        write_dossier(texts, project)
        out = project / "site"
        cold = timed(lambda: build(project, out))
        warm = timed(lambda: build(project, out))
        first = sorted((project / "content/articles").glob("*.md"))[0]
        first.write_text(first.read_text("utf-8") + "\nUne phrase ajoutée par Jean Dupont.\n", "utf-8")
        incremental = timed(lambda: build(project, out))
        pages = sum(1 for _ in out.rglob("*.html"))
    print(f"French Wikinews 2016 (WiNER, CC-BY 2.5): {len(texts)} articles → {pages} pages\n")
    print(f"{'step':<36}{'seconds':>9}{'× spaCy pass':>14}")
    for name, seconds in [("spaCy pass alone (baseline)", spacy_s), ("cold build (empty cache)", cold),
                          ("warm rebuild (nothing changed)", warm), ("rebuild after editing 1 article", incremental)]:
        print(f"{name:<36}{seconds:>9.2f}{seconds / spacy_s:>14.2f}")


if __name__ == "__main__":
    main()
