#!/usr/bin/env python3
"""Fills a papi xlsx form in LibreOffice Calc (headless) through UNO, as a clerk types it.

Usage: fill_form_uno.py FORM.xlsx ANSWERS.json OUT.xlsx PROFILE_DIR

ANSWERS.json maps a task id to {"state": LABEL, "progress": N, "completed": "dd/mm/yyyy",
"evidence": TEXT, "reason": TEXT}; each value is entered into its cell of sheet "Báo cáo" as
input: a date as keyboard input (.uno:EnterString), so that "05/08/2021" is read by Calc's own
input rules in the vi-VN locale of the office's machines (XCell.setFormula would read it as
en-US, month first); texts and whole numbers, which read the same in every locale, with
setFormula. The state must be one of the values of
the cell's drop-down list, which this script reads from the cell's validation and checks.
The filled workbook is saved as xlsx ("Calc MS Excel 2007 XML"). Prints the drop-down values
and one line per row typed; exits 1 on any problem.

Needs python3-uno (.ci/install-test-deps) and soffice.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue

FIRST_ROW = 6  # 0-based: row 7 as Calc shows it, the first task of a papi form
COLUMNS = {"state": 2, "progress": 3, "completed": 4, "evidence": 5, "reason": 6}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


# The locale of the office's machines; and no AutoInput, which would complete a typed text from
# the column's other cells (the answers are typed whole).
SETTINGS = ('<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" '
            'oor:op="fuse"><value>vi-VN</value></prop></item>\n'
            '<item oor:path="/org.openoffice.Office.Calc/Input"><prop oor:name="AutoInput" '
            'oor:op="fuse"><value>false</value></prop></item>\n')


def make_vietnamese_profile(profile):
    """Calc reads a typed date by the patterns of its locale setting (vi-VN: day/month/year),
    not by the cell's format, and reads that setting only as it starts: first starts make the
    profile (a first start restarts itself once; a profile left with that restart pending
    restarts again under the script, which drops the bridge), then the setting is written
    into it, as the office's machines have it."""
    registry = profile / "user" / "registrymodifications.xcu"
    for _ in range(4):
        first = subprocess.Popen(["soffice", f"-env:UserInstallation={profile.as_uri()}",
                                  "--headless", "--norestore", "--terminate_after_init"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
        first.wait(timeout=120)
        time.sleep(1)
        try:
            os.killpg(first.pid, signal.SIGKILL)  # what the restart left running
        except ProcessLookupError:
            pass
        text = registry.read_text(encoding="utf-8") if registry.exists() else ""
        if text and "OfficeRestartInProgress" not in text.replace(
                '"OfficeRestartInProgress" oor:op="fuse"><value>false', ""):
            break
    else:
        raise SystemExit(f"soffice did not finish making the profile {profile}")
    registry.write_text(text.replace("</oor:items>", SETTINGS + "</oor:items>"),
                        encoding="utf-8")


def start_listener(profile, pipe, started):
    """soffice listening on a pipe, each start in a process group of its own, added to
    `started`. A start may quit at once (handing its arguments to an instance of the same
    profile still starting): start again until one stays."""
    for _ in range(5):
        process = subprocess.Popen(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
             "--norestore", "--nologo", "--nodefault", f"--accept=pipe,name={pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        started.append(process)
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            return process
        time.sleep(1)
    raise SystemExit("soffice does not stay up")


def connect(pipe, process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            return resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException until soffice listens
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def drop_down_values(cell):
    """The list of the cell's validation: Calc gives it as "a";"b";"c"."""
    formula = cell.getPropertyValue("Validation").getFormula1()
    return [part.strip().strip('"') for part in formula.split(";")]


def typer(context, document):
    """Types text into a cell as the keyboard does (.uno:EnterString): Calc then reads it with
    the input rules of its locale, where XCell.setFormula would read it as en-US."""
    dispatcher = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context)
    controller = document.getCurrentController()
    frame = controller.getFrame()

    def type_into(cell, text):
        controller.select(cell)
        dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0,
                                   (prop("StringName", text),))
    return type_into


def fill(document, answers, type_into):
    sheet = document.Sheets.getByName("Báo cáo")
    values = drop_down_values(sheet.getCellByPosition(COLUMNS["state"], FIRST_ROW))
    lines = ["drop-down: " + " | ".join(values)]
    row = FIRST_ROW
    typed = 0
    while True:
        task = sheet.getCellByPosition(0, row).getString()
        if not task:
            break
        answer = answers.get(task)
        if answer is None:
            raise SystemExit(f"no answer for task {task}")
        if answer["state"] not in values:
            raise SystemExit(f"{answer['state']!r} is not in the drop-down list {values}")
        for key, column in COLUMNS.items():
            if key not in answer:
                continue
            cell = sheet.getCellByPosition(column, row)
            if key == "completed":
                type_into(cell, answer[key])
            else:
                # Texts and whole numbers read the same in every locale: entered as input
                # through the cell itself, which keeps soffice's dispatcher (where headless
                # soffice now and then stops) for the dates.
                cell.setFormula(str(answer[key]))
        lines.append(f"row {row + 1}: {task}: {answer}")
        typed += 1
        row += 1
    if typed != len(answers):
        raise SystemExit(f"typed {typed} rows, {len(answers)} answers")
    return lines


def fill_once(form, answers, out, profile, pipe):
    started = []
    try:
        process = start_listener(profile, pipe, started)
        context = connect(pipe, process)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(form.as_uri(), "_blank", 0,
                                                (prop("Hidden", True),))
        lines = fill(document, answers, typer(context, document))
        document.storeToURL(out.as_uri(), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        # The file is complete once storeToURL returns. soffice may drop the bridge while it
        # closes the document and quits: that is not a failure of the filling.
        try:
            document.close(True)
            desktop.terminate()
        except Exception as error:  # DisposedException: the bridge went away as soffice quit
            print(f"soffice quit: {type(error).__name__}", file=sys.stderr)
        process.wait(timeout=60)
    finally:
        # soffice is a script that starts soffice.bin: end each group this script started.
        for each in started:
            try:
                os.killpg(each.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            each.wait()
    return lines


def main(argv):
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    form, answers_path, out, profile = (Path(a).resolve() for a in argv[1:])
    answers = json.loads(answers_path.read_text(encoding="utf-8"))
    base = profile / "base"
    make_vietnamese_profile(base)
    # Headless soffice now and then stops in the middle of a document (the bridge is disposed):
    # a fault of the office program, not of the form. The whole filling is done again, in a
    # fresh copy of the profile and of the form.
    for attempt in range(1, 5):
        copy = profile / f"attempt-{attempt}"
        shutil.copytree(base, copy)
        blank = shutil.copy(form, copy / form.name)
        try:
            lines = fill_once(Path(blank), answers, out, copy,
                              f"papi-fill-{os.getpid()}-{attempt}")
            break
        except uno.getClass("com.sun.star.uno.RuntimeException") as error:
            if "disposed" not in error.Message:  # DisposedException is a RuntimeException
                raise
            print(f"attempt {attempt}: soffice stopped ({error.Message}); typing again",
                  file=sys.stderr)
            out.unlink(missing_ok=True)
    else:
        return 1
    print("\n".join(lines))
    print(f"saved {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
