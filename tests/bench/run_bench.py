#!/usr/bin/env python3
"""Benchmark of papi against the yaml-cpp floor and Python (docs/performance.md).

Usage:
  run_bench.py --papi BUILD/papi --floor BUILD/papi_yaml_floor [--measure BUILD/papi_bench_measure]
               [--sizes district,province,national] [--data DIR] [--repeat N]
               [--jobs 1,2] [--python /usr/bin/python3] [--no-python] [--json FILE]
               [--check] [--smoke]

For each size, generate_plan.py makes the plan folder under DIR/<size> (kept between runs:
it is regenerated only when the generator or its arguments change). Then, with the page cache
warm (one untimed run of the floor first), it runs, N times each and in turn:

  floor           papi_yaml_floor: YAML::LoadFile on every file, one thread, nothing else
  validate -jJ    papi validate DIR --jobs J
  report csv -jJ  papi report DIR --format csv --by unit --jobs J
  report md -jJ   papi report DIR --jobs J                       (Markdown)
  report docx -jJ papi report DIR --format docx -o FILE (and html), at the most jobs
  python          python_equivalent.py: PyYAML's C loader + jsonschema + per-area completion

and reports, for each, the best wall time of the N runs (the median too), the CPU time and
the peak resident memory (getrusage of the child, ru_maxrss), with the ratios the issue asks
for: time / floor time, peak RSS / input bytes, python time / papi time, and the Word and
HTML report's time / the Markdown report's.

It also checks, every time, that the reports written with different --jobs are byte-identical,
that every program exits 0, and that Python's per-area completion equals papi's. --check
makes the exit status non-zero when a target of docs/performance.md is missed at province or
national size (--smoke: at any size, correctness only, one run, for CI).
"""

import argparse
import csv
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# Targets of the issue (docs/performance.md), checked at province and national size.
TARGET_ONE_THREAD = 1.3     # papi with --jobs 1: wall time / floor
TARGET_ALL_CORES = 0.65     # papi with --jobs 2: wall time / floor
TARGET_RSS = 3.0            # peak RSS / input bytes
TARGET_PYTHON = 10.0        # python time / papi time
TARGET_DOCUMENT = 1.2  # report --format docx and html, against report --format md


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()}"


def load_average():
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def run(measure, command, stdout_path):
    """Runs `command` under papi_bench_measure; returns (wall s, cpu s, peak RSS bytes, exit
    code, stderr text)."""
    stderr_path = str(stdout_path) + ".stderr"
    result = subprocess.run([measure, str(stdout_path), stderr_path, *command],
                            capture_output=True, text=True, check=True)
    wall, cpu, rss, code = result.stdout.split()
    with open(stderr_path, "rb") as f:
        stderr = f.read()
    return float(wall), float(cpu), int(rss), int(code), stderr


def input_bytes(folder):
    total, files = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".yaml"):
                total += os.path.getsize(os.path.join(root, name))
                files += 1
    return total, files


def python_available(python):
    probe = "import jsonschema, yaml; from yaml import CSafeLoader"
    return subprocess.run([python, "-c", probe], capture_output=True).returncode == 0


def area_completion(text):
    """area_id -> completion text, from papi's `--by area` CSV or python_equivalent.py."""
    rows = csv.DictReader(io.StringIO(text))
    return {row["area_id"]: row["completion"] for row in rows}


