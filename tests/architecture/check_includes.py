#!/usr/bin/env python3
"""Keeps docs/ARCHITECTURE.md true: every `#include "…"` of src/ follows the table of allowed
includes there, every folder of src/ is in that table, every source file is listed in its
folder's sources.cmake, and only src/cli/ (the papi_cli library) sees CLI11.

Usage: check_includes.py REPO_ROOT   (exit 0: all good; 1: the violations are printed)
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.MULTILINE)


def allowed_includes(architecture: str) -> dict[str, set[str]]:
    """The table under "## Allowed includes": | `folder/` | `a/`, `b/` | → {folder: {a, b}}."""
    section = architecture.split("## Allowed includes", 1)
    if len(section) != 2:
        sys.exit("docs/ARCHITECTURE.md has no section '## Allowed includes'")
    rules: dict[str, set[str]] = {}
    for line in section[1].split("\n## ", 1)[0].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`src/"):
            continue
        folder = cells[0].strip("`").removeprefix("src/").rstrip("/")
        rules[folder] = {m.rstrip("/") for m in re.findall(r"`([a-z0-9_]+/)`", cells[1])}
    if not rules:
        sys.exit("docs/ARCHITECTURE.md: the table of allowed includes is empty")
    return rules


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    src = root / "src"
    rules = allowed_includes((root / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    problems: list[str] = []

    folders = sorted(p.name for p in src.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in rules:
            problems.append(f"src/{folder}/: not in the table of docs/ARCHITECTURE.md")
    for folder in rules:
        if folder not in folders:
            problems.append(f"docs/ARCHITECTURE.md names src/{folder}/, which does not exist")

    files = sorted(p for p in src.rglob("*") if p.suffix in (".h", ".cpp"))
    for path in files:
        relative = path.relative_to(root)
        folder = path.relative_to(src).parts[0]
        text = path.read_text(encoding="utf-8")
        for match in INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            quote, target = match.groups()
            if quote == "<":
                if target.startswith("CLI/") and folder != "cli":
                    problems.append(f"{relative}:{line}: includes <{target}>: only src/cli/ "
                                    "uses CLI11")
                continue
            target_folder = target.split("/", 1)[0] if "/" in target else None
            if target_folder is None or not (src / target).is_file():
                problems.append(f'{relative}:{line}: includes "{target}", which is not a '
                                "file of src/ named from src/ (write \"folder/file.h\")")
                continue
            if target_folder != folder and target_folder not in rules.get(folder, set()):
                allowed = ", ".join(f"{f}/" for f in sorted(rules.get(folder, set()))) or "none"
                problems.append(f'{relative}:{line}: includes "{target}": src/{folder}/ may '
                                f"include only its own files and {allowed} "
                                "(docs/ARCHITECTURE.md, \"Allowed includes\")")

    # Explicit source lists: every .cpp is named in its folder's sources.cmake, and only once.
    for folder in folders:
        listing = src / folder / "sources.cmake"
        if not listing.is_file():
            problems.append(f"src/{folder}/sources.cmake is missing")
            continue
        listed = re.findall(r"\$\{CMAKE_CURRENT_LIST_DIR\}/([A-Za-z0-9_.]+\.cpp)",
                            listing.read_text(encoding="utf-8"))
        present = sorted(p.name for p in (src / folder).glob("*.cpp"))
        if folder == "cli":
            present = [name for name in present if name != "main.cpp"]
        for name in present:
            if name not in listed:
                problems.append(f"src/{folder}/{name}: not listed in src/{folder}/sources.cmake")
        for name in listed:
            if name not in present:
                problems.append(f"src/{folder}/sources.cmake lists {name}, which does not exist")
            if listed.count(name) > 1:
                problems.append(f"src/{folder}/sources.cmake lists {name} twice")

    # The core library never links the command line's library.
    cmake = (root / "CMakeLists.txt").read_text(encoding="utf-8")
    for call in re.findall(r"target_link_libraries\(\s*papi_core\b[^)]*\)", cmake):
        if "CLI11" in call:
            problems.append("CMakeLists.txt: papi_core links CLI11; only papi_cli may")
    if not re.search(r"add_library\(\s*papi_cli\b", cmake):
        problems.append("CMakeLists.txt: no papi_cli library for src/cli/")

    for problem in sorted(set(problems)):
        print(problem)
    if problems:
        print(f"{len(set(problems))} problem(s) against docs/ARCHITECTURE.md")
        return 1
    print(f"{len(files)} files of src/ follow docs/ARCHITECTURE.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
