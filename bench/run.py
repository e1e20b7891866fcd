#!/usr/bin/env python3
"""Benchmarks kb against Hugo and against a cmark-and-write floor on synthetic knowledge bases.

For each size (1,000 and 10,000 entries; 100,000 more with --full) it generates the kb copy and the
Hugo site with bench/synthetic.py, builds kb in release mode inside the copy (its own .build, so
no other build is disturbed), measures the content module's compile time (clean, and after
editing one entry), then runs kb build, hugo and the floor alternately, --runs times each, from an
empty output folder every time, then right after deleting the previous output (skipped with
--no-deleted), and then as rebuilds into the previous build's folder (skipped with --no-rebuild). It prints Markdown tables of medians and writes every sample as JSON.
Benchmarks are never part of `make test`.

    python3 bench/run.py [--full] [--runs 5] [--work /tmp/kb-bench] [--json bench/last-run.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402

TIME = "/usr/bin/time"


def run(command: list[str], cwd: Path | None = None, quiet: bool = True) -> tuple[float, int, str]:
  """Runs a command under /usr/bin/time; returns wall seconds, peak RSS in KiB and its output
  (which ends with the CPU seconds, see `cpu_seconds`)."""
  started = time.perf_counter()
  result = subprocess.run(
    [TIME, "-f", "__peak_kib=%M __cpu=%U+%S", *command], cwd=cwd, capture_output=True, text=True
  )
  wall = time.perf_counter() - started
  if result.returncode != 0:
    sys.stderr.write(result.stdout + result.stderr)
    raise SystemExit(f"run.py: {' '.join(command)} failed with exit code {result.returncode}")
  peak = int(re.findall(r"__peak_kib=(\d+)", result.stderr)[-1])
  if not quiet:
    print(result.stdout, end="")
  return wall, peak, result.stdout + result.stderr


def cpu_seconds(output: str) -> float:
  """User plus system CPU seconds, as /usr/bin/time reported them in `run`'s output."""
  user, system = re.findall(r"__cpu=([0-9.]+)\+([0-9.]+)", output)[-1]
  return float(user) + float(system)


def tree_size(root: Path) -> tuple[int, int, int]:
  """Files, HTML pages and bytes under a folder."""
  files = pages = size = 0
  for folder, _, names in os.walk(root):
    for name in names:
      files += 1
      pages += name.endswith(".html")
      size += os.path.getsize(os.path.join(folder, name))
  return files, pages, size


def write_manifest(root: Path, manifest: Path) -> None:
  with manifest.open("w") as out:
    for folder, _, names in os.walk(root):
      for name in names:
        path = os.path.join(folder, name)
        out.write(f"{os.path.getsize(path)}\t{os.path.relpath(path, root)}\n")


def fresh(path: Path) -> Path:
  shutil.rmtree(path, ignore_errors=True)
  return path


def swift_build(copy: Path, configuration: str, *what: str) -> float:
  wall, _, _ = run(["swift", "build", "-c", configuration, *(what or ("--product", "kb"))], cwd=copy)
  return wall


def edit_one_entry(copy: Path) -> None:
  """Changes the title of the first entry of the first topic file, as a writer would."""
  first = sorted((copy / "content").glob("Synthetic001/Synth001Topics*.swift"))[0]
  text = first.read_text()
  at = text.index("Entry(")
  edited = re.sub(r'title: "([^"]*)"', lambda m: f'title: "{m.group(1)}, edited {time.time_ns()}"', text[at:], count=1)
  first.write_text(text[:at] + edited)


def compile_times(copy: Path, configuration: str) -> dict[str, float]:
  """A clean build of the content module (and linking kb), then a rebuild after editing one entry."""
  swift_build(copy, configuration, "--target", "KB")  # dependencies and the pipeline, not measured
  # Touching every content file makes the compiler redo the whole module, as a clean build would.
  now = time.time()
  for source in (copy / "content").rglob("*.swift"):
    os.utime(source, (now, now))
  clean = swift_build(copy, configuration)
  noop = swift_build(copy, configuration)
  edit_one_entry(copy)
  incremental = swift_build(copy, configuration)
  return {"noop": noop, "clean": clean, "incremental": incremental}


