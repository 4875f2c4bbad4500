#!/usr/bin/env python3
"""docs/errors.md lists every diagnostic code, with its real output.

Usage: check_errors_doc.py REPO_ROOT

Fails if
1. a diagnostic code that papi can emit is not documented in docs/errors.md.
   The codes are gathered from two places:
   - the golden files tests/errors/*/expected*.golden (text and JSON output);
   - the C++ sources under src/: string literals assigned to or compared with a
     `code` member (`d.code = "empty-file"`), and string literals passed as the
     argument of any function whose parameter of that position is named `code`
     (`file_problem(path, "missing-file", ...)`, `add(where, Severity::error,
     "invalid-date", ...)`): the functions are found by their declarations, so a
     new helper that takes `std::string code` is picked up without changing this
     script.
   A code is documented by a heading of its own: a line "### `<code>`".
2. docs/errors.md documents a code that papi no longer has.
3. an example block differs from the golden file it cites. An example is marked
   by a comment line naming the golden file, right before a fenced block:
       <!-- example: tests/errors/duplicate-key/expected.golden -->
       ```text
       ...the "--- stderr" part of that file, byte for byte...
       ```
   For an expected-json.golden file the block holds the "--- stdout" part.
4. a code that some golden file shows has no example in its section (an example
   of another case that shows the code counts too).

Prints one line per failure and ends with "N passed, M failed"; exits 1 if
anything failed, 2 on bad usage.
"""

import json
import re
import sys
from pathlib import Path

CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
TEXT_DIAGNOSTIC = re.compile(r"^\S.*?: (?:error|warning|note|lỗi|cảnh báo|lưu ý)\[([a-z0-9-]+)\]: ",
                             re.M)
HEADING = re.compile(r"^###\s+`([^`]+)`\s*$")
EXAMPLE = re.compile(r"^<!--\s*example:\s*(\S+)\s*-->\s*$")
FENCE = re.compile(r"^(`{3,}|~{3,})")


