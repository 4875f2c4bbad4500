#!/usr/bin/env python3
"""Runs every example of docs/workflows.md.

Usage: check_docs.py PAPI REPO_ROOT PART
PART: walkthrough, pre-commit, github-actions, gitlab-ci, scheduled

The page marks its examples with a comment line right before a fenced block:

  <!-- test: run -->             a shell block, run (bash -e) in the walkthrough's folder; the
  <!-- test: run, exit N -->     folder it ends in is where the next block starts; exit N expected
  <!-- test: output -->          the stdout and stderr of the run before, byte for byte (commit
                                 ids in parentheses are masked)
  <!-- test: file PATH -->       written to PATH, relative to the walkthrough's folder
  <!-- test: pre-commit-config -->, github-actions, gitlab-ci, papi-weekly, crontab,
  <!-- test: systemd-service -->, systemd-timer: the integration examples

- walkthrough: the run, output and file blocks in order, from an empty folder, with `papi` on
  PATH: a new user's way from papi init to a published report and papi diff.
- pre-commit: the papi-validate hook of .pre-commit-hooks.yaml, with each configuration of the
  page: its command line passes on the shipped plan and fails on a broken copy; its `files`
  pattern matches plan files.
- github-actions, gitlab-ci: each step or script of the jobs (but those that install git and
  build papi: `id: install...`, `before_script`) runs in a git copy of the plans; the artifacts exist; validation fails on broken data.
- scheduled: the weekly script runs against a clone of a repository and writes the reports; the
  crontab line and the systemd units are well-formed and run that script.

PAPI_UPDATE_GOLDEN=1 (tests/update-golden) rewrites the output blocks with the real output, and
the run fails: it compared nothing. Prints one line per
failure and "N passed, M failed"; exits 1 if anything failed.
"""

import configparser
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

PAPI = None
ROOT = None
PASSED = 0
FAILED = 0
MARKER = re.compile(r"^<!--\s*test:\s*(.*?)\s*-->\s*$")
FENCE = re.compile(r"^(`{3,})(\S*)\s*$")
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Phòng GD&ĐT", "GIT_AUTHOR_EMAIL": "pgd@example.org",
    "GIT_COMMITTER_NAME": "Phòng GD&ĐT", "GIT_COMMITTER_EMAIL": "pgd@example.org",
}


def check(ok, message):
    global PASSED, FAILED
    if ok:
        PASSED += 1
    else:
        FAILED += 1
        print(f"FAIL {message}")
    return ok


class Block:
    def __init__(self, marker, language, text, first, last):
        self.marker = marker  # "run, exit 1", "file plans/x.yaml", ...
        self.language = language
        self.text = text  # the content, ending in a newline
        self.first = first  # index of the first content line in the page
        self.last = last  # index of the closing fence


def blocks(lines):
    out = []
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        fence = FENCE.match(lines[j]) if j < len(lines) else None
        if not fence:
            check(False, f"docs/workflows.md:{i + 1}: `{m.group(1)}` is not followed by a block")
            i = j
            continue
        k = j + 1
        while k < len(lines) and lines[k].strip() != fence.group(1):
            k += 1
        text = "".join(line + "\n" for line in lines[j + 1:k])
        out.append(Block(m.group(1), fence.group(2), text, j + 1, k))
        i = k + 1
    return out


def environment(home, extra=None):
    # papi's default language (Vietnamese), whatever the machine's locale.
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "PAPI_LANG")}
    env.update({
        "PATH": f"{Path(PAPI).parent}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}",
        "HOME": str(home), "NO_COLOR": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8",
        "GIT_CONFIG_NOSYSTEM": "1",
    })
    env.update(GIT_IDENTITY)
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    if extra:
        env.update(extra)
    return env


def masked(text):
    return re.sub(r"\(([0-9a-f]{7})\)", "(<commit>)", text)


def page_blocks():
    path = ROOT / "docs" / "workflows.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    return path, lines, blocks(lines)


def of_kind(kind):
    return [b for b in page_blocks()[2] if b.marker == kind]


