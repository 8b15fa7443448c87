"""Rewrite tests/golden/sample/*.json from a fresh build of the sample dossier.

Run it when a change of the rules or of the export is meant to change what the sample produces,
then read `git diff tests/golden` before committing: every changed line is a change users see.

    python tests/update_golden.py
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS.parent))

from dossier.build import build  # noqa: E402

GOLDEN = TESTS / "golden" / "sample"
EXPORTS = ("articles", "actors", "quotes", "timeline")


def golden_text(data) -> str:
    """The form golden files are kept in: sorted keys, one value per line, so diffs read well."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        build(TESTS.parent, out)
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in EXPORTS:
            data = json.loads((out / "data" / f"{name}.json").read_text("utf-8"))
            (GOLDEN / f"{name}.json").write_text(golden_text(data), encoding="utf-8")
            print(f"wrote {GOLDEN.relative_to(TESTS.parent) / (name + '.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
