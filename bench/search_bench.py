#!/usr/bin/env python3
"""Benchmarks search on a synthetic knowledge base: index size, load time, query latency, first-query bytes.

On a site that has `index.json` entries named in `Tests/site/search_queries.json` (the bundled
one), it also measures relevance: for each query in customers' words, where the first expected
entry ranks with kb's search and with Pagefind's default ranking on the same built site, as top-1,
top-3 and mean reciprocal rank (over the first 10 results). `--results bench/RESULTS.md` writes
the figures into that file, between markers, one block per site measured.

Builds the synthetic content of bench/synthetic.py (10,000 entries by default) with kb, then in
headless Chromium: loads and prepares search-index.json, times 1,000 mixed queries (codes, names,
name parts, title words, typos, prefixes, pasted messages), and indexes the same built site with
Pagefind to compare the bytes each transfers for a first query. The site is served gzip-compressed
(as any production server would; Pagefind's index files come compressed already), and bytes are
counted at the server, so they include what Pagefind's worker fetches.

    python3 bench/search_bench.py [--entries 10000] [--work /tmp/kb-search-bench] [--queries 1000]
    python3 bench/search_bench.py --site .build/bench-search/public --results bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import json
import platform
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "Tests" / "site" / "search_queries.json"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".mmd")


def sh(command: list[str], cwd: Path | None = None) -> float:
    start = time.monotonic()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def build_site(entries: int, work: Path) -> Path:
    """Generates the synthetic copy (keeping its .build between runs) and builds its site."""
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "synthetic.py"), "--entries", str(entries), "--out", str(work)], check=True
    )
    print(f"search-bench: compiling the {entries}-entry copy (release; minutes the first time)", flush=True)
    sh(["swift", "build", "-c", "release", "--product", "kb"], cwd=work)
    site = work / "public"
    seconds = sh([str(work / ".build" / "release" / "kb"), "build", "--output", str(site)], cwd=work)
    print(f"search-bench: kb build of {entries} entries: {seconds:.1f} s", flush=True)
    return site


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the client accepts it; Pagefind's own files are already compressed."""

    cache: dict[Path, bytes] = {}
    # Every response body served, as path and bytes: counted at the server, workers' requests included.
    served: list[tuple[str, int]] = []

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        self.served.append((self.path, len(data)))
        outputfile.write(data)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.served.append((self.path, len(body)))
        return None


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = lambda *a, **k: GzipHandler(*a, directory=str(site), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def chrome() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def mixed_queries(entries: list[tuple], count: int, seed: int = 11) -> list[str]:
    """Codes, exact names, name parts, title words, typos, prefixes and pasted messages, in equal parts."""
    rng = random.Random(seed)

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1 :] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    def one() -> str:
        code, name, title = rng.choice(entries)[:3]
        words = [w for w in title.split() if len(w) >= 5] or [title]
        kind = rng.randrange(7)
        if kind == 0 and code:
            return code
        if kind == 1 and name:
            return name
        if kind == 2 and name and "_" in name:
            return rng.choice(name.split("_")).lower()
        if kind == 3:
            start = rng.randrange(len(title.split()))
            return " ".join(title.split()[start : start + rng.randint(2, 3)])
        if kind == 4:
            return typo(rng.choice(words).lower().strip(".,:"))
        if kind == 5:
            return (name or title)[: rng.randint(3, 6)]
        return f"Error: {name or title}" if rng.random() < 0.5 else f"Update failed: {code or 409}"

    return [one() for _ in range(count)]