# ------------------------------------------------------------ walkthrough
def part_walkthrough(tmp):
    path, lines, found = page_blocks()
    home = tmp / "home"
    home.mkdir()
    cwd = home
    state = tmp / "cwd"
    last_output = None
    last_command = None
    updates = {}  # block -> new text
    dates = iter(f"2024-0{m}-1{d}T09:00:00+07:00" for m in range(2, 10) for d in range(0, 10))
    runs = 0
    for block in found:
        kind, _, argument = block.marker.partition(" ")
        if block.marker.startswith("run"):
            runs += 1
            expected = 0
            m = re.search(r"exit (\d+)", block.marker)
            if m:
                expected = int(m.group(1))
            date = next(dates)
            env = environment(home, {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
            script = f"set -e\ncd {shlex.quote(str(cwd))}\n{block.text}pwd > {shlex.quote(str(state))}\n"
            result = subprocess.run(["bash", "-c", script], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT)
            last_output = result.stdout.decode("utf-8", errors="replace")
            last_command = block.text.strip()
            if not check(result.returncode == expected,
                         f"docs/workflows.md:{block.first}: exit {result.returncode}, expected "
                         f"{expected}:\n{block.text}--- output\n{last_output}"):
                return
            if result.returncode == 0:
                cwd = Path(state.read_text().strip())
        elif kind == "output":
            if last_output is None:
                check(False, f"docs/workflows.md:{block.first}: an output with no run before it")
                continue
            if os.environ.get("PAPI_UPDATE_GOLDEN"):
                if masked(block.text) != masked(last_output):
                    updates[block] = last_output
                continue
            if masked(block.text) != masked(last_output):
                a = masked(last_output).split("\n")
                e = masked(block.text).split("\n")
                n = next((i for i, (x, y) in enumerate(zip(a, e)) if x != y), min(len(a), len(e)))
                if os.environ.get("PAPI_SHOW_OUTPUT"):
                    print(last_output)
                check(False, f"docs/workflows.md:{block.first + n + 1}: the output of `{last_command}` "
                             f"differs:\n    docs:   {(e + [''])[n]!r}\n    actual: {(a + [''])[n]!r}")
            else:
                check(True, "")
        elif kind == "file":
            target = cwd / argument
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.text, encoding="utf-8")
    check(runs >= 10, f"only {runs} commands run from the page")
    # What the walkthrough promises: a validated plan with reports, and the published report.
    plan = cwd / "plans" / "van-giang-2024"
    check((plan / "status" / "2024-Q1" / "th-xuan-quan.yaml").is_file(), "the import wrote nothing")
    for name in ("bao-cao-2024-Q1.md", "bao-cao-2024-Q1.svg", "don-vi-2024-Q1.csv"):
        check((cwd / "bao-cao" / name).is_file(), f"no bao-cao/{name}")
    result = subprocess.run([PAPI, "validate", str(plan)], capture_output=True)
    check(result.returncode == 0, f"the walkthrough's plan does not validate: {result.stderr!r}")
    if updates:
        for block in sorted(updates, key=lambda b: b.first, reverse=True):
            lines[block.first:block.last] = updates[block].rstrip("\n").split("\n")
        path.write_text("\n".join(lines), encoding="utf-8")
        print(f"updated {len(updates)} output block(s) of {path}")


# ------------------------------------------------------------- plan copies
def plan_repository(folder, history=True):
    """A git repository holding the shipped plan (and the papi sources' .ci/ folder), with an
    old commit and a new one so that `git rev-list --before="1 week ago"` finds something."""
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "plans" / "van-giang-2021", folder / "plans" / "van-giang-2021")
    shutil.copytree(ROOT / "schemas", folder / "schemas")
    env = environment(folder.parent, {"GIT_AUTHOR_DATE": "2000-01-03T09:00:00+07:00",
                                      "GIT_COMMITTER_DATE": "2000-01-03T09:00:00+07:00"})
    git = lambda *args, **kw: subprocess.run(["git", "-C", str(folder)] + list(args), env=kw.get("env", env),
                                             check=True, capture_output=True)
    git("init", "-q", "-b", "main")
    if history:
        q2 = folder / "plans" / "van-giang-2021" / "status" / "2021-Q2"
        held = folder.parent / (folder.name + "-held")
        shutil.move(str(q2), held)
        git("add", ".")
        git("commit", "-q", "-m", "quý I")
        shutil.move(str(held), q2)
    git("add", ".")
    git("commit", "-q", "-m", "quý II", env=environment(folder.parent))
    return folder


def break_plan(folder):
    units = folder / "plans" / "van-giang-2021" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("commune:", "comune:", 1),
                     encoding="utf-8")


