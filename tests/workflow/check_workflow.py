#!/usr/bin/env python3
"""papi init, template, import, diff and schema, run in temporary folders.

Usage: check_workflow.py PAPI REPO_ROOT PART   (PART: init, roundtrip, atomic_import, diff, schema)

- init: a new plan folder is written exactly as tests/workflow/golden/init/* and validates;
  papi init never writes into a folder that is not empty; the schema lines point at the
  schemas/ folder above the plan when there is one.
- roundtrip: template (CSV) -> a filled spreadsheet per unit (every state, Vietnamese labels,
  `,` and `;`, BOM, CRLF, quoted text) -> import -> validate -> the same records; --write never
  replaces a report without --force, and --force prints the replaced content; YAML forms are
  valid reports as they stand.
- diff: a temporary git repository with two commits of plans/van-giang-2021 (the Q2 reports
  of the schools arriving, a task edited); papi diff as Markdown and JSON is compared with
  tests/workflow/golden/diff/*, and its completion figures with papi report on each commit;
  errors outside a repository, for unknown revisions, and no shell ever runs names.
- schema: papi schema NAME prints schemas/NAME.schema.json byte for byte.

Golden files are rewritten when PAPI_UPDATE_GOLDEN=1 (tests/update-golden), and then the run
fails: it compared nothing. Prints one line per failure and
"N passed, M failed"; exits 1 if anything failed.
"""

import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import yaml

PAPI = None
ROOT = None
PASSED = 0
FAILED = 0
UPDATE = bool(os.environ.get("PAPI_UPDATE_GOLDEN"))
GOLDEN = None


def check(ok, message):
    global PASSED, FAILED
    if ok:
        PASSED += 1
    else:
        FAILED += 1
        print(f"FAIL {message}")
    return ok


def run(args, cwd=None, env=None):
    # papi's default language (Vietnamese), whatever the machine's locale.
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PAPI_LANG")}
    full_env["NO_COLOR"] = "1"
    if env:
        full_env.update(env)
    return subprocess.run([PAPI] + list(args), cwd=cwd, env=full_env, capture_output=True)


def expect(result, code, what):
    return check(result.returncode == code,
                 f"{what}: exit {result.returncode}, expected {code}\n"
                 f"--- stdout\n{result.stdout.decode(errors='replace')}"
                 f"--- stderr\n{result.stderr.decode(errors='replace')}")


def compare_golden(actual, relative):
    path = GOLDEN / relative
    if UPDATE:
        if not path.exists() or path.read_bytes() != actual:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual)
            print(f"updated {path}")
        return
    if not path.exists():
        check(False, f"missing golden file {path}; write it with tests/update-golden")
        return
    expected = path.read_bytes()
    if actual != expected:
        a = actual.decode(errors="replace").splitlines()
        e = expected.decode(errors="replace").splitlines()
        first = next((i for i, (x, y) in enumerate(zip(a, e)) if x != y), min(len(a), len(e)))
        check(False, f"{relative} differs at line {first + 1}:\n"
                     f"    expected: {(e + [''])[first]!r}\n    actual:   {(a + [''])[first]!r}")
    else:
        check(True, "")


def copy_plan(destination):
    shutil.copytree(ROOT / "plans" / "van-giang-2021", destination,
                    ignore=shutil.ignore_patterns("README.md"))


