#!/usr/bin/env python3
"""docs/papi.1 names every command and every long option that `papi --help` and
`papi COMMAND --help` list, and man renders it without a warning.

usage: check_man_page.py PAPI REPO_ROOT
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402


def help_text(papi, *command):
    return subprocess.run([papi, *command, "--help", "--lang", "en"], check=True, capture_output=True,
                          text=True).stdout


def main():
    papi, root = sys.argv[1:3]
    with open(os.path.join(root, "docs", "papi.1"), encoding="utf-8") as f:
        page = f.read()
    # roff writes a hyphen that must stay one as "\-"; the page as a reader sees it.
    plain = page.replace("\\-", "-").replace("\\fI", "").replace("\\fR", "")
    top = help_text(papi)
    commands = re.findall(r"^  (\w+) {2,}", top.split("Subcommands:")[1], re.M)
    check(len(commands) >= 8, f"papi --help lists the commands ({commands})")
    options = set(re.findall(r"--[a-z][a-z-]*", top))
    for command in commands:
        check(re.search(rf"^\.BR {command} ", page, re.M) is not None,
              f"the man page describes `papi {command}`")
        options |= set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", help_text(papi, command)))
    for option in sorted(options):
        check(re.search(rf"(?<![\w-]){option}(?![\w-])", plain) is not None,
              f"the man page names {option}")
    if shutil.which("man"):
        rendered = subprocess.run(["man", "--warnings", "-l", os.path.join(root, "docs", "papi.1")],
                                  capture_output=True, text=True, env={**os.environ, "MANWIDTH": "80"})
        check(rendered.returncode == 0 and rendered.stderr == "",
              f"man renders the page without warnings: {rendered.stderr}")


main()
sys.exit(finish())
