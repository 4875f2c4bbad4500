#!/usr/bin/env python3
"""Benchmark of `papi rollup` against the yaml-cpp floor (docs/performance.md).

Usage:
  run_rollup_bench.py --papi BUILD/papi --floor BUILD/papi_yaml_floor
                      [--measure BUILD/papi_bench_measure] [--size smoke|province|ministry]
                      [--data DIR] [--repeat N] [--jobs 1,2] [--json FILE] [--check] [--smoke]

generate_plans.py makes the plan folders under DIR/<size> (kept between runs). Then, with the
page cache warm, it runs N times each and in turn:

  floor            papi_yaml_floor over every folder: YAML::LoadFile on every file, one thread
  rollup csv -jJ   papi rollup DIR/<size>/* --format csv --jobs J
  rollup md -jJ    papi rollup DIR/<size>/* --jobs J

and prints the best wall time, the CPU time and the peak resident memory of each, with the
ratios of the targets: time / floor time (<= 1.3 with one job, <= 0.65 with two) and peak RSS /
input bytes (<= 3). It checks every time that the outputs are the same whatever --jobs is and
that every run exits 0; with --smoke (CI) it also checks the rollup's totals against the sums
of each plan's own `papi report --format json` (Σ weight·value and Σ weight per area, added up
here), and judges no speed. --check fails on a missed target (not at smoke size).
"""

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import run_bench

HERE = Path(__file__).resolve().parent
TARGET_ONE_JOB = 1.3
TARGET_TWO_JOBS = 0.65
TARGET_RSS = 3.0