def measure_ours(driver: webdriver.Chrome, base: str, queries: list[str]) -> dict:
    driver.get(base + "search/")
    load = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const start = performance.now();
        KBSearch.load().then(index => {
          window.benchIndex = index;
          done(performance.now() - start);
        }, e => done(String(e)));
        """
    )
    # A first pass loads every part the queries need; the second is timed, one query at a time.
    times = driver.execute_async_script(
        """
        const queries = arguments[0], done = arguments[arguments.length - 1];
        (async () => {
          for (const q of queries) await KBSearch.rank(window.benchIndex, q, 8);
          const times = [];
          for (const q of queries) {
            const start = performance.now();
            await KBSearch.rank(window.benchIndex, q, 8);
            times.push(performance.now() - start);
          }
          return times;
        })().then(done, e => done(String(e)));
        """,
        queries,
    )
    times.sort()
    return {
        "load_ms": load,
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(len(times) * 0.95) - 1],
        "max_ms": times[-1],
    }


def first_query_ours(base: str, query: str) -> list:
    driver = chrome()
    try:
        GzipHandler.served.clear()
        driver.get(base)
        # search.js itself loaded with the page: count it too, as pagefind.js is counted for Pagefind.
        script = [(path, size) for path, size in GzipHandler.served if path.endswith("/search.js")]
        GzipHandler.served.clear()
        elapsed = driver.execute_async_script(
            """
            const done = arguments[arguments.length - 1], start = performance.now();
            KBSearch.search(arguments[0], 8).then(() => done(performance.now() - start));
            """,
            query,
        )
        return script + list(GzipHandler.served), elapsed
    finally:
        driver.quit()


def first_query_pagefind(base: str, query: str) -> list:
    """Pagefind's JS API as its UI uses it: search, then the data of the first 8 results."""
    driver = chrome()
    try:
        driver.get(base)
        GzipHandler.served.clear()
        found = driver.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            import(arguments[1]).then(async pf => {
              await pf.init();
              const found = await pf.search(arguments[0]);
              await Promise.all(found.results.slice(0, 8).map(r => r.data()));
              done(found.results.length);
            }).catch(e => done(String(e)));
            """,
            query,
            base + "pagefind/pagefind.js",
        )
        if not isinstance(found, int) or found == 0:
            raise RuntimeError(f"Pagefind found nothing for {query!r}: {found}")
        return list(GzipHandler.served)
    finally:
        driver.quit()


def relevance_kb(driver: webdriver.Chrome, base: str, queries: list[str]) -> list[list[str]]:
    """kb's first 10 results for each query, as site-relative URLs."""
    driver.get(base + "search/")
    return driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 10)))
          .then(all => done(all.map(f => f.results.map(r => r.entry.url))), e => done(String(e)));
        """,
        queries,
    )


def relevance_pagefind(driver: webdriver.Chrome, base: str, queries: list[str]) -> list[list[str]]:
    """Pagefind's first 10 results for each query, default ranking, as site-relative URLs."""
    driver.get(base)
    return driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        import(arguments[1]).then(async pf => {
          await pf.init();
          const out = [];
          for (const q of arguments[0]) {
            const found = await pf.search(q);
            const data = await Promise.all(found.results.slice(0, 10).map(r => r.data()));
            out.push(data.map(d => d.url.replace(/^\\//, "").replace(/index\\.html$/, "")));
          }
          done(out);
        }).catch(e => done(String(e)));
        """,
        queries,
        base + "pagefind/pagefind.js",
    )


def scores(rankings: list[list[str]], cases: list[dict], ids: dict[str, str]) -> dict:
    """Top-1 and top-3 shares and mean reciprocal rank of the first expected entry."""
    top1 = top3 = reciprocal = 0.0
    misses = []
    for urls, case in zip(rankings, cases):
        found = [ids.get(url.split("#")[0], url) for url in urls]
        rank = next((i + 1 for i, entry in enumerate(found) if entry in case["expected"]), 0)
        top1 += rank == 1
        top3 += 1 <= rank <= 3
        reciprocal += 1 / rank if rank else 0
        if rank != 1:
            misses.append((case["query"], rank, found[:3]))
    n = len(cases)
    return {"top1": top1 / n, "top3": top3 / n, "mrr": reciprocal / n, "misses": misses}


def write_results(path: Path, name: str, lines: list[str]) -> None:
    """Replaces the block `name` of the search section in bench/RESULTS.md (or appends it)."""
    start, end = f"<!-- search-bench:{name} -->", f"<!-- /search-bench:{name} -->"
    text = path.read_text()
    block = "\n".join([start, *lines, end])
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        if "## Search" not in text:
            text = text.rstrip("\n") + "\n\n## Search\n\nWritten by `make bench-search` (`bench/search_bench.py --results`).\n"
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text)


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, load average {load} before the run, {platform.platform()}"


def kib(n: float) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kb-search-bench"))
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--site", type=Path, help="an already built site to measure instead of building one")
    parser.add_argument("--results", type=Path, help="write the figures into this Markdown file (bench/RESULTS.md)")
    args = parser.parse_args()

    site = args.site or build_site(args.entries, args.work)
    raw = (site / "search-index.json").read_bytes()
    index = json.loads(raw)
    parts = [path.read_bytes() for path in sorted((site / "search-index").glob("*.json"))]
    listed = json.loads((site / "index.json").read_text())["entries"]
    entries = [(e["code"], e["name"], e["title"]) for e in listed]
    ids = {e["url"]: e["id"] for e in listed}
    cases = [c for c in json.loads(QUERIES.read_text()) if set(c["expected"]) <= set(ids.values())]
    started = machine()
    script = (site / "assets" / "search.js").read_bytes()

    if (site / "pagefind").exists():
        shutil.rmtree(site / "pagefind")
    pagefind_seconds = sh([sys.executable, "-m", "pagefind", "--site", str(site)])

    server, base = serve(site)
    driver = chrome()
    relevance = {}
    try:
        ours = measure_ours(driver, base, mixed_queries(entries, args.queries))
        if len(cases) >= 10:
            queries = [c["query"] for c in cases]
            relevance["kb"] = scores(relevance_kb(driver, base, queries), cases, ids)
            relevance["Pagefind"] = scores(relevance_pagefind(driver, base, queries), cases, ids)
    finally:
        driver.quit()
    first_queries = ["1014", "session expired", "FAILED_TO", "token"]
    transfers = []
    for query in first_queries:
        served, elapsed = first_query_ours(base, query)
        theirs = sum(size for _, size in first_query_pagefind(base, query))
        transfers.append((query, sum(size for _, size in served), theirs, elapsed))
    server.shutdown()

    print()
    print(f"Search benchmark: {index['count']:,} entries, {len(index['tokens']):,} tokens")
    print(f"  search-index.json      {kib(len(raw))} raw, {kib(len(gzip.compress(raw, 6)))} gzip")
    if parts:
        whole = sum(len(part) for part in parts)
        packed = sum(len(gzip.compress(part, 6)) for part in parts)
        print(f"  {len(parts)} parts        {kib(whole)} raw, {kib(packed)} gzip (loaded as queries need them)")
    print(f"  search.js              {kib(len(script))} raw, {kib(len(gzip.compress(script, 6)))} gzip")
    print(f"  load + prepare         {ours['load_ms']:.0f} ms (fetch, parse and prepare, in Chromium)")
    print(
        f"  {args.queries} mixed queries   p50 {ours['p50_ms']:.2f} ms, p95 {ours['p95_ms']:.2f} ms,"
        f" max {ours['max_ms']:.2f} ms"
    )
    print(f"  Pagefind indexing      {pagefind_seconds:.1f} s")
    print("  first query transfers (kb search vs Pagefind, top 8 results' data), and kb's time from cold:")
    for query, mine, theirs, elapsed in transfers:
        print(f"    {query!r:20} {kib(mine):>12} vs {kib(theirs):>12}   {elapsed:.0f} ms")
    for engine, figures in relevance.items():
        print(
            f"  relevance, {engine:9} top-1 {figures['top1']:.1%}, top-3 {figures['top3']:.1%},"
            f" MRR {figures['mrr']:.3f} ({len(cases)} queries)"
        )
        for query, rank, found in figures["misses"]:
            print(f"      {rank or '-':>2} {query!r} → {', '.join(found)}")

    if args.results:
        name = "relevance" if relevance else f"latency-{index['count']}"
        lines = [
            "### " + ("Relevance and speed on the bundled site" if relevance else f"Speed at {index['count']:,} pages"),
            "",
            f"Measured {started}.",
            "",
        ]
        if relevance:
            lines += [
                f"{len(cases)} queries in customers' words from `Tests/site/search_queries.json`; the rank is that of",
                "the first expected entry among the first 10 results (MRR counts 0 beyond).",
                "",
                "| engine | top-1 | top-3 | MRR |",
                "|---|---:|---:|---:|",
            ]
            lines += [
                f"| {engine} | {f['top1']:.1%} | {f['top3']:.1%} | {f['mrr']:.3f} |" for engine, f in relevance.items()
            ]
            lines.append("")
        lines += [
            "| | |",
            "|---|---|",
            f"| pages in the index | {index['count']:,} ({len(index['tokens']):,} tokens) |",
            f"| `search-index.json` | {kib(len(raw))} raw, {kib(len(gzip.compress(raw, 6)))} gzip |",
        ]
        if parts:
            lines.append(
                f"| parts | {len(parts):,}, {kib(sum(len(p) for p in parts))} raw,"
                f" {kib(sum(len(gzip.compress(p, 6)) for p in parts))} gzip |"
            )
        lines += [
            f"| `search.js` | {kib(len(script))} raw, {kib(len(gzip.compress(script, 6)))} gzip |",
            f"| load and prepare | {ours['load_ms']:.0f} ms |",
            f"| {args.queries} mixed queries, warm | p50 {ours['p50_ms']:.2f} ms, p95 {ours['p95_ms']:.2f} ms, max {ours['max_ms']:.2f} ms |",
        ]
        lines += [
            f"| first query `{q}`: kb / Pagefind transfer | {kib(mine)} / {kib(theirs)} ({elapsed:.0f} ms from cold) |"
            for q, mine, theirs, elapsed in transfers
        ]
        write_results(args.results, name, lines)
        print(f"search-bench: wrote the figures to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
