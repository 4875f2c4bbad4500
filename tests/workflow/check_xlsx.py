#!/usr/bin/env python3
"""Excel both ways, checked with independent clients (openpyxl, LibreOffice).

Usage: check_xlsx.py PAPI REPO_ROOT PART
  (PART: form, openpyxl, libreoffice, typed, plain, cells, hostile, encoding, report,
  separator)

- form: `papi template --format xlsx` read by openpyxl: sheets, title block (with the report
  deadline of report_deadlines, in Vietnamese and with --lang en in English), the eight
  headings, the drop-down list, the 0-100 whole-number and plan-year date validations, only the
  input cells unlocked, sheet protection without a password, A4 landscape fitted to the width,
  the header row repeated, the hidden identity sheet; a report on file pre-fills the form, and
  that form imports back to the same records; the same form twice is byte-identical.
- openpyxl: the Q2 reports of several units are typed into blank forms by openpyxl, imported
  with --write, validated, and give the records of the YAML they came from.
- libreoffice: the same, after LibreOffice (headless) re-saved each filled form.
- typed: a blank form filled in LibreOffice Calc itself (headless, by the UNO script
  fill_form_uno.py in the vi-VN locale): states picked from the cell's drop-down list, progress
  and evidence entered, dd/mm/yyyy dates typed as keyboard input, saved as xlsx; import --write,
  validate, and the status file holds exactly the records typed in.
- plain: a sheet a school makes itself (title block, merged cells, header in row 4, dates as
  serials, date cells and dd/mm/yyyy text, numbers stored as text, percentages, a signature
  below) imports to the records typed in.
- cells: diagnostics name the cell (FILE.xlsx:Báo cáo!D7); a form of another unit, period or
  plan is refused.
- hostile: a zip bomb, entity expansion, an external entity, a broken zip, an encrypted
  workbook, an encrypted zip entry, .xls, .ods and a CSV renamed .xlsx: exit 1, a message naming
  the file, nothing written.
- encoding: a Windows-1258 CSV (iconv -t CP1258) with a title row imports with a note; TCVN3 and
  VNI are refused with the way to convert; --encoding forces one.
- report: `papi report --format xlsx` read by openpyxl: a sheet per table (the submissions
  sheet equal to `--by submission`), numbers equal to the CSV report's, percentage formats, frozen and filtered headers, the bar chart; --lang en.
- separator: report CSV with --separator ';' and --decimal-comma.

Prints one line per failure and "N checks passed, M failed" (tests/checks.py); exits 1 if
anything failed.
"""

import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from checks import check, finish  # noqa: E402

PAPI = None
ROOT = None
PERIOD = "2021-Q2"
UNITS = ["mn-cuu-cao", "th-xuan-quan", "thcs-xuan-quan", "pgd"]
LABELS = {"done": "Hoàn thành", "in_progress": "Đang thực hiện",
          "not_started": "Chưa thực hiện", "not_applicable": "Không áp dụng"}
HEADINGS = ["Mã nhiệm vụ", "Nhiệm vụ", "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành",
            "Minh chứng", "Lý do (nếu không áp dụng)", "Ghi chú"]
FIRST_ROW = 7  # the first task row of a papi form


