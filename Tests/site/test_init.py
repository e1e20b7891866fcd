"""`kb init` makes a knowledge base package of another team's: it builds with its README's command,
carries its own name and content, none of ours, and overrides one template of the default theme.
The package is built once with its starter example, which is then deleted before anything was
published and replaced by a product of a domain unlike ours, a smart-home hub: codes with HTTP
statuses, its own roles, email and chat support, branding, a guide page an entry's step links
into, and its own site check."""

import json
import os
import re
import subprocess
import time

import pytest

from conftest import ROOT, run_kb

# Things only the bundled knowledge base says; none may appear in a new one.
OURS = ["Integration Troubleshooting", "Skillable", "SCORM", "FAILED_TO_GET_LMS_JWKS", "1014", "class-lti"]
# Words of our products' domain, as whole words: none may appear in a new package's files.
OUR_WORDS = re.compile(
    r"(?<![\w-])(Class LTI|class-lti|Zoom|Canvas|Moodle|Blackboard|Skillable|SCORM|LTI|LMS|lab|lab-api|"
    r"instructors?|1014|FAILED_TO_CREATE_CLASS|course)(?![\w-])",
    re.IGNORECASE,
)

HUB_SITE = """import KBModel

extension Role {
  static let homeowner = Role("homeowner", "The homeowner")
  static let installer = Role("installer", "The installer")
}

public var knowledgeBase: Site {
  Site(
    title: "Acme Field Help",
    tagline: "Error codes and fixes for the Hearth hub.",
    products: [hearthHub],
    searchExamples: ["device_offline", "The device is not responding."],
    roles: [.user, .homeowner, .installer, .support],
    branding: Branding(
      logo: "assets/hearth-logo.svg",
      colors: BrandColors(light: "#b4441c", dark: "#f0a07a"),
      extraCSS: "assets/hearth.css",
      footerLinks: [NavigationLink("Hub status", "https://status.example.net/")],
      navigation: [NavigationLink("Developer docs", "https://developers.example.net/")]
    )
  )
}
"""

HUB_PRODUCT = """import KBModel

var hearthHub: Product {
  Product(
    slug: "hearth-hub",
    title: "Hearth Hub",
    summary: "The hub that connects a home's lights, locks and thermostats.",
    support: Support(
      email: "help@example.net",
      chatURL: "https://chat.example.net/",
      hours: "Every day, 8:00 to 20:00",
      include: ["The hub's serial number", "The `device_id` of the device"]
    ),
    topics: [hearthDevices, hearthScenes],
    guides: [hearthSetup]
  )
}
"""

HUB_GUIDE = """import KBModel

var hearthSetup: Guide {
  Guide(
    slug: "hub-setup",
    title: "Setting up the hub",
    body: \"""
      How to place the hub and bring devices back to it.

      ## Place the hub

      Put the hub in the middle of the home, away from metal cabinets.

      ## Reset a device

      1. Hold the device's button for ten seconds.
      2. Wait until its light blinks, then pair it again in the app.
      \"""
  )
}
"""

HUB_DEVICES = """import KBModel

var hearthDevices: Topic {
  Topic(
    slug: "device-errors",
    title: "Device errors",
    intro: "Errors the hub's API returns when a device cannot be reached or paired.",
    entries: [
      Entry(
        .code("device_offline", name: "DEVICE_OFFLINE", status: 503),
        title: "The device is offline",
        symptoms: [.message("The device is not responding.")],
        causes: ["The device lost its connection to the hub."],
        resolution: [
          "Check that the device has power.",
          "Move the device closer to the hub, then try again.",
          "If it still does not answer, [reset the device](guide:hub-setup#reset-a-device).",
        ],
        actors: [.homeowner, "installer"],
        retry: .withBackoff(attempts: 3),
        related: ["pairing_timeout"]
      ),
      Entry(
        .code("pairing_timeout", status: 408),
        title: "Pairing timed out",
        symptoms: [.sees("The app shows **Pairing failed** after a minute.")],
        causes: ["The device was not in pairing mode."],
        resolution: ["Put the device in pairing mode.", "Start pairing again in the app."],
        actors: [.homeowner],
        related: ["DEVICE_OFFLINE"]
      ),
    ]
  )
}
"""

