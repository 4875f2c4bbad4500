#!/usr/bin/env python3
"""Standard output that cannot be written: every command run with its output on /dev/full (a
device where every write fails with ENOSPC) exits 2 with one message saying so, whatever it
would have exited with otherwise; a command that prints nothing on standard output is not
affected. `papi import --write --force` prints the reports it replaces before replacing them,
so when that fails nothing is replaced.

usage: check_full_output.py PAPI REPO_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

NO_SPACE = os.strerror(28)  # ENOSPC, as strerror words it in the C locale


def run_to_full(papi, args, cwd):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([papi, *args], cwd=cwd, stdout=full, stderr=subprocess.PIPE,
                                # English messages, as the C locale words strerror.
                                env={**os.environ, "LC_ALL": "C.UTF-8", "PAPI_LANG": "en"})
    return result.returncode, result.stderr.decode("utf-8", "replace")


def git(folder, *args):
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def main():
    papi, root = (os.path.abspath(arg) for arg in sys.argv[1:3])
    if not os.path.exists("/dev/full"):
        print("no /dev/full on this system")
        return
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "plan")
        shutil.copytree(os.path.join(root, "plans", "van-giang-2021"), plan)
        broken = os.path.join(tmp, "broken")
        shutil.copytree(os.path.join(root, "tests", "errors", "unit-mismatch"), broken)
        git(tmp, "init", "-q")
        git(tmp, "add", "plan")
        git(tmp, "commit", "-q", "-m", "plan")
        csv = os.path.join(root, "tests", "workflow", "import", "filled.csv")

        writes = [
            ["--help"], ["--version"], ["report", "--help"],
            ["plan", plan], ["plan", plan, "--format", "csv"], ["plan", plan, "--format", "json"],
            ["validate", plan, "--format", "json"], ["validate", plan, "--format", "github"],
            ["validate", broken, "--format", "json"], ["validate", broken, "--format", "github"],
            ["report", plan], ["report", plan, "--format", "csv", "--by", "unit"],
            ["report", plan, "--format", "json"],
            ["template", plan, "--period", "2021-Q3", "--unit", "th-xuan-quan"],
            ["template", plan, "--period", "2021-Q3", "--unit", "th-xuan-quan", "--format", "csv"],
            ["schema", "status"], ["schema", "plan", "-o", "-"],
            ["diff", "plan", "HEAD"], ["diff", "plan", "HEAD", "--format", "json"],
            ["import", plan, csv, "--period", "2021-Q3"],
        ]
        for args in writes:
            code, err = run_to_full(papi, args, tmp)
            shown = " ".join(a.replace(tmp + "/", "") for a in args)
            check(code == 2, f"papi {shown} > /dev/full: exit {code}, not 2: {err[-300:]}")
            lines = [line for line in err.splitlines() if NO_SPACE in line]
            check(len(lines) == 1 and lines[0].startswith("papi: error: ")
                  and err.endswith(lines[0] + "\n"),
                  f"papi {shown} > /dev/full: one last line 'papi: error: ... {NO_SPACE}': {err[-300:]}")

        # Nothing on standard output, so nothing is lost there.
        quiet = [
            ["validate", plan],
            ["report", plan, "-o", os.path.join(tmp, "report.md")],
            ["init", os.path.join(tmp, "new-plan"), "--year", "2022", "--issued", "2022-01-10"],
            ["template", plan, "--period", "2021-Q3", "--unit", "th-xuan-quan", "-o",
             os.path.join(tmp, "forms")],
        ]
        for args in quiet:
            code, err = run_to_full(papi, args, tmp)
            shown = " ".join(a.replace(tmp + "/", "") for a in args)
            check(code == 0, f"papi {shown} > /dev/full (nothing on stdout): exit {code}: {err[-300:]}")

        # import --write --force shows each report it replaces; when that cannot be shown, the
        # report must stay as it was.
        first = os.path.join(plan, "status", "2021-Q3", "th-xuan-quan.yaml")
        code, err = run_to_full(papi, ["import", plan, csv, "--period", "2021-Q3", "--write"], tmp)
        if not check(code == 0 and os.path.isfile(first), f"import --write: writes {first}: {err}"):
            return
        with open(first, "rb") as f:
            before = f.read()
        with open(first, "ab") as f:
            f.write(b"# changed by hand\n")
        code, err = run_to_full(papi, ["import", plan, csv, "--period", "2021-Q3", "--write", "--force"], tmp)
        check(code == 2, f"import --write --force > /dev/full: exit {code}, not 2: {err}")
        with open(first, "rb") as f:
            check(f.read() == before + b"# changed by hand\n",
                  "import --write --force > /dev/full: the report it could not show is not replaced")


main()
sys.exit(finish())
