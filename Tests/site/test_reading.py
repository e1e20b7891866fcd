"""Pages read as finished, in Chromium: the product's voice, roles and causes as sentences, tap
targets a finger can hit on a phone, names that wrap between their words, diagrams that explain
their shading, tables that show what is known alike, one row for a sample's label and button."""

import json
import re
import time

import pytest
from selenium.webdriver.common.by import By

# The served site and the browser are the search tests' fixtures, one per module.
from test_search import base, browser, chrome, serve, wait  # noqa: F401
from test_pages import content_pages

PHONE = {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": False}

# Words of the people who wrote the knowledge base from other documents, which a customer cannot
# place: "the source", "the source's", "source document", "the seed", "vendor documentation".
AUTHORING = re.compile(
    r"\bthe\s+sources?\b|\bsources?['’]s?(?=\s)|\bsource\s+documents?\b|\bthe\s+seeds?\b|\bvendor\s+documentation\b",
    re.IGNORECASE,
)

# What a reader sees or hears on the page as Chromium lays it out, with what scripts wrote:
# the rendered text and the labels of visible elements.
SHOWN_TEXT = """
var parts = [document.title, document.body.innerText];
document.querySelectorAll("[aria-label], [title], [alt], [placeholder]").forEach(function (el) {
  if (!el.getClientRects().length) return;
  ["aria-label", "title", "alt", "placeholder"].forEach(function (name) {
    if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
  });
});
return parts.join("\\n");
"""

# Every visible interactive element smaller than 24 × 24 CSS pixels (WCAG 2.2, 2.5.8), except
# a link in running prose (the exception for inline targets): an inline link outside header,
# footer, navigation and breadcrumbs whose block has at least three words outside links.
SMALL_TARGETS = """
var SELECTOR = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab], [role=button], [tabindex]:not([tabindex='-1'])";
function inProse(el) {
  if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
  if (el.closest("header, footer, nav, .breadcrumbs, .entry-actions")) return false;
  var block = el.parentElement;
  while (block && getComputedStyle(block).display.indexOf("inline") === 0) block = block.parentElement;
  if (!block) return false;
  var text = block.innerText;
  block.querySelectorAll("a").forEach(function (a) { text = text.split(a.innerText).join(" "); });
  return text.split(/\\s+/).filter(function (word) { return /\\w/.test(word); }).length >= 3;
}
var small = [];
document.querySelectorAll(SELECTOR).forEach(function (el) {
  var box = el.getBoundingClientRect();
  if (!box.width || !box.height || getComputedStyle(el).visibility === "hidden") return;
  if ((box.width >= 23.5 && box.height >= 23.5) || inProse(el)) return;
  var name = (el.innerText || el.getAttribute("aria-label") || el.tagName).trim().slice(0, 40);
  small.push(name + " " + Math.round(box.width) + "x" + Math.round(box.height));
});
return small;
"""

# Words split across two lines between two letters or digits, i.e. inside a name rather than
# after a separator such as "_": ["FAILED_TO_CRE / ATE_CLASS", …]. SVG text is laid out by kb.
SPLIT_WORDS = """
var root = document.querySelector("main");
var found = [], range = document.createRange(), previous = null;
function blockOf(node) {
  var element = node.parentElement;
  while (element && getComputedStyle(element).display.indexOf("inline") === 0) element = element.parentElement;
  return element;
}
var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (var node = walker.nextNode(); node; node = walker.nextNode()) {
  var parent = node.parentElement;
  if (!parent || parent.closest("svg") || !parent.getClientRects().length) continue;
  var block = blockOf(node);
  if (!previous || previous.block !== block) previous = { char: " ", top: null, block: block, word: "" };
  for (var i = 0; i < node.data.length; i++) {
    var char = node.data[i];
    if (/\\s/.test(char)) { previous.char = " "; previous.word = ""; continue; }
    range.setStart(node, i); range.setEnd(node, i + 1);
    var rects = range.getClientRects();
    if (!rects.length) continue;
    var top = rects[0].top;
    if (previous.top !== null && top > previous.top + 2 && /[\\p{L}\\p{N}]/u.test(previous.char) && /[\\p{L}\\p{N}]/u.test(char)) {
      found.push(previous.word + " / " + node.data.slice(i).split(/\\s/)[0]);
    }
    previous.char = char; previous.top = top; previous.word += char;
  }
}
return found;
"""

PAGE_KINDS = [
    "", "lab-api/", "scorm-api/", "lab-api/5/", "lab-api/100/", "scorm-api/session-not-found/",
    "scorm-api/invalid-api-key/", "class-lti/1009/", "codes/", "search/?q=session", "diagrams/",
    "diagrams/lab-lti-launch/", "troubleshoot/", "troubleshoot/lab-lti-scoring/", "lab-lti/scenario-3/",
    "404.html",
]


@pytest.fixture
def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def open_page(driver, url):
    driver.get(url)
    wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")


def page_paths(site):
    return [page.relative_to(site).as_posix().removesuffix("index.html") for page in content_pages(site)]


def entry_pages(site, marker):
    """Pages whose HTML holds `marker`, by their path."""
    return [
        page.relative_to(site).as_posix().removesuffix("index.html")
        for page in content_pages(site)
        if marker in page.read_text(encoding="utf-8")
    ]


# The product's voice.


def test_no_page_shows_authoring_words_in_chromium(browser, base, site):
    offenders = {}
    for path in page_paths(site):
        open_page(browser, base + path)
        text = browser.execute_script(SHOWN_TEXT)
        hits = [text[max(0, m.start() - 50) : m.end() + 50] for m in AUTHORING.finditer(text)]
        if hits:
            offenders[path] = hits
    assert not offenders, json.dumps(offenders, indent=1, ensure_ascii=False)


def test_authoring_words_are_found_where_a_reader_sees_them(browser, tmp_path):
    (tmp_path / "index.html").write_text(
        "<!DOCTYPE html><title>t</title><p>Mermaid source, resources and open-source code.</p>"
        '<p hidden>the source</p><button aria-label="As the source says">x</button>'
    )
    open_page(browser, (tmp_path / "index.html").as_uri())
    text = browser.execute_script(SHOWN_TEXT)
    assert [m.group(0) for m in AUTHORING.finditer(text)] == ["the source"]
    assert AUTHORING.search("Notes on the vendor documentation") and AUTHORING.search("the seed says")


# Sentences.


def test_who_acts_reads_as_one_sentence(browser, base, site):
    sentences = []
    for path in entry_pages(site, "<dt>Who acts</dt>"):
        open_page(browser, base + path)
        sentence = browser.execute_script(
            "var dt = Array.from(document.querySelectorAll('.facts dt')).find(d => d.textContent === 'Who acts');"
            "return dt.nextElementSibling.innerText;"
        )
        sentences.append(sentence)
    assert len(sentences) > 20
    joined = [s for s in sentences if " and " in s]
    assert joined, "some entry names several roles"
    for sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith("."), sentence
        # After the first role, an article is in lower case: "…and an administrator", never "and An".
        assert not re.search(r"(, | and )(The|A|An) ", sentence), sentence
    assert any(re.search(r" and (the|an|a) ", s) for s in joined), "a role after the first is in lower case"


def test_several_causes_read_as_alternatives(browser, base, site):
    listed = 0
    for path in entry_pages(site, 'id="cause"'):
        open_page(browser, base + path)
        section = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=cause]")
        heading = section.find_element(By.TAG_NAME, "h2").text.rstrip(" #")
        loose = section.find_elements(By.CSS_SELECTOR, ":scope > p")
        items = section.find_elements(By.CSS_SELECTOR, ":scope > ul.causes > li")
        if items:
            listed += 1
            assert len(items) >= 2 and heading == "Possible causes", path
            assert [p.text for p in loose] == ["Any one of these can cause it:"], path
        else:
            assert heading == "Cause" and len(loose) == 1, f"{path}: {len(loose)} causes side by side"
    assert listed > 5


