#!/usr/bin/env python3
"""Guards the test registration itself, so that a renamed or forgotten file cannot drop a suite
in silence: every C++ file under tests/ is compiled into some target, and every folder under
tests/ has at least one registered test that runs its code or reads its files.

Usage: check_suites.py CTEST BUILD_DIR REPO_ROOT
"""
import json
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from checks import check, finish  # noqa: E402


def main() -> int:
    ctest, build, root = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    tests_dir = (root / "tests").resolve()

    # Which targets each source file of tests/ is compiled into.
    commands = json.loads((build / "compile_commands.json").read_text(encoding="utf-8"))
    targets_of: dict[pathlib.Path, set[str]] = {}
    for entry in commands:
        source = pathlib.Path(entry["directory"], entry["file"]).resolve()
        match = re.search(r"\s-o\s+(\S+)", entry["command"])
        target = re.search(r"([^/]+)\.dir/", match.group(1)) if match else None
        if target:
            targets_of.setdefault(source, set()).add(target.group(1))

    for source in sorted(tests_dir.rglob("*.cpp")):
        if any(part in {"regressions", "cases"} for part in source.relative_to(tests_dir).parts):
            continue
        check(source in targets_of,
              f"tests/{source.relative_to(tests_dir)} is compiled into no target: list it in "
              "the CMake file of its suite")

    listing = subprocess.run([ctest, "--test-dir", str(build), "--show-only=json-v1"],
                             capture_output=True, text=True, check=True)
    registered = json.loads(listing.stdout)["tests"]
    check(len(registered) > 0, "ctest lists no test at all")

    # A folder counts as registered when a test's command names a file in it, or runs a
    # program built from its sources.
    targets_by_folder: dict[str, set[str]] = {}
    for source, targets in targets_of.items():
        if tests_dir in source.parents:
            folder = source.relative_to(tests_dir).parts[0]
            targets_by_folder.setdefault(folder, set()).update(targets)
    for folder in sorted(p.name for p in tests_dir.iterdir() if p.is_dir()):
        if folder == "__pycache__":
            continue
        marker = f"/tests/{folder}/"
        relative_marker = f"tests/{folder}/"
        programs = targets_by_folder.get(folder, set())
        used = [t["name"] for t in registered
                if any(marker in arg or arg.startswith(relative_marker) or
                       f"{relative_marker}" in arg or
                       pathlib.Path(arg).name in programs for arg in t.get("command", []))]
        check(bool(used), f"tests/{folder}/ has no registered test (is its tests.cmake included, "
                          "are its files listed?)")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
