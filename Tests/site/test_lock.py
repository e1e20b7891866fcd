"""The lock of published links, as the deploy and writers meet it through the real kb binary:
kb never forgets a published link silently, and a failed or killed build changes nothing."""

import os
import signal
import stat
import subprocess
import time

from conftest import KB, ROOT, run_kb

LOCK = (ROOT / "links.lock").read_bytes()


def lock_without(tmp_path, link):
    """A copy of the bundled lock that lacks one link: the content then publishes it for the first time."""
    lock = tmp_path / "links.lock"
    lock.write_bytes(LOCK.replace(link.encode() + b"\n", b""))
    return lock


def test_a_missing_lock_fails_check_and_build_and_is_not_created(tmp_path):
    lock = tmp_path / "links.lock"
    for args in (["check"], ["build", "--output", str(tmp_path / "public")], ["build", "--publish", "--output", str(tmp_path / "public")]):
        result = run_kb(*args, "--lock", str(lock), check=False)
        assert result.returncode != 0, args
        assert f"{lock}: error: there is no lock of published links" in result.stdout + result.stderr
    assert not lock.exists()
    assert not (tmp_path / "public").exists()


def test_lock_init_starts_an_empty_lock_and_never_replaces_one(tmp_path):
    lock = tmp_path / "links.lock"
    run_kb("lock", "--init", "--lock", str(lock))
    started = lock.read_bytes()
    assert [line for line in started.decode().splitlines() if not line.startswith("#")] == []
    lock.write_bytes(LOCK)
    refused = run_kb("lock", "--init", "--lock", str(lock), check=False)
    assert refused.returncode != 0
    assert lock.read_bytes() == LOCK


def test_a_preview_build_never_writes_the_lock_and_a_publication_records_new_links(tmp_path):
    lock = lock_without(tmp_path, "class-lti/1014/")
    before = lock.read_bytes()
    preview = run_kb("build", "--output", str(tmp_path / "public"), "--lock", str(lock))
    assert "1 link(s) not in" in preview.stdout
    assert lock.read_bytes() == before
    publish = run_kb("build", "--publish", "--output", str(tmp_path / "public"), "--lock", str(lock))
    assert "1 new link(s) added" in publish.stdout
    assert lock.read_bytes() == LOCK
    run_kb("build", "--publish", "--output", str(tmp_path / "public"), "--lock", str(lock))
    assert lock.read_bytes() == LOCK


def test_a_read_only_lock_fails_the_publication_before_anything_changes(tmp_path):
    lock = lock_without(tmp_path, "class-lti/1014/")
    before = lock.read_bytes()
    lock.chmod(0o444)
    try:
        result = run_kb("build", "--publish", "--output", str(tmp_path / "public"), "--lock", str(lock), check=False)
        assert result.returncode != 0
        assert "cannot record them in the lock: it is read-only (mode 444)" in result.stdout + result.stderr
        assert lock.read_bytes() == before
        assert stat.S_IMODE(lock.stat().st_mode) == 0o444
        assert not (tmp_path / "public").exists()
    finally:
        lock.chmod(0o644)


def test_conflict_markers_are_errors_and_resolve_writes_the_union(tmp_path):
    lock = tmp_path / "links.lock"
    conflicted = LOCK + b"<<<<<<< HEAD\nclass-lti/9001/\n=======\nclass-lti/9002/\n>>>>>>> feature\n"
    lock.write_bytes(conflicted)
    checked = run_kb("check", "--lock", str(lock), check=False)
    assert checked.returncode != 0
    assert "`kb lock --resolve`" in checked.stdout + checked.stderr
    assert "'<<<<<<< HEAD' would disappear" not in checked.stdout + checked.stderr
    refused = run_kb("lock", "--lock", str(lock), check=False)
    assert refused.returncode != 0 and lock.read_bytes() == conflicted
    run_kb("lock", "--resolve", "--lock", str(lock))
    resolved = lock.read_text()
    assert "<<<<<<<" not in resolved and "=======" not in resolved and ">>>>>>>" not in resolved
    assert "class-lti/9001/\n" in resolved and "class-lti/9002/\n" in resolved


def test_a_build_killed_mid_way_leaves_a_folder_the_next_build_removes(tmp_path):
    out = tmp_path / "public"
    process = subprocess.Popen([str(KB), "build", "--output", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging = tmp_path / f".public.staging-{process.pid}"
    deadline = time.time() + 120
    while not staging.exists() and process.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert staging.exists(), "the build finished before it could be killed"
    run_kb("build", "--output", str(out))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".public.staging") or p.name.startswith(".public.old")) == []
    assert (ROOT / "links.lock").read_bytes() == LOCK