# -------------------------------------------------------------- pre-commit
def part_pre_commit(tmp):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    check(isinstance(hooks, list), ".pre-commit-hooks.yaml is not a list of hooks")
    hook = next((h for h in hooks if h.get("id") == "papi-validate"), None)
    if not check(hook is not None, "no papi-validate hook in .pre-commit-hooks.yaml"):
        return
    for key in ("id", "name", "entry", "language"):
        check(key in hook, f"papi-validate has no `{key}`")
    check(hook.get("language") == "system", "papi-validate: language is not system")

    configs = of_kind("pre-commit-config")
    check(len(configs) >= 2, f"{len(configs)} pre-commit configurations on the page")
    for number, block in enumerate(configs):
        config = yaml.safe_load(block.text)
        used = [(repo, h) for repo in config["repos"] for h in repo["hooks"]
                if h["id"] == "papi-validate"]
        if not check(len(used) == 1, f"docs/workflows.md:{block.first}: papi-validate not used"):
            continue
        repo, override = used[0]
        definition = dict(override) if repo["repo"] == "local" else {**hook, **override}
        if repo["repo"] != "local":
            check("rev" in repo, f"docs/workflows.md:{block.first}: no rev")
        argv = shlex.split(definition["entry"]) + list(definition.get("args", []))
        files = definition.get("files", "")
        for name, wanted in (("plans/van-giang-2021/status/2021-Q1/pgd.yaml", True),
                             ("plans/van-giang-2021/tasks.yaml", True),
                             ("plans/van-giang-2021/units.yaml", True),
                             ("README.md", False), ("docs/workflows.md", False)):
            check(bool(re.search(files, name)) == wanted,
                  f"docs/workflows.md:{block.first}: files {files!r} on {name}: {not wanted}")
        staged = ["plans/van-giang-2021/units.yaml"]
        if definition.get("pass_filenames", True):
            argv += staged
        copy = plan_repository(tmp / f"pre-commit-{number}", history=False)
        env = environment(tmp)
        result = subprocess.run(argv, cwd=copy, env=env, capture_output=True)
        check(result.returncode == 0, f"docs/workflows.md:{block.first}: `{shlex.join(argv)}` "
                                      f"exit {result.returncode} on the shipped plan: {result.stderr!r}")
        break_plan(copy)
        result = subprocess.run(argv, cwd=copy, env=env, capture_output=True)
        check(result.returncode == 1, f"docs/workflows.md:{block.first}: exit {result.returncode} "
                                      "on a broken plan, expected 1")
        check(b"units.yaml:" in result.stderr and b"comune" in result.stderr,
              f"the hook does not show the error: {result.stderr!r}")


# ---------------------------------------------------------- github actions
def part_github_actions(tmp):
    found = of_kind("github-actions")
    if not check(len(found) == 1, "one GitHub Actions workflow on the page"):
        return
    workflow = yaml.safe_load(found[0].text)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    check(set(triggers) >= {"push", "pull_request", "schedule"}, f"triggers: {triggers}")
    for entry in triggers["schedule"]:
        check(len(entry["cron"].split()) == 5, f"cron {entry['cron']!r}")
    (name, job), = workflow["jobs"].items()
    steps = job["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    check(checkout.get("with", {}).get("fetch-depth") == 0, "checkout without the history")
    upload = next((s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")),
                  None)
    if not check(upload is not None, "no upload-artifact step"):
        return
    check(any("--format github" in s.get("run", "") for s in steps),
          "no step runs papi validate --format github")

    def run_steps(folder, only=None):
        github_path = tmp / "github_path"
        github_path.write_text("")
        env = environment(tmp / "home", {"GITHUB_PATH": str(github_path), "CI": "true",
                                         "GITHUB_WORKSPACE": str(folder)})
        results = []
        for step in steps:
            if "run" not in step or step.get("id", "").startswith("install"):
                continue
            if only and step.get("name") != only:
                continue
            result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                                     step["run"]], cwd=folder, env=env, capture_output=True)
            results.append((step.get("name"), result))
            if result.returncode != 0:
                break
        return results

    (tmp / "home").mkdir()
    folder = plan_repository(tmp / "workspace")
    for step, result in run_steps(folder):
        check(result.returncode == 0, f"step {step!r}: exit {result.returncode}\n"
                                      f"{result.stdout.decode()}{result.stderr.decode()}")
    artifact = folder / upload["with"]["path"]
    names = sorted(p.name for p in artifact.iterdir()) if artifact.is_dir() else []
    check(names == ["bao-cao.md", "bao-cao.svg", "don-vi.csv", "thay-doi-tuan-qua.md"],
          f"artifact {upload['with']['path']}: {names}")
    if "thay-doi-tuan-qua.md" in names:
        text = (artifact / "thay-doi-tuan-qua.md").read_text(encoding="utf-8")
        check("Tỷ lệ hoàn thành Quý II năm 2021" in text, "the week's diff shows no completion")

    broken = plan_repository(tmp / "broken")
    break_plan(broken)
    results = run_steps(broken, only="Validate")
    check(len(results) == 1 and results[0][1].returncode == 1,
          "the Validate step does not fail on broken data")
    if results:
        check(b"::error file=plans/van-giang-2021/units.yaml,line=" in results[0][1].stdout,
              f"no annotation: {results[0][1].stdout!r}")