def median(values: list[float]) -> float:
  return statistics.median(values)


def bench_size(entries: int, args: argparse.Namespace, floor: Path) -> dict:
  work = args.work
  copy, site, prose = work / f"kb-{entries}", work / f"hugo-{entries}", work / f"prose-{entries}.bin"
  print(f"\n== {entries} entries: generating", flush=True)
  synthetic.main(["--entries", str(entries), "--out", str(copy), "--hugo", str(site), "--prose", str(prose)])
  result: dict = {"entries": entries, "compile": {}}
  if args.no_compile:
    print(f"== {entries} entries: building kb (not measured)", flush=True)
    swift_build(copy, "release")
  else:
    print(f"== {entries} entries: compiling (release{'' if args.no_debug else ' and debug'})", flush=True)
    result["compile"]["release"] = compile_times(copy, "release")
    if not args.no_debug:
      result["compile"]["debug"] = compile_times(copy, "debug")
    print(f"   compile: {json.dumps(result['compile'])}", flush=True)
  kb = copy / ".build" / "release" / "kb"
  # A synthetic knowledge base has never been published: it starts its lock as kb init does.
  if not (copy / "links.lock").exists():
    subprocess.run([str(kb), "lock", "--init"], cwd=copy, check=True, capture_output=True)
  tools = ["kb", "floor"] if entries > args.hugo_up_to else ["kb", "hugo", "floor"]
  outputs = {name: work / f"out-{name}-{entries}" for name in tools}
  # One kb build first gives the floor its list of files and sizes.
  run([str(kb), "build", "--output", str(fresh(outputs["kb"]))], cwd=copy)
  manifest = work / f"manifest-{entries}.tsv"
  write_manifest(outputs["kb"], manifest)
  # Every run writes into a folder of its own, and all of them are deleted only after the last
  # run: deleting a large tree just before a run made the next run's folder and file creation
  # several times slower on this ext4 volume, whichever tool it was.
  def target(name: str, number: int) -> str:
    return str(fresh(work / f"out-{name}-{entries}-run{number}"))

  into = {
    name: command
    for name, command in commands_into(kb, copy, site, floor, prose, manifest, args.floor_threads).items()
    if name in tools
  }
  commands = {name: (lambda n, build=build, name=name: build(target(name, n))) for name, build in into.items()}
  samples: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
  order = list(commands)
  for number in range(args.runs):
    # Alternate which tool goes first so neither always meets a warm or a cold page cache.
    for name in order[number % len(order):] + order[: number % len(order)]:
      subprocess.run(["sync"], check=False)  # the previous run's writeback is not this run's cost
      wall, peak, output = commands[name](number)
      cpu = cpu_seconds(output)
      samples[name].append((wall, peak, cpu))
      print(f"   run {number + 1} {name}: {wall:.3f} s, {cpu:.2f} s CPU, {peak / 1024:.0f} MiB", flush=True)
  for name in outputs:
    files, pages, size = tree_size(work / f"out-{name}-{entries}-run0")
    walls = [wall for wall, _, _ in samples[name]]
    cpus = [cpu for _, _, cpu in samples[name]]
    result[name] = {
      "walls": walls,
      "cpus": cpus,
      "peaks_kib": [peak for _, peak, _ in samples[name]],
      "wall": median(walls),
      "cpu": median(cpus),
      "peak_mib": median([peak for _, peak, _ in samples[name]]) / 1024,
      "files": files,
      "pages": pages,
      "bytes": size,
    }
  result["stages"] = stage_times(kb, copy, work / f"out-kb-{entries}-stages")
  if not args.no_deleted:
    result["after_delete"] = after_delete_samples(into, work, entries, args.runs)
  if not args.no_rebuild:
    result["rebuild"] = rebuild_samples(into, work, entries, args.runs)
  for name in outputs:
    shutil.rmtree(outputs[name], ignore_errors=True)
    for number in range(args.runs):
      shutil.rmtree(work / f"out-{name}-{entries}-run{number}", ignore_errors=True)
    shutil.rmtree(work / f"out-{name}-{entries}-deleted", ignore_errors=True)
    rebuilt = work / f"out-{name}-{entries}-rebuild"
    shutil.rmtree(rebuilt, ignore_errors=True)
    shutil.rmtree(rebuilt.parent / f".{rebuilt.name}.spare", ignore_errors=True)
  return result


