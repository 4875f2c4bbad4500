#!/usr/bin/env python3
"""Rewrites every example block of docs/errors.md from the golden file it cites (the stderr
part), after golden files were regenerated on purpose. check_errors_doc.py verifies the result.

usage: sync_errors_doc.py REPO_ROOT
"""
import re
import sys

repo = sys.argv[1]
path = f"{repo}/docs/errors.md"
text = open(path, encoding="utf-8").read()


def stderr_of(golden):
    content = open(f"{repo}/{golden}", encoding="utf-8").read()
    return content.split("--- stderr\n", 1)[1]


def replace(match):
    golden = match.group(1)
    return f"<!-- example: {golden} -->\n```text\n{stderr_of(golden)}```"


text = re.sub(r"<!-- example: (\S+) -->\n```text\n.*?```", replace, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