# Phones.


@pytest.mark.parametrize("path", PAGE_KINDS)
def test_every_target_is_at_least_24_px_on_a_phone(phone, base, path):
    open_page(phone, base + path)
    if path.startswith("search/"):
        wait(phone, lambda d: d.find_element(By.ID, "search-results").get_attribute("data-query"))
    assert phone.execute_script(SMALL_TARGETS) == []


def test_the_target_check_can_fail(phone, tmp_path):
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><meta name="viewport" content="width=device-width"><main>'
        '<ul><li><a href="#a" style="padding:0">a link in a list</a></li></ul>'
        '<p>Some words around <a href="#b" style="padding:0">a link</a> in a sentence.</p>'
        '<h2>Heading <a href="#c" style="font-size:12px;padding:0">#</a></h2></main>'
    )
    open_page(phone, (tmp_path / "index.html").as_uri())
    small = phone.execute_script(SMALL_TARGETS)
    assert [s.split(" ")[0] for s in small] == ["a", "#"], small


def test_a_phone_header_is_short_with_one_search_box(phone, base):
    for path in ["", "search/?q=launch"]:
        open_page(phone, base + path)
        boxes = [b for b in phone.find_elements(By.CSS_SELECTOR, "input[type=search]") if b.is_displayed()]
        assert len(boxes) == 1, path
        # 187 px before; the links' row keeps a classic scrollbar in desktop Chromium, which
        # phones overlay.
        assert phone.find_element(By.CSS_SELECTOR, ".site-header").size["height"] <= 100, path
    open_page(phone, base + "class-lti/1014/")
    assert phone.find_element(By.ID, "site-search").is_displayed()
    assert phone.find_element(By.CSS_SELECTOR, ".site-header").size["height"] <= 140
    # Every header link stays reachable: the row scrolls sideways inside the header.
    nav = phone.find_element(By.CSS_SELECTOR, ".site-nav")
    assert phone.execute_script("return document.documentElement.scrollWidth") <= PHONE["width"]
    assert nav.find_elements(By.LINK_TEXT, "Troubleshooters")