# ------------------------------------------------------------ C++ sources
def strip_comments(text):
    """C++ text with comments blanked out; string and character literals kept."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i)
            end = n if end < 0 else end + len(m.group(1)) + 2
            out.append(text[i:end])
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def split_arguments(text, open_index):
    """The top-level arguments of the parenthesis opening at open_index, or None."""
    depth = 0
    args = []
    current = []
    i = open_index
    n = len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            current.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "([{":
            depth += 1
            if depth > 1:
                current.append(c)
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(current).strip())
                return args
            current.append(c)
        elif c == "," and depth == 1:
            args.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    return None


STRING_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"$')
CODE_PARAMETER = re.compile(r"^(?:const\s+)?std::string(?:_view)?\s*&{0,2}\s*code(?:\s*=.*)?$", re.S)
CALL = re.compile(r"\b([A-Za-z_]\w*)\s*\(")
MEMBER_CODE = re.compile(r'\bcode\s*(?:=|==|!=)\s*"([^"\\]*)"')


def source_codes(src):
    """{code: [file:line, ...]} of the diagnostic codes written in the C++ sources."""
    texts = {}
    for path in sorted(src.rglob("*")):
        if path.suffix in (".cpp", ".h", ".hpp", ".cc") and path.is_file():
            texts[path] = strip_comments(path.read_text(encoding="utf-8", errors="replace"))

    # Functions that take a `code` parameter, and its position.
    takes_code = {}
    for text in texts.values():
        for m in CALL.finditer(text):
            args = split_arguments(text, m.end() - 1)
            if not args:
                continue
            for index, arg in enumerate(args):
                if CODE_PARAMETER.match(arg):
                    takes_code.setdefault(m.group(1), set()).add(index)

    found = {}

    def note(code, path, text, offset):
        line = text.count("\n", 0, offset) + 1
        found.setdefault(code, []).append(f"{path.relative_to(src.parent).as_posix()}:{line}")

    for path, text in texts.items():
        for m in MEMBER_CODE.finditer(text):
            note(m.group(1), path, text, m.start())
        for m in CALL.finditer(text):
            positions = takes_code.get(m.group(1))
            if not positions:
                continue
            args = split_arguments(text, m.end() - 1) or []
            for index in positions:
                if index < len(args):
                    literal = STRING_LITERAL.match(args[index])
                    if literal:
                        note(literal.group(1), path, text, m.start())
    return found, takes_code


# ----------------------------------------------------------------- goldens
def golden_parts(text):
    """(exit line, stdout, stderr) of a golden file, or None if it is not one."""
    m = re.match(r"^(exit \d+)\n--- stdout\n(.*?)--- stderr\n(.*)$", text, re.S)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def golden_codes(text):
    codes = set(TEXT_DIAGNOSTIC.findall(text))
    parts = golden_parts(text)
    if parts and parts[1].lstrip().startswith("["):
        try:
            codes |= {d["code"] for d in json.loads(parts[1]) if isinstance(d, dict) and "code" in d}
        except ValueError:
            pass
    return codes


# -------------------------------------------------------------------- main
def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    passed = 0
    failed = 0

    def check(ok, message):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {message}")

    doc_path = root / "docs" / "errors.md"
    try:
        doc = doc_path.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"FAIL docs/errors.md cannot be read: {exc}")
        print("0 passed, 1 failed")
        return 1
    lines = doc.split("\n")

    # Codes in the sources and in the golden files.
    from_source, helpers = source_codes(root / "src")
    from_source = {c: w for c, w in from_source.items() if CODE.match(c)}
    check(len(from_source) >= 10,
          f"only {len(from_source)} diagnostic codes found in src/ (functions taking a `code` "
          f"parameter: {sorted(helpers)}): the extraction in this script needs fixing")
    from_golden = {}
    goldens = sorted((root / "tests" / "errors").glob("*/expected*.golden"))
    check(goldens, "no golden files under tests/errors/")
    for path in goldens:
        for code in golden_codes(path.read_text(encoding="utf-8")):
            from_golden.setdefault(code, []).append(path.relative_to(root).as_posix())
    for code, where in sorted(from_golden.items()):
        check(code in from_source,
              f"code `{code}` appears in {where[0]} but was not found in src/: the golden "
              "file is stale (regenerate it), or the extraction in this script needs fixing")

    # Sections of the document: ### `code`.
    sections = {}  # code -> (first line index, last line index)
    heading_lines = [(i, HEADING.match(line)) for i, line in enumerate(lines)]
    heading_lines = [(i, m.group(1)) for i, m in heading_lines if m]
    any_heading = [i for i, line in enumerate(lines) if re.match(r"^#{1,3}\s", line)]
    for i, code in heading_lines:
        following = [j for j in any_heading if j > i]
        end = following[0] if following else len(lines)
        check(code not in sections, f"docs/errors.md: code `{code}` has two sections")
        sections[code] = (i, end)

    known = set(from_source) | set(from_golden)
    for code in sorted(known):
        where = (from_source.get(code) or from_golden.get(code))[0]
        check(code in sections,
              f"docs/errors.md: code `{code}` (see {where}) has no section \"### `{code}`\"")
    for code in sorted(sections):
        check(code in known, f"docs/errors.md: section for `{code}`, which papi does not emit")

    # Example blocks.
    examples = []  # (line index, golden path, codes shown)
    i = 0
    while i < len(lines):
        m = EXAMPLE.match(lines[i])
        if not m:
            i += 1
            continue
        cited = m.group(1)
        start = i
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        fence = FENCE.match(lines[j]) if j < len(lines) else None
        if not fence:
            check(False, f"docs/errors.md:{start + 1}: example comment not followed by a fenced block")
            i = j
            continue
        k = j + 1
        while k < len(lines) and not lines[k].startswith(fence.group(1)):
            k += 1
        block = "\n".join(lines[j + 1:k]) + "\n" if k > j + 1 else ""
        i = k + 1
        golden = root / cited
        if not golden.is_file():
            check(False, f"docs/errors.md:{start + 1}: cited golden file {cited} does not exist")
            continue
        parts = golden_parts(golden.read_text(encoding="utf-8"))
        if not parts:
            check(False, f"docs/errors.md:{start + 1}: {cited} is not a golden file")
            continue
        expected = parts[1] if re.search(r"-json(\.en)?\.golden$", golden.name) else parts[2]
        if block != expected:
            diff = next((n for n, (a, b) in enumerate(zip(block.split("\n"), expected.split("\n")))
                         if a != b), min(block.count("\n"), expected.count("\n")))
            got_line = (block.split("\n") + [""])[diff]
            want_line = (expected.split("\n") + [""])[diff]
            check(False, f"docs/errors.md:{j + 2 + diff}: example differs from {cited} "
                         f"(line {diff + 1} of the block)\n    docs:   {got_line!r}\n"
                         f"    golden: {want_line!r}")
        else:
            check(True, "")
        examples.append((start, cited, golden_codes(golden.read_text(encoding="utf-8"))))

    # Every example is shown in both languages: a Vietnamese one (papi's default) is followed by
    # the same case in English (expected.en.golden).
    cited = [c for _, c, _ in examples]
    for position, (line, golden, _) in enumerate(examples):
        if ".en." in golden:
            continue
        english = golden[: -len(".golden")] + ".en.golden"
        check(position + 1 < len(examples) and examples[position + 1][1] == english,
              f"docs/errors.md:{line + 1}: the example of {golden} is not followed by its English "
              f"example {english} (tests/docs/sync_errors_doc.py adds it)")

    # Every code with a reproducer has an example in its section.
    for code in sorted(from_golden):
        if code not in sections:
            continue
        first, end = sections[code]
        shown = any(first < line < end and code in codes for line, _, codes in examples)
        check(shown, f"docs/errors.md: the section of `{code}` has no example "
                     f"(e.g. <!-- example: {from_golden[code][0]} -->)")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
