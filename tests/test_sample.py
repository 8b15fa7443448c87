"""End to end: the sample dossier in content/ builds into a complete, linked site."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from dossier.build import build
from conftest import REPO
from linkcheck import broken_links
from update_golden import EXPORTS, GOLDEN, golden_text

PERSONS = ["john-kirby", "lloyd-austin", "antony-blinken", "serguei-lavrov", "emmanuel-macron",
           "vladimir-poutine", "dmitri-peskov", "joe-biden", "volodymyr-zelensky"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory, analyser):
    out = tmp_path_factory.mktemp("sample") / "site"
    result = build(REPO, out, analyser=analyser)
    data = {name: json.loads((out / "data" / f"{name}.json").read_text("utf-8"))
            for name in ("articles", "actors", "quotes", "timeline", "timelinejs")}
    return result, out, data


def test_every_expected_actor_has_a_page(sample):
    _, out, data = sample
    actors = {a["id"]: a for a in data["actors"]}
    for actor_id in PERSONS:
        assert actors[actor_id]["kind"] == "person" and actors[actor_id]["mention_count"] > 0, actor_id
        assert (out / "actors" / f"{actor_id}.html").exists()


def test_speakers_pages_list_their_quotes(sample):
    _, out, _ = sample
    kirby = (out / "actors/john-kirby.html").read_text("utf-8")
    peskov = (out / "actors/dmitri-peskov.html").read_text("utf-8")
    assert "Ce repositionnement ne constitue pas un changement" in kirby
    assert "Sur le fond, с’est incorrect" in peskov


@pytest.mark.parametrize("date, words", [
    ("2021-12-07", "7 décembre dernier"),
    ("2022-02-07", "Macron a rencontré"),
    ("2022-02-08", "Kiev le lendemain"),
    ("2022-02-11", "la veille"),
    ("2022-02-12", "12 février"),
    ("2015", "depuis 2015"),
])
def test_the_timeline_holds_the_stories_dates(sample, date, words):
    _, _, data = sample
    texts = [e["text"] for e in data["timeline"] if e["date"] == date]
    assert any(words in t for t in texts), (date, texts)


def test_export_offsets_match_the_article_source(sample):
    _, _, data = sample
    for art in data["articles"]:
        body = (REPO / art["source_path"]).read_text("utf-8").split("\n---\n", 1)[1]
        for item in art["mentions"] + art["dates"]:
            assert body[item["start"]:item["end"]] == item["text"]
        for q in data["quotes"]:
            for s in q["sources"]:
                if s["article"] == art["id"]:
                    assert body[s["start"]:s["end"]].replace("\n", " ") == q["text"] or "[…]" in q["text"]


def test_every_internal_link_and_anchor_resolves(sample):
    _, out, _ = sample
    assert broken_links(out) == []


def test_links_are_relative_so_the_site_works_from_a_subfolder(sample, tmp_path):
    _, out, _ = sample
    moved = tmp_path / "deep" / "sub" / "folder"
    shutil.copytree(out, moved)
    assert broken_links(moved) == []


def test_month_only_dates_are_shown_as_months(sample):
    _, out, _ = sample
    home = (out / "articles/index.html").read_text("utf-8")
    assert "février 2022" in home and "1 février 2022" not in home


def test_cli_build_check_and_errors(tmp_path):
    run = lambda *args: subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True, text=True, cwd=tmp_path)
    assert run("--version").stdout.startswith("dossier, version")
    proj = tmp_path / "p"
    (proj / "content/articles").mkdir(parents=True)
    (proj / "content/articles/a.md").write_text("---\ntitle: A\ndate: 2022-13\n---\nTexte.\n")
    bad = run("build", str(proj))
    assert bad.returncode == 1 and "content/articles/a.md:3" in bad.stderr and "Traceback" not in bad.stderr
    (proj / "content/articles/a.md").write_text("---\ntitle: A\ndate: 2022-02\n---\nEmmanuel Macron a dit «Nous verrons bien demain», a déclaré Jean Dupont.\n")
    ok = run("build", str(proj))
    assert ok.returncode == 0, ok.stderr
    check = run("check", str(proj))
    assert check.returncode == 0 and "Automatic actors" in check.stdout and "- id: emmanuel-macron" in check.stdout


# Who said each quote of the seed, read by a person (the sample's gold, not the tool's output).
SPEAKERS = {
    "repositionner ailleurs en Europe": "john-kirby",
    "par prudence, en gardant": "lloyd-austin",
    "à tout moment": "gouvernement-americain",
    "Ce repositionnement ne constitue pas": "john-kirby",
    "ouverte": "antony-blinken",
    "désescalade": "antony-blinken",
    "obtenu": "emmanuel-macron",
    "Sur le fond, с’est incorrect": "dmitri-peskov",
    "risques": "volodymyr-zelensky",
    "la panique et n'aid[aient] pas": "volodymyr-zelensky",
    "trop": "volodymyr-zelensky",
    "guerre profonde, totale": "volodymyr-zelensky",
    "Si vous [les américains]": "volodymyr-zelensky",
    "optimiser": "gouvernement-russe",
    "Face à d'éventuelles provocations": "mid-russie",
    "Nous tenons à [souligner]": "mid-russie",
}


def _speakers(quotes) -> dict[str, str | None]:
    found = {}
    for start in SPEAKERS:
        match = [q for q in quotes if q["text"].startswith(start)]
        assert len(match) == 1, f"speech quote «{start}…» found {len(match)} times"
        found[start] = match[0]["speaker"]
    return found


def test_every_speech_quote_has_its_speaker_with_the_annotations(sample):
    _, _, data = sample
    assert _speakers(data["quotes"]) == SPEAKERS
    assert len(data["quotes"]) == len(SPEAKERS), "no non-speech guillemets («le flanc oriental») in the index"


def test_most_speakers_are_right_with_the_registry_alone(tmp_path, analyser):
    project = tmp_path / "no-annotations"
    shutil.copytree(REPO / "content", project / "content", ignore=shutil.ignore_patterns("annotations"))
    build(project, project / "site", analyser=analyser)
    quotes = json.loads((project / "site/data/quotes.json").read_text("utf-8"))
    found = _speakers(quotes)
    right = sum(found[k] == v for k, v in SPEAKERS.items())
    assert right / len(SPEAKERS) >= 0.8, found


@pytest.mark.parametrize("name", EXPORTS)
def test_data_export_is_the_golden_one(sample, name):
    """The sample's data export, entry by entry, is the one kept in tests/golden/sample: any change
    of what users see (a quote, a speaker, an offset, a date) shows up here and in `git diff`."""
    _, _, data = sample
    golden = json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))
    if data[name] == golden:
        return
    by_id = {e.get("id"): e for e in golden}
    now = {e.get("id"): e for e in data[name]}
    lines = [f"new {i}" for i in now if i not in by_id] + [f"gone {i}" for i in by_id if i not in now]
    for i in now.keys() & by_id.keys():
        keys = sorted(k for k in now[i].keys() | by_id[i].keys() if now[i].get(k) != by_id[i].get(k))
        if keys:
            lines.append(f"changed {i}: {', '.join(keys)}")
    pytest.fail(f"data/{name}.json differs from tests/golden/sample/{name}.json:\n  " +
                "\n  ".join(sorted(lines) or ["same entries, another order"]) +
                "\nIf the change is meant, run `python tests/update_golden.py` and review `git diff tests/golden`.",
                pytrace=False)


def test_golden_files_are_in_their_canonical_form():
    for name in EXPORTS:
        text = (GOLDEN / f"{name}.json").read_text("utf-8")
        assert text == golden_text(json.loads(text)), f"rewrite {name}.json with tests/update_golden.py"