def bench_size(size, args, failures):
    folder = Path(args.data) / size
    out_dir = Path(args.data) / "out" / size
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([args.python, str(HERE / "generate_plan.py"), str(folder), "--size", size],
                   check=True)
    total, files = input_bytes(folder)
    print(f"\n## {size}: {files} files, {total / 1e6:.1f} MB of YAML ({folder})", flush=True)

    commands = [("floor", [args.floor, str(folder)])]
    for jobs in args.jobs:
        commands.append((f"validate -j{jobs}", [args.papi, "validate", str(folder), "--jobs",
                                                str(jobs)]))
    for jobs in args.jobs:
        commands.append((f"report csv -j{jobs}", [args.papi, "report", str(folder), "--format",
                                                  "csv", "--by", "unit", "--jobs", str(jobs)]))
    for jobs in args.jobs:
        commands.append((f"report md -j{jobs}", [args.papi, "report", str(folder), "--jobs",
                                                 str(jobs)]))
    # The office's documents (docs/documents.md), at the most jobs, against the Markdown report.
    all_jobs = str(args.jobs[-1])
    for kind in ("docx", "html"):
        commands.append((f"report {kind} -j{all_jobs}",
                         [args.papi, "report", str(folder), "--jobs", all_jobs, "--format", kind,
                          "-o", str(out_dir / f"report.{kind}")]))
    use_python = args.use_python and size in args.python_sizes
    if use_python:
        commands.append(("python", [args.python, str(HERE / "python_equivalent.py"), str(folder),
                                    str(REPO / "schemas")]))

    # Warm the page cache: every program reads the same files.
    run(args.measure, [args.floor, str(folder)], out_dir / "warm-up.out")
    results = {name: {"wall": [], "cpu": [], "rss": []} for name, _ in commands}
    for _ in range(args.repeat):
        for name, command in commands:
            stdout_path = out_dir / (name.replace(" ", "_") + ".out")
            wall, cpu, rss, code, stderr = run(args.measure, command, stdout_path)
            if code != 0:
                failures.append(f"{size}: `{' '.join(command)}` exited {code}: "
                                f"{stderr.decode(errors='replace')[-2000:]}")
            results[name]["wall"].append(wall)
            results[name]["cpu"].append(cpu)
            results[name]["rss"].append(rss)

    # The same report whatever --jobs is.
    for kind in ("report_csv", "report_md"):
        outputs = {jobs: (out_dir / f"{kind}_-j{jobs}.out").read_bytes() for jobs in args.jobs}
        first = outputs[args.jobs[0]]
        if any(o != first for o in outputs.values()):
            failures.append(f"{size}: {kind} differs between --jobs {args.jobs}")
        elif not first:
            failures.append(f"{size}: {kind} is empty")
    # The same diagnostics too (validate writes them to stderr).
    outputs = {jobs: (out_dir / f"validate_-j{jobs}.out.stderr").read_bytes() for jobs in args.jobs}
    if any(o != outputs[args.jobs[0]] for o in outputs.values()):
        failures.append(f"{size}: validate's output differs between --jobs {args.jobs}")
    # Python computes the same completion as papi.
    if use_python:
        papi_area = subprocess.run([args.papi, "report", str(folder), "--format", "csv", "--by",
                                    "area"], capture_output=True, text=True).stdout
        ours = area_completion(papi_area)
        theirs = area_completion((out_dir / "python.out").read_text())
        if ours != theirs:
            failures.append(f"{size}: per-area completion differs: papi {ours}, python {theirs}")

    floor = min(results["floor"]["wall"])
    table = []
    for name, _ in commands:
        r = results[name]
        wall = min(r["wall"])
        row = {
            "command": name,
            "wall_s": round(wall, 3),
            "wall_median_s": round(statistics.median(r["wall"]), 3),
            "cpu_s": round(min(r["cpu"]), 3),
            "peak_rss_mb": round(max(r["rss"]) / 1e6, 1),
            "rss_per_input": round(max(r["rss"]) / total, 2),
            "vs_floor": round(wall / floor, 2),
        }
        table.append(row)
    header = ("command", "wall s (best)", "median", "CPU s", "peak RSS MB", "RSS/input",
              "time/floor")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in table:
        print(f"| {row['command']} | {row['wall_s']:.2f} | {row['wall_median_s']:.2f} | "
              f"{row['cpu_s']:.2f} | {row['peak_rss_mb']:.1f} | {row['rss_per_input']:.2f} | "
              f"{row['vs_floor']:.2f} |")

    checks = []
    by_name = {row["command"]: row for row in table}
    one, all_cores = f"-j{args.jobs[0]}", f"-j{args.jobs[-1]}"
    for command in ("validate", "report csv", "report md"):
        checks.append((f"{command} {one} time/floor <= {TARGET_ONE_THREAD}",
                       by_name[f"{command} {one}"]["vs_floor"], TARGET_ONE_THREAD, "le"))
        if len(args.jobs) > 1:
            checks.append((f"{command} {all_cores} time/floor <= {TARGET_ALL_CORES}",
                           by_name[f"{command} {all_cores}"]["vs_floor"], TARGET_ALL_CORES, "le"))
        for jobs in args.jobs:
            checks.append((f"{command} -j{jobs} peak RSS/input <= {TARGET_RSS}",
                           by_name[f"{command} -j{jobs}"]["rss_per_input"], TARGET_RSS, "le"))
    for kind in ("docx", "html"):
        ratio = round(by_name[f"report {kind} {all_cores}"]["wall_s"]
                      / by_name[f"report md {all_cores}"]["wall_s"], 2)
        checks.append((f"report {kind} / report md {all_cores} <= {TARGET_DOCUMENT}", ratio,
                       TARGET_DOCUMENT, "le"))
    if use_python:
        python = min(results["python"]["wall"])
        for command in ("validate", "report md"):
            ratio = round(python / by_name[f"{command} {all_cores}"]["wall_s"], 1)
            checks.append((f"python / {command} {all_cores} >= {TARGET_PYTHON}", ratio,
                           TARGET_PYTHON, "ge"))
    print()
    for label, value, target, how in checks:
        ok = value <= target if how == "le" else value >= target
        print(f"  {'ok  ' if ok else 'MISS'} {label}: {value}")
        if not ok and args.check and size != "district":
            failures.append(f"{size}: target missed: {label}: {value}")
    return {"size": size, "files": files, "input_bytes": total, "results": table, "checks": [{"check": c[0], "value": c[1]} for c in checks]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--papi", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--measure", help="papi_bench_measure (default: next to --floor)")
    parser.add_argument("--sizes", default="district,province")
    parser.add_argument("--data", default=str(REPO / "tests" / "bench" / "out"),
                        help="where plan folders and outputs go (default: tests/bench/out)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="--jobs values to measure, e.g. 1,2")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--no-python", action="store_true")
    parser.add_argument("--python-sizes", default="district,province",
                        help="sizes at which to run Python (it takes ~20 min at national size)")
    parser.add_argument("--json", help="write the results to this file")
    parser.add_argument("--check", action="store_true",
                        help="fail when a target is missed (province and national only)")
    parser.add_argument("--smoke", action="store_true",
                        help="correctness only, as CI runs it: exit 1 on any disagreement")
    args = parser.parse_args()
    args.jobs = [int(j) for j in args.jobs.split(",")]
    args.python_sizes = [s.strip() for s in args.python_sizes.split(",")]
    if not args.measure:
        args.measure = str(Path(args.floor).with_name("papi_bench_measure"))
    if args.smoke:
        args.repeat = 1
    args.use_python = not args.no_python and python_available(args.python)

    print(f"# papi benchmark\n\nmachine: {machine_description()}")
    print(f"load average before: {load_average()}")
    if not args.use_python:
        print("python: PyYAML's C loader or jsonschema not available; python column skipped")
    failures, reports = [], []
    for size in args.sizes.split(","):
        reports.append(bench_size(size.strip(), args, failures))
    print(f"\nload average after: {load_average()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine_description(),
                                               "sizes": reports}, indent=2) + "\n")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"bench: {len(failures)} problem(s)" if failures else "bench: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
