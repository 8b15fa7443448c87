"""Building tiny inline projects end to end: the pages and the JSON a user sees."""
from __future__ import annotations

import pytest

from dossier.build import build
from dossier.errors import BuildFailed, DossierError

from conftest import article

ACTORS = """
actors:
  - id: volodymyr-zelensky
    name: Volodymyr Zelensky
    kind: person
    aliases: [Zelensky]
    roles:
      - {text: le président ukrainien, from: 2019-05-20}
  - id: gouvernement-americain
    name: Gouvernement des États-Unis
    kind: organisation
    aliases: [Washington]
"""


def test_a_dossier_with_only_articles_builds(project, built):
    proj = project({"content/articles/a.md": article(body="Emmanuel Macron a rencontré Vladimir Poutine à Moscou.\n")})
    result, out, data = built(proj)
    assert (out / "index.html").exists() and (out / "articles" / "a.html").exists()
    actors = {a["name"]: a for a in data("actors")}
    assert actors["Emmanuel Macron"]["kind"] == "person" and actors["Emmanuel Macron"]["reviewed"] is False
    assert (out / "actors" / f"{actors['Emmanuel Macron']['id']}.html").exists()


def test_offsets_in_the_export_point_into_the_markdown_body(project, built):
    body = "## Contexte\n\nLe **président ukrainien** a parlé. Puis *Emmanuel Macron* est arrivé le 12 février.\n"
    proj = project({"content/articles/a.md": article(body=body), "content/actors.yml": ACTORS})
    _, _, data = built(proj)
    art = data("articles")[0]
    assert art["source_path"] == "content/articles/a.md"
    for m in art["mentions"]:
        assert body[m["start"]:m["end"]] == m["text"]
    assert {m["actor"] for m in art["mentions"]} >= {"volodymyr-zelensky"}
    for d in art["dates"]:
        assert body[d["start"]:d["end"]] == d["text"]


def test_role_alias_only_links_within_its_period(project, built):
    proj = project({
        "content/articles/old.md": article(date="2015-03-01", body="Le président ukrainien a parlé.\n"),
        "content/articles/new.md": article(date="2022-02-12", body="Le président ukrainien a parlé.\n"),
        "content/actors.yml": ACTORS})
    _, _, data = built(proj)
    by_id = {a["id"]: a for a in data("articles")}
    assert by_id["old"]["mentions"] == []
    assert [m["actor"] for m in by_id["new"]["mentions"]] == ["volodymyr-zelensky"]


def test_annotations_link_reject_note_and_add_events(project, built):
    body = "Washington a prévenu Kiev. Le Kremlin dément.\n"
    proj = project({
        "content/articles/a.md": article(body=body), "content/actors.yml": ACTORS,
        "content/annotations/a.yml": """
            links:
              - {text: Kiev, actor: volodymyr-zelensky}
            reject:
              - text: Washington
            notes:
              - {text: Le Kremlin dément, note: Démenti publié le soir même.}
            events:
              - {date: 2022-02-10, text: Avertissement américain, actors: [gouvernement-americain], at: Washington a prévenu}
        """})
    _, out, data = built(proj)
    mentions = data("articles")[0]["mentions"]
    assert [(m["text"], m["actor"]) for m in mentions if m["text"] == "Kiev"] == [("Kiev", "volodymyr-zelensky")]
    assert not [m for m in mentions if m["text"] == "Washington"]
    curated = [e for e in data("timeline") if e["origin"] == "annotation"]
    assert curated[0]["date"] == "2022-02-10" and body[curated[0]["start"]:curated[0]["end"]] == "Washington a prévenu"
    page = (out / "articles" / "a.html").read_text("utf-8")
    assert "Démenti publié le soir même." in page and 'class="noted"' in page


