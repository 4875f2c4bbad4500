#!/usr/bin/env python3
"""A long Vietnamese value in any field whose message quotes it: `papi validate` exits 1 in every
format, its output is valid UTF-8 (JSON that parses), and every message quotes the value whole or
shortened at a character, never inside one, with "..." after it.

Each field of the shipped plan is replaced in a copy, one at a time, by values whose byte
lengths put a cut at every offset within a character.

usage: check_long_values.py PAPI REPO_ROOT
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

SCHOOL = "Trường Tiểu học Xuân Quan, huyện Văn Giang, tỉnh Hưng Yên"
# The name as the issue gave it (57 characters, 72 bytes: a cut at byte 57 fell inside "ỉ"),
# shifted by two bytes, and four times over (237 characters: every message must shorten it).
VALUES = [SCHOOL, "ab" + SCHOOL, " — ".join([SCHOOL] * 4)]
REPORT = "status/2021-Q1/mn-cuu-cao.yaml"

# field: (file, the first line it replaces, its replacement with {v} for the value)
FIELDS = {
    "unit": (REPORT, r"^unit: .*$", 'unit: "{v}"'),
    "period": (REPORT, r"^period: .*$", 'period: "{v}"'),
    "submitted": (REPORT, r"^submitted: .*$", 'submitted: "{v}"'),
    "task": (REPORT, r"^  - task: .*$", '  - task: "{v}"'),
    "state": (REPORT, r"^    state: .*$", '    state: "{v}"'),
    "completed": (REPORT, r"^    completed: .*$", '    completed: "{v}"'),
    "plan id": ("plan.yaml", r"^id: .*$", 'id: "{v}"'),
    "issued": ("plan.yaml", r"^issued: .*$", 'issued: "{v}"'),
    "reporting": ("plan.yaml", r"^reporting: .*$", 'reporting: "{v}"'),
    "area id": ("plan.yaml", r"^  - id: 1$", '  - id: "{v}"'),
    "unit id": ("units.yaml", r"^  - id: mn-tt-van-giang$", '  - id: "{v}"'),
    "kind": ("units.yaml", r"^    kind: school$", '    kind: "{v}"'),
    "level": ("units.yaml", r"^    level: .*$", '    level: "{v}"'),
    "parent": ("units.yaml", r"^    parent: .*$", '    parent: "{v}"'),
    "task id": ("tasks.yaml", r'^  - id: "1.1"$', '  - id: "{v}"'),
    "task area": ("tasks.yaml", r"^    area: .*$", '    area: "{v}"'),
    "lead": ("tasks.yaml", r"^    lead: .*$", '    lead: "{v}"'),
    "partners": ("tasks.yaml", r"^    partners: .*$", '    partners: ["{v}"]'),
    "schedule": ("tasks.yaml", r"^    schedule: .*$", '    schedule: "{v}"'),
    "due": ("tasks.yaml", r"^    schedule: .*$", '    schedule: {{due: "{v}"}}'),
}


def utf8(data, what):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        check(False, f"{what}: not UTF-8 ({e})")
        return None


def quotes_are_whole_or_shortened(message, value):
    """The message holds the whole value, or a prefix of it cut between two characters and
    followed by "...", or none of it."""
    if value in message:
        return True
    head = value[:8]
    start = message.find(head)
    if start < 0:
        return True
    shown = message[start:]
    cut = shown.find("...")
    return cut > 0 and value.startswith(shown[:cut])


def main():
    papi, root = sys.argv[1:3]
    shipped = os.path.join(root, "plans", "van-giang-2021")
    with tempfile.TemporaryDirectory() as tmp:
        for field, (name, line, replacement) in FIELDS.items():
            for index, value in enumerate(VALUES):
                plan = os.path.join(tmp, f"{field.replace(' ', '-')}-{index}")
                shutil.copytree(shipped, plan)
                path = os.path.join(plan, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                changed, count = re.subn(line, replacement.format(v=value), text, count=1, flags=re.M)
                check(count == 1, f"{field}: the line {line} is in {name}")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(changed)
                what = f"{field} = {len(value)} characters ({len(value.encode())} bytes)"
                for fmt in ("text", "json", "github"):
                    run = subprocess.run([papi, "validate", plan, "--format", fmt], capture_output=True)
                    check(run.returncode == 1, f"{what}, {fmt}: exit {run.returncode}, not 1: "
                                               f"{run.stderr[-300:]!r}")
                    out, err = utf8(run.stdout, f"{what}, {fmt}, stdout"), utf8(run.stderr, f"{what}, {fmt}, stderr")
                    if out is None or err is None:
                        continue
                    if fmt == "json":
                        try:
                            messages = [d["message"] for d in json.loads(out)]
                        except ValueError as e:
                            check(False, f"{what}, json: does not parse ({e})")
                            continue
                        check(messages, f"{what}, json: at least one diagnostic")
                    elif fmt == "github":
                        # ::error file=…,line=…,col=…,title=…::message: the message after the
                        # second "::" (the file's name is a path, not a quoted value)
                        messages = [line.split("::", 2)[-1] for line in out.splitlines()]
                    else:
                        messages = (out + err).splitlines()
                    for message in messages:
                        check(quotes_are_whole_or_shortened(message, value),
                              f"{what}, {fmt}: cut inside the value: {message}")
                    if fmt == "json" and len(value) > 100:
                        for message in messages:
                            check(value not in message, f"{what}, json: a {len(value)}-character value "
                                                        f"quoted whole: {message}")


main()
sys.exit(finish())
