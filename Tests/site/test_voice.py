"""The product's voice: no page a customer reads talks about "the source" (the documents the
content was written from), which a customer cannot know about."""

import json
import re
from html.parser import HTMLParser

import pytest

# "the source", "the sources", "source's": editorial words for the vendor documents.
AUTHORING = re.compile(r"\bthe\s+sources?\b|\bsources?['’]s?(?=\s)", re.IGNORECASE)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
NEVER_SHOWN = {"script", "style", "template"}
# Attributes a reader sees or hears: tooltips, image text, screen-reader labels.
SHOWN_ATTRIBUTES = {"title", "alt", "aria-label", "placeholder"}


class VisibleText(HTMLParser):
    """Collects the text a reader sees or hears, leaving out scripts, styles and hidden elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.stack = []  # (tag, hidden) for every open element

    @property
    def hidden(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        hidden = (
            self.hidden
            or tag in NEVER_SHOWN
            or "hidden" in attributes
            or attributes.get("type") == "hidden"
            or re.search(r"display\s*:\s*none", attributes.get("style") or "") is not None
        )
        if not hidden:
            self.parts.extend(value for name, value in attrs if name in SHOWN_ATTRIBUTES and value)
        if tag not in VOID:
            self.stack.append((tag, hidden))

    def handle_startendtag(self, tag, attrs):
        if not self.hidden:
            self.parts.extend(value for name, value in attrs if name in SHOWN_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.parts))


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()


def authoring_words(text):
    return [text[max(0, m.start() - 60) : m.end() + 60] for m in AUTHORING.finditer(text)]


def test_the_reader_finds_authoring_words_and_skips_what_is_hidden():
    found = visible_text(
        '<p>See the <b>source</b>.</p><p title="The source says so">x</p>'
        '<script>var s = "the source";</script><div hidden><p>the source</p></div><p>after</p>'
    )
    assert authoring_words(found) and len(authoring_words(found)) == 2
    assert "after" in found and "var s" not in found
    assert not authoring_words(visible_text("<p>Mermaid source, resources, open-source</p>"))
    assert authoring_words("The source's other cause remains.")


def test_no_page_names_the_source(site):
    offenders = {}
    for page in sorted(site.rglob("*.html")):
        hits = authoring_words(visible_text(page.read_text(encoding="utf-8")))
        if hits:
            offenders[str(page.relative_to(site))] = hits
    assert not offenders, "pages name the source:\n" + json.dumps(offenders, indent=1, ensure_ascii=False)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize("name", ["index.json", "search-index.json"])
def test_no_machine_readable_text_names_the_source(site, name):
    """What search results and other readers of the site's JSON show comes from the same text."""
    path = site / name
    if not path.exists():
        pytest.skip(f"the site has no {name}")
    data = json.loads(path.read_text(encoding="utf-8"))
    hits = [hit for text in strings(data) for hit in authoring_words(visible_text(text))]
    assert not hits, f"{name} names the source:\n" + "\n".join(hits)
