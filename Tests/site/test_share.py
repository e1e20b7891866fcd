"""Links that paste well and feedback from the page, in Chromium: short-link previews, old slugs,
"Copy as reply", copy buttons that keep their width, anchors with room above, the offline copy's
links, and "Was this page helpful?" sent only when the content names an endpoint."""

import functools
import http.server
import json
import pathlib
import re
import threading
import time
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from conftest import run_fixtures, run_kb
from test_search import base, browser, chrome, serve, wait  # noqa: F401

PHONE = {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": False}


def head(page):
    """The preview a chat tool reads: title, description, Open Graph, Twitter and canonical."""
    text = page.read_text(encoding="utf-8").split("</head>")[0]
    found = {"title": re.search(r"<title>(.*?)</title>", text).group(1)}
    found["canonical"] = re.search(r'<link rel="canonical" href="([^"]*)">', text).group(1)
    for key, value in re.findall(r'<meta (?:property|name)="([a-z:_]+)" content="([^"]*)"', text):
        found[key] = value
    return found


def entries_by_url(site):
    return {entry["url"]: entry for entry in json.loads((site / "index.json").read_text())["entries"]}


# Short links and old slugs preview as the entry.


@pytest.mark.parametrize(
    "short,entry",
    [
        ("e/1014/", "class-lti/1014/"),
        ("e/session-already-exists/", "scorm-api/session-already-exists/"),
        ("e/scenario-3/", "lab-lti/learner-role-missing/"),
        ("lab-lti/scenario-3/", "lab-lti/learner-role-missing/"),
    ],
)
def test_a_short_link_previews_as_its_entry(site, short, entry):
    preview, own = head(site / short / "index.html"), head(site / entry / "index.html")
    for key in ["title", "description", "og:title", "og:description", "twitter:title", "twitter:description"]:
        assert preview[key] == own[key], key
    assert "Moved" not in preview["title"]
    assert preview["canonical"] == own["canonical"] == "/" + entry


def test_previews_in_chromium_then_lands_on_the_entry_with_its_fragment(browser, base, site):
    entry = entries_by_url(site)["class-lti/1014/"]
    browser.get(base + "e/1014/#resolution")
    wait(browser, lambda d: d.current_url.endswith("class-lti/1014/#resolution"))
    assert browser.title.startswith(entry["code"] + " " + entry["name"])
    # An old scenario address and its short link lead to the readable slug.
    for old in ["lab-lti/scenario-3/#cause", "e/scenario-3/"]:
        browser.get(base + old)
        wait(browser, lambda d: "/lab-lti/learner-role-missing/" in d.current_url)
    assert browser.current_url.endswith("learner-role-missing/")


def test_every_entry_has_a_slug_that_means_something(site):
    for url, entry in entries_by_url(site).items():
        if entry["code"] is None:
            assert not re.fullmatch(r"(scenario|entry|item|page|case)-?\d+", entry["slug"]), url


def test_short_links_work_without_javascript(site):
    driver = chrome(javascript=False)
    server, root = serve(site)
    try:
        driver.get(root + "e/scenario-3/")
        wait(driver, lambda d: d.current_url.endswith("/lab-lti/learner-role-missing/"))
    finally:
        driver.quit()
        server.shutdown()


# Copy as reply, copy buttons, anchors.


CAPTURE = """
window.kbCopied = [];
navigator.clipboard.writeText = function (text) { window.kbCopied.push(text); return Promise.resolve(); };
"""


def button(driver, label):
    """A copy button by the label it shows (its hidden "Copied" is in its text content too)."""
    return next(b for b in driver.find_elements(By.CSS_SELECTOR, ".entry-actions button") if b.text == label)


def copy(driver, label):
    button = globals()["button"](driver, label)
    before = button.size["width"]
    button.click()
    wait(driver, lambda d: d.execute_script("return window.kbCopied.length") > 0)
    assert "copied" in button.get_attribute("class")
    assert button.text == "Copied"
    assert button.size["width"] == before, f"{label} changed width when it said Copied"
    text = driver.execute_script("var t = window.kbCopied.pop(); return t;")
    wait(driver, lambda d: button.text == label, timeout=5)
    return text


@pytest.mark.parametrize("path", ["class-lti/1014/", "lab-lti/learner-role-missing/", "scorm-api/session-already-exists/"])
def test_copy_as_reply_copies_the_index_reply_with_a_full_short_link(browser, base, site, path):
    entry = entries_by_url(site)[path]
    short = "/" + "e/" + (entry["code"] or entry["slug"]).lower() + "/"
    browser.get(base + path)
    browser.execute_script(CAPTURE)
    text = copy(browser, "Copy as reply")
    assert text == entry["reply"]["text"].replace(short, base + short[1:])
    assert text.startswith(entry["title"] if entry["code"] is None and entry["name"] is None else (entry["code"] or entry["name"]))
    assert "\n1. " in text and "If it persists:" in text
    markdown = copy(browser, "Copy as Markdown")
    assert markdown == entry["reply"]["markdown"].replace(short, "<" + base + short[1:] + ">")
    assert copy(browser, "Copy short link") == base + short[1:]


def test_the_sample_copy_button_keeps_its_width(browser, base):
    browser.get(base + "scorm-api/session-already-exists/")
    browser.execute_script(CAPTURE)
    button = browser.find_element(By.CSS_SELECTOR, ".copy-code")
    before = button.size["width"]
    button.click()
    wait(browser, lambda d: button.text == "Copied")
    assert button.size["width"] == before


def test_a_heading_reached_by_its_anchor_has_room_above(browser, base):
    browser.get(base + "class-lti/1014/#resolution")
    top = browser.execute_script(
        "return [window.scrollY, document.getElementById('resolution').getBoundingClientRect().top]")
    assert top[0] > 0, "the page scrolled to the heading"
    assert top[1] >= 12, f"the heading sits {top[1]}px from the top of the window"


def test_the_offline_copy_copies_links_to_its_own_files(tmp_path):
    run_kb("build", "--output", str(tmp_path / "public"), "--offline", str(tmp_path / "copy"))
    driver = chrome()
    try:
        driver.get((tmp_path / "copy" / "class-lti" / "1014" / "index.html").as_uri())
        driver.execute_script(CAPTURE)
        for label in ["Copy short link", "Copy full link"]:
            button(driver, label).click()
            wait(driver, lambda d: d.execute_script("return window.kbCopied.length") > 0)
            copied = driver.execute_script("return window.kbCopied.pop()")
            assert copied.startswith("file://") and copied != "file:///e/1014/", copied
            assert pathlib.Path(urllib.parse.urlsplit(copied).path).is_file(), copied
        button(driver, "Copy as reply").click()
        wait(driver, lambda d: d.execute_script("return window.kbCopied.length") > 0)
        assert (tmp_path / "copy" / "e" / "1014" / "index.html").as_uri() in driver.execute_script(
            "return window.kbCopied.pop()")
        # An offline copy has no one to send feedback to.
        assert not driver.find_elements(By.CSS_SELECTOR, "script[src$='feedback.js']")
    finally:
        driver.quit()


# Feedback: sent to the endpoint the content names, and only then.


class Recorder(http.server.SimpleHTTPRequestHandler):
    """Serves the site and records every request: POST bodies to /collect, and every path."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.requests.append(("GET", self.path, dict(self.headers), ""))
        super().do_GET()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        self.server.requests.append(("POST", self.path, dict(self.headers), body))
        self.send_response(204)
        self.end_headers()


def recording_server(directory):
    handler = functools.partial(Recorder, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def posts(server):
    return [(path, headers, json.loads(body)) for method, path, headers, body in server.requests if method == "POST"]


@pytest.fixture(scope="module")
def feedback_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("feedback") / "public"
    run_fixtures("feedback-site", "/collect", out)
    server, root = recording_server(out)
    yield server, root
    server.shutdown()


def test_a_vote_and_a_comment_are_sent_with_no_personal_data(browser, feedback_site):
    server, root = feedback_site
    browser.get(root + "class-lti/1014/")
    browser.execute_script("document.cookie = 'session=secret; path=/'")
    box = browser.find_element(By.CSS_SELECTOR, ".page-feedback")
    assert box.is_displayed() and "Was this page helpful?" in box.text
    assert not browser.find_element(By.CSS_SELECTOR, ".feedback-stuck").is_displayed()
    box.find_element(By.XPATH, ".//button[normalize-space()='No']").click()
    wait(browser, lambda d: posts(server))
    path, headers, vote = posts(server)[-1]
    assert path == "/collect"
    assert vote == {"kind": "vote", "entry": "class-lti/1014", "helpful": False, "page": "class-lti/1014/"}
    assert "Cookie" not in headers and "Referer" not in headers
    stuck = browser.find_element(By.CSS_SELECTOR, ".feedback-stuck")
    assert stuck.is_displayed() and "Open a ticket with this code" in stuck.text and "1014" in stuck.text
    browser.find_element(By.ID, "feedback-comment-text").send_keys("Which Zoom account? Mail me at ann@example.com")
    browser.find_element(By.CSS_SELECTOR, ".feedback-comment button[type=submit]").click()
    wait(browser, lambda d: len(posts(server)) == 2)
    comment = posts(server)[-1][2]
    assert comment == {"kind": "comment", "entry": "class-lti/1014", "page": "class-lti/1014/",
                       "comment": "Which Zoom account? Mail me at [email]"}
    stuck.find_element(By.TAG_NAME, "a").click()
    wait(browser, lambda d: d.current_url.endswith("#support"))
    top = browser.execute_script("return document.getElementById('support').getBoundingClientRect().top")
    assert 0 <= top < browser.execute_script("return window.innerHeight") - 100, "the support block is in view"


def test_a_search_that_found_nothing_is_sent_once_typing_stops(browser, feedback_site):
    server, root = feedback_site
    before = len(posts(server))
    browser.get(root + "search/?q=" + urllib.parse.quote("zzqx refund policy"))
    wait(browser, lambda d: len(posts(server)) > before, timeout=8)
    assert posts(server)[-1][2] == {"kind": "search", "query": "zzqx refund policy", "page": "search/"}
    # A query that finds something is not sent; neither is one already sent.
    count = len(posts(server))
    browser.get(root + "search/?q=1014")
    browser.get(root + "search/?q=" + urllib.parse.quote("zzqx refund policy"))
    time.sleep(2.5)
    browser.get(root + "search/?q=1014")
    assert len(posts(server)) <= count + 1
    assert all(body.get("query") != "1014" for _, _, body in posts(server))


def test_kb_report_reads_what_the_endpoint_received(feedback_site, tmp_path):
    server, _ = feedback_site
    lines = [body for method, _, _, body in server.requests if method == "POST"]
    assert lines, "the tests above sent feedback"
    collected = tmp_path / "feedback.jsonl"
    collected.write_text("\n".join(lines) + "\nnot json\n")
    result = run_kb("report", str(collected))
    assert "1 of 1 said no  class-lti/1014/  1014 FAILED_TO_CREATE_CLASS" in result.stdout
    assert "“zzqx refund policy”" in result.stdout
    assert f"{collected}:{len(lines) + 1}: warning: not a JSON object" in result.stderr


def test_nothing_is_asked_or_sent_without_an_endpoint(browser, site):
    server, root = recording_server(site)
    try:
        browser.get(root + "class-lti/1014/")
        assert not browser.find_elements(By.CSS_SELECTOR, ".page-feedback")
        browser.get(root + "search/?q=" + urllib.parse.quote("zzqx refund policy"))
        wait(browser, lambda d: "zzqx" in d.find_element(By.ID, "search-results").get_attribute("data-query") or "")
        time.sleep(2.5)
        browser.get(root)
        assert not [r for r in server.requests if r[0] == "POST"]
        assert not [r for r in server.requests if "feedback" in r[1]]
    finally:
        server.shutdown()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_of_an_entry_with_the_new_controls(feedback_site, tmp_path_factory, width, scheme):
    """Screenshots for a person to look at (kept in the pytest temporary folder)."""
    _, root = feedback_site
    driver = chrome()
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**PHONE, "width": width, "height": 900})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        driver.get(root + "class-lti/1014/")
        driver.find_element(By.XPATH, "//button[normalize-space()='No']").click()
        folder = tmp_path_factory.getbasetemp() / "screenshots"
        folder.mkdir(exist_ok=True)
        driver.save_screenshot(str(folder / f"entry-{width}-{scheme}-top.png"))
        driver.execute_script("document.querySelector('.page-feedback').scrollIntoView()")
        driver.save_screenshot(str(folder / f"entry-{width}-{scheme}-feedback.png"))
        actions = driver.find_elements(By.CSS_SELECTOR, ".entry-actions button")
        page_width = driver.execute_script("return document.documentElement.clientWidth")
        assert all(b.location["x"] + b.size["width"] <= page_width for b in actions)
    finally:
        driver.quit()
