#!/usr/bin/env python3
"""Benchmark of the Excel forms at province size (docs/performance.md): `papi template
--format xlsx --all` for 1,000 schools and the office, and `papi import` of the 1,001 filled
forms, against the yaml-cpp floor on the same records (papi_yaml_floor on the plan folder with
those reports as YAML). Not a timed test: it prints the figures.

Usage: xlsx_bench.py --papi PAPI --floor PAPI_YAML_FLOOR [--xlsx-floor PAPI_XLSX_FLOOR]
                     [--data DIR] [--size province] [--repeat N]

With --xlsx-floor it also prints the time libzip and pugixml alone take over the forms'
parts (papi_xlsx_floor): what any reader of those cells pays before doing anything with them.

The forms are papi's own, pre-filled from the generated reports of 2021-Q1 (the template fills
a form from a report on file), so that importing them gives back those records; the import
runs on one core (papi import reads its files one after the other) into a copy of the plan
without the Q1 reports, and every record of the written files, as `papi report --by record`
reads them, is compared with the generated reports'.
"""

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PERIOD = "2021-Q1"


def timed(args, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run([str(a) for a in args], capture_output=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"{' '.join(map(str, args))}: exit {result.returncode}\n"
                     f"{result.stderr.decode(errors='replace')[-2000:]}")
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--papi", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--xlsx-floor")
    parser.add_argument("--data", default=str(REPO / "tests" / "bench" / "out"))
    parser.add_argument("--size", default="province")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    data = Path(options.data)
    plan = data / f"{options.size}-q1-complete"
    subprocess.run([sys.executable, str(REPO / "tests" / "bench" / "generate_plan.py"), str(plan),
                    "--size", options.size, "--periods", "1", "--complete"], check=True)
    forms = data / f"{options.size}-forms"
    target = data / f"{options.size}-import"
    for folder in (forms, target):
        shutil.rmtree(folder, ignore_errors=True)

    template = timed([options.papi, "template", plan, "--period", PERIOD, "--format", "xlsx",
                      "--all", "-o", forms, "--force"], options.repeat)
    count = len(list(forms.glob("*.xlsx")))
    size = sum(p.stat().st_size for p in forms.glob("*.xlsx"))

    floor = timed([options.floor, plan], options.repeat)
    xlsx_floor = timed([options.xlsx_floor, forms], options.repeat) if options.xlsx_floor else None

    shutil.copytree(plan, target, ignore=shutil.ignore_patterns(PERIOD, ".generated"))
    imported = timed([options.papi, "import", target, forms, "--period", PERIOD],
                     options.repeat)
    # Once more with --write, and the written records must be the generated ones.
    subprocess.run([options.papi, "import", target, forms, "--period", PERIOD, "--write"],
                   check=True, capture_output=True)
    written = sorted((target / "status" / PERIOD).glob("*.yaml"))
    check = subprocess.run([options.papi, "validate", target], capture_output=True)
    # Every record as papi reads it, from the generated plan and from the imported one.
    records = [subprocess.run([options.papi, "report", folder, "--period", PERIOD, "--format",
                               "csv", "--by", "record"], capture_output=True, check=True).stdout
               for folder in (plan, target)]

    print(f"{options.size}: {count} forms, {size / count / 1024:.1f} KiB each")
    print(f"template --format xlsx --all: {template:.2f} s, {template / count * 1000:.2f} ms "
          f"per form")
    print(f"import of {count} forms (dry run, one core): {imported:.2f} s, "
          f"{imported / count * 1000:.2f} ms per form")
    print(f"yaml-cpp floor on the same records ({PERIOD} as YAML): {floor:.2f} s")
    print(f"import / floor: {imported / floor:.2f} (target 1.5)")
    if xlsx_floor is not None:
        print(f"libzip + pugixml alone on the forms' parts: {xlsx_floor:.2f} s "
              f"({xlsx_floor / floor:.2f} of the yaml-cpp floor); import / that: "
              f"{imported / xlsx_floor:.2f}")
    same = records[0] == records[1]
    record_count = len(records[0].splitlines()) - 1
    print(f"written: {len(written)} status files; validate exit {check.returncode}; every "
          f"record {'equal to' if same else 'DIFFERENT from'} the generated reports "
          f"({record_count} records)")
    return 0 if len(written) == count and check.returncode == 0 and same else 1


if __name__ == "__main__":
    sys.exit(main())
