"""kb serve as a writer uses it: pages served from public/, live reload, errors, and safe paths."""

import http.client
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import threading
import time

import pytest

from conftest import KB, ROOT

SERVE = KB.parent / "kb-serve"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Content-Type"), body


class Events:
    """Reads the server-sent events stream in a thread and keeps every event."""

    def __init__(self, port):
        self.events = []
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.connection.request("GET", "/__kb/events")
        self.response = self.connection.getresponse()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        name, data = None, []
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    data.append(line[6:])
                elif line == "" and name:
                    # Each event's data is one JSON string, so no writer text can start a field.
                    assert len(data) == 1, data
                    self.events.append((name, json.loads(data[0])))
                    name, data = None, []
        except Exception:
            pass

    def wait_for(self, name, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event[0] == name:
                    return event
            time.sleep(0.05)
        raise AssertionError(f"no {name} event; saw {self.events}")


@pytest.fixture
def workspace(tmp_path):
    """A copy of templates/, content/ and the lock so tests can edit them; the real kb binary builds it."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copy(ROOT / "links.lock", tmp_path / "links.lock")
    return tmp_path


@pytest.fixture
def server(workspace):
    port = free_port()
    process = subprocess.Popen(
        [str(SERVE), "--port", str(port), "--kb", str(KB)],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            get(port, "/")
            break
        except OSError:
            time.sleep(0.1)
    yield port, workspace, process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_serves_pages_with_content_types_and_the_reload_script(server):
    port, workspace, _ = server
    status, kind, body = get(port, "/class-lti/1014/")
    assert status == 200 and kind.startswith("text/html")
    assert b"FAILED_TO_CREATE_CLASS" in body
    assert b'<script src="/__kb/reload.js" defer></script></head>' in body
    assert not b"__kb" in (workspace / "public" / "class-lti" / "1014" / "index.html").read_bytes()
    assert get(port, "/assets/style.css")[1].startswith("text/css")
    assert get(port, "/index.json")[1] == "application/json"
    assert get(port, "/diagrams/lab-api-launch.mmd")[1].startswith("text/plain")
    assert get(port, "/class-lti/1014")[0] == 301


@pytest.mark.parametrize(
    "path",
    [
        "/../content/Site.swift",
        "/%2e%2e/content/Site.swift",
        "/assets/%2e%2e/%2e%2e/content/Site.swift",
        "/..%2fcontent%2fSite.swift",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/escape/passwd",
        "/nowhere/",
    ],
)
def test_nothing_outside_public_is_served(server, path):
    port, workspace, _ = server
    (workspace / "public" / "escape").symlink_to("/etc")
    status, _, body = get(port, path)
    assert status == 404
    assert b"root:" not in body and b"knowledgeBase" not in body


def test_template_edit_rebuilds_and_reloads(server):
    port, workspace, _ = server
    events = Events(port)
    time.sleep(0.5)
    # An override of one theme template, as a knowledge base writes it.
    theme = ROOT / "Sources" / "KB" / "Theme" / "not-found.mustache"
    layout = workspace / "templates" / "not-found.mustache"
    layout.write_text(theme.read_text().replace("Page not found</h1>", "Page not found (edited)</h1>"))
    events.wait_for("reload")
    assert b"Page not found (edited)" in get(port, "/404.html")[2]


def test_broken_template_keeps_the_last_good_site_and_reports_errors(server):
    port, workspace, process = server
    events = Events(port)
    time.sleep(0.5)
    before = get(port, "/codes/")[2]
    (workspace / "templates" / "codes.mustache").write_text("{{#rows}}\n{{/row}}\n")
    name, data = events.wait_for("errors")
    assert "codes.mustache:2:" in data
    assert get(port, "/codes/")[2] == before


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stops_within_two_seconds_while_tabs_listen_for_reloads(server, stop):
    port, _, process = server
    tabs = [Events(port), Events(port)]
    time.sleep(0.5)
    assert process.poll() is None
    start = time.time()
    process.send_signal(stop)
    try:
        process.wait(timeout=2)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"kb serve still runs 2 s after {stop.name} with {len(tabs)} tabs listening")
    assert time.time() - start < 2


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])
def test_serving_beyond_this_machine_is_said_plainly(workspace, host):
    port = free_port()
    process = subprocess.Popen(
        [str(SERVE), "--port", str(port), "--host", host, "--kb", str(KB)],
        cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        lines = []
        deadline = time.time() + 60
        while time.time() < deadline and not any("serving" in line for line in lines):
            lines.append(process.stdout.readline())
        output = "".join(lines)
        assert f"kb serve: warning: --host {host} serves the preview" in output, output
        assert "--host 127.0.0.1" in output
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_loopback_gets_no_warning(server):
    port, _, process = server
    process.terminate()
    output = process.communicate(timeout=10)[0]
    assert "warning: --host" not in output


def test_busy_port_gets_a_clear_message(workspace):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run([str(SERVE), "--port", str(port), "--kb", str(KB)], cwd=workspace, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "Fatal error" not in result.stderr