# --------------------------------------------------------------- gitlab ci
GITLAB_KEYWORDS = {"variables", "stages", "default", "include", "workflow", "image", "services",
                   "before_script", "after_script", "cache"}


def part_gitlab_ci(tmp):
    found = of_kind("gitlab-ci")
    if not check(len(found) == 1, "one GitLab CI file on the page"):
        return
    config = yaml.safe_load(found[0].text)

    def resolved(job):
        spec = dict(config[job])
        parent = spec.pop("extends", None)
        if parent:
            spec = {**resolved(parent), **spec}
        return spec

    jobs = {name: resolved(name) for name in config
            if name not in GITLAB_KEYWORDS and not name.startswith(".")}
    check(set(jobs) == {"validate", "weekly-report"}, f"jobs: {sorted(jobs)}")
    variables = dict(config.get("variables", {}))
    (tmp / "home").mkdir()

    def run_job(job, folder):
        spec = jobs[job]
        check(any("cmake" in line for line in spec.get("before_script", [])),
              f"{job}: papi is not built before the script")
        env = environment(tmp / "home", {**variables, **spec.get("variables", {}),
                                         "CI_PIPELINE_SOURCE": "schedule"})
        script = "set -e\n" + "\n".join(spec["script"]) + "\n"
        return subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True)

    for job, spec in jobs.items():
        folder = plan_repository(tmp / job)
        result = run_job(job, folder)
        check(result.returncode == 0, f"job {job}: exit {result.returncode}\n"
                                      f"{result.stdout.decode()}{result.stderr.decode()}")
        for artifact in spec.get("artifacts", {}).get("paths", []):
            target = folder / artifact
            check(target.exists() and (target.is_file() or any(target.iterdir())),
                  f"job {job}: no artifact {artifact}")
    if "weekly-report" in jobs:
        rules = jobs["weekly-report"].get("rules", [])
        check(any("schedule" in str(rule.get("if", "")) for rule in rules),
              "the weekly report does not run on schedules only")
    broken = plan_repository(tmp / "broken")
    break_plan(broken)
    result = run_job("validate", broken)
    check(result.returncode == 1, f"validate on broken data: exit {result.returncode}")
    check(b"comune" in result.stderr, "the job log does not show the error")


