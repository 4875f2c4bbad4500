#!/usr/bin/env python3
"""Rewrites every example block of docs/errors.md from the golden file it cites (the stderr
part, or stdout for a JSON example), after golden files were regenerated on purpose, and adds
the English example (`expected.en.golden`) after every Vietnamese one that lacks it.
check_errors_doc.py verifies the result.

usage: sync_errors_doc.py REPO_ROOT
"""
import re
import sys

repo = sys.argv[1]
path = f"{repo}/docs/errors.md"
text = open(path, encoding="utf-8").read()


def output_of(golden):
    content = open(f"{repo}/{golden}", encoding="utf-8").read()
    stdout, stderr = content.split("--- stdout\n", 1)[1].split("--- stderr\n", 1)
    return stdout if re.search(r"-json(\.en)?\.golden$", golden) else stderr


def block(golden, fence):
    return f"<!-- example: {golden} -->\n```{fence}\n{output_of(golden)}```"


BLOCK = re.compile(r"<!-- example: (\S+) -->\n```(text|json)\n.*?```", re.S)


def replace(match):
    golden, fence = match.group(1), match.group(2)
    out = block(golden, fence)
    if ".en." not in golden:
        english = golden[: -len(".golden")] + ".en.golden"
        following = text[match.end():match.end() + 400]
        if not following.startswith(f"\n\n<!-- example: {english} -->"):
            out += "\n\n" + block(english, fence)  # Vietnamese first, then the same in English
    return out


text = BLOCK.sub(replace, text)
open(path, "w", encoding="utf-8").write(text)