def test_the_header_placeholder_fits_its_box_on_a_phone(phone, base):
    open_page(phone, base + "class-lti/1014/")
    fits = phone.execute_script(
        "var box = document.getElementById('site-search'), style = getComputedStyle(box);"
        "var context = document.createElement('canvas').getContext('2d');"
        "context.font = style.fontSize + ' ' + style.fontFamily;"
        "var room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);"
        "return [context.measureText(box.placeholder).width, room];"
    )
    assert fits[0] <= fits[1], fits


@pytest.mark.parametrize("width", [320, 375])
def test_names_wrap_between_their_words(browser, base, width):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", dict(PHONE, width=width))
    try:
        for path in ["", "codes/", "class-lti/", "class-lti/1009/", "class-lti/1014/", "scorm-api/invalid-user-id/"]:
            open_page(browser, base + path)
            assert browser.execute_script(SPLIT_WORDS) == [], path
        for query in ["PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED", "zoom"]:
            open_page(browser, base + "search/?q=" + query)
            wait(browser, lambda d: d.find_element(By.ID, "search-results").get_attribute("data-query"))
            time.sleep(0.2)
            assert browser.execute_script(SPLIT_WORDS) == [], query
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_split_check_can_fail(phone, tmp_path):
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><meta name="viewport" content="width=device-width"><main style="width:150px">'
        "<p><code style=\"overflow-wrap:anywhere\">FAILED_TO_CREATE_DEFERRED_CLASSES</code></p>"
        "<p><code>FAILED_<wbr>TO_<wbr>CREATE_<wbr>DEFERRED_<wbr>CLASSES</code></p></main>"
    )
    open_page(phone, (tmp_path / "index.html").as_uri())
    assert len(phone.execute_script(SPLIT_WORDS)) >= 1
    assert all(split.startswith("FAILED") for split in phone.execute_script(SPLIT_WORDS))


def test_the_diagram_cue_points_where_the_drawing_continues(phone, base):
    open_page(phone, base + "lab-api/100/")
    frame = phone.find_element(By.CSS_SELECTOR, ".diagram-where .diagram-scroll")
    cue = phone.find_element(By.CSS_SELECTOR, ".diagram-where .scroll-cue")

    def arrows():
        hidden_left = phone.execute_script("return arguments[0].scrollLeft > 1", frame)
        hidden_right = phone.execute_script(
            "return arguments[0].scrollLeft + arguments[0].clientWidth < arguments[0].scrollWidth - 1", frame
        )
        return hidden_left, hidden_right

    for scroll in [None, 0, 10000]:
        if scroll is not None:
            phone.execute_script("arguments[0].scrollLeft = arguments[1]", frame, scroll)
            time.sleep(0.2)
        left, right = arrows()
        assert cue.text.startswith("←") == left and cue.text.endswith("→") == right, (scroll, cue.text)
    # The step where it goes wrong is drawn whole in the frame, its label included.
    phone.execute_script("arguments[0].scrollLeft = 0", frame)
    open_page(phone, base + "lab-api/100/")
    inside = phone.execute_script(
        "var f = document.querySelector('.diagram-where .diagram-scroll').getBoundingClientRect();"
        "var s = document.querySelector('.diagram-where .diagram-step.is-current').getBoundingClientRect();"
        "return s.left >= f.left - 1 && s.right <= f.right + 1;"
    )
    assert inside


