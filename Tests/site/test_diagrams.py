"""Diagrams in the built site: Mermaid sources that real mermaid.js renders, SVG drawings that are
well-formed and accessible, entry pages that show where they happen, and troubleshooters that work
without JavaScript."""

import html.parser
import pathlib
import re
import xml.etree.ElementTree as ET

import mermaidx
import pytest

SVG = "{http://www.w3.org/2000/svg}"


def render_mermaid(source):
    """Renders with mermaid.js (v11, in QuickJS); raises when mermaid cannot parse or draw it."""
    svg = mermaidx.render(source).svg()
    assert "<svg" in svg
    return svg


def inline_svgs(page, kind="diagram-drawing"):
    """The page's inline drawings (or link layers, with kind="diagram-links"), parsed as XML,
    which fails on anything not well-formed."""
    text = page.read_text(encoding="utf-8")
    svgs = [ET.fromstring(match) for match in re.findall(r"<svg\b.*?</svg>", text, flags=re.S)]
    return [svg for svg in svgs if kind in classes(svg)]


def classes(element):
    return set(element.get("class", "").split())


def mermaid_sources(site):
    sources = sorted((site / "diagrams").glob("*.mmd"))
    assert len(sources) >= 4
    return sources


def test_every_mermaid_source_renders_with_mermaid_js(site):
    for source in mermaid_sources(site):
        svg = render_mermaid(source.read_text(encoding="utf-8"))
        ET.fromstring(svg)


GOLDEN = pathlib.Path(__file__).resolve().parents[1] / "KBTests" / "Golden"


def test_mermaid_sources_of_awkward_text_render_with_mermaid_js():
    """The golden sources of DiagramMermaidTests hold text Mermaid could read as syntax."""
    sources = sorted(GOLDEN.glob("*.mmd"))
    assert len(sources) >= 2
    for source in sources:
        svg = render_mermaid(source.read_text(encoding="utf-8"))
        assert "&lt;b&gt;" in svg, f"{source.name}: angle brackets are shown as text"


@pytest.mark.parametrize(
    "broken",
    [
        "sequenceDiagram\n  participant a as A\n  a->>: no target\n",
        # How kb once wrote an ended lifeline: `destroy` after the participant's last message.
        "sequenceDiagram\n  participant a as A\n  participant b as B\n  participant c as C\n"
        "  b->>a: last\n  destroy b\n  a->>c: next\n",
        "flowchart TD\n  n_a[\"Open\" --> n_b\n",
    ],
)
def test_a_broken_mermaid_source_fails_the_check(broken):
    with pytest.raises(Exception):
        render_mermaid(broken)


def test_every_diagram_page_draws_its_svg_above_the_numbered_steps(site):
    for source in mermaid_sources(site):
        page = site / "diagrams" / source.stem / "index.html"
        text = page.read_text(encoding="utf-8")
        assert text.index('class="diagram-svg') < text.index('<ol class="flow-steps">')
        (svg,) = inline_svgs(page)
        steps = svg.findall(f".//{SVG}g")
        assert any("diagram-step" in classes(g) for g in steps)
        ids = set(re.findall(r'<li id="(step-[^"]+)"', text))
        assert ids, "every step has an anchor in the numbered text"


def test_every_drawing_is_an_accessible_image_with_its_links_in_a_layer_above(site):
    pages = [page for page in site.rglob("*.html") if 'class="diagram-svg' in page.read_text(encoding="utf-8")]
    assert len(pages) > 10
    for page in pages:
        for svg in inline_svgs(page):
            assert svg.get("role") == "img", page
            assert svg.get("width") == "100%" and svg.get("viewBox"), page
            title = svg.find(f"{SVG}title")
            desc = svg.find(f"{SVG}desc")
            assert title is not None and title.text and title.get("id") == svg.get("aria-labelledby"), page
            assert desc is not None and desc.text and desc.get("id") == svg.get("aria-describedby"), page
            assert not any(element.get("style") for element in svg.iter()), page
            assert svg.find(f".//{SVG}a") is None, f"{page}: links belong in the layer over the image"
        layers = inline_svgs(page, kind="diagram-links")
        assert len(layers) == len(inline_svgs(page)), f"{page}: every drawing has its layer of links"
        for layer in layers:
            links = layer.findall(f"{SVG}a")
            assert links, page
            for link in links:
                assert link.get("href") and link.find(f"{SVG}title").text.strip(), page