# ------------------------------------------------------------------ init
def part_init(tmp):
    folder = tmp / "plans" / "phong-gd-2024"
    args = ["init", "plans/phong-gd-2024", "--number", "15/KH-PGDĐT", "--year", "2024",
            "--issuer", "Phòng Giáo dục và Đào tạo Văn Giang", "--issued", "2024-02-20"]
    result = run(args, cwd=tmp)
    expect(result, 0, "papi init")
    check("papi: lưu ý: không thấy thư mục schemas/".encode() in result.stderr,
          f"papi init without schemas/ says how to get them: {result.stderr!r}")
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    check(names == ["README.md", "inspections/README.md", "plan.yaml", "tasks.yaml", "units.yaml"],
          f"files: {names}")
    for name in names:
        compare_golden((folder / name).read_bytes(), f"init/{name}")
    expect(run(["validate", "plans/phong-gd-2024"], cwd=tmp), 0, "papi validate after init")

    # Never into a folder that is not empty; a file there stays untouched.
    before = (folder / "plan.yaml").read_bytes()
    again = run(args, cwd=tmp)
    expect(again, 2, "papi init into the same folder")
    check((folder / "plan.yaml").read_bytes() == before, "papi init changed an existing plan")
    other = tmp / "other"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    expect(run(["init", str(other)]), 2, "papi init into a folder with a file")
    check(sorted(p.name for p in other.iterdir()) == ["notes.txt"], "papi init wrote beside notes")
    # An empty folder is fine, and the same options give the same bytes.
    empty = tmp / "plans" / "empty"
    empty.mkdir()
    expect(run(["init", "plans/empty", "--id", "phong-gd-2024", "--number", "15/KH-PGDĐT",
                "--year", "2024", "--issuer", "Phòng Giáo dục và Đào tạo Văn Giang",
                "--issued", "2024-02-20"], cwd=tmp), 0, "papi init into an empty folder")
    check((empty / "plan.yaml").read_bytes() == before, "papi init is not byte-stable")
    # Nothing temporary is left behind.
    leftovers = [p.name for p in (tmp / "plans").iterdir() if p.name.startswith(".")]
    check(not leftovers, f"temporary folders left: {leftovers}")

    # With a schemas/ folder above, the $schema lines point at it, whatever the depth.
    repo = tmp / "repo"
    (repo / "schemas").mkdir(parents=True)
    for name in ("plan", "units", "tasks", "status"):
        expect(run(["schema", name, "-o", str(repo / "schemas" / f"{name}.schema.json")]), 0,
               f"papi schema {name} -o")
    result = run(["init", "deep/er/plan-x", "--year", "2023", "--issued", "2023-01-05"], cwd=repo)
    expect(result, 0, "papi init below schemas/")
    check("lưu ý:".encode() not in result.stderr, "papi init found no schemas/ above")
    first = (repo / "deep/er/plan-x/units.yaml").read_text().splitlines()[0]
    check(first == "# yaml-language-server: $schema=../../../schemas/units.schema.json",
          f"schema line: {first}")
    expect(run(["validate", "deep/er/plan-x"], cwd=repo), 0, "papi validate plan-x")
    plan = yaml.safe_load((repo / "deep/er/plan-x/plan.yaml").read_text())
    check(plan["id"] == "plan-x" and plan["year"] == 2023, f"plan id/year: {plan}")
    # Forms of that plan point at the same schemas from status/<period>/.
    units = repo / "deep/er/plan-x/units.yaml"
    units.write_text(units.read_text().replace("units: []", "units:\n  - {id: pgd, name: P, kind: office}"))
    tasks = repo / "deep/er/plan-x/tasks.yaml"
    tasks.write_text(tasks.read_text().replace(
        "tasks: []", 'tasks:\n  - {id: "1.1", area: 1, title: T, product: P, lead: pgd, '
        "partners: [], schedule: ongoing}"))
    form = run(["template", "deep/er/plan-x", "--period", "2023-Q1", "--unit", "pgd"], cwd=repo)
    expect(form, 0, "papi template for plan-x")
    check(form.stdout.startswith(
        b"# yaml-language-server: $schema=../../../../../schemas/status.schema.json\n"),
        f"form schema line: {form.stdout[:80]!r}")
    # Bad options.
    expect(run(["init", str(tmp / "x"), "--issued", "2024-02-30"]), 2, "init --issued 2024-02-30")
    expect(run(["init", str(tmp / "---")]), 2, "init into a folder whose name is no id")
    check(not (tmp / "x").exists(), "init with a bad option created the folder")


