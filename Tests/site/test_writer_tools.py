"""Writer tools run as writers run them: kb new entry, kb lock, kb check against the lock."""

import pathlib
import re
import shutil
import subprocess

from conftest import KB, ROOT, run_kb

MODULES = ROOT / ".build" / "debug" / "Modules"


def typecheck(path):
    return subprocess.run(["swiftc", "-typecheck", "-I", str(MODULES), str(path)], capture_output=True, text=True)


def test_new_entry_of_every_kind_compiles_listed_in_its_topic(tmp_path):
    """Each identity kind, with --topic: the content, edited as kb leaves it, still compiles."""
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "content", work / "content")
    runs = [
        (["--product", "lab-api", "--code", "999", "--topic", "scoring"], "LabAPI/LabEntry999.swift"),
        (["--product", "class-lti", "--code", "1099", "--name", "FAILED_TO_TEST", "--topic", "launch-request-validation"],
         "ClassLTI/ClassEntry1099.swift"),
        (["--product", "scorm-api", "--api-error", "Session has expired", "--status", "410"],
         "SCORM/ScormSessionHasExpired.swift"),
        (["--product", "lab-api", "--message", "Lab is busy", "--topic", "client-side-errors"], "LabAPI/LabLabIsBusy.swift"),
        (["--product", "lab-lti", "--problem", "grades-stuck", "--topic", "scoring"], "LabLTI/LabLTIGradesStuck.swift"),
    ]
    for arguments, path in runs:
        result = run_kb("new", "entry", *arguments, "--title", "A new failure", cwd=work)
        assert (work / "content" / path).exists(), result.stdout
    scorm = run_kb("new", "entry", "--product", "scorm-api", "--api-error", "Another", "--title", "x", cwd=work)
    assert "add `scormAnother,` to the entries: of a topic of 'scorm-api'" in scorm.stdout
    (work / "content" / "SCORM" / "ScormAnother.swift").unlink()
    (work / "content" / "SCORM" / "ScormSessionHasExpired.swift").unlink()
    files = sorted(str(p) for p in (work / "content").rglob("*.swift"))
    checked = subprocess.run(
        ["swiftc", "-typecheck", "-module-name", "KBContent", "-I", str(MODULES), *files], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    scoring = (work / "content" / "LabAPI" / "LabScoring.swift").read_text()
    assert "      labEntry999,\n    ]" in scoring
    refused = run_kb("new", "entry", "--product", "class-lti", "--code", "1014", "--title", "x", cwd=work, check=False)
    assert refused.returncode != 0
    assert "code 1014 already exists at content/ClassLTI/" in refused.stderr
    both = run_kb("new", "entry", "--product", "class-lti", "--code", "1", "--problem", "p", "--title", "x", cwd=work, check=False)
    assert both.returncode != 0 and "give exactly one of" in both.stderr


def test_typecheck_can_fail(tmp_path):
    bad = tmp_path / "Bad.swift"
    bad.write_text('import KBModel\nlet x = Entry(.code("1"), title: 1, causes: [], resolution: [])\n')
    assert typecheck(bad).returncode != 0


def test_committed_lock_matches_the_content():
    result = run_kb("check")
    assert result.returncode == 0
    lock = (ROOT / "links.lock").read_text()
    for link in ("class-lti/1014/", "lab-api/#5", "scorm-api/invalid-api-key/", "diagrams/lab-api-launch/#step-connect"):
        assert link + "\n" in lock


def test_check_names_a_locked_link_that_disappears(tmp_path):
    lock = tmp_path / "links.lock"
    lock.write_text((ROOT / "links.lock").read_text() + "lab-api/9999/\n")
    result = run_kb("check", "--lock", str(lock), check=False)
    assert result.returncode != 0
    assert "error: published link 'lab-api/9999/' would disappear" in result.stderr


def test_short_links_for_support(site):
    page = (site / "e" / "1014" / "index.html").read_text()
    assert 'url=../../class-lti/1014/' in page


def test_every_locked_link_resolves_in_the_built_site(site):
    from test_site import parse

    for raw in (ROOT / "links.lock").read_text().splitlines():
        if not raw or raw.startswith("#"):
            continue
        path, _, fragment = raw.partition("#")
        page = site / path / "index.html"
        assert page.exists(), raw
        if fragment:
            assert fragment in parse(page).ids, raw


def test_check_reports_an_entry_no_topic_lists(tmp_path):
    """A writer adds an entry file and forgets the topic: kb check names the file and line."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "ClassLTI" / "ClassForgotten.swift").write_text(
        'import KBModel\n\nvar classForgotten: Entry {\n  Entry(.code(""), title: "", causes: [""], resolution: [""])\n}\n'
    )
    result = run_kb("check", "--content", str(content), check=False)
    assert result.returncode != 0
    assert (
        "content/ClassLTI/ClassForgotten.swift:4: error: this entry is in no topic, so it is not published; "
        "add `classForgotten` to the entries: of a topic, or delete it"
    ) in result.stderr
    assert run_kb("check", "--content", str(ROOT / "content")).returncode == 0


def test_build_prints_stage_times_to_stderr_only_when_asked(tmp_path):
    timed = run_kb("build", "--timings", "--output", str(tmp_path / "timed"))
    assert re.search(r"^kb-timing render and write\s+start [0-9.]+ wall", timed.stderr, re.MULTILINE), timed.stderr
    assert "kb-timing" not in timed.stdout
    plain = run_kb("build", "--output", str(tmp_path / "plain"))
    assert "kb-timing" not in plain.stdout + plain.stderr


def test_build_prints_the_warnings_check_prints_on_stderr(tmp_path):
    """The bundled content has warnings (guides without a URL): kb build prints the same ones."""
    checked = run_kb("check")
    built = run_kb("build", "--output", str(tmp_path / "public"))
    warnings = [line for line in checked.stderr.splitlines() if ": warning: " in line]
    assert warnings, checked.stderr
    assert [line for line in built.stderr.splitlines() if ": warning: " in line] == warnings
    assert ": warning: " not in checked.stdout + built.stdout