def test_entry_pages_show_their_step_highlighted_and_linked(site):
    entry = site / "lab-api" / "5" / "index.html"
    text = entry.read_text(encoding="utf-8")
    assert 'href="../../diagrams/lab-api-launch/#step-send-connection-url"' in text
    (layer,) = inline_svgs(entry, kind="diagram-links")
    names = {a.find(f"{SVG}title").text: a.get("href") for a in layer.findall(f"{SVG}a")}
    assert names["Step 3: Send Connection URL"] == "../../diagrams/lab-api-launch/#step-send-connection-url"
    assert names["Step 5: Connect to Connection URL"] == "../../lab-api/access-denied/"
    (svg,) = inline_svgs(entry)
    current = [g for g in svg.iter(f"{SVG}g") if {"diagram-step", "is-current"} <= classes(g)]
    assert len(current) == 1
    label = "".join(current[0].find(f".//{SVG}text[@class='diagram-message-label']").itertext())
    assert label == "Send Connection URL"


class Troubleshooter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.questions = []
        self.answers = {}
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "question" in attrs.get("class", ""):
            self._current = attrs["id"]
            self.questions.append((attrs["id"], "is-start" in attrs["class"]))
            self.answers[self._current] = []
        if tag == "a" and "answer" in (attrs.get("class") or "").split() and self._current:
            self.answers[self._current].append(attrs["href"])