@pytest.mark.parametrize("files, message, where", [
    ({"content/articles/a.md": "---\ntitle: [oops\ndate: 2022-02-12\n---\nx"}, "invalid YAML", "content/articles/a.md:3"),
    ({"content/articles/a.md": "---\ndate: 2022-02-12\n---\nx"}, "no 'title'", "content/articles/a.md:"),
    ({"content/articles/a.md": "---\ntitle: T\ndate: 2022-02-30\n---\nx"}, "bad date", "content/articles/a.md:3"),
    ({"content/articles/a.md": "---\ntitle: T\ndate: 2022-02-12\nx"}, "never closed", "content/articles/a.md:1"),
    ({"content/articles/Été.md": article(), "content/articles/ete.md": article()}, "duplicate slug 'ete'", ".md:1"),
    ({"content/articles/a.md": article(body="Texte.\n"),
      "content/annotations/a.yml": "links:\n  - {text: Texte, actor: kirbi}\n",
      "content/actors.yml": "- {id: kirby, name: John Kirby}\n"}, "unknown actor 'kirbi'", "content/annotations/a.yml:2"),
    ({"content/articles/a.md": article(body="Le président a parlé.\n"),
      "content/annotations/a.yml": "notes:\n  - {text: Le présidnet a parle, note: x}\n"}, "not found", "content/annotations/a.yml:2"),
    ({"content/actors.yml": "- {id: Bad Id!, name: X}\n", "content/articles/a.md": article()}, "must be lowercase", "content/actors.yml:1"),
])
def test_bad_input_is_reported_with_file_and_line(project, analyser, tmp_path, files, message, where):
    proj = project(files)
    with pytest.raises(DossierError) as info:
        build(proj, tmp_path / "out", analyser=analyser)
    assert message in str(info.value) and where in str(info.value)
    assert not (tmp_path / "out").exists(), "a failed build writes nothing"


def test_anchor_not_found_names_the_nearest_passage(project, analyser, tmp_path):
    proj = project({"content/articles/a.md": article(body="Le président a parlé.\n"),
                    "content/annotations/a.yml": "notes:\n  - {text: Le présidnet a parle, note: x}\n"})
    with pytest.raises(BuildFailed) as info:
        build(proj, tmp_path / "out", analyser=analyser)
    assert 'nearest passage: "Le président a parlé."' in str(info.value)