def stage_times(kb: Path, copy: Path, target: Path) -> list[dict]:
  """One more kb build with --timings: each stage's start, wall and CPU seconds (see
  Sources/KB/Support/StageTimes.swift) and the peak memory when it ended."""
  result = subprocess.run(
    [str(kb), "build", "--timings", "--output", str(fresh(target))], cwd=copy, capture_output=True, text=True,
  )
  stages = []
  for line in result.stderr.splitlines():
    match = re.match(
      r"kb-timing (.+?)\s+start ([0-9.]+) wall ([0-9.]+) process-cpu ([0-9.]+) peak-mib (\d+)(?: thread-cpu ([0-9.]+))?",
      line,
    )
    if match:
      stages.append({
        "stage": match.group(1).strip(), "start": float(match.group(2)), "wall": float(match.group(3)),
        "process_cpu": float(match.group(4)), "peak_mib": int(match.group(5)),
        "thread_cpu": float(match.group(6)) if match.group(6) else None,
      })
  shutil.rmtree(target, ignore_errors=True)
  return stages


def commands_into(kb: Path, copy: Path, site: Path, floor: Path, prose: Path, manifest: Path, threads: int):
  """Each tool's command line, building into a given folder."""
  return {
    "kb": lambda target: run([str(kb), "build", "--output", target], cwd=copy),
    "hugo": lambda target: run(["hugo", "--quiet", "-s", str(site), "-d", target]),
    "floor": lambda target: run([str(floor), str(prose), str(manifest), target, str(threads)]),
  }


def after_delete_samples(commands, work: Path, entries: int, runs: int) -> dict:
  """Fresh builds right after deleting the previous output, as `make clean && make site` or a CI
  job that removes `public/` first: each run deletes the folder its tool built last, syncs, and
  builds into the same path. On ext4 the deleted tree's freed inodes make the next run's file
  creation slower, so this costs more per created file than a build into a new folder."""
  samples: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
  targets = {name: work / f"out-{name}-{entries}-deleted" for name in commands}
  for name in commands:
    commands[name](str(fresh(targets[name])))
  order = list(commands)
  for number in range(runs):
    for name in order[number % len(order):] + order[: number % len(order)]:
      shutil.rmtree(targets[name], ignore_errors=True)
      subprocess.run(["sync"], check=False)
      wall, peak, output = commands[name](str(targets[name]))
      samples[name].append((wall, peak, cpu_seconds(output)))
      print(f"   after delete {number + 1} {name}: {wall:.3f} s", flush=True)
  return summarized(samples)


def summarized(samples: dict[str, list[tuple[float, int, float]]]) -> dict:
  """Each tool's walls and CPU seconds with their medians."""
  return {
    name: {
      "walls": [w for w, _, _ in values],
      "cpus": [c for _, _, c in values],
      "wall": median([w for w, _, _ in values]),
      "cpu": median([c for _, _, c in values]),
    }
    for name, values in samples.items()
  }


def rebuild_samples(commands, work: Path, entries: int, runs: int) -> dict:
  """Builds of unchanged content into the folder of the previous build, as `make site` does the
  second time: Hugo and the floor overwrite the files in place, kb reuses the output it replaces
  (`.<folder>.spare`). Two untimed builds first, so that kb has its spare folder."""
  samples: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
  targets = {name: str(work / f"out-{name}-{entries}-rebuild") for name in commands}
  for name in commands:
    for _ in range(2):
      commands[name](targets[name])
  order = list(commands)
  for number in range(runs):
    for name in order[number % len(order):] + order[: number % len(order)]:
      subprocess.run(["sync"], check=False)
      wall, peak, output = commands[name](targets[name])
      samples[name].append((wall, peak, cpu_seconds(output)))
      print(f"   rebuild {number + 1} {name}: {wall:.3f} s", flush=True)
  return summarized(samples)


