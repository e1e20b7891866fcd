#!/usr/bin/env python3
"""Writer-loop latency: edit one entry (or one template), time until `kb serve` serves the change.

Usage: python3 bench/serve_latency.py --repo DIR [--runs 3]
DIR is a kb checkout whose `.build/release/kb` and `.build/debug/kb-serve` are built (`swift build -c release
--product kb` and `swift build --product kb-serve`); kb-serve rebuilds with the release kb, as `make serve` does.
The script edits a content file and a template there and restores both.
"""

import argparse
import http.client
import pathlib
import re
import socket
import statistics
import subprocess
import time


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", path)
        body = connection.getresponse().read()
        connection.close()
        return body
    except OSError:
        return b""


def wait_for(port, path, marker, timeout=300):
    start = time.time()
    while time.time() - start < timeout:
        if marker.encode() in fetch(port, path):
            return time.time()
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {marker} on {path}")


def first_entry_file(repo):
    for path in sorted((repo / "content").rglob("*.swift")):
        if "Entry(" in path.read_text() and re.search(r'title: "', path.read_text()):
            return path
    raise SystemExit("no entry file found")


def measure(port, path, edit, restore, url, runs, label):
    times = []
    for run in range(runs):
        marker = f"kbmark{int(time.time() * 1000)}x{run}"
        edited = time.time()
        edit(marker)
        appeared = wait_for(port, url, marker)
        times.append(appeared - edited)
        restore()
        time.sleep(0.3)
        wait_for(port, url, "<html")
        time.sleep(1.0)
    print(f"{label}: median {statistics.median(times):.2f} s over {runs} runs ({', '.join(f'{t:.2f}' for t in times)})")
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True, type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    repo = args.repo.resolve()
    port = free_port()
    # As `make serve` runs it: `kb serve` hands over to kb-serve, naming itself for rebuilds.
    server = subprocess.Popen(
        [str(repo / ".build/release/kb"), "serve", "--port", str(port)], cwd=repo, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port, "/codes/", "<html", timeout=600)
        entry_file = first_entry_file(repo)
        original = entry_file.read_text()
        # Let the first watcher poll see the initial state before editing.
        time.sleep(1.5)

        def edit_entry(marker):
            start = original.index("Entry(")
            entry_file.write_text(original[:start] + re.sub(r'title: "', f'title: "{marker} ', original[start:], count=1))

        def restore_entry():
            entry_file.write_text(original)
            wait_for(port, "/codes/", "<html")

        def settle_entry():
            # Wait until the restore's rebuild has removed the last marker.
            deadline = time.time() + 300
            while b"kbmark" in fetch(port, "/codes/") and time.time() < deadline:
                time.sleep(0.05)

        # An override of the theme's codes template, as a knowledge base would write it.
        template = repo / "templates" / "codes.mustache"
        template_original = (repo / "Sources" / "KB" / "Theme" / "codes.mustache").read_text()
        template.write_text(template_original)

        def edit_template(marker):
            template.write_text(template_original.replace("<h1>", f"<h1>{marker} ", 1))

        def restore_template():
            template.write_text(template_original)
            deadline = time.time() + 60
            while b"kbmark" in fetch(port, "/codes/") and time.time() < deadline:
                time.sleep(0.05)

        try:
            measure(port, entry_file, edit_entry, lambda: (restore_entry(), settle_entry()), "/codes/", args.runs, f"content edit ({entry_file.relative_to(repo)})")
            measure(port, template, edit_template, restore_template, "/codes/", args.runs, "template edit (codes.mustache)")
        finally:
            entry_file.write_text(original)
            template.write_text(template_original)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
