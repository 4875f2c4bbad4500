#!/usr/bin/env python3
"""No English message escapes into Vietnamese output.

usage: check_vietnamese_output.py REPO_ROOT

Reads every golden file of a run in Vietnamese (the default language: every `*.golden` under
tests/ whose name has no `.en.`), which the golden tests keep equal to papi's real output, and
fails when
1. a diagnostic message or hint (text lines `path: lỗi[code]: …` and `  gợi ý: …`, JSON
   "message" and "hint") or a `papi: …` line of stderr has no Vietnamese word once the parts
   that quote the data (`…`, "…", paths, options) are left out;
2. such a line holds the English text of an entry of src/i18n/messages_vi.cpp (a message whose
   translation was not used), or the English severity words `error[`, `warning[`, `hint:`.
It also fails when the English golden files (`.en.`) are fewer than the Vietnamese ones of
tests/errors/, so that every case is seen in both languages.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from checks import check, finish  # noqa: E402
from messages import vietnamese_table  # noqa: E402

VIETNAMESE = re.compile(r"[À-ỹĐđ]")
TEXT_DIAGNOSTIC = re.compile(r"^\S.*?: (?:lỗi|cảnh báo|lưu ý)\[[a-z0-9-]+\]: (.*)$")
HINT = re.compile(r"^  gợi ý: (.*)$")
QUOTED = re.compile(r"`[^`]*`|\"[^\"]*\"|'[^']*'|\S*[/\\]\S*|--?[a-z][a-z-]*|\S+\.(?:yaml|csv|md|json|svg)\b")


def golden_parts(text):
    m = re.match(r"^exit \d+\n--- stdout\n(.*?)--- stderr\n(.*)$", text, re.S)
    return (m.group(1), m.group(2)) if m else (None, None)


def english_patterns(root):
    """Regexes of the English entries long enough to be recognised in a line."""
    patterns = []
    for en, vi, _ in vietnamese_table(root / "src" / "i18n" / "messages_vi.cpp"):
        if not en or en == vi:
            continue
        words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^{}]*\}", " ", en))
        if len(words) < 3:
            continue
        parts = re.split(r"\{[^{}]*\}", en)
        patterns.append((en, re.compile(".*?".join(re.escape(p) for p in parts))))
    return patterns


def human_lines(stdout, stderr):
    lines = []
    for line in stderr.split("\n"):
        for pattern in (TEXT_DIAGNOSTIC, HINT):
            m = pattern.match(line)
            if m:
                lines.append(m.group(1))
        if line.startswith("papi: "):
            lines.append(line[len("papi: "):])
    if stdout.lstrip().startswith("[") and '"message"' in stdout:
        try:
            for item in json.loads(stdout):
                lines += [item.get("message", ""), item.get("hint", "")]
        except ValueError:
            pass
    return [line for line in lines if line]


def main(root):
    root = Path(root)
    patterns = english_patterns(root)
    check(len(patterns) >= 50, f"only {len(patterns)} English messages to look for")
    goldens = [p for p in sorted((root / "tests").rglob("*.golden")) if ".en." not in p.name]
    check(len(goldens) >= 50, f"only {len(goldens)} Vietnamese golden files found")
    seen = 0
    for path in goldens:
        stdout, stderr = golden_parts(path.read_text(encoding="utf-8"))
        if stdout is None:
            continue
        where = path.relative_to(root)
        for marker in ("error[", "warning[", "note[", "  hint: "):
            check(marker not in stderr, f"{where}: English `{marker.strip()}` in Vietnamese output")
        for line in human_lines(stdout, stderr):
            seen += 1
            rest = QUOTED.sub(" ", line)
            if re.search(r"[A-Za-z]{3,}", rest):
                check(VIETNAMESE.search(rest) is not None,
                      f"{where}: no Vietnamese in {line!r}")
            for en, pattern in patterns:
                if pattern.search(line):
                    check(False, f"{where}: the English message {en!r} in {line!r}")
    check(seen >= 100, f"only {seen} message lines read: the reading in this script needs fixing")

    cases = [p for p in (root / "tests" / "errors").iterdir() if p.is_dir()]
    for case in cases:
        for name in ("expected.golden", "expected.en.golden"):
            check((case / name).is_file(), f"tests/errors/{case.name}/{name} is missing")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
    sys.exit(finish())