HUB_SCENES = """import KBModel

var hearthScenes: Topic {
  Topic(
    slug: "scene-errors",
    title: "Scene errors",
    intro: "Errors when a scene is saved or run.",
    entries: [
      Entry(
        .code("scene_conflict", status: 409),
        title: "Another app changed the scene",
        causes: ["Two apps saved the same scene at once."],
        resolution: ["Reload the scene, then save your change again."],
        actors: [.homeowner],
        retry: .rereadAndRetry(attempts: 3)
      )
    ]
  )
}
"""


def sh(args, cwd):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("init") / "acme-help"
    # README's way from a fresh clone: `make init` compiles only kb-init, not kb's pipeline.
    sh(["make", "init", f"DIR={folder}", "NAME=Acme Field Help"], cwd=ROOT)
    # kb by a path relative to the package, which a teammate's clone side by side also finds.
    manifest = (folder / "Package.swift").read_text()
    relative = os.path.relpath(ROOT, folder)
    assert f'.package(path: "{relative}")' in manifest and f'path: "{ROOT}' not in manifest, manifest
    readme = (folder / "README.md").read_text()
    commands = re.findall(r"^make \w+", readme, flags=re.MULTILINE)
    assert commands[:2] == ["make site", "make test"], readme
    # The package's files as kb init wrote them, before the hub is added.
    written = {path: path.read_text() for path in folder.rglob("*") if path.is_file()}
    lock = (folder / "links.lock").read_text()
    # The starter example builds, checks and verifies as it is (its step links into its guide page).
    tested = sh(["make", "test"], cwd=folder)
    assert "kb verify: every page parses" in tested.stdout, tested.stdout
    example_page = (folder / ".build" / "test-public" / "example" / "e100" / "index.html").read_text()
    assert 'href="../../example/guides/upload-guide/#split-a-large-file"' in example_page, example_page
    # Previewed, never published: the example goes without a single `lock --drop`.
    assert (folder / "links.lock").read_text() == lock
    for file in (folder / "content" / "Example").iterdir():
        file.unlink()
    (folder / "content" / "Example").rmdir()
    hub = folder / "content" / "Hearth"
    hub.mkdir()
    (folder / "content" / "Site.swift").write_text(HUB_SITE)
    (hub / "HearthHub.swift").write_text(HUB_PRODUCT)
    (hub / "HearthDevices.swift").write_text(HUB_DEVICES)
    (hub / "HearthScenes.swift").write_text(HUB_SCENES)
    (hub / "HearthSetup.swift").write_text(HUB_GUIDE)
    assets = folder / "templates" / "assets"
    assets.mkdir(parents=True)
    (assets / "hearth-logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>')
    (assets / "hearth.css").write_text(".brand { letter-spacing: 0.02em; }\n")
    # make test: the package's own check, build and verify of the built site, no Python.
    tested = sh(["make", "test"], cwd=folder)
    assert "kb verify: every page parses" in tested.stdout, tested.stdout
    sh(["make", "site"], cwd=folder)
    assert (folder / "links.lock").read_text() == lock
    global WRITTEN
    WRITTEN = written
    return folder


def executable(package):
    """The package's own executable, as its Makefile names it."""
    name = re.search(r"^KB = (\S+)$", (package / "Makefile").read_text(), re.MULTILINE).group(1)
    return package / name


def test_the_manifest_depends_on_this_checkout_and_compiles_content_in_batches(package):
    manifest = (package / "Package.swift").read_text()
    assert f'.package(path: "{os.path.relpath(ROOT, package)}")' in manifest
    # The only unsafe flags (allowed in a root package, and `make site` above built with them)
    # are the content target's: no optimisation, file by file in batches, incremental.
    flags = re.findall(r"\.unsafeFlags\(\[([^\]]*)\]\)", manifest)
    assert flags == ['"-Onone", "-no-whole-module-optimization", "-incremental", "-enable-batch-mode"']
    content_target = manifest[manifest.index('name: "Content"'):manifest.index(".executableTarget(")]
    assert ".unsafeFlags(" in content_target
    ours = (ROOT / "Package.swift").read_text()
    # The products a knowledge base depends on exist in kb's manifest.
    for product in ["KBModel", "KB", "KBCommandLine"]:
        assert f'.library(name: "{product}"' in ours


def test_the_site_carries_its_name_and_its_own_product_and_nothing_of_ours(package):
    public = package / "public"
    home = (public / "index.html").read_text()
    assert "<title>Acme Field Help</title>" in home
    assert "Hearth Hub" in home and "Example Uploader" not in home
    assert not (public / "example").exists() and not (public / "diagrams").exists()
    entry = public / "hearth-hub" / "device-offline" / "index.html"
    assert "The device is offline" in entry.read_text()
    assert (public / "assets" / "search.js").exists() and (public / "index.schema.json").exists()
    for page in public.rglob("*"):
        if page.is_file() and page.suffix in {".html", ".json", ".js", ".mmd"}:
            text = page.read_text()
            for phrase in OURS:
                assert phrase not in text, f"{phrase!r} in {page.relative_to(public)}"


def test_its_own_commands_check_lock_and_scaffold(package):
    tool = executable(package)
    assert "consistent" in sh([str(tool), "check"], cwd=package).stdout
    sh([str(tool), "lock"], cwd=package)
    links = (package / "links.lock").read_text().splitlines()
    assert "hearth-hub/device-offline/" in links and "hearth-hub/guides/hub-setup/" in links
    assert not [link for link in links if link.startswith("example/")]
    result = sh([str(tool), "new", "entry", "--product", "hearth-hub", "--code", "E200", "--title", "Too many"], cwd=package)
    created = list((package / "content").rglob("*E200*.swift"))
    assert created, result.stdout
    for file in created:
        file.unlink()


def test_a_broken_content_file_is_reported_relative_to_the_package(package):
    tool = executable(package)
    site = package / "content" / "Site.swift"
    original = site.read_text()
    # A search example no entry has: a content rule, reported at the writer's file and line.
    site.write_text(original.replace('"device_offline"', '"device_ofline"'))
    try:
        sh(["swift", "build", "-c", "release", "--product", tool.name], cwd=package)
        result = subprocess.run([str(tool), "check"], cwd=package, capture_output=True, text=True)
    finally:
        site.write_text(original)
        sh(["swift", "build", "-c", "release", "--product", tool.name], cwd=package)
    assert result.returncode != 0
    assert re.search(r"^content/Site\.swift:\d+: error: search example 'device_ofline'", result.stderr, re.MULTILINE), result.stderr
    assert "did you mean 'device_offline'" in result.stderr
    assert ": error: " not in result.stdout, "diagnostics go to standard error"


def test_one_overridden_template_changes_its_pages_only(package):
    tool = executable(package)
    theme = (ROOT / "Sources" / "KB" / "Theme" / "not-found.mustache").read_text()
    override = package / "templates" / "not-found.mustache"
    override.write_text(theme.replace("<h1>Page not found</h1>", "<h1>Nothing here, sorry</h1>"))
    try:
        sh([str(tool), "build"], cwd=package)
        public = package / "public"
        assert "<h1>Nothing here, sorry</h1>" in (public / "404.html").read_text()
        assert "<h1>All error codes</h1>" in (public / "codes" / "index.html").read_text()
        # A template naming data its page lacks fails the build at its line and keeps the site.
        override.write_text("{{<layout}}{{$content}}\n<h1>{{site.titel}}</h1>{{/content}}{{/layout}}")
        result = subprocess.run([str(tool), "build"], cwd=package, capture_output=True, text=True)
        assert result.returncode != 0
        assert "templates/not-found.mustache:2:5: error: 'titel' in 'site.titel'" in result.stdout + result.stderr
        assert "<h1>Nothing here, sorry</h1>" in (public / "404.html").read_text()
    finally:
        override.unlink()


def test_make_check_shows_only_the_writers_compiler_errors_and_runs_no_stale_executable(package):
    topic = package / "content" / "Hearth" / "HearthDevices.swift"
    original = topic.read_text()
    # An unterminated string: the compiler also invents errors after it, with notes into kb.
    topic.write_text(original.replace('title: "The device is offline",', 'title: "The device is offline,', 1))
    try:
        result = subprocess.run(["make", "check"], cwd=package, capture_output=True, text=True)
    finally:
        topic.write_text(original)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert errors, output
    assert all(re.match(r"content/Hearth/HearthDevices\.swift:\d+:\d+: error: ", line) for line in errors), output
    assert any("unterminated string literal" in line for line in errors), output
    assert len(errors) == len(set(errors)), output
    assert "note:" not in output and "Sources/" not in output and "missing argument" not in output, output
    # The executable from before the edit must not run: no check summary.
    assert "kb check:" not in output and "consistent" not in output, output
    sh(["make", "check"], cwd=package)


def test_serve_recompiles_an_edit_with_swiftpms_own_commands_and_falls_back_to_it(package, tmp_path):
    """`kb serve` in the package, as its writer runs it: an edit of an existing content file runs
    the compile commands SwiftPM planned (no replanning); a new file, or a failed compile, goes
    through `swift build`, whose errors name the writer's file."""
    from test_serve import SERVE, Events, free_port, get

    tool = executable(package)
    topic = package / "content" / "Hearth" / "HearthDevices.swift"
    extra = package / "content" / "Hearth" / "Notes.swift"
    original = topic.read_text()
    log = tmp_path / "serve.log"
    port = free_port()
    with log.open("w") as out:
        server = subprocess.Popen([str(SERVE), "--port", str(port), "--kb", str(tool)], cwd=package, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 300
        while time.time() < deadline and b"The device is offline" not in get_or_empty(get, port, "/hearth-hub/device-offline/"):
            time.sleep(0.2)
        events = Events(port)
        time.sleep(0.5)

        def shows(text, timeout=180):
            deadline = time.time() + timeout
            while time.time() < deadline:
                if text.encode() in get_or_empty(get, port, "/hearth-hub/device-offline/"):
                    return True
                time.sleep(0.1)
            raise AssertionError(f"{text!r} never served; log:\n{log.read_text()}")

        def rebuilds():
            return [line for line in log.read_text().splitlines() if "s of it compiling" in line]

        def next_rebuild(seen, timeout=180):
            deadline = time.time() + timeout
            while time.time() < deadline and len(rebuilds()) <= seen:
                time.sleep(0.1)
            assert len(rebuilds()) > seen, log.read_text()
            return rebuilds()[seen]

        seen = len(rebuilds())
        topic.write_text(original.replace("The device is offline", "The device went offline", 1))
        shows("The device went offline")
        assert "without replanning" in next_rebuild(seen), log.read_text()

        # A new file: only SwiftPM knows it belongs to the module.
        seen = len(rebuilds())
        extra.write_text("// Notes for writers.\nlet hubNotes = 1\n")
        assert "without replanning" not in next_rebuild(seen), log.read_text()
        seen = len(rebuilds())
        topic.write_text(original.replace("The device is offline", "The device dropped offline", 1))
        shows("The device dropped offline")
        assert "without replanning" in next_rebuild(seen), log.read_text()

        # A compile error: the planned commands fail, `swift build` names the file and line.
        topic.write_text(original.replace('title: "The device is offline",', 'title: "The device is offline,', 1))
        name, data = events.wait_for("errors", timeout=180)
        assert re.search(r"content/Hearth/HearthDevices\.swift:\d+:\d+: error: ", data), data
        assert b"The device dropped offline" in get(port, "/hearth-hub/device-offline/")[2]

        topic.write_text(original)
        shows("The device is offline")
    finally:
        server.terminate()
        server.wait(timeout=10)
        topic.write_text(original)
        if extra.exists():
            extra.unlink()
        sh(["swift", "build", "-c", "release", "--product", tool.name], cwd=package)


def get_or_empty(get, port, path):
    try:
        return get(port, path)[2]
    except OSError:
        return b""


def test_a_misspelled_label_is_named_plainly_at_its_own_line(package):
    topic = package / "content" / "Hearth" / "HearthDevices.swift"
    original = topic.read_text()
    broken = original.replace('causes: ["The device lost', 'cause: ["The device lost', 1)
    line = next(number for number, text in enumerate(broken.splitlines(), 1) if 'cause: ["The device lost' in text)
    topic.write_text(broken)
    try:
        result = subprocess.run(["make", "check"], cwd=package, capture_output=True, text=True)
    finally:
        topic.write_text(original)
    assert result.returncode != 0
    expected = f"content/Hearth/HearthDevices.swift:{line}: error: Entry(…) has no label 'cause:'; did you mean 'causes:'?"
    assert expected in result.stderr.splitlines(), result.stdout + result.stderr


WRITTEN = {}


def test_a_new_package_names_nothing_of_our_products(package):
    assert any(path.name == "WRITING.md" for path in WRITTEN), sorted(str(p) for p in WRITTEN)
    assert "WRITING.md" in (package / "README.md").read_text()
    for path, text in WRITTEN.items():
        found = OUR_WORDS.findall(text)
        assert not found, f"{path.relative_to(package)} names {found}"
    tool = executable(package)
    for command in [[], ["check"], ["build"], ["verify"], ["lock"], ["new", "entry"], ["init"], ["explain"], ["link"], ["export"]]:
        help_text = sh([str(tool), *command, "--help"], cwd=package).stdout
        assert not OUR_WORDS.findall(help_text), f"{command} help names {OUR_WORDS.findall(help_text)}"


def test_a_domain_of_its_own_codes_with_statuses_roles_support_and_branding(package):
    public = package / "public"
    page = (public / "hearth-hub" / "device-offline" / "index.html").read_text()
    assert "HTTP 503 Service Unavailable" in page
    assert '<span class="actor">The homeowner</span> and <span class="actor">the installer</span>.' in page
    assert '<a href="mailto:help@example.net">help@example.net</a>' in page
    assert '<a href="https://chat.example.net/">' in page
    assert "<li>The <code>device_<wbr>id</code> of the device</li>" in page  # breaks only after _
    assert 'pairing-timeout/"' in page and "Pairing timed out" in page  # related: by code
    assert '<img class="brand-logo" src="../../assets/hearth-logo.svg"' in page
    assert "--accent: #b4441c;" in page and "--accent: #f0a07a;" in page
    assert '<link rel="stylesheet" href="../../assets/hearth.css">' in page
    assert '<link rel="icon" href="../../assets/favicon.svg">' in page
    assert '<a href="https://developers.example.net/">Developer docs</a>' in page
    assert '<a href="https://status.example.net/">Hub status</a>' in page
    assert (public / "assets" / "hearth-logo.svg").exists() and (public / "assets" / "favicon.svg").exists()

    # The step's guide link leads to the guide page's heading, which the page, the product's
    # overview and search all know.
    assert '<a href="../../hearth-hub/guides/hub-setup/#reset-a-device">reset the device</a>' in page
    guide = (public / "hearth-hub" / "guides" / "hub-setup" / "index.html").read_text()
    assert '<h2 id="reset-a-device">Reset a device</h2>' in guide
    assert '<a href="../hearth-hub/guides/hub-setup/">Setting up the hub</a>' in (public / "hearth-hub" / "index.html").read_text()
    search = (public / "search-index.json").read_text()
    assert "hearth-hub/guides/hub-setup/#reset-a-device" in search

    index = json.loads((public / "index.json").read_text())
    statuses = {entry["code"]: entry["httpStatus"] for entry in index["entries"]}
    assert statuses == {"device_offline": 503, "pairing_timeout": 408, "scene_conflict": 409}
    for entry in index["entries"]:
        url = index["urlTemplate"].replace("{product}", entry["product"]).replace("{slug}", entry["slug"])
        assert url == index["site"]["baseURL"] + entry["url"]
        assert (public / entry["url"] / "index.html").exists(), entry["url"]


def test_explain_finds_a_status_and_a_message_with_retry_and_support(package):
    tool = executable(package)
    by_status = sh([str(tool), "explain", "503"], cwd=package).stdout
    assert by_status.startswith("device_offline DEVICE_OFFLINE: The device is offline"), by_status
    assert "Retry: Safe to retry with exponential backoff, 3 times at most." in by_status
    assert "Email:      help@example.net" in by_status
    by_message = sh([str(tool), "explain", "The device is not responding."], cwd=package).stdout
    assert by_message == by_status


def test_export_writes_its_own_errors_for_its_products_code(package):
    tool = executable(package)
    result = sh([str(tool), "export", "--site-url", "https://help.example.net/"], cwd=package)
    assert "3 file(s) written" in result.stdout, result.stdout
    export = package / "export"
    document = json.loads((export / "problem-types.json").read_text())
    assert document["$comment"].startswith('Generated by kb from "Acme Field Help" (content ')
    problems = {problem["code"]: problem for problem in document["problemTypes"]}
    offline = problems["device_offline"]
    assert offline["type"] == "https://help.example.net/hearth-hub/device-offline/"
    assert offline["sample"] == {"type": offline["type"], "title": offline["title"], "status": 503, "code": "device_offline"}
    assert offline["retry"]["kind"] == "backoff" and offline["retry"]["attempts"] == 3
    for problem in document["problemTypes"]:
        page = package / "public" / problem["type"].removeprefix("https://help.example.net/") / "index.html"
        assert page.exists(), problem["type"]
    swift = (export / "ErrorCatalog.swift").read_text()
    assert 'Entry(product: "hearth-hub", code: "device_offline", name: "DEVICE_OFFLINE", status: 503,' in swift
    assert "retry: .backoff(attempts: 3)" in swift
    typescript = (export / "error-catalog.ts").read_text()
    assert 'code: "scene_conflict"' in typescript and '{ kind: "reread-and-retry", attempts: 3 }' in typescript
    for path in export.iterdir():
        found = OUR_WORDS.findall(path.read_text())
        assert not found, f"{path.name} names {found}"


def test_new_entry_names_its_file_and_property_as_swift_does(package):
    tool = executable(package)
    topic = package / "content" / "Hearth" / "HearthScenes.swift"
    original = topic.read_text()
    result = sh([str(tool), "new", "entry", "--product", "hearth-hub", "--code", "scene_too_large", "--status", "413",
                 "--title", "The scene has too many devices", "--topic", "scene-errors"], cwd=package)
    created = package / "content" / "Hearth" / "HearthSceneTooLarge.swift"
    try:
        assert created.exists(), result.stdout
        text = created.read_text()
        assert "var hearthSceneTooLarge: Entry {" in text
        assert '.code("scene_too_large", status: 413),' in text
        assert ".user, .homeowner, .installer, .support" in text
        assert "hearthSceneTooLarge," in topic.read_text()
        assert not OUR_WORDS.findall(text + result.stdout)
    finally:
        created.unlink(missing_ok=True)
        topic.write_text(original)
