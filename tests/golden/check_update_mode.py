#!/usr/bin/env python3
"""The golden machinery can fail: a true golden file passes, a stale one fails, and update mode
(PAPI_UPDATE_GOLDEN, set by tests/update-golden) rewrites the file and fails, because it
compared nothing. Works on a copy of one golden file, never on the repository's.

usage: check_update_mode.py CMAKE PAPI REPO_ROOT
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from checks import check, finish  # noqa: E402


def main() -> int:
    cmake, papi, root = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    original = root / "tests" / "golden" / "cli" / "unknown-flag.golden"
    with tempfile.TemporaryDirectory(prefix="papi-golden-mode-") as tmp:
        expected = pathlib.Path(tmp) / "unknown-flag.golden"
        shutil.copyfile(original, expected)

        def run_golden(update: bool) -> subprocess.CompletedProcess:
            env = dict(os.environ)
            env.pop("PAPI_UPDATE_GOLDEN", None)
            if update:
                env["PAPI_UPDATE_GOLDEN"] = "1"
            return subprocess.run(
                [cmake, f"-DPAPI={papi}", "-DARGS=validate|--no-such-flag",
                 f"-DEXPECTED={expected}", f"-DWORKDIR={root}", f"-DACTUAL_DIR={tmp}/actual",
                 "-P", str(root / "tests" / "golden" / "run_golden.cmake")],
                env=env, capture_output=True, text=True)

        result = run_golden(update=False)
        check(result.returncode == 0, f"a true golden file fails:\n{result.stdout}{result.stderr}")

        expected.write_text(original.read_text(encoding="utf-8").replace("exit 2", "exit 0"),
                            encoding="utf-8")
        result = run_golden(update=False)
        check(result.returncode != 0, "a stale golden file passes")
        check("output differs" in result.stderr, f"no 'output differs' in:\n{result.stderr}")

        result = run_golden(update=True)
        check(result.returncode != 0, "update mode passes although it compared nothing")
        check("rewritten; nothing was checked" in result.stderr,
              f"update mode does not say it checked nothing:\n{result.stderr}")
        check(expected.read_bytes() == original.read_bytes(),
              "update mode did not write the real output")

        result = run_golden(update=True)
        check(result.returncode != 0 and "unchanged; nothing was checked" in result.stderr,
              f"a second update passes or does not say so:\n{result.stderr}")

        result = run_golden(update=False)
        check(result.returncode == 0, "the rewritten file does not pass a normal run")

    # The Python suites that own golden files fail in update mode too.
    env = dict(os.environ, PAPI_UPDATE_GOLDEN="1")
    result = subprocess.run([sys.executable, str(root / "tests" / "workflow" / "check_workflow.py"),
                             papi, str(root), "schema"], env=env, capture_output=True, text=True)
    check(result.returncode == 1 and "nothing was compared" in result.stdout,
          f"check_workflow.py passes in update mode:\n{result.stdout}{result.stderr}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
