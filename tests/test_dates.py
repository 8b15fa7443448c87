"""dossier.dates: (sentence, article date, expected) tables for finding and resolving dates."""
import datetime as dt

import pytest

from dossier.dates import DateMention, find_dates, format_date, parse_date


def values(text, anchor, lang="fr"):
    return [m.value for m in find_dates(text, anchor, lang)]


def only(text, anchor, lang="fr") -> DateMention:
    found = find_dates(text, anchor, lang)
    assert len(found) == 1, found
    return found[0]


# --- absolute dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("Il est arrivé le 12 février 2022 à Kiev.", "2022-03-01", "2022-02-12"),
    ("Rendez-vous le 12/02/2022.", "2022-03-01", "2022-02-12"),
    ("Rendez-vous le 12.02.22.", "2022-03-01", "2022-02-12"),
    ("Publié le 2022-02-12.", "2022-03-01", "2022-02-12"),
    ("Les troupes ont été déployées en février 2022.", "2023", "2022-02"),
    ("Le projet a commencé en 2015.", "2022-02", "2015"),
    ("Il est né le 1er mars 1941.", "2003-02-16", "1941-03-01"),
    ("Le comité organise dimanche 29 août un rallye.", "1999-08-10", "1999-08-29"),
    ("l'accident qui, le 10 novembre 93, avait causé la mort", "2002-01-21", "1993-11-10"),
    ("un aménagement dès octobre 98.", "1999-05-23", "1998-10"),
    ("dès l'année 2001, la municipalité", "1999-05-23", "2001"),
    ("l'élection du mercredi 1er mai", "2002-04-30", "2002-05-01"),
    ("Il est revenu fin 2002 au pays.", "2003-02", "2002"),
    ("Elle a vu le jour le 21 janvier 1913.", "2003-01-31", "1913-01-21"),
])
def test_absolute(text, anchor, expected):
    assert values(text, anchor) == [expected]


@pytest.mark.parametrize("text, anchor, expected", [
    # A day and month without a year: the year that fits the article date and the tense.
    ("Il a annoncé le 12 février sa démission.", "2022-02", "2022-02-12"),
    ("Le 12 février, le président ukrainien a parlé.", "2022-02", "2022-02-12"),
    ("Il a été arrêté le 28 décembre.", "2022-01-10", "2021-12-28"),
    ("Le procès se tiendra le 3 janvier.", "2021-12-20", "2022-01-03"),
    ("Le procès s'ouvrira le 3 janvier.", "2021-06-20", "2022-01-03"),
    ("Il est arrivé le 3 janvier.", "2021-06-20", "2021-01-03"),
    ("La réunion est prévue le 16 juillet en Belgique.", "1999-07-09", "1999-07-16"),
    ("le 7 décembre dernier", "2022-02", "2021-12-07"),
    ("le 7 décembre dernier", "2022-12-07", "2021-12-07"),
    ("les élections du 13 avril prochain", "2003-02-24", "2003-04-13"),
    # The weekday decides the year when it fits only one.
    ("samedi 4 janvier", "2002-12-20", "2003-01-04"),
])
def test_day_month_year_inference(text, anchor, expected):
    assert values(text, anchor) == [expected]


@pytest.mark.parametrize("text, anchor, expected", [
    ("Il a signé le 29 février.", "2024-03-10", ["2024-02-29"]),
    ("le 29 février 2024", "2024", ["2024-02-29"]),
    ("le 29 février 2023", "2023-05-01", []),          # no such day: not a date at all
    ("le 31 avril 2022", "2022-05-01", []),
    ("Il a signé le 29 février.", "2023-03-01", []),   # no 29 February in the past year
    ("Il signera le 29 février.", "2023-03-01", ["2024-02-29"]),
])
def test_leap_years_and_impossible_days(text, anchor, expected):
    assert values(text, anchor) == expected


# --- relative to the article date --------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("Il est parti hier.", "2022-02-12", "2022-02-11"),
    ("Il se rend aujourd'hui à Sangatte.", "2002-05-23", "2002-05-23"),
    ("Il sera installé demain.", "2002-05-23", "2002-05-24"),
    ("avant-hier", "2022-03-01", "2022-02-27"),
    ("Il a démissionné samedi.", "2022-02-16", "2022-02-12"),          # a Wednesday article
    ("Le conseil a voté samedi dernier.", "2022-02-16", "2022-02-12"),
    ("Il a démissionné mercredi dernier.", "2022-02-16", "2022-02-09"),
    ("Il viendra mercredi prochain.", "2022-02-16", "2022-02-23"),
    ("Il sera à Marseille samedi.", "2022-02-16", "2022-02-19"),
    ("Ce dimanche, un thé dansant.", "1999-07-18", "1999-07-18"),
    ("Il reviendra le mois prochain.", "2022-02-16", "2022-03"),
    ("Il est venu le mois dernier.", "2022-01-16", "2021-12"),
    ("l'an dernier", "2022-02", "2021"),
    ("l'année prochaine", "2022", "2023"),
    ("cette année", "2022-02-12", "2022"),
    ("Il est arrivé il y a trois jours.", "2022-02-12", "2022-02-09"),
    ("Il reviendra dans deux semaines.", "2022-02-12", "2022-02-26"),
    ("il y a deux mois", "2022-02", "2021-12"),
    ("Le contrat sera signé en juin prochain.", "1999-05-23", "1999-06"),
    ("72 % en septembre dernier", "2002-02-09", "2001-09"),
    ("La bibliothèque sera fermée en juillet.", "1999-07-24", "1999-07"),
    ("aujourd’hui vendredi", "1999-07-09", "1999-07-09"),
])
def test_relative(text, anchor, expected):
    mention = only(text, anchor)
    assert (mention.value, mention.kind) == (expected, "relative") or mention.value == expected