def report(results: list[dict], args: argparse.Namespace) -> str:
  lines = ["### Build: kb, Hugo and the floor (medians)", ""]
  lines.append(
    "| entries | tool | wall s | best wall s | CPU s | pages | pages/s | peak MiB | output MB "
    "| kb / this, wall | kb / this, best wall | kb / this, CPU |"
  )
  lines.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
  for r in results:
    for name in [name for name in ["kb", "hugo", "floor"] if name in r]:
      t, kb = r[name], r["kb"]
      lines.append(
        f"| {r['entries']:,} | {name} | {t['wall']:.3f} | {min(t['walls']):.3f} | {t['cpu']:.2f} | {t['pages']:,} "
        f"| {t['pages'] / t['wall']:,.0f} | {t['peak_mib']:.0f} | {t['bytes'] / 1e6:.1f} | {kb['wall'] / t['wall']:.2f} "
        f"| {min(kb['walls']) / min(t['walls']):.2f} | {kb['cpu'] / t['cpu']:.2f} |"
      )
  for key, title in [
    ("after_delete", "Fresh build right after deleting the previous output (medians)"),
    ("rebuild", "Rebuild of unchanged content into the previous output (medians)"),
  ]:
    if not any(key in r for r in results):
      continue
    lines += ["", f"### {title}", ""]
    lines.append("| entries | tool | wall s | best wall s | CPU s | kb / this, wall | kb / this, CPU |")
    lines.append("|---:|---|---:|---:|---:|---:|---:|")
    for r in results:
      if key not in r:
        continue
      for name in [name for name in ["kb", "hugo", "floor"] if name in r[key]]:
        t, kb = r[key][name], r[key]["kb"]
        lines.append(
          f"| {r['entries']:,} | {name} | {t['wall']:.3f} | {min(t['walls']):.3f} | {t['cpu']:.2f} "
          f"| {kb['wall'] / t['wall']:.2f} | {kb['cpu'] / t['cpu']:.2f} |"
        )
  lines += ["", "### Files written", ""]
  lines.append("| entries | tool | files | files per entry |")
  lines.append("|---:|---|---:|---:|")
  for r in results:
    for name in [name for name in ["kb", "hugo"] if name in r]:
      lines.append(f"| {r['entries']:,} | {name} | {r[name]['files']:,} | {r[name]['files'] / r['entries']:.2f} |")
  lines += ["", "### Growth per entry", ""]
  lines.append("| entries | kb ms/entry (wall) | kb CPU ms/entry | kb KiB peak/entry | Hugo ms/entry (wall) | Hugo CPU ms/entry | Hugo KiB peak/entry |")
  lines.append("|---:|---:|---:|---:|---:|---:|---:|")
  for r in results:
    n = r["entries"]
    hugo = (
      f"{r['hugo']['wall'] * 1000 / n:.3f} | {r['hugo']['cpu'] * 1000 / n:.3f} | {r['hugo']['peak_mib'] * 1024 / n:.1f}"
      if "hugo" in r
      else "not run | not run | not run"
    )
    lines.append(
      f"| {n:,} | {r['kb']['wall'] * 1000 / n:.3f} | {r['kb']['cpu'] * 1000 / n:.3f} | {r['kb']['peak_mib'] * 1024 / n:.1f} "
      f"| {hugo} |"
    )
  for r in results:
    if not r.get("stages"):
      continue
    n = r["entries"]
    lines += ["", f"### Stages of one kb build, {n:,} entries (kb build --timings)", ""]
    lines.append(
      "Stages overlap: the index files are made on a thread of their own while pages render, and process "
      "CPU counts every thread; thread CPU is the stage's own thread where it has one."
    )
    lines.append("")
    lines.append("| stage | starts at s | wall s | process CPU s | thread CPU s | CPU µs per entry | peak MiB so far |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for s in r["stages"]:
      own = s["thread_cpu"] if s["thread_cpu"] is not None else s["process_cpu"]
      thread = f"{s['thread_cpu']:.3f}" if s["thread_cpu"] is not None else ""
      lines.append(
        f"| {s['stage']} | {s['start']:.3f} | {s['wall']:.3f} | {s['process_cpu']:.3f} | {thread} "
        f"| {own * 1e6 / n:.0f} | {s['peak_mib']} |"
      )
  lines += ["", "### Content compile time (swift build --product kb, seconds)", ""]
  lines.append("| entries | configuration | no-op build | clean content module | after editing one entry |")
  lines.append("|---:|---|---:|---:|---:|")
  for r in results:
    for configuration, c in r.get("compile", {}).items():
      lines.append(
        f"| {r['entries']:,} | {configuration} | {c['noop']:.1f} | {c['clean']:.1f} | {c['incremental']:.1f} |"
      )
  return "\n".join(lines)


def machine() -> dict:
  def output(command: list[str]) -> str:
    try:
      return subprocess.run(command, capture_output=True, text=True).stdout.strip()
    except OSError:
      return "unavailable"

  cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "?")
  return {
    "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    "cpu": f"{cpu}, {os.cpu_count()} cores",
    "kernel": platform.release(),
    "swift": output(["swift", "--version"]).splitlines()[0] if output(["swift", "--version"]) else "?",
    "hugo": output(["hugo", "version"]),
    "load_before": output(["uptime"]),
  }