# -------------------------------------------------------------- roundtrip
STATE_WORDS = {
    "done": ["done", "Hoàn thành", "Đã hoàn thành", "HOÀN THÀNH", "hoan thanh"],
    "in_progress": ["in_progress", "Đang thực hiện", "đang triển khai", "Dang thuc hien"],
    "not_started": ["not_started", "Chưa thực hiện", "Chưa triển khai", "chua bat dau"],
    "not_applicable": ["not_applicable", "Không áp dụng", "KHÔNG ÁP DỤNG"],
}
TEXTS = ["Công văn số 12/PGDĐT ngày 15/7/2021", 'Biên bản "họp" hội đồng; lần 2',
         "Đã đăng, xem https://example.org/a?b=1,2", "Hai dòng\ntrong một ô",
         "=SUM(A1) không phải công thức", "  khoảng trắng ở đầu", "# không phải chú thích",
         "Lưu: VT."]


def fill_rows(rows, rng, semicolon):
    """Fills the form's rows; returns {(unit, task): expected record}."""
    expected = {}
    for row in rows:
        state = rng.choice(list(STATE_WORDS))
        row["state"] = rng.choice(STATE_WORDS[state])
        record = {"task": row["task"], "state": state}
        if state == "in_progress":
            value = rng.choice([5, 40, 99, 12.5, 66.6])
            text = str(value)
            if semicolon and isinstance(value, float):
                text = text.replace(".", ",")
            if rng.random() < 0.3:
                text += "%"
            row["progress"] = text
            record["progress"] = value
        elif state == "done":
            if rng.random() < 0.3:
                row["progress"] = "100"
                record["progress"] = 100
            if rng.random() < 0.7:
                day = rng.randint(1, 30)
                month = rng.choice([7, 8, 9])
                iso = f"2021-{month:02}-{day:02}"
                row["completed"] = iso if rng.random() < 0.5 else f"{day}/{month}/2021"
                record["completed"] = iso
        elif state == "not_started" and rng.random() < 0.3:
            row["progress"] = "0"
            record["progress"] = 0
        if state == "not_applicable":
            row["reason"] = rng.choice(TEXTS)
            record["reason"] = row["reason"].strip()
        if rng.random() < 0.4:
            row["evidence"] = rng.choice(TEXTS)
            record["evidence"] = row["evidence"].strip()
        if rng.random() < 0.2:
            row["note"] = rng.choice(TEXTS)
            record["note"] = row["note"].strip()
        expected[(row["unit"], row["task"])] = record
    return expected


