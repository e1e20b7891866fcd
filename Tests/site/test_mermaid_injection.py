"""Writer text never becomes Mermaid syntax: generated hostile strings go through kb's real
MermaidWriter (in every place writer text reaches a sequence diagram or a flowchart) and the
sources are read by the real mermaid.js. No directive, comment, front matter, style or click
survives, and every diagram still parses."""

import itertools
import json
import random
import re

import mermaidx
import pytest

from conftest import run_fixtures

# Pieces of Mermaid syntax a writer could type by accident or on purpose.
PIECES = [
    '%%{init: {"theme": "forest", "themeVariables": {"noteBkgColor": "#ff0000", "primaryColor": "#ff0000"}}}%%',
    "%%{wrap}%%",
    "%% a comment",
    "---\nconfig:\n  theme: forest\n---",
    "click n_ask href \"https://evil.example/\"",
    "click n_ask call alert(1)",
    "call alert(2)",
    "style n_ask fill:#ff0000",
    "classDef evil fill:#ff0000",
    "class n_ask evil",
    "linkStyle 0 stroke:#ff0000",
    "n_ask:::evil",
    "end",
    "\"]",
    "\"}}",
    "\"|",
    "])",
    "#quot;",
    "#59;",
    "&#34;",
    "`**md**`",
    "-->",
    "->>",
    "a: b, c + d - e",
    "<br/><img src=x onerror=alert(3)>",
    "\\",
    "links p_user: {\"x\": \"https://evil.example/\"}",
    "rect rgb(255, 0, 0)",
]
SEPARATORS = ["", " ", "\n", "\r\n", "\r", ";", "\u2028", "\t", "\n  "]


def hostile_strings(count, seed=14):
    """Every piece alone, then combinations of two or three pieces joined by separators."""
    rng = random.Random(seed)
    strings = list(PIECES)
    pairs = list(itertools.product(PIECES, SEPARATORS, PIECES))
    for first, separator, second in rng.sample(pairs, count):
        strings.append(first + separator + second)
    for _ in range(count // 2):
        a, b, c = rng.sample(PIECES, 3)
        strings.append(rng.choice(SEPARATORS).join([a.upper(), b, c]))
    return strings


def writer_sources(strings, tmp_path):
    """Each string's [sequence, flowchart] sources, written by kb's MermaidWriter."""
    request = tmp_path / "strings.json"
    request.write_text(json.dumps(strings), encoding="utf-8")
    answer = tmp_path / "sources.json"
    run_fixtures("mermaid-sources", request, answer)
    sources = json.loads(answer.read_text(encoding="utf-8"))
    assert len(sources) == len(strings)
    return sources


STATEMENTS = re.compile(r"^\s*(click|call|style|classDef|class|linkStyle|links?|href|%%|---|config)\b", re.I)


def styles(svg):
    return re.findall(r"<style[^>]*>(.*?)</style>", svg, re.S)


PAINT = {"fill", "stroke", "color", "background", "background-color"}


def painted(svg):
    """The colours inline styles give elements (layout, which follows the text, left out)."""
    declarations = set()
    for value in re.findall(r'style="([^"]*)"', svg):
        for declaration in value.split(";"):
            name, _, setting = declaration.partition(":")
            if name.strip().lower() in PAINT:
                declarations.add((name.strip().lower(), setting.strip().lower()))
    return declarations


def check_source(source, plain_source):
    """The source has the statements of plain text, and no directive or comment."""
    lines, plain_lines = source.split("\n"), plain_source.split("\n")
    assert "%%" not in source, "a directive or comment survived"
    assert len(lines) == len(plain_lines), "writer text added or removed a line"
    assert [line.strip() for line in lines].count("---") == 2 and lines[0] == lines[2] == "---"
    for line, plain in zip(lines[3:], plain_lines[3:]):
        # mermaid.js reads `#…;` as an entity code before it parses, so only other `;` end statements.
        ends = re.sub(r"#\w+;", "", line).count(";")
        assert ends == plain.count(";"), f"writer text ended a statement: {line!r}"
        if not STATEMENTS.match(plain):
            assert not STATEMENTS.match(line), f"writer text became a statement: {line!r}"


def check_drawing(source, plain_svg):
    """mermaid.js parses the source and draws it with the styles of plain text, without links."""
    svg = mermaidx.render(source).svg()  # raises when mermaid.js cannot parse it
    assert styles(svg) == styles(plain_svg), "the theme or a class changed"
    assert painted(svg) <= painted(plain_svg), "a style reached an element"
    assert not re.search(r"<a[\s>]|class=\"[^\"]*clickable", svg), "an interaction survived"


def test_hostile_writer_text_stays_text_in_every_diagram_kind(tmp_path):
    """Every generated string is checked in the source; mermaid.js draws a sample of them (about
    a second a drawing here), the pieces alone among them."""
    strings = hostile_strings(count=400)
    drawn = set(PIECES) | set(random.Random(7).sample(strings[len(PIECES):], 8))
    sources = writer_sources(["plain text"] + strings, tmp_path)
    plain = [(source, mermaidx.render(source).svg()) for source in sources[0]]
    assert len(strings) == len(PIECES) + 600
    for text, pair in zip(strings, sources[1:]):
        for source, (plain_source, plain_svg) in zip(pair, plain):
            try:
                check_source(source, plain_source)
                if text in drawn:
                    check_drawing(source, plain_svg)
            except Exception as problem:
                raise AssertionError(f"{text!r}:\n{source}") from problem


@pytest.mark.parametrize(
    "injected",
    [
        ("p_api->>p_user: plain text", 'p_api->>p_user: %%{init: {"themeVariables": {"noteBkgColor": "#ff0000"}}}%%'),
        ('n_ask["plain text"]', 'n_ask["plain text"]\n  style n_ask fill:#ff0000'),
        ('n_ask["plain text"]', 'n_ask["plain text"]\n  click n_ask href "https://evil.example/"'),
        ('n_ask["plain text"]', 'n_ask["plain text"]\n  classDef evil fill:#ff0000\n  class n_ask evil'),
        ('n_ask["plain text"]', 'n_ask["plain text"]; style n_ask fill:#ff0000'),
    ],
)
def test_the_checks_catch_text_that_does_become_syntax(tmp_path, injected):
    """Written unescaped, the same text does change what mermaid.js draws, and both checks say so."""
    sources = writer_sources(["plain text"], tmp_path)[0]
    plain, replacement = injected
    source = next(s for s in sources if plain in s)
    plain_svg = mermaidx.render(source).svg()
    broken = source.replace(plain, replacement, 1)
    with pytest.raises(AssertionError):
        check_source(broken, source)
    with pytest.raises(AssertionError):
        check_drawing(broken, plain_svg)