@pytest.mark.parametrize("path", ["lab-api/100/", "diagrams/lab-lti-launch/"])
def test_shaded_bands_have_a_legend(browser, base, path):
    open_page(browser, base + path)
    figure = browser.find_element(By.CSS_SELECTOR, "figure.diagram")
    assert figure.find_elements(By.CSS_SELECTOR, "svg .diagram-highlight")
    legend = [item.text for item in figure.find_elements(By.CSS_SELECTOR, ".diagram-legend li")]
    assert "Shaded: steps the user sees" in legend
    assert "Ringed number: a step with troubleshooting entries" in legend
    band = browser.execute_script(
        "return getComputedStyle(arguments[0].querySelector('.legend-band')).backgroundColor", figure
    )
    drawn = browser.execute_script(
        "return getComputedStyle(arguments[0].querySelector('svg .diagram-highlight')).fill", figure
    )
    assert band == drawn, "the legend's swatch is the colour of the bands"


# Tables, titles and samples.


def test_tables_show_a_status_for_every_row_or_for_none(browser, base):
    for path in ["codes/", "scorm-api/", "class-lti/", "lab-api/"]:
        open_page(browser, base + path)
        for table in browser.find_elements(By.CSS_SELECTOR, "table.entries"):
            rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
            shown = [bool(row.find_elements(By.CSS_SELECTOR, ".status")) for row in rows]
            assert all(shown) or not any(shown), (path, shown)
            for row in rows:
                for status in row.find_elements(By.CSS_SELECTOR, ".status"):
                    # What shows; a screen reader hears "none" for the dash.
                    assert re.fullmatch(r"HTTP (\d{3}.*|—)", status.text.splitlines()[0]), status.text
    open_page(browser, base + "codes/")
    scorm = browser.find_element(By.ID, "product-scorm-api").find_element(By.XPATH, "..")
    statuses = [s.text.splitlines()[0] for s in scorm.find_elements(By.CSS_SELECTOR, ".status")]
    assert "HTTP —" in statuses and any(re.match(r"HTTP \d{3}", s) for s in statuses)


def test_the_home_title_names_the_site_once(site):
    home = (site / "index.html").read_text()
    title = re.search(r"<title>([^<]*)</title>", home).group(1)
    assert title == "Integration Troubleshooting"
    codes = re.search(r"<title>([^<]*)</title>", (site / "codes" / "index.html").read_text()).group(1)
    assert codes == "All error codes · Integration Troubleshooting"


def test_a_single_language_sample_uses_one_row_above_its_code(browser, base):
    open_page(browser, base + "scorm-api/invalid-api-key/")
    single = [f for f in browser.find_elements(By.CSS_SELECTOR, "figure.sample") if not f.get_attribute("data-tabs")]
    assert single
    for figure in single:
        label = figure.find_element(By.CSS_SELECTOR, ".language")
        button = figure.find_element(By.CSS_SELECTOR, ".copy-code")
        code = figure.find_element(By.CSS_SELECTOR, "pre")
        assert abs(label.rect["y"] + label.rect["height"] / 2 - (button.rect["y"] + button.rect["height"] / 2)) < 6
        assert code.rect["y"] >= button.rect["y"] + button.rect["height"]
    open_page(browser, base + "scorm-api/session-already-exists/")
    tabbed = browser.find_element(By.CSS_SELECTOR, "figure.sample[data-tabs]")
    tab = tabbed.find_element(By.CSS_SELECTOR, "[role=tab]")
    tab_button = tabbed.find_element(By.CSS_SELECTOR, ".copy-code")
    assert abs(tab.rect["y"] + tab.rect["height"] / 2 - (tab_button.rect["y"] + tab_button.rect["height"] / 2)) < 6