def load_status(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for record in data["records"]:
        if "completed" in record:
            record["completed"] = str(record["completed"])
    return data


def part_roundtrip(tmp):
    plan = tmp / "plans" / "van-giang-2021"
    copy_plan(plan)
    forms = tmp / "forms"
    result = run(["template", str(plan), "--period", "2021-Q3", "--all", "--format", "csv",
                  "-o", str(forms)])
    expect(result, 0, "papi template --all --format csv")
    files = sorted(forms.glob("*.csv"))
    check(len(files) == 34, f"{len(files)} CSV forms, expected 34")

    schema = json.loads((ROOT / "schemas" / "status.schema.json").read_text())
    rng = random.Random(2021)
    expected_all = {}
    # The first forms come back one per file; the others in two files of several units each,
    # as an office that collects the answers in one sheet would send them.
    batches = [[form] for form in files[:8]] + [files[8:21], files[21:]]
    for index, batch in enumerate(batches):
        semicolon = index % 2 == 1
        all_rows = []
        expected = {}
        for form in batch:
            raw = form.read_bytes()
            check(raw.startswith(b"\xef\xbb\xbfunit,task,title,state,"), f"{form.name}: header")
            rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            check(all(r["state"] == "not_started" for r in rows), f"{form.name}: not_started")
            expected.update(fill_rows(rows, rng, semicolon))
            all_rows += rows
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=list(all_rows[0].keys()),
                                delimiter=";" if semicolon else ",",
                                lineterminator="\r\n" if index % 3 else "\n")
        writer.writeheader()
        writer.writerows(all_rows)
        filled = tmp / "filled" / (batch[0].name if len(batch) == 1 else f"gop-{index}.csv")
        filled.parent.mkdir(exist_ok=True)
        encoded = out.getvalue().encode("utf-8")
        filled.write_bytes((b"\xef\xbb\xbf" if index % 4 else b"") + encoded)

        dry = run(["import", str(plan), str(filled), "--period", "2021-Q3"])
        if not expect(dry, 0, f"papi import {filled.name} (dry run)"):
            continue
        wrote = run(["import", str(plan), str(filled), "--period", "2021-Q3", "--write"])
        expect(wrote, 0, f"papi import {filled.name} --write")
        check(f"đã ghi {len(batch)} tệp".encode() in wrote.stderr, f"{wrote.stderr!r}")
        for form in batch:
            unit = form.stem
            target = plan / "status" / "2021-Q3" / f"{unit}.yaml"
            check(f"==> {target} (mới) <==".encode() in dry.stdout, f"dry run of {unit}: header")
            if not check(target.exists(), f"{target} not written"):
                continue
            text = target.read_bytes()
            check(text in dry.stdout, f"{unit}: the dry run does not show what is written")
            check(text.startswith(
                b"# yaml-language-server: $schema=../../../../schemas/status.schema.json\n"),
                f"{unit}: schema line")
            data = load_status(target)
            check(data["unit"] == unit and data["period"] == "2021-Q3", f"{unit}: unit/period")
            try:
                jsonschema.validate(data, schema)
                check(True, "")
            except jsonschema.ValidationError as error:
                check(False, f"{unit}: against status.schema.json: {error.message}")
            got = {(unit, r["task"]): r for r in data["records"]}
            want = {k: v for k, v in expected.items() if k[0] == unit}
            check(got == want, f"{unit}: records differ:\n  got  {got}\n  want {want}")
            form_tasks = [r["task"] for r in csv.DictReader(
                io.StringIO(form.read_bytes().decode("utf-8-sig"), newline=""))]
            check([r["task"] for r in data["records"]] == form_tasks,
                  f"{unit}: records not in the order of tasks.yaml")
        expected_all.update(expected)
    check(len(expected_all) > 900, f"only {len(expected_all)} records imported")

    result = run(["validate", str(plan)])
    expect(result, 0, "papi validate after the imports")
    check("0 lỗi, 0 cảnh báo".encode() in result.stderr, f"validate: {result.stderr!r}")

    # Importing again: refused without --force; with it the old content is shown and the file
    # is byte-identical (same input, same bytes).
    first = tmp / "filled" / files[0].name
    target = plan / "status" / "2021-Q3" / f"{first.stem}.yaml"
    before = target.read_bytes()
    again = run(["import", str(plan), str(first), "--period", "2021-Q3", "--write"])
    expect(again, 2, "import over an existing report without --force")
    check("báo cáo đã có".encode() in again.stderr, f"refusal: {again.stderr!r}")
    forced = run(["import", str(plan), str(first), "--period", "2021-Q3", "--write", "--force"])
    expect(forced, 0, "import --force")
    check(f"==> {target}: đã thay; nội dung trước đây: <==\n".encode() + before
          == forced.stdout, f"--force does not show the replaced content: {forced.stdout[:200]!r}")
    check(target.read_bytes() == before, "a second import of the same file differs")
    leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(".")]
    check(not leftovers, f"temporary files left: {leftovers}")

    # A spreadsheet with an error writes nothing, not even the clean units.
    broken = tmp / "broken.csv"
    broken.write_text("unit,task,state\nmn-xuan-quan,1.1,done\nth-xuan-quan,1.1,Hoàn tất\n",
                      encoding="utf-8")
    shutil.rmtree(plan / "status" / "2021-Q3")
    result = run(["import", str(plan), str(broken), "--period", "2021-Q3", "--write"])
    expect(result, 1, "import of a broken spreadsheet")
    check(not (plan / "status" / "2021-Q3").exists(), "a broken import wrote files")
    check(f"{broken}:3:3: lỗi[import-unknown-state]".encode() in result.stderr,
          f"located error: {result.stderr!r}")

    # YAML forms are reports as they stand; templates are never written over without --force.
    yforms = tmp / "yaml-forms"
    expect(run(["template", str(plan), "--period", "2021-Q4", "--all", "-o", str(yforms)]), 0,
           "papi template --all")
    again = run(["template", str(plan), "--period", "2021-Q4", "--all", "-o", str(yforms)])
    expect(again, 2, "papi template over existing forms")
    expect(run(["template", str(plan), "--period", "2021-Q4", "--all", "-o", str(yforms),
                "--force"]), 0, "papi template --force")
    shutil.copytree(yforms, plan / "status" / "2021-Q4")
    result = run(["validate", str(plan)])
    expect(result, 0, "papi validate with the forms as Q4 reports")
    report = run(["report", str(plan), "--period", "2021-Q4", "--format", "json"])
    expect(report, 0, "papi report on the forms")
    if report.returncode == 0:
        data = json.loads(report.stdout)
        check(data["units_reported"] == data["units_expected"] == 34,
              f"forms: {data['units_reported']} of {data['units_expected']} reported")
        check(data["overall"]["completion"] == 0, "forms: completion is not 0")


