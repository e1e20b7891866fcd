"""Shared fixtures: the real kb binary builds the bundled site once per test session."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
KB = pathlib.Path(os.environ.get("KB_BIN", ROOT / ".build" / "debug" / "kb")).resolve()


def run_kb(*args, cwd=ROOT, check=True):
    result = subprocess.run([str(KB), *args], cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"kb {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


FIXTURES = KB.parent / "kb-test-fixtures"


def run_fixtures(*args):
    """Runs kb-test-fixtures (Sources/kb-test-fixtures): how site tests get output of kb's real code
    for content that is not the bundled one."""
    result = subprocess.run([str(FIXTURES), *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, (
        f"kb-test-fixtures {' '.join(map(str, args))} (swift build --product kb-test-fixtures first)\n"
        + result.stdout[-3000:] + result.stderr[-3000:]
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The bundled content built at the site root."""
    out = tmp_path_factory.mktemp("site") / "public"
    run_kb("build", "--output", str(out))
    return out


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory):
    """The bundled content built for publication under /kb/."""
    out = tmp_path_factory.mktemp("subpath") / "public"
    run_kb("build", "--output", str(out), "--base-url", "/kb/")
    return out