def run(args, cwd=None, lang=None):
    """papi in Vietnamese, its default, whatever the machine's locale; lang="en" (PAPI_LANG)
    where a check reads a message, whose English text is the stable one."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PAPI_LANG")}
    env["NO_COLOR"] = "1"
    if lang:
        env["PAPI_LANG"] = lang
    return subprocess.run([PAPI] + [str(a) for a in args], cwd=cwd, env=env, capture_output=True)


def expect(result, code, what):
    return check(result.returncode == code,
                 f"{what}: exit {result.returncode}, expected {code}\n"
                 f"--- stdout\n{result.stdout.decode(errors='replace')[:3000]}"
                 f"--- stderr\n{result.stderr.decode(errors='replace')[:3000]}")


def copy_plan(destination):
    shutil.copytree(ROOT / "plans" / "van-giang-2021", destination,
                    ignore=shutil.ignore_patterns("README.md"))


def records_of(path):
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    out = []
    for record in data["records"]:
        record = dict(record)
        if "completed" in record:
            record["completed"] = str(record["completed"])
        out.append(record)
    return data, out


def snapshot(folder):
    return sorted((str(p.relative_to(folder)), p.stat().st_mtime_ns, p.stat().st_size)
                  for p in Path(folder).rglob("*"))


def plan_without_reports(tmp):
    """A copy of the plan whose Q2 reports of UNITS are moved aside; returns (plan, originals)."""
    plan = tmp / "plan"
    copy_plan(plan)
    originals = tmp / "originals"
    originals.mkdir()
    for unit in UNITS:
        shutil.move(plan / "status" / PERIOD / f"{unit}.yaml", originals / f"{unit}.yaml")
    return plan, originals


def make_forms(plan, folder):
    args = ["template", plan, "--period", PERIOD, "--format", "xlsx", "-o", folder]
    for unit in UNITS:
        args += ["--unit", unit]
    expect(run(args), 0, "papi template --format xlsx")
    return {unit: folder / f"{unit}.xlsx" for unit in UNITS}


def fill_form(form, records, target):
    """Types the records into a form with openpyxl, as a clerk would."""
    book = openpyxl.load_workbook(form)
    sheet = book["Báo cáo"]
    by_task = {r["task"]: r for r in records}
    row = FIRST_ROW
    while sheet.cell(row, 1).value is not None:
        record = by_task[sheet.cell(row, 1).value]
        sheet.cell(row, 3).value = LABELS[record["state"]]
        if "progress" in record:
            sheet.cell(row, 4).value = record["progress"]
        if "completed" in record:
            sheet.cell(row, 5).value = datetime.date.fromisoformat(record["completed"])
        for column, key in ((6, "evidence"), (7, "reason"), (8, "note")):
            if key in record:
                sheet.cell(row, column).value = record[key]
        row += 1
    check(row - FIRST_ROW == len(records), f"{form.name}: {row - FIRST_ROW} rows, "
                                           f"{len(records)} records")
    book.save(target)


def soffice(args, cwd):
    profile = Path(cwd) / "lo-profile"
    return subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--norestore"] + [str(a) for a in args], cwd=cwd,
                          capture_output=True, timeout=300)


def import_and_compare(plan, originals, files, what):
    result = run(["import", plan] + files + ["--period", PERIOD, "--write"], lang="en")
    if not expect(result, 0, f"{what}: papi import --write"):
        return
    check(f"wrote {len(files)} file(s)".encode() in result.stderr, f"{what}: {result.stderr!r}")
    for unit in UNITS:
        written = plan / "status" / PERIOD / f"{unit}.yaml"
        if not check(written.exists(), f"{what}: {written} not written"):
            continue
        data, got = records_of(written)
        original, want = records_of(originals / f"{unit}.yaml")
        check(data["unit"] == unit and data["period"] == PERIOD, f"{what}: {unit}: unit/period")
        check(got == want, f"{what}: {unit}: records differ\n  got  {got}\n  want {want}")
    expect(run(["validate", plan]), 0, f"{what}: papi validate after the import")


# ------------------------------------------------------------------ form
def part_form(tmp):
    plan = tmp / "plan"
    copy_plan(plan)
    forms = tmp / "forms"
    result = run(["template", plan, "--period", "2021-Q3", "--format", "xlsx", "--unit",
                  "th-xuan-quan", "-o", forms])
    expect(result, 0, "template --format xlsx")
    form = forms / "th-xuan-quan.xlsx"
    if not check(form.exists(), "no form written"):
        return
    again = tmp / "again"
    run(["template", plan, "--period", "2021-Q3", "--format", "xlsx", "--unit", "th-xuan-quan",
         "-o", again])
    check(form.read_bytes() == (again / "th-xuan-quan.xlsx").read_bytes(),
          "the same form twice differs")

    book = openpyxl.load_workbook(form)
    check(book.sheetnames == ["Báo cáo", "Hướng dẫn", "papi"], f"sheets {book.sheetnames}")
    sheet = book["Báo cáo"]
    check(str(sheet["A1"].value).startswith("BÁO CÁO THỰC HIỆN KẾ HOẠCH SỐ 54/KH-PGDĐT"),
          f"title {sheet['A1'].value!r}")
    check(sheet["B2"].value == "Trường Tiểu học Xuân Quan (th-xuan-quan)", f"{sheet['B2'].value!r}")
    check(sheet["B3"].value == "Quý III năm 2021 (2021-Q3)", f"period {sheet['B3'].value!r}")
    check(sheet["A4"].value is None and sheet["B4"].value is None,
          f"a deadline for 2021-Q3, which report_deadlines does not name: {sheet['B4'].value!r}")
    check([sheet.cell(6, c).value for c in range(1, 9)] == HEADINGS, "headings")
    tasks = yaml.safe_load((plan / "tasks.yaml").read_text(encoding="utf-8"))["tasks"]
    ids = []
    row = FIRST_ROW
    while sheet.cell(row, 1).value is not None:
        ids.append(sheet.cell(row, 1).value)
        check(sheet.cell(row, 1).data_type == "s", "task id not text")
        check(sheet.cell(row, 1).protection.locked and sheet.cell(row, 2).protection.locked,
              "task cells not locked")
        check(all(not sheet.cell(row, c).protection.locked for c in range(3, 9)),
              f"row {row}: input cells locked")
        check(sheet.cell(row, 3).value is None, "state pre-filled in a form with no report")
        check(sheet.cell(row, 5).number_format == "dd/mm/yyyy", "date format")
        row += 1
    check(len(ids) > 20 and set(ids) <= {t["id"] for t in tasks}, f"task ids {ids}")
    check(sheet.protection.sheet and not sheet.protection.password, "protection")
    check(sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9",
          "A4 landscape")
    # fitToWidth left out means 1 page wide; fitToHeight 0, as many pages down as needed.
    check(sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (None, 1)
          and sheet.page_setup.fitToHeight == 0, "fit to width")
    check(sheet.print_title_rows == "$6:$6", f"repeated rows {sheet.print_title_rows!r}")
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    last = FIRST_ROW + len(ids) - 1
    state = validations.get(f"C{FIRST_ROW}:C{last}")
    check(state is not None and state.type == "list" and state.formula1 ==
          '"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không áp dụng"', "state list")
    progress = validations.get(f"D{FIRST_ROW}:D{last}")
    check(progress is not None and progress.type == "whole" and progress.formula1 == "0"
          and progress.formula2 == "100" and progress.prompt, "progress validation")
    date = validations.get(f"E{FIRST_ROW}:E{last}")
    check(date is not None and date.type == "date" and date.formula1 == "44197"
          and date.formula2 == "44561", "date inside 2021")  # 2021-01-01, 2021-12-31
    meta = book["papi"]
    check(meta.sheet_state == "hidden", "identity sheet not hidden")
    check([[c.value for c in r] for r in meta.iter_rows(max_col=2)] ==
          [["unit", "th-xuan-quan"], ["period", "2021-Q3"], ["plan", "van-giang-2021"],
           ["form_version", "1"]], "identity values")
    guide = book["Hướng dẫn"]
    check("HƯỚNG DẪN" in str(guide["A1"].value), "guide sheet")

    # The deadline of report_deadlines (2021-Q1: 2021-03-20, 2021-Q2: 2021-06-20) in the title
    # block, in the language of --lang.
    for period, lang, want in (
            ("2021-Q1", "vi", [["Đơn vị:", "Trường Tiểu học Xuân Quan (th-xuan-quan)"],
                               ["Kỳ báo cáo:", "Quý I năm 2021 (2021-Q1)"],
                               ["Hạn nộp báo cáo:", "20/03/2021"]]),
            ("2021-Q2", "en", [["Unit:", "Trường Tiểu học Xuân Quan (th-xuan-quan)"],
                               ["Period:", "Q2 2021 (2021-Q2)"],
                               ["Report due:", "2021-06-20"]])):
        folder = tmp / f"deadline-{period}-{lang}"
        expect(run(["template", plan, "--period", period, "--format", "xlsx", "--unit",
                    "th-xuan-quan", "--lang", lang, "-o", folder]), 0, f"template {period} {lang}")
        titled = openpyxl.load_workbook(folder / "th-xuan-quan.xlsx")["Báo cáo"]
        block = [[titled.cell(r, c).value for c in (1, 2)] for r in (2, 3, 4)]
        check(block == want, f"{period} --lang {lang}: title block {block}")
        heading = ("BÁO CÁO THỰC HIỆN KẾ HOẠCH SỐ 54/KH-PGDĐT: " if lang == "vi"
                   else "REPORT ON PLAN NO. 54/KH-PGDĐT: ")
        check(str(titled["A1"].value).startswith(heading), f"{lang} heading {titled['A1'].value!r}")
        check([titled.cell(6, c).value for c in range(1, 9)] == HEADINGS,
              f"{lang}: the table's headings stay those import reads")

    # A report on file pre-fills the form, and that form imports back unchanged.
    result = run(["template", plan, "--period", PERIOD, "--format", "xlsx", "--unit",
                  "mn-cuu-cao", "-o", tmp / "prefilled"])
    expect(result, 0, "template of a unit with a report")
    prefilled = tmp / "prefilled" / "mn-cuu-cao.xlsx"
    book = openpyxl.load_workbook(prefilled)
    sheet = book["Báo cáo"]
    _, records = records_of(plan / "status" / PERIOD / "mn-cuu-cao.yaml")
    first = records[0]
    check(sheet.cell(FIRST_ROW, 3).value == LABELS[first["state"]], "pre-filled state")
    result = run(["import", plan, prefilled, "--period", PERIOD])
    expect(result, 0, "import of a pre-filled form (dry run)")
    _, want = records_of(plan / "status" / PERIOD / "mn-cuu-cao.yaml")
    shown = result.stdout.decode()
    body = shown[shown.index("schema_version"):]
    check(yaml.safe_load(body)["records"] == yaml.safe_load(
        (plan / "status" / PERIOD / "mn-cuu-cao.yaml").read_text(encoding="utf-8"))["records"],
        "a pre-filled form does not import to the report it came from")


# -------------------------------------------------------------- openpyxl
def part_openpyxl(tmp):
    plan, originals = plan_without_reports(tmp)
    forms = make_forms(plan, tmp / "forms")
    filled = tmp / "filled"
    filled.mkdir()
    files = []
    for unit, form in forms.items():
        _, records = records_of(originals / f"{unit}.yaml")
        fill_form(form, records, filled / f"{unit}.xlsx")
        files.append(filled / f"{unit}.xlsx")
    import_and_compare(plan, originals, files, "openpyxl")


# ----------------------------------------------------------- libreoffice
def part_libreoffice(tmp):
    plan, originals = plan_without_reports(tmp)
    forms = make_forms(plan, tmp / "forms")
    filled = tmp / "filled"
    filled.mkdir()
    for unit, form in forms.items():
        _, records = records_of(originals / f"{unit}.yaml")
        fill_form(form, records, filled / f"{unit}.xlsx")
    resaved = tmp / "resaved"
    result = soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved]
                     + sorted(filled.glob("*.xlsx")), tmp)
    files = sorted(resaved.glob("*.xlsx"))
    if not check(len(files) == len(UNITS), f"LibreOffice wrote {len(files)} files: "
                                           f"{result.stderr.decode(errors='replace')}"):
        return
    for path in files:
        check(path.read_bytes() != (filled / path.name).read_bytes(), "not re-saved")
    # Importing a folder of answers reads every .xlsx in it.
    result = run(["import", plan, resaved, "--period", PERIOD, "--write"])
    expect(result, 0, "import of a folder re-saved by LibreOffice")
    for unit in UNITS:
        written = plan / "status" / PERIOD / f"{unit}.yaml"
        if check(written.exists(), f"{written} not written"):
            check(records_of(written)[1] == records_of(originals / f"{unit}.yaml")[1],
                  f"libreoffice: {unit}: records differ")
    expect(run(["validate", plan]), 0, "validate after the LibreOffice import")


# ------------------------------------------------------ libreoffice-typed
STATE_OF_LABEL = {label: state for state, label in LABELS.items()}


def part_typed(tmp):
    """A blank form filled in LibreOffice Calc by a UNO script, as a clerk types it, then
    imported with --write and validated: the status file holds what was typed."""
    plan = tmp / "plan"
    copy_plan(plan)
    period, unit = "2021-Q3", "th-xuan-quan"
    expect(run(["template", plan, "--period", period, "--format", "xlsx", "--unit", unit, "-o",
                tmp / "forms"]), 0, "template --format xlsx")
    form = tmp / "forms" / f"{unit}.xlsx"
    sheet = openpyxl.load_workbook(form)["Báo cáo"]
    tasks = []
    while sheet.cell(FIRST_ROW + len(tasks), 1).value is not None:
        tasks.append(sheet.cell(FIRST_ROW + len(tasks), 1).value)
    # Every state of the drop-down in turn; days 1 to 12, so that a date read month first
    # would be another date.
    answers, want = {}, []
    for i, task in enumerate(tasks):
        label = list(LABELS.values())[i % 4]
        answer, record = {"state": label}, {"task": task, "state": STATE_OF_LABEL[label]}
        if label == LABELS["done"]:
            day, month = i % 12 + 1, 7 + i % 3
            answer["completed"] = f"{day:02}/{month:02}/2021"
            record["completed"] = f"2021-{month:02}-{day:02}"
            answer["evidence"] = record["evidence"] = f"Công văn số {i + 10}/TH-XQ ngày {day}/{month}"
        elif label == LABELS["in_progress"]:
            answer["progress"] = record["progress"] = 10 + 2 * i
            answer["evidence"] = record["evidence"] = "Kế hoạch số 12, đang triển khai"
        elif label == LABELS["not_applicable"]:
            answer["reason"] = record["reason"] = "Trường không có học sinh khuyết tật"
        answers[task] = answer
        want.append(record)
    (tmp / "answers.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    filled = tmp / "filled" / f"{unit}.xlsx"
    filled.parent.mkdir()
    typed = subprocess.run([sys.executable, Path(__file__).parent / "fill_form_uno.py", form,
                            tmp / "answers.json", filled, tmp / "lo-profile"],
                           capture_output=True, timeout=400)
    out = typed.stdout.decode(errors="replace")
    if not check(typed.returncode == 0 and filled.exists(),
                 f"LibreOffice typing: exit {typed.returncode}\n{out}"
                 f"{typed.stderr.decode(errors='replace')}"):
        return
    check("drop-down: Hoàn thành | Đang thực hiện | Chưa thực hiện | Không áp dụng" in out,
          f"the drop-down LibreOffice shows: {out.splitlines()[:1]}")
    check(out.count("\nrow ") + out.startswith("row ") == len(tasks), f"rows typed: {out!r}")

    result = run(["import", plan, filled, "--period", period, "--write"], lang="en")
    if not expect(result, 0, "import --write of the form typed in LibreOffice"):
        return
    check(b"wrote 1 file(s)" in result.stderr, f"{result.stderr!r}")
    expect(run(["validate", plan]), 0, "validate after the import")
    data, got = records_of(plan / "status" / period / f"{unit}.yaml")
    check(data["unit"] == unit and data["period"] == period, "unit and period of the file")
    check(len(got) == len(want) == len(tasks) and len(tasks) > 20, f"{len(got)} records")
    for have, typed_in in zip(got, want):
        check(have == typed_in, f"typed {typed_in}, imported {have}")


# ----------------------------------------------------------------- plain
def part_plain(tmp):
    plan = tmp / "plan"
    copy_plan(plan)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["A1"] = "PHÒNG GD&ĐT VĂN GIANG"
    sheet["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet.merge_cells("E1:H1")
    sheet["A2"] = "TRƯỜNG THCS XUÂN QUAN"
    sheet["A3"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PAPI QUÝ III/2021"
    sheet.merge_cells("A3:H3")
    header = ["STT", "Đơn vị", "Nội dung", "Trạng thái", "Tỷ lệ hoàn thành", "Ngày hoàn thành",
              "Minh chứng", "Ghi chú"]
    for column, text in enumerate(header, 1):
        sheet.cell(4, column).value = text
    rows = [
        ("1.1", "thcs-xuan-quan", "…", "Hoàn thành", None, datetime.date(2021, 7, 15), "CV 1", None),
        ("1.2", None, "…", "Đang thực hiện", 0.6, None, None, "chậm"),
        ("2.1", None, "…", "Đang thực hiện", "45", None, None, None),
        ("2.2", None, "…", "Hoàn thành", None, "05/08/2021", None, None),
        ("2.3", None, "…", "Hoàn thành", 100, 44440, None, None),  # 2021-09-01 as a serial
    ]
    for index, row in enumerate(rows):
        for column, value in enumerate(row, 1):
            sheet.cell(5 + index, column).value = value
    sheet.merge_cells("B5:B9")  # the unit, once for all its rows
    sheet["E6"].number_format = "0%"
    sheet["F5"].number_format = "dd/mm/yyyy"
    sheet["F9"].number_format = "dd/mm/yyyy"
    sheet["F11"] = "Xuân Quan, ngày 30 tháng 9 năm 2021"
    sheet["F12"] = "HIỆU TRƯỞNG"
    sheet["F13"] = "(Ký, ghi rõ họ tên)"
    path = tmp / "bao-cao-thcs.xlsx"
    book.save(path)
    result = run(["import", plan, path, "--period", "2021-Q3"])
    if not expect(result, 0, "import of a school's own sheet"):
        return
    text = result.stdout.decode()
    data = yaml.safe_load(text[text.index("schema_version"):])
    got = data["records"]
    for record in got:
        if "completed" in record:
            record["completed"] = str(record["completed"])
    want = [
        {"task": "1.1", "state": "done", "completed": "2021-07-15", "evidence": "CV 1"},
        {"task": "1.2", "state": "in_progress", "progress": 60, "note": "chậm"},
        {"task": "2.1", "state": "in_progress", "progress": 45},
        {"task": "2.2", "state": "done", "completed": "2021-08-05"},
        {"task": "2.3", "state": "done", "progress": 100, "completed": "2021-09-01"},
    ]
    check(data["unit"] == "thcs-xuan-quan", f"unit {data['unit']}")
    check(got == want, f"plain sheet records\n  got  {got}\n  want {want}")


# ----------------------------------------------------------------- cells
def part_cells(tmp):
    plan, originals = plan_without_reports(tmp)
    forms = make_forms(plan, tmp / "forms")
    _, records = records_of(originals / "th-xuan-quan.yaml")
    records = [dict(r) for r in records]
    records[0] = {"task": records[0]["task"], "state": "in_progress", "progress": 140}
    bad = tmp / "bad.xlsx"
    fill_form(forms["th-xuan-quan"], records, bad)
    before = snapshot(plan)
    result = run(["import", plan, bad, "--period", PERIOD, "--write"], lang="en")
    expect(result, 1, "import of a form with a bad cell")
    check(f"{bad}:Báo cáo!D7: error[import-invalid-progress]: `progress` 140 is more than "
          f"100".encode() in result.stderr, f"cell diagnostic: {result.stderr.decode()!r}")
    check(snapshot(plan) == before, "a failed import wrote files")

    form = forms["mn-cuu-cao"]
    result = run(["import", plan, form, "--period", "2021-Q3"], lang="en")
    expect(result, 1, "a form of another period")
    check(f"{form}: error[import-form-mismatch]: the form is for period 2021-Q2, not "
          f"2021-Q3".encode() in result.stderr, f"period mismatch: {result.stderr.decode()!r}")
    book = openpyxl.load_workbook(form)
    book["papi"]["B1"] = "th-xuan-quan"
    book["papi"]["B3"] = "another-plan"
    other = tmp / "other.xlsx"
    book.save(other)
    result = run(["import", plan, other, "--period", PERIOD], lang="en")
    expect(result, 1, "a form of another plan")
    check(b"the form is for plan another-plan, not van-giang-2021" in result.stderr,
          f"plan mismatch: {result.stderr.decode()!r}")


# --------------------------------------------------------------- hostile
def minimal_xlsx(sheet_xml):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="Báo cáo" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" '
                   'Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" '
                   'Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b"<worksheet><sheetData>")
            chunk = b" " * (1 << 20)
            for _ in range(200):  # 200 MiB of spaces in about 200 KiB
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")


def encrypt_flag(data):
    """Sets the "encrypted" bit of every local header and every central directory entry."""
    data = bytearray(data)
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = data.find(signature)
        while i >= 0:
            data[i + flags_at] |= 1
            i = data.find(signature, i + 4)
    return bytes(data)


def part_hostile(tmp):
    plan = tmp / "plan"
    copy_plan(plan)
    forms = tmp / "forms"
    expect(run(["template", plan, "--period", "2021-Q3", "--format", "xlsx", "--unit",
                "th-xuan-quan", "-o", forms]), 0, "template")
    good = (forms / "th-xuan-quan.xlsx").read_bytes()
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + ']><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row>'
                '</sheetData></worksheet>')
    external = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                '<worksheet><sheetData><row><c t="inlineStr"><is><t>&x;</t></is></c></row>'
                '</sheetData></worksheet>')
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    cases = {
        "bomb.xlsx": (None, "expands to"),
        "laughs.xlsx": (minimal_xlsx(laughs), "declares a DOCTYPE"),
        "external.xlsx": (minimal_xlsx(external), "declares a DOCTYPE"),
        "broken.xlsx": (good[:len(good) // 2], "damaged zip archive"),
        "encrypted.xlsx": (ole2 + "EncryptedPackage".encode("utf-16-le"),
                           "protected by a password"),
        "zipcrypto.xlsx": (encrypt_flag(good), "encrypted"),
        "old.xlsx": (ole2, "Excel 97-2003 workbook (.xls)"),
        "calc.xlsx": (ods.getvalue(), "OpenDocument spreadsheet (.ods)"),
        "renamed.xlsx": ("unit,task,state\nth-xuan-quan,1.1,done\n".encode(), "a text file"),
    }
    before = snapshot(plan)
    for name, (data, words) in cases.items():
        path = tmp / name
        if data is None:
            zip_bomb(path)
        else:
            path.write_bytes(data)
        result = run(["import", plan, path, "--period", "2021-Q3", "--write"], lang="en")
        stderr = result.stderr.decode(errors="replace")
        expect(result, 1, f"hostile {name}")
        check(f"{path}: error[import-xlsx-" in stderr and words in stderr,
              f"hostile {name}: message {stderr!r}")
        check(snapshot(plan) == before, f"hostile {name}: files written")


# -------------------------------------------------------------- encoding
def part_encoding(tmp):
    plan = tmp / "plan"
    copy_plan(plan)
    text = ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2021;;;\r\n"
            "Đơn vị;Mã nhiệm vụ;Tình trạng;Tiến độ;Minh chứng\r\n"
            "th-xuan-quan;1.1;Hoàn thành;;Biên bản họp ngày 15/7/2021\r\n"
            "th-xuan-quan;1.2;Đang thực hiện;40;Kế hoạch số 12, tiếp tục thực hiện\r\n")
    path = tmp / "excel.csv"
    converted = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=text.encode(),
                               capture_output=True)
    check(converted.returncode == 0 and converted.stdout != text.encode(), "iconv CP1258")
    path.write_bytes(converted.stdout)
    result = run(["import", plan, path, "--period", "2021-Q3"], lang="en")
    if expect(result, 0, "import of a Windows-1258 CSV"):
        stderr = result.stderr.decode()
        check(f"{path}: note[import-legacy-encoding]: the file is not UTF-8 but Windows-1258"
              in stderr, f"note: {stderr!r}")
        check("Lưu dưới dạng" in stderr and "CSV UTF-8" in stderr, f"Excel steps: {stderr!r}")
        out = result.stdout.decode()
        check('evidence: "Biên bản họp ngày 15/7/2021"' in out, f"converted text: {out!r}")
        check('evidence: "Kế hoạch số 12, tiếp tục thực hiện"' in out, "ệ composed (NFC)")
    forced = run(["import", plan, path, "--period", "2021-Q3", "--encoding", "utf-8"])
    expect(forced, 1, "--encoding utf-8 on a Windows-1258 file")
    check("Lưu dưới dạng" in forced.stderr.decode(), "the UTF-8 error gives the Excel steps")
    tcvn = tmp / "tcvn3.csv"
    tcvn.write_bytes(b"unit;task;state;evidence\nth-xuan-quan;1.1;Ho\xb5n th\xb5nh;"
                     b"\xa7\xb7 th\xf9c hi\xd6n\n")
    result = run(["import", plan, tcvn, "--period", "2021-Q3"], lang="en")
    expect(result, 1, "a TCVN3 CSV")
    stderr = result.stderr.decode()
    check(f"{tcvn}: error[import-legacy-encoding]: the file looks like TCVN3" in stderr
          and "Unikey" in stderr, f"TCVN3 refusal: {stderr!r}")
    result = run(["import", plan, tcvn, "--period", "2021-Q3", "--encoding", "vni"])
    expect(result, 1, "--encoding vni")
    check("VNI" in result.stderr.decode(), f"VNI refusal: {result.stderr.decode()!r}")


# ---------------------------------------------------------------- report
TABLES = {"area": "Lĩnh vực", "unit": "Đơn vị", "level": "Cấp học", "commune": "Xã",
          "task": "Nhiệm vụ", "record": "Bản ghi"}


def part_report(tmp):
    plan = ROOT / "plans" / "van-giang-2021"
    out = tmp / "report.xlsx"
    result = run(["report", plan, "--format", "xlsx", "-o", out])
    if not expect(result, 0, "report --format xlsx"):
        return
    second = tmp / "again.xlsx"
    run(["report", plan, "--format", "xlsx", "-o", second])
    check(out.read_bytes() == second.read_bytes(), "the same report twice differs")
    book = openpyxl.load_workbook(out)
    check(book.sheetnames == ["Tổng quan"] + list(TABLES.values()) + ["Gửi báo cáo", "Tồn tại"],
          f"{book.sheetnames}")
    # The findings sheet holds the rows of --by finding: the 7 findings the Q2 report counts
    # (docs/inspections.md works them out), classes in words, days overdue for the overdue ones.
    sheet = book["Tồn tại"]
    rows = list(csv.DictReader(io.StringIO(
        run(["report", plan, "--format", "csv", "--by", "finding"]).stdout.decode())))
    check(sheet.max_row == len(rows) + 1 == 8, f"findings: {sheet.max_row - 1} rows")
    classes = {"fixed_on_time": "Đã khắc phục đúng hạn", "fixed_late": "Đã khắc phục quá hạn",
               "open": "Chưa khắc phục, trong hạn", "open_overdue": "Chưa khắc phục, quá hạn"}
    overdue_days = {}
    for index, row in enumerate(rows, start=2):
        cells = [sheet.cell(index, c).value for c in range(1, 13)]
        check(cells[0] == row["inspection"] and cells[1] == row["unit"]
              and cells[4] == int(row["finding"]) and cells[5] == int(row["area"])
              and str(cells[8].date()) == row["due"] and cells[10] == classes[row["class"]],
              f"finding row {index}: {cells} {row}")
        if row["class"] == "open_overdue":
            overdue_days[(row["inspection"], row["finding"])] = cells[11]
    check(overdue_days == {("2021-04-thcs-me-so", "1"): 30, ("2021-04-thcs-me-so", "4"): 20},
          f"days overdue {overdue_days}")
    # The submissions sheet holds the rows of --by submission, dates as dates, classes in words.
    sheet = book["Gửi báo cáo"]
    rows = list(csv.DictReader(io.StringIO(
        run(["report", plan, "--format", "csv", "--by", "submission"]).stdout.decode())))
    check([c.value for c in sheet[1]] == ["Kỳ", "Mã", "Đơn vị", "Hạn gửi", "Ngày gửi",
                                          "Tình hình gửi"], f"submission headings {sheet[1]}")
    check(sheet.max_row == len(rows) + 1 == 69, f"submissions: {sheet.max_row - 1} rows")
    words = {"on_time": "Gửi đúng hạn", "late": "Gửi quá hạn", "overdue": "Quá hạn chưa gửi"}
    for index, row in enumerate(rows, start=2):
        cells = [sheet.cell(index, c).value for c in range(1, 7)]
        day = [str(v.date()) if isinstance(v, datetime.datetime) else (v or "")
               for v in cells[3:5]]
        check(cells[:2] == [row["period"], row["unit"]] and day == [row["due"], row["submitted"]]
              and cells[5] == words.get(row["class"]), f"submission row {index}: {cells} {row}")
    for table, name in TABLES.items():
        sheet = book[name]
        rows = list(csv.reader(io.StringIO(
            run(["report", plan, "--format", "csv", "--by", table]).stdout.decode())))
        header, rows = rows[0], rows[1:]
        check(sheet.max_row == len(rows) + 1, f"{name}: {sheet.max_row - 1} rows, "
                                              f"CSV {len(rows)}")
        check(sheet.freeze_panes == "A2" and sheet.auto_filter.ref, f"{name}: frozen, filtered")
        if "completion" not in header:
            continue
        at = header.index("completion")
        # The CSV's columns from completion on are the sheet's from its completion column on.
        xlsx_at = [c.value for c in sheet[1]].index("Hoàn thành")
        for index, row in enumerate(rows):
            cells = sheet[index + 2]
            value = cells[xlsx_at].value
            if row[at] == "":
                check(value is None, f"{name} row {index + 2}: completion {value!r}, want empty")
                continue
            check(isinstance(value, (int, float)) and round(value * 100, 2) == float(row[at]),
                  f"{name} row {index + 2}: completion {value!r} vs {row[at]}")
            check(cells[xlsx_at].number_format == "0.0%", f"{name}: percent format")
            counts = [c.value for c in cells[xlsx_at + 1:xlsx_at + 8]]
            check(counts == [int(x) for x in row[at + 1:at + 8]],
                  f"{name} row {index + 2}: counts {counts} vs {row[at + 1:at + 8]}")
    records = book["Bản ghi"]
    check(records.cell(2, 10).value == 100 and isinstance(records.cell(2, 10).value, (int, float)),
          "records: value is a number")
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        check(len(charts) == 1, f"charts {charts}")
        if charts:
            chart = z.read(charts[0]).decode()
            check("<c:barChart>" in chart and "<c:barDir val=\"bar\"/>" in chart, "a bar chart")
            check("'Lĩnh vực'!$D$2:$D$9" in chart and "'Lĩnh vực'!$B$2:$B$9" in chart,
                  "the chart shows the areas' completion")
    # A plan without report_deadlines has no submission view, and no such sheet.
    undated = tmp / "undated"
    copy_plan(undated)
    text = (undated / "plan.yaml").read_text(encoding="utf-8")
    (undated / "plan.yaml").write_text(
        text.replace("report_deadlines:\n  2021-Q1: 2021-03-20\n  2021-Q2: 2021-06-20\n", ""),
        encoding="utf-8")
    expect(run(["report", undated, "--format", "xlsx", "-o", tmp / "undated.xlsx"]), 0,
           "report of a plan without deadlines")
    check(openpyxl.load_workbook(tmp / "undated.xlsx").sheetnames ==
          ["Tổng quan"] + list(TABLES.values()) + ["Tồn tại"],
          "no submissions sheet without deadlines")
    english = tmp / "en.xlsx"
    expect(run(["report", plan, "--format", "xlsx", "--lang", "en", "-o", english]), 0, "--lang en")
    book = openpyxl.load_workbook(english)
    check(book.sheetnames == ["Overview", "Areas", "Units", "Levels", "Communes", "Tasks",
                              "Records", "Submissions", "Findings"],
          f"english sheets {book.sheetnames}")
    check(book["Submissions"]["F2"].value == "Sent on time", "english submission class")
    check(book["Areas"]["D1"].value == "Completion", "english heading")
    result = run(["report", plan, "--format", "xlsx"], lang="en")
    expect(result, 2, "an xlsx report to the terminal")
    check(b"--format xlsx writes a file: give -o FILE.xlsx" in result.stderr, f"{result.stderr!r}")


# ------------------------------------------------------------- separator
def part_separator(tmp):
    plan = ROOT / "plans" / "van-giang-2021"
    plain = run(["report", plan, "--format", "csv", "--by", "area"])
    vi = run(["report", plan, "--format", "csv", "--by", "area", "--separator", ";",
              "--decimal-comma"])
    if not (expect(plain, 0, "report csv") and expect(vi, 0, "report csv ; decimal comma")):
        return
    a = list(csv.reader(io.StringIO(plain.stdout.decode())))
    b = list(csv.reader(io.StringIO(vi.stdout.decode()), delimiter=";"))
    check(a[0] == b[0], "same header")
    at = a[0].index("completion")
    for x, y in zip(a[1:], b[1:]):
        check(y[at] == x[at].replace(".", ","), f"decimal comma {y[at]} vs {x[at]}")
        check(x[:at] == y[:at] and x[at + 1:] == y[at + 1:], "other cells unchanged")
    # The published scores too: a vi-VN Excel reads 5.403 as five thousand four hundred and three.
    plain = run(["report", plan, "--format", "csv", "--by", "outcome"])
    vi = run(["report", plan, "--format", "csv", "--by", "outcome", "--separator", ";",
              "--decimal-comma"])
    a = list(csv.reader(io.StringIO(plain.stdout.decode())))
    b = list(csv.reader(io.StringIO(vi.stdout.decode()), delimiter=";"))
    latest = a[0].index("latest")
    check([r[latest] for r in b[1:4]] == ["5,403", "5,859", ""],
          f"scores with a decimal comma: {[r[latest] for r in b[1:4]]}")
    for x, y in zip(a[1:], b[1:]):
        check(y == [v.replace(".", ",") for v in x], f"outcome row {y} vs {x}")
    semi = run(["report", plan, "--format", "csv", "--by", "record", "--separator", ";"])
    rows = list(csv.reader(io.StringIO(semi.stdout.decode()), delimiter=";"))
    check(len(rows) > 1000 and all(len(r) == len(rows[0]) for r in rows), "; records")
    bad = run(["report", plan, "--format", "csv", "--separator", "|"])
    expect(bad, 2, "--separator |")


def main(argv):
    global PAPI, ROOT
    parts = ("form", "openpyxl", "libreoffice", "typed", "plain", "cells", "hostile", "encoding",
             "report", "separator")
    if len(argv) != 4 or argv[3] not in parts:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    PAPI = str(Path(argv[1]).resolve())
    ROOT = Path(argv[2]).resolve()
    with tempfile.TemporaryDirectory(prefix="papi-xlsx-") as tmp:
        globals()["part_" + argv[3]](Path(tmp))
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
