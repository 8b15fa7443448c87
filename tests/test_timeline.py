"""Timeline events: one per dated clause with its actors, merged across articles, exported."""
from __future__ import annotations

from conftest import article

TRIP = "Emmanuel Macron a rencontré Vladimir Poutine à Moscou le 7 février, puis s'est rendu à Kiev le lendemain.\n"


def _events(data):
    names = {a["id"]: a["name"] for a in data("actors")}
    return [(e["date"], [names[a] for a in e["actors"]], e["text"]) for e in data("timeline")]


def test_one_event_per_dated_clause(project, built):
    _, _, data = built(project({"content/articles/a.md": article(date="2022-02", body=TRIP)}))
    (d1, who1, text1), (d2, who2, text2) = _events(data)
    assert (d1, who1) == ("2022-02-07", ["Emmanuel Macron", "Vladimir Poutine"])
    assert text1.endswith("le 7 février")
    assert (d2, who2) == ("2022-02-08", ["Emmanuel Macron"]), "an elided subject keeps the sentence's subject"
    assert text2.startswith("puis s'est rendu à Kiev")


def test_the_same_event_in_two_articles_is_one_event_with_two_sources(project, built):
    _, _, data = built(project({"content/articles/a.md": article(date="2022-02-12", body=TRIP),
                                "content/articles/b.md": article(title="B", date="2022-02-13", body=TRIP)}))
    events = data("timeline")
    assert [len(e["sources"]) for e in events] == [2, 2]
    assert {s["article"] for s in events[0]["sources"]} == {"a", "b"}


def test_timelinejs_export_keeps_the_precision(project, built):
    body = "Joe Biden a parlé en 2015. Joe Biden a parlé en mars 2020. Joe Biden a parlé le 3 mars 2021.\n"
    _, _, data = built(project({"content/articles/a.md": article(date="2022-02-12", body=body)}))
    starts = [e["start_date"] for e in data("timelinejs")["events"]]
    assert starts == [{"year": 2015}, {"year": 2020, "month": 3}, {"year": 2021, "month": 3, "day": 3}]


def test_month_and_year_events_are_placed_as_such(project, built):
    body = "Joe Biden a parlé en 2015. Joe Biden a parlé en mars 2020.\n"
    _, out, _ = built(project({"content/articles/a.md": article(date="2022-02-12", body=body)}))
    page = (out / "timeline/index.html").read_text("utf-8")
    assert '<time datetime="2015">2015</time>' in page
    assert '<time datetime="2020-03">mars 2020</time>' in page and "1 mars 2020" not in page
    assert 'id="m-2020-03"' in page
