#!/usr/bin/env python3
"""Re-parses what `papi report` prints: every CSV table with Python's csv module, and every
Markdown table cell by cell, so that no value from the YAML can break a table.

usage: check_tables.py PAPI REPO_ROOT
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []
passed = 0


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what)


def run(papi, *args, cwd):
    result = subprocess.run([papi, *args], cwd=cwd, capture_output=True)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def split_row(line):
    """Cells of a GFM table row: split on | not preceded by a backslash."""
    body = line.strip()
    assert body.startswith("|") and body.endswith("|"), line
    cells = re.split(r"(?<!\\)\|", body[1:-1])
    return [c.strip() for c in cells]


def check_markdown(text, label):
    lines = text.split("\n")
    i = 0
    tables = 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.match(r"^\|(\s*-*:?-+:?\s*\|)+$", lines[i + 1]):
            header = split_row(lines[i])
            tables += 1
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                row = split_row(lines[j])
                check(len(row) == len(header), f"{label}: row {j + 1} has {len(row)} cells, header {len(header)}: {lines[j]}")
                check("\n" not in lines[j], f"{label}: newline in row")
                j += 1
            i = j
        else:
            check(not (lines[i].startswith("|") and "|" in lines[i][1:] and i > 0 and not lines[i - 1].startswith("|") and not (i + 1 < len(lines) and lines[i + 1].startswith("|"))),
                  f"{label}: stray table line {i + 1}: {lines[i]}")
            i += 1
    return tables


def check_csv(text, label, expected_header_start):
    check(text.endswith("\r\n"), f"{label}: rows end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    check(len(rows) >= 2, f"{label}: has a header and rows")
    header = rows[0]
    check(header[0] == expected_header_start, f"{label}: header starts with {expected_header_start}: {header}")
    for n, row in enumerate(rows[1:], start=2):
        check(len(row) == len(header), f"{label}: row {n} has {len(row)} fields, header {len(header)}")
        if "completion" in header:
            value = row[header.index("completion")]
            check(value == "" or re.fullmatch(r"\d+\.\d\d", value) is not None, f"{label}: row {n} completion {value!r}")
        for cell in row:
            check(not cell or cell[0] not in "=+-@\t\r", f"{label}: row {n} starts a formula: {cell!r}")
    return rows


def hostile_plan(repo, folder):
    """The shipped plan with hostile text in the names a report prints."""
    shutil.copytree(os.path.join(repo, "plans", "van-giang-2021"), folder)
    units = os.path.join(folder, "units.yaml")
    text = open(units, encoding="utf-8").read()
    text = text.replace('name: "Trường Mầm non Cửu Cao"', 'name: "=HYPERLINK(\\"http://x\\") | <script>alert(1)</script>\\nnext [x](javascript:alert(1))"', 1)
    text = text.replace('commune: "Cửu Cao"', 'commune: "+cmd|\' /C calc\'!A0"', 1)
    open(units, "w", encoding="utf-8").write(text)
    return folder


def main():
    papi, repo = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        plans = {"shipped": os.path.join(repo, "plans", "van-giang-2021"),
                 "hostile": hostile_plan(repo, os.path.join(tmp, "hostile"))}
        for name, plan in plans.items():
            firsts = {"area": "area_id", "unit": "unit_id", "level": "level", "commune": "commune",
                      "task": "task_id", "record": "unit_id"}
            for table, first in firsts.items():
                code, out, err = run(papi, "report", plan, "--format", "csv", "--by", table, cwd=repo)
                check(code == 0, f"{name} csv {table}: exit {code}: {err}")
                rows = check_csv(out, f"{name} csv {table}", first)
                if name == "hostile" and table == "unit":
                    names = [r[1] for r in rows[1:]]
                    check(any(n.startswith("'=HYPERLINK") for n in names), "hostile name is neutralised with a leading apostrophe")
                    communes = [r[3] for r in rows[1:]]
                    check(any(c.startswith("'+cmd") for c in communes), "hostile commune is neutralised")
            for lang in ("vi", "en"):
                code, out, err = run(papi, "report", plan, "--lang", lang, cwd=repo)
                check(code == 0, f"{name} md {lang}: exit {code}: {err}")
                tables = check_markdown(out, f"{name} md {lang}")
                check(tables >= 6, f"{name} md {lang}: {tables} tables")
                if name == "hostile":
                    check("<script>" not in out, "no raw <script> in Markdown")
                    check(re.search(r"(?<!\\)\]\(javascript:", out) is None, "no live javascript: link in Markdown")
            code, out, err = run(papi, "report", plan, "--format", "csv", "--by", "unit", "--bom", cwd=repo)
            check(out.startswith("\ufeff"), f"{name}: --bom starts with a BOM")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