# --------------------------------------------------------------- scheduled
def part_scheduled(tmp):
    scripts = of_kind("papi-weekly")
    if not check(len(scripts) == 1, "one weekly script on the page"):
        return
    text = scripts[0].text
    check(text.startswith("#!/bin/sh\n"), "the script has no #!/bin/sh line")
    m = re.search(r"^# (/\S+): ", text, re.M)
    installed = m.group(1) if m else None
    check(installed == "/usr/local/bin/papi-weekly", f"the script names itself {installed}")
    script = tmp / "papi-weekly"
    script.write_text(text, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    if shutil.which("sh"):
        check(subprocess.run(["sh", "-n", str(script)]).returncode == 0, "sh -n papi-weekly")

    # The script, run against a clone of the office's repository.
    (tmp / "home").mkdir()
    origin = plan_repository(tmp / "origin")
    clone = tmp / "clone"
    env = environment(tmp / "home")
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], env=env, check=True)
    out = tmp / "out"
    variables = {"PAPI_REPO": str(clone), "PAPI_OUT": str(out),
                 "PAPI_PLAN": "plans/van-giang-2021"}
    result = subprocess.run([str(script)], env={**env, **variables}, capture_output=True)
    check(result.returncode == 0, f"papi-weekly: exit {result.returncode}: {result.stderr!r}")
    weeks = list(out.iterdir()) if out.is_dir() else []
    check(len(weeks) == 1 and re.fullmatch(r"\d{4}-W\d{2}", weeks[0].name),
          f"papi-weekly wrote {weeks}")
    if weeks:
        names = sorted(p.name for p in weeks[0].iterdir())
        check(names == ["bao-cao.md", "bao-cao.svg", "don-vi.csv", "thay-doi.md"],
              f"papi-weekly wrote {names}")
    # New data arrives with errors: the run fails and writes nothing.
    break_plan(origin)
    subprocess.run(["git", "-C", str(origin), "commit", "-q", "-am", "lỗi"], env=env, check=True)
    variables["PAPI_OUT"] = str(tmp / "out-broken")
    result = subprocess.run([str(script)], env={**env, **variables}, capture_output=True)
    check(result.returncode == 1, f"papi-weekly on broken data: exit {result.returncode}")
    check(not (tmp / "out-broken").exists(), "papi-weekly wrote reports of broken data")
    check(b"comune" in result.stderr, "papi-weekly does not say what is wrong")

    # crontab: variables, then 5 time fields and the installed script.
    tabs = of_kind("crontab")
    if check(len(tabs) == 1, "one crontab on the page"):
        entries = [line for line in tabs[0].text.splitlines()
                   if line.strip() and not line.startswith("#")]
        settings = dict(line.split("=", 1) for line in entries if re.match(r"^[A-Z_]+=", line))
        jobs = [line.split() for line in entries if not re.match(r"^[A-Z_]+=", line)]
        check("/usr/local/bin" in settings.get("PATH", "").split(":"),
              "the crontab's PATH does not reach /usr/local/bin, where papi is")
        check(len(jobs) == 1 and len(jobs[0]) == 6, f"crontab entries: {jobs}")
        if jobs:
            fields = jobs[0]
            field = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
            check(all(field.match(f) for f in fields[:5]), f"crontab time fields: {fields[:5]}")
            check(fields[5] == installed, f"cron runs {fields[5]}, not {installed}")

    # systemd: the service runs the script with the variables it reads; the timer is valid.
    services = of_kind("systemd-service")
    timers = of_kind("systemd-timer")
    if check(len(services) == 1 and len(timers) == 1, "one systemd service and one timer"):
        service = configparser.ConfigParser(interpolation=None, strict=False)
        service.optionxform = str
        service.read_string(services[0].text)
        check(service.get("Service", "ExecStart") == installed, "ExecStart is not the script")
        check(service.get("Service", "Type") == "oneshot", "the service is not oneshot")
        assigned = dict(item.split("=", 1)
                        for item in shlex.split(service.get("Service", "Environment")))
        for name in assigned:
            check("${" + name in text, f"the script does not read {name}")
        timer = configparser.ConfigParser(interpolation=None, strict=False)
        timer.optionxform = str
        timer.read_string(timers[0].text)
        calendar = timer.get("Timer", "OnCalendar")
        check(timer.get("Install", "WantedBy") == "timers.target", "the timer is not wanted")
        check(timer.getboolean("Timer", "Persistent"), "the timer is not persistent")
        analyze = shutil.which("systemd-analyze")
        if analyze:
            result = subprocess.run([analyze, "calendar", calendar], capture_output=True)
            check(result.returncode == 0, f"systemd-analyze calendar {calendar!r}: {result.stderr!r}")
        else:
            check(re.match(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \*-\*-\* \d\d:\d\d(:\d\d)?$", calendar),
                  f"OnCalendar {calendar!r}")
        # The service, as systemd would start it: its environment, then ExecStart.
        variables = {**assigned, "PAPI_REPO": str(clone), "PAPI_OUT": str(tmp / "out-systemd")}
        subprocess.run(["git", "-C", str(origin), "revert", "--no-edit", "HEAD"], env=env, capture_output=True,
                       check=True)
        result = subprocess.run([str(script)], env={**env, **variables}, capture_output=True)
        check(result.returncode == 0, f"the service's run: exit {result.returncode}: "
                                      f"{result.stderr!r}")


def main(argv):
    global PAPI, ROOT
    parts = {"walkthrough": part_walkthrough, "pre-commit": part_pre_commit,
             "github-actions": part_github_actions, "gitlab-ci": part_gitlab_ci,
             "scheduled": part_scheduled}
    if len(argv) != 4 or argv[3] not in parts:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    PAPI = str(Path(argv[1]).resolve())
    ROOT = Path(argv[2]).resolve()
    with tempfile.TemporaryDirectory(prefix="papi-docs-") as tmp:
        parts[argv[3]](Path(tmp))
    print(f"{PASSED} passed, {FAILED} failed")
    if os.environ.get("PAPI_UPDATE_GOLDEN"):
        print("golden update (PAPI_UPDATE_GOLDEN): output blocks were written, not compared; run "
              "the tests again without it")
        return 1
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
