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
