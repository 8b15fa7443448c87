import pytest

from dossier.text import fold, key, plain_text, slugify


@pytest.mark.parametrize("source, visible", [
    ("Un **mot** ici", "mot"),
    ("Voir [le lien](https://example.org) là", "le lien"),
    ("# Titre\n\ncorps", "Titre"),
    ("- item *en* liste", "en"),
    ("> citée par _elle_", "elle"),
])
def test_plain_text_maps_back_to_the_source(source, visible):
    p = plain_text(source)
    start = p.text.index(visible)
    s, e = p.to_source(start, start + len(visible))
    assert source[s:e] == visible


def test_plain_text_drops_markdown_syntax():
    assert plain_text("## Titre\n\nUn **gras** et [lien](u).\n").text == "Titre\n\nUn gras et lien.\n"


@pytest.mark.parametrize("text, folded", [
    ("Sergueï", "serguei"), ("с’est", "c'est"), ("ÉTATS-UNIS", "etats-unis"),
])
def test_fold_is_case_accent_and_lookalike_insensitive_and_keeps_length(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize("text, slug", [
    ("Sergueï Lavrov", "serguei-lavrov"), ("../../etc/passwd", "etc-passwd"), ("Été 2022 !", "ete-2022"),
    ("Frank Lebœuf", "frank-leboeuf"), ("Lars Løkke Rasmussen", "lars-lokke-rasmussen"), ("Lech Wałęsa", "lech-walesa"),
])
def test_slugs_are_ascii_and_stable(text, slug):
    assert slugify(text) == slug
    assert slugify(text).isascii() and "/" not in slugify(text)


def test_key_collapses_space_and_punctuation():
    assert key("  Le  Président ! ") == "le president"
