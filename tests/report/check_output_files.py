#!/usr/bin/env python3
"""`papi report -o`: the report and its chart are written whole, an existing report is replaced
atomically, plan inputs are never overwritten, and failures leave no partial file.

usage: check_output_files.py PAPI REPO_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile

failures = []
passed = 0


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what)


# The language is papi's default (Vietnamese), not the machine's.
ENV = {k: v for k, v in os.environ.items()
       if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PAPI_LANG")}


def run(papi, *args, cwd):
    result = subprocess.run([papi, *args], cwd=cwd, capture_output=True, env=ENV)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def check_concurrent_runs(papi, plan, tmp):
    """Runs that write the same -o at once leave one of their reports whole, never a mix, and
    a reader polling meanwhile sees a whole report each time."""
    expected = {}
    for lang in ("vi", "en"):
        folder = os.path.join(tmp, "expected-" + lang)
        os.mkdir(folder)
        code, _, _ = run(papi, "report", plan, "--lang", lang, "-o", os.path.join(folder, "same.md"), cwd=tmp)
        check(code == 0, f"concurrent: the {lang} report alone exits 0")
        expected[lang] = tuple(open(os.path.join(folder, "same" + ext), "rb").read() for ext in (".md", ".svg"))
    reports = {e[0] for e in expected.values()}
    charts = {e[1] for e in expected.values()}
    check(len(reports) == 2, "concurrent: the two languages give different reports")

    shared = os.path.join(tmp, "shared")
    os.mkdir(shared)
    target = os.path.join(shared, "same.md")
    reads = torn = 0
    for _ in range(10):
        runs = [subprocess.Popen([papi, "report", plan, "--lang", lang, "-o", target], cwd=tmp,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                for lang in ("vi", "en", "vi", "en")]
        while any(r.poll() is None for r in runs):
            try:
                content = open(target, "rb").read()
            except FileNotFoundError:
                continue
            reads += 1
            torn += content not in reports
        codes = [r.wait() for r in runs]
        for r in runs:
            r.stderr.close()
        check(codes == [0, 0, 0, 0], f"concurrent: every run exits 0 (got {codes})")
        check(open(target, "rb").read() in reports, "concurrent: the report left is one run's, whole")
        check(open(os.path.join(shared, "same.svg"), "rb").read() in charts,
              "concurrent: the chart left is one run's, whole")
        check(sorted(os.listdir(shared)) == ["same.md", "same.svg"], "concurrent: no temporary file is left")
    check(torn == 0, f"concurrent: a reader never saw a partial or mixed report ({torn} of {reads} reads)")
    print(f"concurrent runs: 40 runs in 10 rounds, {reads} reads while they ran, {torn} partial")


def main():
    papi, repo = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "plan")
        shutil.copytree(os.path.join(repo, "plans", "van-giang-2021"), plan)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        report = os.path.join(out, "bao-cao.md")

        code, stdout, _ = run(papi, "report", plan, "-o", report, cwd=tmp)
        check(code == 0, "report -o exits 0")
        check(stdout == "", "nothing on stdout with -o")
        _, expected, _ = run(papi, "report", plan, cwd=tmp)
        text = open(report, encoding="utf-8").read()
        check(text == expected.replace("\n## Diễn biến", "\n![Biểu đồ mức độ hoàn thành theo lĩnh vực](bao-cao.svg)\n\n## Diễn biến", 1),
              "the file is the stdout report plus the chart link")
        chart = os.path.join(out, "bao-cao.svg")
        check(os.path.exists(chart), "the chart is written next to the report")
        svg = open(chart, encoding="utf-8").read()
        check(svg.startswith("<svg") and svg.rstrip().endswith("</svg>"), "the chart is a whole SVG")
        check(svg.count("<rect") >= 9, "the chart has a bar per area")
        check(sorted(os.listdir(out)) == ["bao-cao.md", "bao-cao.svg"], "no temporary file is left")

        # Replacing keeps a whole file, and the same content for the same input.
        code, _, _ = run(papi, "report", plan, "-o", report, cwd=tmp)
        check(code == 0 and open(report, encoding="utf-8").read() == text, "rewriting gives identical bytes")

        for target in ("plan.yaml", "units.yaml", os.path.join("status", "2021-Q1", "pgd.yaml")):
            path = os.path.join(plan, target)
            before = open(path, "rb").read()
            code, _, err = run(papi, "report", plan, "--format", "csv", "-o", path, cwd=tmp)
            check(code == 2, f"-o {target}: exit 2 (got {code})")
            check("không ghi đè lên tệp dữ liệu của kế hoạch" in err, f"-o {target}: says why: {err}")
            check(open(path, "rb").read() == before, f"-o {target}: the input is untouched")

        missing = os.path.join(tmp, "no-such-dir", "r.md")
        code, _, err = run(papi, "report", plan, "-o", missing, cwd=tmp)
        check(code == 2, f"unwritable folder: exit 2 (got {code})")
        check(err == f"papi: lỗi: {missing}: không ghi được: chưa có thư mục {os.path.dirname(missing)} (hãy tạo thư mục trước)\n",
              f"missing folder: the message names the report, not its chart: {err!r}")
        check(not os.path.exists(os.path.dirname(missing)), "nothing created for an unwritable target")
        code, _, err = run(papi, "report", plan, "-o", missing, "--lang", "en", cwd=tmp)
        check(err == f"papi: error: {missing}: cannot write: the folder {os.path.dirname(missing)} does not exist (create it first)\n",
              f"missing folder, in English: {err!r}")

        # A report path that cannot be written (here a folder) is named before the chart is
        # written: no chart is left without its report.
        blocked = os.path.join(tmp, "blocked")
        os.makedirs(os.path.join(blocked, "r.md"))
        code, _, err = run(papi, "report", plan, "-o", os.path.join(blocked, "r.md"), cwd=tmp)
        check(code == 2, f"-o a folder: exit 2 (got {code})")
        check(err == f"papi: lỗi: {blocked}/r.md: là thư mục; hãy ghi tên tệp kết quả\n",
              f"-o a folder: the message names the report, not its chart: {err!r}")
        check(os.listdir(blocked) == ["r.md"], f"-o a folder: no chart written: {os.listdir(blocked)}")

        if os.path.exists("/dev/full"):
            code, _, err = run(papi, "report", plan, "-o", "/dev/full", cwd=tmp)
            check(code == 2, f"/dev/full: exit 2 (got {code}: {err})")

        check_concurrent_runs(papi, plan, tmp)

        # Broken data: exit 1 and no report file at all.
        broken = os.path.join(tmp, "broken")
        shutil.copytree(plan, broken)
        with open(os.path.join(broken, "tasks.yaml"), "a", encoding="utf-8") as f:
            f.write("  - id: 1.1\n")
        target = os.path.join(out, "broken.md")
        code, _, err = run(papi, "report", broken, "-o", target, cwd=tmp)
        check(code == 1, f"broken data: exit 1 (got {code})")
        check(not os.path.exists(target), "broken data: no report file")
        check(not os.path.exists(os.path.join(out, "broken.svg")), "broken data: no chart file")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
