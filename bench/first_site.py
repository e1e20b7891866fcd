#!/usr/bin/env python3
"""Times a new team's first site, as README's "Start your own knowledge base" has them do it:
a fresh clone of this checkout, `make init` in it (which compiles only kb-init), `make site` in
the new package, then `make site` again without changes. Prints each step's wall time and the load average.

    python3 bench/first_site.py [--work DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(label: str, command: list[str], cwd: Path) -> float:
  started = time.perf_counter()
  result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
  wall = time.perf_counter() - started
  if result.returncode != 0:
    raise SystemExit(f"first_site.py: {label} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
  print(f"{label:<40} {wall:7.1f} s", flush=True)
  return wall


def main() -> int:
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--work", type=Path, help="an empty scratch folder (a new temporary one if not given)")
  args = parser.parse_args()
  work = args.work or Path(tempfile.mkdtemp(prefix="kb-first-site-"))
  work.mkdir(parents=True, exist_ok=True)
  kb, package = work / "kb", work / "acme-help"
  print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
  total = timed("git clone", ["git", "clone", "-q", str(HERE.parent), str(kb)], work)
  total += timed("make init", ["make", "init", f"DIR={package}", "NAME=Acme Help"], kb)
  total += timed("make site (the new package)", ["make", "site"], package)
  print(f"{'fresh clone to first site':<40} {total:7.1f} s")
  timed("make site again, no changes", ["make", "site"], package)
  print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
  return 0


if __name__ == "__main__":
  raise SystemExit(main())
