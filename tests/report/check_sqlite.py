#!/usr/bin/env python3
"""The SQL of docs/rollup.md, run on sqlite3, gives papi's numbers exactly.

Usage: check_sqlite.py PAPI REPO_ROOT

Takes the SQLite block of docs/rollup.md as it is written there, writes the CSV files it loads
(`papi report --by record`, `--by task` on the shipped plan, `papi rollup` over the shipped
plan and two generated ones), runs the block with the sqlite3 program and compares:
- the first query (completion per area from the record-level CSV) with papi's `--by area` CSV:
  area id, completion text and pair count of every area;
- the second (the rollup's plans added up again) with the rollup CSV's `total` rows.
Exits 1 on any difference.
"""

import csv
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

failures = 0


def check(ok, message):
    global failures
    if not ok:
        failures += 1
        print(f"FAIL {message}")
    return ok


def run(*command, cwd=None, stdin=None):
    result = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAIL {' '.join(map(str, command))} exited {result.returncode}: {result.stderr}")
        sys.exit(1)
    return result.stdout


def sqlite_block(doc):
    """The first ```sql block after the line that introduces SQLite."""
    start = doc.index("\nSQLite (")
    match = re.search(r"```sql\n(.*?)```", doc[start:], re.S)
    return match.group(1)


def main():
    papi, repo = sys.argv[1], Path(sys.argv[2])
    plan = repo / "plans" / "van-giang-2021"
    sql = sqlite_block((repo / "docs" / "rollup.md").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generated = []
        for schools, seed in ((5, 7), (7, 9)):
            folder = tmp / f"generated-{schools}"
            run(sys.executable, str(repo / "tests" / "bench" / "generate_plan.py"), str(folder),
                "--schools", str(schools), "--periods", "1,2", "--seed", str(seed))
            generated.append(str(folder))
        run(papi, "report", str(plan), "--format", "csv", "--by", "record", "-o",
            str(tmp / "records.csv"))
        run(papi, "report", str(plan), "--format", "csv", "--by", "task", "-o",
            str(tmp / "tasks.csv"))
        run(papi, "rollup", str(plan), *generated, "--format", "csv", "-o",
            str(tmp / "rollup.csv"))
        by_area = list(csv.DictReader(io.StringIO(
            run(papi, "report", str(plan), "--format", "csv", "--by", "area"))))
        rollup = list(csv.DictReader(io.StringIO((tmp / "rollup.csv").read_text())))

        output = run("sqlite3", ":memory:", cwd=tmp, stdin=sql).splitlines()
        rows = [line.split("|") for line in output]
        areas = len(by_area)
        check(len(rows) == 2 * areas, f"sqlite3 printed {len(rows)} rows, expected {2 * areas}")

        for row, want in zip(rows[:areas], by_area):
            got = tuple(row)
            expected = (want["area_id"], want["completion"], want["pairs"])
            check(got == expected, f"per-area completion from records: sqlite {got}, papi {expected}")
        totals = [r for r in rollup if r["plan"] == "total"]
        check(len(totals) == areas, f"the rollup has {len(totals)} total rows")
        for row, want in zip(rows[areas:], totals):
            got = tuple(row)
            expected = (want["area"], want["completion"], want["pairs"])
            check(got == expected, f"rollup totals added up again: sqlite {got}, papi {expected}")
        plans = {r["plan"] for r in rollup} - {"total"}
        check(len(plans) == 3, f"the rollup has three plans ({sorted(plans)})")
    print("sqlite: ok" if not failures else f"sqlite: {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