def sums_by_hand(papi, folders):
    """area id -> [Σ weight·value, Σ weight, pairs] over each plan's own report."""
    sums = {}
    for folder in folders:
        report = json.loads(subprocess.run([papi, "report", str(folder), "--format", "json"],
                                           check=True, capture_output=True, text=True).stdout)
        for area in report["areas"]:
            entry = sums.setdefault(str(area["id"]), [0.0, 0.0, 0])
            entry[0] += area["weighted_value"]
            entry[1] += area["weight"]
            entry[2] += area["pairs"]
    return sums


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--papi", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--measure")
    parser.add_argument("--size", default="smoke", choices=("smoke", "province", "ministry"))
    parser.add_argument("--data", default=str(HERE / "out"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--json")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    measure = args.measure or str(Path(args.floor).with_name("papi_bench_measure"))
    repeat = 1 if args.smoke else args.repeat

    root = Path(args.data) / f"rollup-{args.size}"
    subprocess.run([sys.executable, str(HERE / "generate_plans.py"), str(root), "--size",
                    args.size], check=True)
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    total, files = run_bench.input_bytes(root)
    out_dir = Path(args.data) / "out" / f"rollup-{args.size}"
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"# papi rollup benchmark\n\nmachine: {run_bench.machine_description()}")
    print(f"load average before: {run_bench.load_average()}")
    print(f"\n## {args.size}: {len(folders)} plans, {files} files, {total / 1e6:.1f} MB of YAML")

    dirs = [str(f) for f in folders]
    commands = [("floor", [args.floor, *dirs])]
    for j in jobs:
        commands.append((f"rollup csv -j{j}", [args.papi, "rollup", *dirs, "--format", "csv",
                                               "--jobs", str(j)]))
    for j in jobs:
        commands.append((f"rollup md -j{j}", [args.papi, "rollup", *dirs, "--jobs", str(j)]))

    failures = []
    run_bench.run(measure, [args.floor, *dirs], out_dir / "warm-up.out")
    results = {name: {"wall": [], "cpu": [], "rss": []} for name, _ in commands}
    for _ in range(repeat):
        for name, command in commands:
            wall, cpu, rss, code, stderr = run_bench.run(
                measure, command, out_dir / (name.replace(" ", "_") + ".out"))
            if code != 0:
                failures.append(f"{name} exited {code}: {stderr.decode(errors='replace')[-2000:]}")
            results[name]["wall"].append(wall)
            results[name]["cpu"].append(cpu)
            results[name]["rss"].append(rss)

    for kind in ("rollup_csv", "rollup_md"):
        outputs = {j: (out_dir / f"{kind}_-j{j}.out").read_bytes() for j in jobs}
        if any(o != outputs[jobs[0]] for o in outputs.values()):
            failures.append(f"{kind} differs between --jobs {jobs}")
        elif not outputs[jobs[0]]:
            failures.append(f"{kind} is empty")

    if args.smoke:
        rows = list(csv.DictReader(io.StringIO((out_dir / f"rollup_csv_-j{jobs[0]}.out")
                                               .read_text(encoding="utf-8"))))
        totals = {r["area"]: r for r in rows if r["plan"] == "total"}
        expected = sums_by_hand(args.papi, folders)
        for area, (value, weight, pairs) in sorted(expected.items()):
            row = totals.get(area)
            want = f"{round(value / weight * 100) / 100:.2f}" if weight else ""
            if (not row or float(row["weighted_value"]) != value or
                    float(row["weight"]) != weight or int(row["pairs"]) != pairs):
                failures.append(f"area {area}: rollup {row}, the plans' own reports add up to "
                                f"{value} / {weight} over {pairs} pairs")
            elif abs(float(row["completion"]) - value / weight) > 0.005 + 1e-9:
                failures.append(f"area {area}: completion {row['completion']}, expected {want}")
        if len(totals) != len(expected):
            failures.append(f"{len(totals)} total rows for {len(expected)} areas")

    floor = min(results["floor"]["wall"])
    print("| command | wall s (best) | CPU s | peak RSS MB | RSS/input | time/floor |")
    print("|---|---|---|---|---|---|")
    table = []
    for name, _ in commands:
        r = results[name]
        row = {"command": name, "wall_s": round(min(r["wall"]), 3),
               "cpu_s": round(min(r["cpu"]), 3), "peak_rss_mb": round(max(r["rss"]) / 1e6, 1),
               "rss_per_input": round(max(r["rss"]) / total, 2),
               "vs_floor": round(min(r["wall"]) / floor, 2)}
        table.append(row)
        print(f"| {name} | {row['wall_s']:.2f} | {row['cpu_s']:.2f} | {row['peak_rss_mb']:.1f} | "
              f"{row['rss_per_input']:.2f} | {row['vs_floor']:.2f} |")
    by_name = {row["command"]: row for row in table}
    checks = []
    for kind in ("rollup csv", "rollup md"):
        checks.append((f"{kind} -j{jobs[0]} time/floor <= {TARGET_ONE_JOB}",
                       by_name[f"{kind} -j{jobs[0]}"]["vs_floor"], TARGET_ONE_JOB))
        if len(jobs) > 1:
            checks.append((f"{kind} -j{jobs[-1]} time/floor <= {TARGET_TWO_JOBS}",
                           by_name[f"{kind} -j{jobs[-1]}"]["vs_floor"], TARGET_TWO_JOBS))
        for j in jobs:
            checks.append((f"{kind} -j{j} peak RSS/input <= {TARGET_RSS}",
                           by_name[f"{kind} -j{j}"]["rss_per_input"], TARGET_RSS))
    print()
    for label, value, target in checks:
        ok = value <= target
        print(f"  {'ok  ' if ok else 'MISS'} {label}: {value}")
        if not ok and args.check and args.size != "smoke":
            failures.append(f"target missed: {label}: {value}")
    print(f"\nload average after: {run_bench.load_average()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": run_bench.machine_description(),
                                               "size": args.size, "plans": len(folders),
                                               "files": files, "input_bytes": total,
                                               "results": table}, indent=2) + "\n")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"rollup bench: {len(failures)} problem(s)" if failures else "rollup bench: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