def test_the_score_passback_flowchart_is_a_guided_troubleshooter(site):
    page = site / "troubleshoot" / "lab-lti-scoring" / "index.html"
    parser = Troubleshooter()
    parser.feed(page.read_text(encoding="utf-8"))
    ids = {question for question, _ in parser.questions}
    assert [question for question, start in parser.questions if start] == ["step-lti-outcome"]
    assert len(ids) == 5
    outcomes = set()
    for question, answers in parser.answers.items():
        assert answers, question
        for href in answers:
            if href.startswith("#"):
                assert href[1:] in ids
            else:
                target = (page.parent / href).resolve() / "index.html"
                assert target.is_file(), href
                outcomes.add(href)
    assert len(outcomes) == 6
    product = (site / "lab-lti" / "index.html").read_text(encoding="utf-8")
    assert 'href="../troubleshoot/lab-lti-scoring/"' in product
    diagram = (site / "diagrams" / "lab-lti-scoring" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../troubleshoot/lab-lti-scoring/"' in diagram


def chromium(*extra):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", *extra):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="module")
def browser_without_javascript():
    driver = chromium("--blink-settings=scriptEnabled=false")
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def test_the_troubleshooter_shows_one_question_at_a_time_without_javascript(site, browser_without_javascript):
    driver = browser_without_javascript
    url = (site / "troubleshoot" / "lab-lti-scoring" / "index.html").as_uri()

    def shown():
        return [s.get_attribute("id") for s in driver.find_elements("css selector", "section.question") if s.is_displayed()]

    driver.get(url)
    assert shown() == ["step-lti-outcome"]
    driver.find_element("link text", "Not Submitted").click()
    assert shown() == ["step-complete"]
    driver.get(url + "#step-role-check")
    assert shown() == ["step-role-check"]


@pytest.mark.parametrize("path", ["diagrams/lab-api-launch/", "troubleshoot/lab-lti-scoring/", "lab-api/10/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_diagram_pages(site, browser, path, scheme):
    from axe_selenium_python import Axe

    driver = browser
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    driver.get((site / path / "index.html").as_uri())
    axe = Axe(driver)
    axe.inject()
    violations = axe.run()["violations"]
    assert not violations, axe.report(violations)


def test_an_outcome_entry_shows_the_answers_that_lead_to_it(site):
    page = site / "lab-lti" / "learner-role-missing" / "index.html"
    text = page.read_text(encoding="utf-8")
    path = re.search(r'<ol class="answer-path">(.*?)</ol>', text, flags=re.S).group(1)
    steps = re.findall(r'<a href="([^"]+)">([^<]+)</a> <strong>([^<]+)</strong>', path)
    assert [(href.split("#")[1], answer) for href, _, answer in steps] == [
        ("step-lti-outcome", "Not Submitted"),
        ("step-complete", "Yes"),
        ("step-role-check", "No"),
    ]
    assert all(href.startswith("../../troubleshoot/lab-lti-scoring/#") for href, _, _ in steps)
    drawings = [svg for svg in inline_svgs(page) if "diagram-flowchart" in classes(svg)]
    (flowchart,) = drawings
    current = [g for g in flowchart.iter(f"{SVG}g") if {"diagram-node", "is-current"} <= classes(g)]
    # The outcome shows its entry's title: a scenario's number is never shown to customers.
    labels = [" ".join(" ".join(g.find(f"{SVG}text").itertext()).split()) for g in current]
    assert labels == ["Launching user lacks the Learner role"]


def test_drawings_follow_the_colour_scheme_and_fit_the_column(site, browser):
    driver = browser
    page = (site / "diagrams" / "lab-lti-launch" / "index.html").as_uri()
    fills = {}
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )
        driver.set_window_size(1280, 900)
        driver.get(page)
        fills[scheme] = driver.execute_script(
            "const text = document.querySelector('.diagram-participant-name');"
            "const box = document.querySelector('.diagram-participant-box');"
            "return [getComputedStyle(text).fill, getComputedStyle(box).fill,"
            " getComputedStyle(document.body).backgroundColor];"
        )
        text, box, background = fills[scheme]
        assert box == background, f"{scheme}: participant boxes are filled with the page colour"
        assert text != background
    assert fills["light"] != fills["dark"]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    for width in (1280, 375):
        driver.set_window_size(width, 900)
        driver.get(page)
        sizes = driver.execute_script(
            "const figure = document.querySelector('figure.diagram');"
            "const [drawing, links] = figure.querySelectorAll('svg');"
            "const a = drawing.getBoundingClientRect(), b = links.getBoundingClientRect();"
            "return [a.left, a.top, a.width, a.height, b.left, b.top, b.width, b.height,"
            " figure.clientWidth, document.documentElement.scrollWidth, window.innerWidth];"
        )
        drawing, layer = sizes[:4], sizes[4:8]
        figure_width, page_width, window_width = sizes[8:]
        assert drawing == layer, "the layer of links lies exactly over the drawing"
        assert page_width <= window_width, "the page itself never scrolls sideways"
        assert drawing[2] <= max(figure_width, 36 * 16) + 1


def test_a_renamed_question_opens_under_its_old_id_without_javascript(browser_without_javascript, tmp_path):
    """A site built with the real builder from a flowchart whose questions were renamed, with
    movedSteps (Fixtures.movedQuestions): the browser shows the copy of a question under
    its old id alone when the old link is opened, the first question included."""
    from conftest import run_fixtures

    built = tmp_path / "public"
    run_fixtures("moved-questions-site", built)
    page = built / "troubleshoot" / "demo-flow" / "index.html"
    html = page.read_text(encoding="utf-8")
    for old in ("step-ask", "step-next"):
        assert f'id="{old}"' in html, old
    driver = browser_without_javascript

    def shown():
        return [s.get_attribute("id") for s in driver.find_elements("css selector", "section.question") if s.is_displayed()]

    driver.get(page.as_uri() + "#step-next")
    assert shown() == ["step-next"]
    driver.get(page.as_uri() + "#step-ask")
    assert shown() == ["step-ask"]
    driver.get(page.as_uri() + "#step-then")
    assert shown() == ["step-then"]
    driver.get(page.as_uri())
    assert shown() == ["step-check"]
