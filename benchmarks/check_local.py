"""Check the local copies of the press texts (benchmarks/local/, kept out of git) against their gold.

Each press gold file names its corpus folder (`corpus: press7-fr`) and, per article, the sha256 of
the text the annotators read. A rebuilt copy is exact when its sha256 agrees; otherwise it is
still usable when every gold span's text stands at its offsets.

    python benchmarks/check_local.py benchmarks/gold/press7_quotes.yml [more gold files]
    python benchmarks/check_local.py --file v03.txt benchmarks/gold/press7_quotes.yml   # one article
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import yaml

LOCAL = Path(__file__).parent / "local"


def check_article(folder: Path, entry: dict) -> tuple[str, list[str]]:
    """('exact' | 'aligned' | 'broken' | 'missing', problems) for one gold article."""
    path = folder / entry["file"]
    if not path.exists():
        return "missing", [f"{path} does not exist"]
    text = path.read_text(encoding="utf-8")
    problems = []
    for q in entry.get("quotes") or []:
        for p in q.get("parts") or [q]:
            if text[p["start"]:p["end"]] != p["text"]:
                at = text.find(p["text"])
                where = f"found at {at}" if at >= 0 else "not in the text"
                problems.append(f"{p['start']}:{p['end']} does not hold {p['text'][:50]!r} ({where})")
    want = (entry.get("source") or {}).get("sha256")
    if want and hashlib.sha256(text.encode("utf-8")).hexdigest() == want:
        return ("exact" if not problems else "broken"), problems
    return ("aligned" if not problems else "broken"), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--file", help="check this article only")
    args = parser.parse_args(argv)
    counts: dict[str, int] = {}
    for gold in args.gold:
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        folder = LOCAL / data["corpus"]
        for entry in data["articles"]:
            if args.file and entry["file"] != args.file:
                continue
            status, problems = check_article(folder, entry)
            counts[status] = counts.get(status, 0) + 1
            print(f"{gold.name} {entry['file']}: {status}")
            for p in problems:
                print(f"    {p}")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0 if set(counts) <= {"exact", "aligned"} else 1


if __name__ == "__main__":
    sys.exit(main())