# ------------------------------------------------------------------- diff
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Phòng GD&ĐT", "GIT_AUTHOR_EMAIL": "pgd@example.org",
    "GIT_COMMITTER_NAME": "Phòng GD&ĐT", "GIT_COMMITTER_EMAIL": "pgd@example.org",
    "GIT_AUTHOR_DATE": "2021-07-05T08:00:00+07:00",
    "GIT_COMMITTER_DATE": "2021-07-05T08:00:00+07:00",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo, *args):
    env = dict(os.environ, **GIT_ENV)
    return subprocess.run(["git", "-C", str(repo)] + list(args), env=env, check=True,
                          capture_output=True, text=True).stdout


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-9


def masked(text):
    text = re.sub(r"\(([0-9a-f]{7})\)", "(<commit>)", text)
    return re.sub(r'"commit": "[0-9a-f]{40}"', '"commit": "<commit>"', text)


def snapshot(folder):
    """Every path below `folder` with its bytes (None for a folder)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def part_atomic_import(tmp):
    """An import is all or nothing: when one target cannot be written (here the second unit's
    report path is a folder), no file is written or replaced, nothing is shown as replaced,
    and the plan folder is byte for byte as it was."""
    plan = tmp / "plans" / "van-giang-2021"
    copy_plan(plan)
    sheet = tmp / "two-units.csv"
    sheet.write_text("unit,task,state\nmn-xuan-quan,1.1,done\nth-xuan-quan,1.1,done\n",
                     encoding="utf-8")
    dry = run(["import", str(plan), str(sheet), "--period", "2021-Q3"])
    expect(dry, 0, "dry run of the two-unit sheet")
    check(dry.stdout.count(b"==> ") == 2, f"the dry run shows {dry.stdout.count(b'==> ')} files")

    # A new period: the second unit's report path is a folder.
    (plan / "status" / "2021-Q3" / "th-xuan-quan.yaml").mkdir(parents=True)
    before = snapshot(plan)
    result = run(["import", str(plan), str(sheet), "--period", "2021-Q3", "--write", "--force"])
    expect(result, 2, "import when a target is a folder")
    check("th-xuan-quan.yaml: là thư mục".encode() in result.stderr, f"stderr: {result.stderr!r}")
    check(result.stdout == b"", f"something was shown as replaced: {result.stdout[:200]!r}")
    check(snapshot(plan) == before, "the failed import changed the plan folder")
    check(not (plan / "status" / "2021-Q3" / "mn-xuan-quan.yaml").exists(),
          "the first unit's report was written")

    # Over current reports with --force: the first unit's report is not replaced either.
    q2 = plan / "status" / "2021-Q2"
    (q2 / "th-xuan-quan.yaml").unlink()
    (q2 / "th-xuan-quan.yaml").mkdir()
    before = snapshot(plan)
    result = run(["import", str(plan), str(sheet), "--period", "2021-Q2", "--write", "--force"])
    expect(result, 2, "import --force when a target is a folder")
    check(snapshot(plan) == before, "the failed import --force changed the plan folder")
    check(result.stdout == b"", f"something was shown as replaced: {result.stdout[:200]!r}")

    # The second unit's report is a link to plan.yaml, which papi never overwrites: found before
    # the first unit's report is written or anything is shown as replaced.
    (q2 / "th-xuan-quan.yaml").rmdir()
    (q2 / "th-xuan-quan.yaml").symlink_to("../../plan.yaml")
    before = snapshot(plan)
    result = run(["import", str(plan), str(sheet), "--period", "2021-Q2", "--write", "--force"])
    expect(result, 2, "import --force when a target is an input of the plan")
    check("th-xuan-quan.yaml: không ghi đè lên tệp dữ liệu".encode() in result.stderr,
          f"stderr: {result.stderr!r}")
    check(result.stdout == b"", f"something was shown as replaced: {result.stdout[:200]!r}")
    check(snapshot(plan) == before, "the refused import changed the plan folder")

    # With the link gone, the same import writes both files.
    (q2 / "th-xuan-quan.yaml").unlink()
    result = run(["import", str(plan), str(sheet), "--period", "2021-Q2", "--write", "--force"])
    expect(result, 0, "import --force once the targets are files")
    check("đã ghi 2 tệp".encode() in result.stderr, f"stderr: {result.stderr!r}")


def part_diff(tmp):
    repo = tmp / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("Kế hoạch PAPI\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Khởi tạo")
    git(repo, "tag", "empty")

    plan = repo / "plans" / "van-giang-2021"
    copy_plan(plan)
    late = sorted((plan / "status" / "2021-Q2").glob("th*-*.yaml"))
    held = tmp / "held"
    held.mkdir()
    for path in late:  # the schools' Q2 reports are not in yet
        shutil.move(str(path), held / path.name)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Báo cáo quý II: Phòng và các trường mầm non")
    git(repo, "tag", "q2-partial")

    for path in held.iterdir():
        shutil.move(str(path), plan / "status" / "2021-Q2" / path.name)
    tasks = plan / "tasks.yaml"
    tasks.write_text(tasks.read_text(encoding="utf-8").replace("Cập nhập, công bố", "Cập nhật, công bố"),
                     encoding="utf-8")
    mn = plan / "status" / "2021-Q2" / "mn-cuu-cao.yaml"
    text = mn.read_text(encoding="utf-8")
    text, count = re.subn(r"state: in_progress\n    progress: [0-9.]+\n", "state: done\n", text,
                          count=1)
    check(count == 1, "mn-cuu-cao.yaml has no in_progress record to finish")
    mn.write_text(text, encoding="utf-8")
    # A name that a shell would run: it must stay a name.
    (plan / "status" / "2021-Q2" / "ghi chú; touch PWNED $(touch PWNED2).txt").write_text("x")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Báo cáo quý II: các trường tiểu học và THCS")
    git(repo, "tag", "q2")

    markdown = run(["diff", "plans/van-giang-2021", "q2-partial", "q2"], cwd=repo)
    expect(markdown, 0, "papi diff q2-partial q2")
    compare_golden(masked(markdown.stdout.decode()).encode(), "diff/van-giang-2021.md")
    english = run(["diff", "plans/van-giang-2021", "q2-partial", "q2", "--lang", "en"], cwd=repo)
    expect(english, 0, "papi diff --lang en")
    compare_golden(masked(english.stdout.decode()).encode(), "diff/van-giang-2021.en.md")
    as_json = run(["diff", "plans/van-giang-2021", "q2-partial", "q2", "--format", "json"],
                  cwd=repo)
    expect(as_json, 0, "papi diff --format json")
    compare_golden(masked(as_json.stdout.decode()).encode(), "diff/van-giang-2021.json")
    check(not any(repo.rglob("PWNED*")) and not any(Path.cwd().glob("PWNED*")),
          "a file name was run by a shell")

    # The completion figures are those of papi report on each commit.
    diff = json.loads(as_json.stdout)
    check(diff["completion"]["period"] == "2021-Q2", f"period {diff['completion']['period']}")
    classes = {}  # side -> unit -> submission class in papi report
    for side, tag in (("before", "q2-partial"), ("after", "q2")):
        folder = tmp / f"export-{tag}"
        folder.mkdir()
        archive = subprocess.run(["git", "-C", str(repo), "archive", tag, "plans"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        report = run(["report", str(folder / "plans" / "van-giang-2021"), "--period", "2021-Q2",
                      "--format", "json"])
        if not expect(report, 0, f"papi report on {tag}"):
            continue
        data = json.loads(report.stdout)
        check(close(diff["completion"]["overall"][side], data["overall"]["completion"]),
              f"{side}: overall {diff['completion']['overall'][side]} vs report "
              f"{data['overall']['completion']}")
        by_area = {a["id"]: a["completion"] for a in data["areas"]}
        for area in diff["completion"]["areas"]:
            check(close(area[side], by_area[area["id"]]), f"{side}: area {area['id']}")
        by_unit = {u["id"]: u["completion"] for u in data["units"]}
        for unit in diff["completion"]["units"]:
            check(close(unit[side], by_unit.get(unit["id"])), f"{side}: unit {unit['id']}")
        classes[side] = {u["unit"]: u["class"] for u in data["submissions"]["periods"][0]["by_unit"]}
    edited = diff["tasks"]["edited"]
    check(len(edited) == 1 and edited[0]["id"] == "2.1" and edited[0]["fields"] == ["title"],
          f"tasks edited: {edited}")
    check(len([r for r in diff["reports"] if r["change"] == "added"]) == len(late),
          "reports added")
    check([r["unit"] for r in diff["reports"] if r["change"] == "edited"] == ["mn-cuu-cao"],
          "reports edited")

    # Each unit whose submission class differs between the two reports is listed, with both
    # classes: the schools whose Q2 reports came in between the commits, overdue before.
    want = [{"unit": unit, "before": classes["before"].get(unit), "after": classes["after"].get(unit)}
            for unit in classes["after"] if classes["before"].get(unit) != classes["after"][unit]]
    got = [{"unit": c["unit"], "before": c["before"], "after": c["after"]} for c in diff["submissions"]]
    check(sorted(got, key=lambda c: c["unit"]) == sorted(want, key=lambda c: c["unit"]),
          f"submissions: got {got}, want {want}")
    check(got and all(c["before"] == "overdue" for c in got), f"submissions: {got}")
    # The working tree against HEAD, from inside the plan folder; nothing changed.
    same = run(["diff", "HEAD"], cwd=plan)
    expect(same, 0, "papi diff HEAD in the plan folder")
    check("Không có thay đổi." in same.stdout.decode(), "diff HEAD: changes where none")
    check("thư mục làm việc" in same.stdout.decode(), "diff HEAD: the working tree is not named")
    # An edit in the working tree shows up; -o writes a file.
    pgd = plan / "status" / "2021-Q2" / "pgd.yaml"
    pgd_text = pgd.read_text(encoding="utf-8")
    pgd.write_text(re.sub(r"submitted: [0-9-]+", "submitted: 2021-07-01", pgd_text, count=1),
                   encoding="utf-8")
    edited = run(["diff", "plans/van-giang-2021", "HEAD", "-o", str(tmp / "d.md")], cwd=repo)
    if expect(edited, 0, "papi diff HEAD with an edited report"):
        check("| 2021-Q2 | Phòng Giáo dục và Đào tạo Văn Giang (`pgd`) | sửa |"
              in (tmp / "d.md").read_text(), "the edited report is not listed")
    git(repo, "checkout", "-q", "--", ".")

    # Errors: exit 2 and a plain message.
    result = run(["diff", "plans/van-giang-2021", "no-such-revision"], cwd=repo)
    expect(result, 2, "unknown revision")
    check("không có phiên bản `no-such-revision`".encode() in result.stderr, f"{result.stderr!r}")
    result = run(["diff", "plans/van-giang-2021", "HEAD;touch PWNED3"], cwd=repo)
    expect(result, 2, "a revision with a shell command")
    check(not any(repo.rglob("PWNED*")), "a revision was run by a shell")
    result = run(["diff", "plans/van-giang-2021", "--", "--output=x"], cwd=repo)
    expect(result, 2, "a revision that looks like an option")
    result = run(["diff", "plans/van-giang-2021", "empty"], cwd=repo)
    expect(result, 2, "the plan folder did not exist in that revision")
    check("không có trong phiên bản empty".encode() in result.stderr, f"{result.stderr!r}")
    result = run(["diff", "HEAD~1"], cwd=repo)
    expect(result, 2, "the repository root is not a plan")
    check("phiên bản HEAD~1 không có plan.yaml ở đây".encode() in result.stderr, f"{result.stderr!r}")
    outside = tmp / "outside"
    outside.mkdir()
    result = run(["diff", str(outside), "HEAD"], env={"GIT_CEILING_DIRECTORIES": str(tmp)})
    expect(result, 2, "outside a repository")
    check("không nằm trong kho git".encode() in result.stderr, f"{result.stderr!r}")
    result = run(["diff", str(tmp / "no-such-folder"), "HEAD", "HEAD"])
    expect(result, 2, "a folder that does not exist")

    # A revision with a broken report: its errors are named REV:path and nothing is compared.
    broken = plan / "status" / "2021-Q2" / "pgd.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("state: done", "state: finished", 1),
                      encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Lỗi")
    result = run(["diff", "plans/van-giang-2021", "q2", "HEAD"], cwd=repo)
    expect(result, 1, "a revision with errors")
    check(b"HEAD:plans/van-giang-2021/status/2021-Q2/pgd.yaml:" in result.stderr,
          f"errors are not named REV:path: {result.stderr!r}")


# ----------------------------------------------------------------- schema
def part_schema(tmp):
    for name in ("plan", "units", "tasks", "status"):
        result = run(["schema", name])
        expect(result, 0, f"papi schema {name}")
        check(result.stdout == (ROOT / "schemas" / f"{name}.schema.json").read_bytes(),
              f"papi schema {name} differs from schemas/{name}.schema.json")
        json.loads(result.stdout)
    out = tmp / "s.json"
    expect(run(["schema", "status", "-o", str(out)]), 0, "papi schema -o")
    check(out.read_bytes() == (ROOT / "schemas" / "status.schema.json").read_bytes(), "-o differs")


def main(argv):
    global PAPI, ROOT, GOLDEN
    if len(argv) != 4 or argv[3] not in ("init", "roundtrip", "atomic_import", "diff", "schema"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    PAPI = str(Path(argv[1]).resolve())
    ROOT = Path(argv[2]).resolve()
    GOLDEN = ROOT / "tests" / "workflow" / "golden"
    with tempfile.TemporaryDirectory(prefix="papi-workflow-") as tmp:
        globals()["part_" + argv[3]](Path(tmp))
    print(f"{PASSED} passed, {FAILED} failed")
    if UPDATE:
        print("golden update (PAPI_UPDATE_GOLDEN): the golden files were written, nothing was "
              "compared; run the tests again without it")
        return 1
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
