"""The built sample opened in a real headless Chromium, from file:// — filters, permalinks."""
from __future__ import annotations

import os
import shutil

import pytest

from dossier.build import build
from conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# On a developer's machine without a browser these tests skip; in CI (.ci/run installs
# Debian's chromium) a missing browser is a failure, not a skip.
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
from playwright.sync_api import sync_playwright  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def site(tmp_path_factory, analyser):
    out = tmp_path_factory.mktemp("browser") / "site"
    build(REPO, out, analyser=analyser)
    return out


@pytest.fixture(scope="module")
def page():
    assert CHROMIUM, "CI must install Debian's chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser.new_page()
        browser.close()


def visible(page, selector):
    return page.locator(selector).evaluate_all("els => els.filter(e => e.offsetParent !== null).length")


def test_timeline_filters_by_actor_without_a_server(site, page):
    page.goto((site / "timeline/index.html").as_uri())
    total = visible(page, "li.event")
    assert total >= 4
    page.select_option("select[name=actor]", "joe-biden")
    shown = visible(page, "li.event")
    assert 0 < shown < total
    assert all("joe-biden" in a for a in page.locator("li.event:visible").evaluate_all("els => els.map(e => e.dataset.actors)"))


def test_quote_index_filters_by_speaker_and_date(site, page):
    page.goto((site / "quotes/index.html").as_uri())
    total = visible(page, "figure.quote")
    page.select_option("select[name=speaker]", "john-kirby")
    assert 0 < visible(page, "figure.quote") < total
    page.select_option("select[name=speaker]", "")
    page.fill("input[name=to]", "2021-01-01")
    page.dispatch_event("input[name=to]", "change")
    assert visible(page, "figure.quote") == 0


def test_a_mention_links_to_its_actor_page(site, page):
    page.goto((site / "articles/index.html").as_uri())
    page.locator("ul.articles a").first.click()
    page.locator("a.mention[href$='john-kirby.html']").first.click()
    assert page.locator("h1").inner_text() == "John Kirby"
    page.screenshot(path=str(site.parent / "actor.png"), full_page=True)