@pytest.mark.parametrize("text, anchor", [
    ("Il est parti hier.", "2022-02"),                 # a day from a month: cannot be honest
    ("Il a démissionné samedi.", "2022-02"),
    ("Il viendra demain.", "2022"),
    ("la semaine dernière", "2022-02-12"),             # week precision is out
    ("dans deux semaines", "2022-02"),
    ("Ce soir-là, il pleuvait.", "2022-02-12"),        # that evening of the story, not today's
    ("Le club se réunit le mercredi.", "2022-02-12"),  # habitual
    ("tous les jeudis", "2022-02-12"),
    ("dans la nuit de vendredi à samedi", "2022-02-16"),
    ("dans la nuit du 16 au 17 octobre", "2022-02-16"),
])
def test_unresolvable_relative_yields_nothing(text, anchor):
    assert find_dates(text, anchor) == []


@pytest.mark.parametrize("text, anchor, words, expected", [
    ("Il est parti hier soir.", "2022-02-12", "hier soir", "2022-02-11"),
    ("Elle arrivera mardi matin.", "2022-02-12", "mardi matin", "2022-02-15"),
    ("Il a été agressé hier vers 18 h, place de la Mairie.", "1999-05-21", "hier vers 18 h", "1999-05-20"),
    ("Le CICV sur Arte ce soir.", "1999-07-28", "ce soir", "1999-07-28"),
    ("Cet après-midi, le conseil se réunit.", "2022-02-12", "Cet après-midi", "2022-02-12"),
    ("Le 7 février, il a parlé. La veille au matin, rien.", "2022-02", "La veille au matin", None),
])
def test_a_time_of_day_is_dated_to_its_day(text, anchor, words, expected):
    """ISO-TimeML makes "hier soir" a time, not a date; the timeline still gives it its day."""
    found = [m for m in find_dates(text, anchor) if m.kind == "time"]
    if expected is None:
        assert found == []
        return
    assert [(m.text, m.value) for m in found] == [(words, expected)]


def test_relative_kinds():
    assert only("hier", "2022-02-12").kind == "relative"
    assert only("12 février 2022", "2022-02-12").kind == "absolute"


# --- relative to the story -------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("Le 12 février, il a parlé. Washington avait assuré la veille le contraire.", "2022-02",
     ["2022-02-12", "2022-02-11"]),
    ("Macron a rencontré Vladimir Poutine à Moscou le 7 février, puis s'est rendu à Kiev le "
     "lendemain.", "2022-02", ["2022-02-07", "2022-02-08"]),
    ("Il est arrivé le 3 mars 2021. Deux jours plus tard, il repartait.", "2022-02",
     ["2021-03-03", "2021-03-05"]),
    ("Le 3 mars 2021, puis le surlendemain.", "2022", ["2021-03-03", "2021-03-05"]),
    ("Il est parti la veille.", "2022-02-12", ["2022-02-11"]),     # falls back on the article
    ("Il est parti la veille.", "2022-02", []),                    # ...when it is a day
    ("En 2015, il est élu ; l'année suivante, il démissionne.", "2022", ["2015", "2016"]),
    ("la veille de Noël", "2022-02-12", []),                       # relative to an event
])
def test_narrative(text, anchor, expected):
    found = find_dates(text, anchor)
    assert [m.value for m in found] == expected
    assert all(m.kind == "narrative" for m in found[1:])