def test_broken_encoding_is_reported(project, analyser, tmp_path):
    proj = project({"content/articles/a.md": article()})
    (proj / "content/articles/b.md").write_bytes("---\ntitle: T\ndate: 2022\n---\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(BuildFailed, match=r"content/articles/b.md:5: not valid UTF-8"):
        build(proj, tmp_path / "out", analyser=analyser)


def test_raw_html_is_escaped_unless_the_user_opts_in(project, built):
    body = "Texte <script>alert(1)</script> et <b>gras</b>.\n"
    proj = project({"content/articles/a.md": article(body=body),
                    "content/articles/b.md": article(title="B", body=body, html="true")})
    _, out, _ = built(proj)
    a = (out / "articles/a.html").read_text("utf-8")
    b = (out / "articles/b.html").read_text("utf-8")
    assert "&lt;script&gt;" in a and "<script>alert" not in a
    assert "<b>gras</b>" in b and "<script>alert" not in b      # opted in, still sanitised


def test_titles_are_autoescaped(project, built):
    proj = project({"content/articles/a.md": article(title='"<i>x</i>"')})
    _, out, _ = built(proj)
    assert "&lt;i&gt;x&lt;/i&gt;" in (out / "articles/a.html").read_text("utf-8")


def test_unknown_config_key_warns_and_strict_fails(project, analyser, tmp_path):
    proj = project({"dossier.yml": "title: T\ntitel: oops\n", "content/articles/a.md": article()})
    result = build(proj, tmp_path / "out", analyser=analyser)
    assert [str(w) for w in result.dossier.report.warnings] == [
        "dossier.yml:2: unknown key 'titel' ignored\n    hint: did you mean 'title'?"]
    with pytest.raises(BuildFailed):
        build(proj, tmp_path / "out2", analyser=analyser, strict=True)


def test_the_output_folder_never_replaces_user_files(project, analyser, tmp_path):
    proj = project({"content/articles/a.md": article()})
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("precious")
    for out in (proj, proj / "content", mine):
        with pytest.raises(DossierError, match="refusing"):
            build(proj, out, analyser=analyser)
    assert (mine / "notes.txt").read_text() == "precious"


def test_a_failed_rebuild_keeps_the_previous_site(project, analyser, tmp_path):
    proj = project({"content/articles/a.md": article()})
    out = tmp_path / "out"
    build(proj, out, analyser=analyser)
    (proj / "content/articles/a.md").write_text("---\ntitle: [\n---\n")
    with pytest.raises(BuildFailed):
        build(proj, out, analyser=analyser)
    assert (out / "articles/a.html").exists()


def test_unchanged_articles_are_not_analysed_twice(project, tmp_path, monkeypatch):
    from dossier import analyse
    proj = project({"content/articles/a.md": article(body="Emmanuel Macron parle.\n"),
                    "content/articles/b.md": article(title="B", body="Joe Biden parle.\n")})
    calls = []
    real = analyse.analyse_doc
    monkeypatch.setattr(analyse, "analyse_doc", lambda *a, **k: calls.append(1) or real(*a, **k))
    build(proj, tmp_path / "o1")
    assert len(calls) == 2
    (proj / "content/articles/b.md").write_text(article(title="B", body="Joe Biden répond.\n"))
    build(proj, tmp_path / "o2")
    assert len(calls) == 3, "only the edited article is analysed again"


@pytest.mark.parametrize("sentence, speaker_name", [
    ("La Congrégation pour la doctrine de la foi a précisé : «Cette pratique est contraire à la doctrine.»",
     "Congrégation pour la doctrine de la foi"),
    ("Des agents de police ont déclaré : «Nous sommes restés sur place toute la nuit.»", None),
])
def test_organisation_speakers_become_actors_but_generic_groups_do_not(project, built, sentence, speaker_name):
    proj = project({"content/articles/a.md": article(body=sentence + "\n")})
    _, out, data = built(proj)
    quote, = data("quotes")
    actors = {a["id"]: a for a in data("actors")}
    assert (actors[quote["speaker"]]["name"] if quote["speaker"] else None) == speaker_name
    if speaker_name:
        assert not actors[quote["speaker"]]["reviewed"]
        assert (out / "actors" / f"{quote['speaker']}.html").exists()


@pytest.mark.parametrize("annotations, message", [
    ("links:\n  - {text: Texte}\n", "content/annotations/a.yml:2: a link needs an `actor`"),
    ("notes: {text: Texte, note: x}\n", "content/annotations/a.yml:1: 'notes' must be a list"),
    ("events:\n  - {date: 2022-02-12, text: x, actors: kirby}\n", "content/annotations/a.yml:2: an event's `actors` must be a list"),
    ("quotes:\n  - Texte\n", "each entry of 'quotes' must be a mapping"),
])
def test_malformed_annotations_are_located(project, analyser, tmp_path, annotations, message):
    proj = project({"content/articles/a.md": article(body="Texte.\n"), "content/annotations/a.yml": annotations})
    with pytest.raises(BuildFailed) as info:
        build(proj, tmp_path / "out", analyser=analyser)
    assert message in str(info.value)


def test_unknown_annotation_fields_warn(project, built):
    proj = project({"content/articles/a.md": article(body="Texte.\n"),
                    "content/annotations/a.yml": "notes:\n  - {text: Texte, note: x, nott: y}\n"})
    result, _, _ = built(proj)
    assert [str(w).split("\n")[0] for w in result.dossier.report.warnings] == [
        "content/annotations/a.yml:2: unknown key 'nott' ignored"]


@pytest.mark.parametrize("registry, message", [
    ("- {name: A B, aliases: 3}\n", "`aliases` must be a list"),
    ("- {name: A B, roles: 5}\n", "`roles` must be a list"),
    ("- {name: A B, reviewed: 'false'}\n", "`reviewed` must be true or false"),
    ("- {id: index, name: Index}\n", "(and not 'index')"),
    ("actors: []\nrejected: 5\n", "content/actors.yml:2: `rejected` must be a list"),
])
def test_wrong_types_in_the_registry_are_located(project, analyser, tmp_path, registry, message):
    proj = project({"content/articles/a.md": article(), "content/actors.yml": registry})
    with pytest.raises(DossierError) as info:
        build(proj, tmp_path / "out", analyser=analyser)
    assert message in str(info.value)


def test_a_lone_alias_string_is_one_alias_and_annotations_beat_the_registry(project, built):
    body = "Vladimir Poutine a reçu Emmanuel Macron. Macron est reparti.\n"
    proj = project({"content/articles/a.md": article(body=body),
                    "content/actors.yml": "- {id: macron, name: Emmanuel Macron, aliases: Macron}\n"
                                          "- {id: poutine, name: Vladimir Poutine}\n",
                    "content/annotations/a.yml": "links:\n  - {text: Vladimir Poutine, actor: macron}\n"})
    _, out, data = built(proj)
    mentions = [(m["text"], m["actor"]) for m in data("articles")[0]["mentions"]]
    assert mentions == [("Vladimir Poutine", "macron"), ("Emmanuel Macron", "macron"), ("Macron", "macron")]
    assert (out / "actors/poutine.html").exists() is False


def test_an_article_named_index_does_not_replace_the_list(project, built):
    _, out, data = built(project({"content/articles/index.md": article(title="Index")}))
    assert [a["id"] for a in data("articles")] == ["index-article"]
    assert "Articles" in (out / "articles/index.html").read_text("utf-8")


@pytest.mark.parametrize("body, words", [
    ("Emmanuel Macron a rencontré\nVladimir Poutine.\n", "rencontré Vladimir"),
    ("Emmanuel Macron a rencontré\r\nVladimir Poutine.\r\n", "rencontré   Vladimir"),
])
def test_anchors_ignore_line_breaks_and_spacing(project, built, body, words):
    proj = project({"content/articles/a.md": article(body=body),
                    "content/annotations/a.yml": f"notes:\n  - {{text: {words}, note: x}}\n"})
    _, out, _ = built(proj)
    assert 'class="noted"' in (out / "articles/a.html").read_text("utf-8")


@pytest.mark.parametrize("body", [
    "**Emmanuel** Macron a parlé.\n",
    "[Emmanuel Macron](https://example.org) a parlé.\n",
    "![Emmanuel Macron](x.png) a parlé.\n",
    "- « Nous allons\n- continuer », a déclaré Emmanuel Macron.\n",
    "« Nous *allons* continuer », a déclaré Emmanuel Macron.\n",
])
def test_marked_spans_never_break_the_html(project, built, body):
    from html.parser import HTMLParser

    class Nesting(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.errors = [], []

        def handle_starttag(self, tag, attrs):
            if tag == "a" and "a" in self.stack:
                self.errors.append("a inside a")
            if tag not in ("img", "br", "hr", "meta", "link", "input"):
                self.stack.append(tag)

        def handle_startendtag(self, tag, attrs):
            pass                    # <img … />: nothing to close

        def handle_endtag(self, tag):
            if not self.stack or self.stack[-1] != tag:
                self.errors.append(f"</{tag}> closes {self.stack[-1:] }")
            else:
                self.stack.pop()

    _, out, _ = built(project({"content/articles/a.md": article(body=body)}))
    page = (out / "articles/a.html").read_text("utf-8")
    checker = Nesting()
    checker.feed(page.split('<div class="body">', 1)[1].split("</div>", 1)[0])
    assert checker.errors == [] and 'alt="<' not in page