def main() -> int:
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--full", action="store_true", help="also 100,000 entries")
  parser.add_argument("--sizes", type=int, nargs="+", help="entry counts instead of 1,000 and 10,000")
  parser.add_argument("--runs", type=int, default=5, help="runs of each tool per size (default 5)")
  parser.add_argument("--work", type=Path, default=Path("/tmp/kb-bench"), help="scratch folder")
  parser.add_argument("--floor-threads", type=int, default=os.cpu_count() or 1)
  parser.add_argument("--no-debug", action="store_true", help="skip the debug compile-time measurements")
  parser.add_argument("--no-compile", action="store_true", help="skip every compile-time measurement")
  parser.add_argument("--no-rebuild", action="store_true", help="skip the rebuilds into the previous output")
  parser.add_argument(
    "--no-deleted", action="store_true", help="skip the fresh builds right after deleting the previous output")
  parser.add_argument(
    "--hugo-up-to", type=int, default=10**9,
    help="run Hugo only at sizes up to this many entries (Hugo takes minutes a run at 100,000)")
  parser.add_argument("--json", type=Path, default=HERE / "last-run.json", help="where to write every sample")
  parser.add_argument("--report-from", type=Path, nargs="+", help="only print the tables of earlier JSON files")
  args = parser.parse_args()
  if args.report_from:
    print(report([r for path in args.report_from for r in json.loads(path.read_text())["results"]], args))
    return 0
  if args.runs < 3:
    parser.error("--runs must be at least 3 for a median to mean something")
  for tool in [TIME, shutil.which("hugo"), shutil.which("cc"), shutil.which("swift")]:
    if not tool or not Path(tool).exists():
      raise SystemExit("run.py: needs /usr/bin/time, hugo, cc and swift (make bench installs the first three)")
  args.work.mkdir(parents=True, exist_ok=True)
  floor = args.work / "floor"
  cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], capture_output=True, text=True, check=True)
  subprocess.run(["cc", "-O2", "-o", str(floor), str(HERE / "floor.c"), *cflags.stdout.split(), "-lpthread"], check=True)
  sizes = args.sizes or ([1000, 10000, 100000] if args.full else [1000, 10000])
  info = machine()
  print(json.dumps(info, indent=2))
  results = [bench_size(entries, args, floor) for entries in sizes]
  info["load_after"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
  args.json.write_text(json.dumps({"machine": info, "runs": args.runs, "results": results}, indent=2) + "\n")
  print()
  print(report(results, args))
  print(f"\nrun.py: every sample is in {args.json}")
  return 0


if __name__ == "__main__":
  sys.exit(main())