# --- ranges and "depuis" ---------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("du 3 au 4 mars", "2022-02", ("2022-03-03", "2022-03-04", "range")),
    ("fermée du mercredi 3 avril au samedi 6 avril inclus", "2002-04-03",
     ("2002-04-03", "2002-04-06", "range")),
    ("entre 2015 et 2018", "2022", ("2015", "2018", "range")),
    ("de 2015 à 2018", "2022", ("2015", "2018", "range")),
    ("Abu Dhabi, 3-4 mars 2017", "2016-09-08", ("2017-03-03", "2017-03-04", "range")),
    ("entre le 3 et le 5 mars", "2022-02", ("2022-03-03", "2022-03-05", "range")),
    ("du 3 mars au 5 avril", "2022-02", ("2022-03-03", "2022-04-05", "range")),
    ("depuis 2015 des rotations", "2022-02", ("2015", None, "since")),
    ("Il est malade depuis mars.", "2022-02-16", ("2021-03", None, "since")),   # "depuis": past
    ("Fermé depuis vendredi.", "2003-02-23", ("2003-02-21", None, "since")),
])
def test_ranges(text, anchor, expected):
    mention = only(text, anchor)
    assert (mention.value, mention.end_value, mention.kind) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("Il se tiendra ce mercredi 27 janvier.", "2016-01-20", [("ce mercredi 27 janvier", "2016-01-27")]),
    ("des actions en région jeudi 9.", "2016-06-12", [("jeudi 9", "2016-06-09")]),
    ("le 1 er août", "2016-09-08", [("1 er août", "2016-08-01")]),      # pre-tokenized text
    ("La saison 2015-2016 poursuit", "2016", [("saison 2015", "2015"), ("2016", "2016")]),
    ("Il a animé Mardi cinéma et Jeudi cinéma.", "2016-01-19", []),     # titles, not days
    ("KSN 2011a mesure", "2016", []),
    ("Monday, the 3rd of March", "2022-03-16", [("Monday, the 3rd of March", "2022-03-03")]),
])
def test_longest_expression_and_names(text, anchor, expected):
    lang = "en" if "Monday" in text else "fr"
    assert [(m.text, m.value) for m in find_dates(text, anchor, lang)] == expected


def test_enumerated_weekdays_take_the_month_of_the_last():
    found = find_dates("Les portes ouvertes auront lieu samedi 15 et dimanche 16 mars.", "2003-02-20")
    assert [(m.text, m.value) for m in found] == [("samedi 15", "2003-03-15"), ("dimanche 16 mars", "2003-03-16")]


def test_enumerated_days_are_separate_mentions():
    found = find_dates("auront lieu les 6 et 13 avril prochains", "2003-02-24")
    assert [(m.text, m.value) for m in found] == [("les 6", "2003-04-06"), ("13 avril prochains", "2003-04-13")]


# --- false positives -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "160 soldats ont été déployés.",
    "Une adhésion à 100% du public.",
    "Les 2000 soldats sont arrivés.",
    "une amende de 5.000 F",
    "Il a parcouru 1500 mètres.",
    "dans les années 1990",
    "La sonde est arrivée sur Mars.",
    "Mars et Vénus",
    "Appelez le 03.29.88.43.12.",
    "La Commission a voté à 8 contre 3.",
])
def test_no_false_positives(text):
    assert find_dates(text, "2022-02-12") == []


def test_two_digit_year_not_taken_from_a_count():
    (m,) = find_dates("Il a annoncé le 3 mars 25 morts.", "2022-03-10")
    assert (m.text, m.value) == ("3 mars", "2022-03-03")


def test_spans_are_exact_offsets():
    text = "Selon l'AFP, le Pentagone a annoncé le 12 février le départ de 3000 soldats."
    (m,) = find_dates(text, "2022-02")
    assert text[m.start:m.end] == m.text == "12 février"


# --- English ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, expected", [
    ("It happened on February 12, 2022.", "2022-03", "2022-02-12"),
    ("It happened on 12 February 2022.", "2022-03", "2022-02-12"),
    ("He left yesterday.", "2022-02-12", "2022-02-11"),
    ("He resigned last Monday.", "2022-02-16", "2022-02-14"),
    ("Talks began in March 2021.", "2022", "2021-03"),
    ("since 2015", "2022", "2015"),
])
def test_english(text, anchor, expected):
    assert values(text, anchor, lang="en") == [expected]


# --- parse_date and format_date --------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2022", "2022"), ("2022-02", "2022-02"), ("2022-02-12", "2022-02-12"), (" 2022-02 ", "2022-02"),
    (2022, "2022"), (dt.date(2022, 2, 12), "2022-02-12"), (dt.datetime(2022, 2, 12, 10), "2022-02-12"),
    ("2024-02-29", "2024-02-29"),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2022-02-30", "2023-02-29", "12/02/2022", "2022-13", "février", "", None, True, 3.5])
def test_parse_date_rejects_with_expected_format(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize("value, lang, expected", [
    ("2022", "fr", "2022"), ("2022-02", "fr", "février 2022"), ("2022-02-07", "fr", "7 février 2022"),
    ("2022-02-01", "fr", "1er février 2022"), ("2022-08", "en", "August 2022"),
    ("2022-02-07", "en", "7 February 2022"),
])
def test_format_date(value, lang, expected):
    assert format_date(value, lang) == expected


@pytest.mark.parametrize("anchor", ["2016", "2016-02", "2016-02-29"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_any_text_gives_exact_spans_and_real_values(anchor, lang):
    words = ("hier demain samedi dernière passee suivante l'année la veille le lendemain il y a "
             "dans deux jours 1er 29 février 2023 98 du au entre et depuis mi- fin Mars mai "
             "May 3rd of last next Monday ago 12/02/2022 31/02/2022 2015-2016").split(" ")
    text = " ".join(words[i * 7 % len(words)] for i in range(300))
    for m in find_dates(text, anchor, lang):
        assert text[m.start:m.end] == m.text
        assert parse_date(m.value) == m.value and (m.end_value is None or parse_date(m.end_value))
