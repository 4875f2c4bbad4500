#!/usr/bin/env python3
"""Synthetic plan folders in data format v1, for benchmarks (docs/performance.md).

Usage: generate_plan.py OUT_DIR [--size district|province|national] [--schools N]
                        [--periods 1,2,3,4] [--seed S] [--repo ROOT] [--force]

Writes OUT_DIR/plan.yaml, units.yaml, tasks.yaml and status/2021-Q<n>/<unit>.yaml:

- the office `pgd` and N schools, a third each MN, TH and THCS, three to a commune
  (commune names are made of Vietnamese syllables, so sorting goes through ICU collation);
- the 32-task table of plans/van-giang-2021 (titles and products copied), varied the way real
  plans are: a few tasks with a due date, four tasks for primary schools only (`applies_to`),
  two with weight 2;
- for each chosen quarter, one report per unit, except that about 5% of the schools' reports
  are missing; each unit moves through its tasks over the year (not_started, in_progress with
  a progress, done with or without a completion date), a few records are not_applicable with a
  reason, a few tasks are left out of a report; evidence on most done records, notes on some;
  dates consistent with the plan year, the period and the submission date, so that
  `papi validate` finds no error. A small share of files is written as Windows would
  (BOM, CR LF) or with decomposed (NFD) Vietnamese, as macOS users paste it.

The same seed and arguments give the same bytes. Sizes: district (40 schools), province
(1,000 schools: ~3,800 files, ~7 MB), national (40,000 schools: ~150,000 files, ~280 MB).
A file OUT_DIR/.generated records the arguments; an existing folder with the same record
is kept as it is unless --force is given.
"""

import argparse
import hashlib
import os
import random
import shutil
import sys
import unicodedata
from pathlib import Path

SIZES = {"district": 40, "province": 1000, "national": 40000}
YEAR = 2021
QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
QUARTER_START = {1: 1, 2: 4, 3: 7, 4: 10}
LEVELS = (("MN", "mn", "Trường Mầm non"), ("TH", "th", "Trường Tiểu học"),
          ("THCS", "thcs", "Trường THCS"))

# Syllables of commune names: (as written, as in a slug).
SYLLABLES = [
    ("Xuân", "xuan"), ("Quan", "quan"), ("Cửu", "cuu"), ("Cao", "cao"), ("Liên", "lien"),
    ("Nghĩa", "nghia"), ("Long", "long"), ("Hưng", "hung"), ("Mễ", "me"), ("Sở", "so"),
    ("Trụ", "tru"), ("Phụng", "phung"), ("Công", "cong"), ("Tân", "tan"), ("Tiến", "tien"),
    ("Thắng", "thang"), ("Lợi", "loi"), ("Vĩnh", "vinh"), ("Khúc", "khuc"), ("An", "an"),
    ("Bình", "binh"), ("Hòa", "hoa"), ("Phú", "phu"), ("Thịnh", "thinh"), ("Đông", "dong"),
    ("Tây", "tay"), ("Nam", "nam"), ("Bắc", "bac"), ("Trung", "trung"), ("Thanh", "thanh"),
    ("Hồng", "hong"), ("Minh", "minh"), ("Đức", "duc"), ("Phúc", "phuc"), ("Lộc", "loc"),
    ("Thọ", "tho"), ("Quang", "quang"), ("Hải", "hai"), ("Sơn", "son"), ("Lâm", "lam"),
    ("Hà", "ha"), ("Giang", "giang"), ("Châu", "chau"), ("Mỹ", "my"), ("Đại", "dai"),
    ("Yên", "yen"), ("Ngọc", "ngoc"), ("Kim", "kim"), ("Lạc", "lac"), ("Điền", "dien"),
    ("Hợp", "hop"), ("Thành", "thanh"), ("Tường", "tuong"), ("Vũ", "vu"), ("Dương", "duong"),
    ("Ninh", "ninh"), ("Khánh", "khanh"), ("Định", "dinh"), ("Thái", "thai"), ("Ân", "an"),
    ("Gia", "gia"), ("Lương", "luong"), ("Tam", "tam"), ("Tứ", "tu"), ("Ngũ", "ngu"),
]

EVIDENCE = [
    "Báo cáo số {n}/BC-{abbr} ngày {d}/{m}/{y}",
    "Công văn số {n}/{abbr} ngày {d}/{m}/{y}",
    "Biên bản họp hội đồng trường ngày {d}/{m}/{y}",
    "Niêm yết công khai tại bảng tin nhà trường ngày {d}/{m}/{y}",
    "Đăng trên trang thông tin điện tử của trường ngày {d}/{m}/{y}",
    "Kế hoạch số {n}/KH-{abbr} ngày {d}/{m}/{y}",
    "Quyết định số {n}/QĐ-{abbr} ngày {d}/{m}/{y}",
]
NOTES = [
    "Đã lồng ghép trong hội nghị cán bộ, viên chức",
    "Chờ hướng dẫn của Phòng GD&ĐT",
    "Đã cập nhật trên Cổng thông tin điện tử, còn bảng niêm yết tại trường.",
    "Tiếp tục thực hiện trong kỳ sau",
    "Phối hợp với UBND xã thực hiện",
]
REASONS = [
    "Nhiệm vụ dành cho trường tiểu học, không áp dụng với trường mầm non",
    "Trường không có công trình, dự án đầu tư trong kỳ.",
    "Đơn vị chưa được giao nhiệm vụ này trong năm học",
]
# Tasks that only the office and the primary schools report on, with due dates and weights.
TH_ONLY = {"4.4", "4.5", "6.4", "6.5"}
DUE = {"2.3": "2021-06-30", "3.3": "2021-09-30", "5.2": "2021-03-31", "6.1": "2021-05-31",
       "8.3": "2021-12-15"}
WEIGHT = {"1.1": 2, "8.1": 2}


# --complete: no report and no record left out (the Excel benchmark fills every form).
COMPLETE = False

def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_shipped(repo):
    """The plan document and task table of the shipped plan, as text and as (id, area, ...)."""
    plan_dir = repo / "plans" / "van-giang-2021"
    plan_text = (plan_dir / "plan.yaml").read_text(encoding="utf-8")
    tasks = []
    current = None
    # A line-based read of the shipped tasks.yaml (no YAML library needed): every task is
    # "- id:" followed by indented "key: value" lines, values on one line.
    for line in (plan_dir / "tasks.yaml").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- id:"):
            current = {"id": stripped[len("- id:"):].strip().strip('"')}
            tasks.append(current)
        elif current is not None and ":" in stripped and not stripped.startswith("#"):
            key, _, value = stripped.partition(":")
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            current[key] = value
    return plan_text, tasks


def commune_names(rng, count):
    used_names, used_slugs, result = set(), set(), []
    while len(result) < count:
        parts = rng.sample(SYLLABLES, 2)
        name = " ".join(p[0] for p in parts)
        if name in used_names:
            parts = rng.sample(SYLLABLES, 3)
            name = " ".join(p[0] for p in parts)
            if name in used_names:
                continue
        slug = "-".join(p[1] for p in parts)
        base, n = slug, 2
        while slug in used_slugs:
            slug = f"{base}-{n}"
            n += 1
        used_names.add(name)
        used_slugs.add(slug)
        result.append((name, slug))
    return result


def make_units(rng, schools):
    communes = commune_names(rng, (schools + 2) // 3)
    units = [{"id": "pgd", "name": "Phòng Giáo dục và Đào tạo", "kind": "office"}]
    for i in range(schools):
        level, prefix, title = LEVELS[i % 3]
        name, slug = communes[i // 3]
        units.append({"id": f"{prefix}-{slug}", "name": f"{title} {name}", "kind": "school",
                      "level": level, "commune": name, "parent": "pgd",
                      "abbr": prefix.upper() + "".join(w[0] for w in slug.split("-")).upper()})
    return units


def write(path, text, crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def units_yaml(units):
    out = ["# yaml-language-server: $schema=../../schemas/units.schema.json", "units:"]
    for u in units:
        out.append(f"  - id: {u['id']}")
        out.append(f"    name: {quoted(u['name'])}")
        out.append(f"    kind: {u['kind']}")
        if "level" in u:
            out.append(f"    level: {u['level']}")
            out.append(f"    commune: {quoted(u['commune'])}")
            out.append(f"    parent: {u['parent']}")
    return "\n".join(out) + "\n"


def tasks_yaml(tasks):
    out = ["# yaml-language-server: $schema=../../schemas/tasks.schema.json", "tasks:"]
    for t in tasks:
        out.append(f"  - id: {quoted(t['id'])}")
        out.append(f"    area: {t['area']}")
        out.append(f"    title: {quoted(t['title'])}")
        out.append(f"    product: {quoted(t['product'])}")
        out.append("    lead: pgd")
        out.append("    partners: [schools]")
        if t["id"] in DUE:
            out.append(f"    schedule: {{due: {DUE[t['id']]}}}")
        else:
            out.append("    schedule: ongoing")
        if t["id"] in TH_ONLY:
            out.append("    applies_to: [pgd, schools:TH]")
        if t["id"] in WEIGHT:
            out.append(f"    weight: {WEIGHT[t['id']]}")
        if t.get("note"):
            out.append(f"    note: {quoted(t['note'])}")
    return "\n".join(out) + "\n"


def applies(task_id, unit):
    return task_id not in TH_ONLY or unit["kind"] != "school" or unit["level"] == "TH"


def day_in_quarter(rng, q, latest=None):
    """A date in quarter q, no later than `latest` (a (month, day) pair) when given."""
    start = QUARTER_START[q]
    month = rng.randint(start, start + 2)
    day = rng.randint(1, 28)
    if latest and (month, day) > latest:
        month, day = latest
    return month, day


class Plan:
    """Per (unit, task): when work starts and ends, fixed for the year."""

    def __init__(self, rng):
        start = rng.choices((1, 2, 3, 4), (50, 25, 15, 10))[0]
        finish = start + rng.choices((0, 1, 2, 3, 9), (25, 30, 20, 10, 15))[0]
        self.start, self.finish = start, finish
        self.not_applicable = rng.random() < 0.025
        self.reason = rng.choice(REASONS)
        self.finish_day = None  # (month, day), chosen when the task is done


def status_yaml(rng, unit, quarter, tasks, plans, nfd):
    end_month, end_day = QUARTER_END[quarter]
    # Submitted a few days either side of the end of the quarter.
    offset = rng.randint(-3, 10)
    if offset <= 0:
        submitted = (end_month, end_day + offset)
    elif quarter == 4:
        submitted = None  # sent in January of the next year: left out, as many do
    else:
        submitted = (end_month + 1, offset)
    out = ["# yaml-language-server: $schema=../../../../schemas/status.schema.json",
           "schema_version: 1", f"unit: {unit['id']}", f"period: {YEAR}-Q{quarter}"]
    if submitted:
        out.append(f"submitted: {YEAR}-{submitted[0]:02d}-{submitted[1]:02d}")
    latest = submitted if submitted and submitted < (end_month, end_day) else (end_month, end_day)
    out.append("records:")
    abbr = unit.get("abbr", "PGDĐT")
    for task in tasks:
        tid = task["id"]
        if not applies(tid, unit):
            continue
        p = plans[tid]
        if rng.random() < 0.02 and not COMPLETE:
            continue  # left out of this report: not reported
        out.append(f"  - task: {quoted(tid)}")
        evidence = False
        if p.not_applicable:
            out.append("    state: not_applicable")
            out.append(f"    reason: {quoted(p.reason)}")
        elif quarter >= p.finish:
            out.append("    state: done")
            if p.finish_day is None or p.finish_day > latest:
                p.finish_day = day_in_quarter(rng, min(p.finish, quarter), latest)
            if rng.random() < 0.85:
                out.append(f"    completed: {YEAR}-{p.finish_day[0]:02d}-{p.finish_day[1]:02d}")
            evidence = rng.random() < 0.12
        elif quarter >= p.start:
            share = (quarter - p.start + 1) / (min(p.finish, 5) - p.start + 1)
            progress = max(1, min(99, int(share * 100) + rng.randint(-15, 15)))
            text = f"{progress}.5" if rng.random() < 0.05 and progress < 99 else str(progress)
            out.append("    state: in_progress")
            out.append(f"    progress: {text}")
            evidence = rng.random() < 0.05
        else:
            out.append("    state: not_started")
        if evidence:
            d, m = day_in_quarter(rng, quarter, latest)[::-1]
            out.append("    evidence: " + quoted(rng.choice(EVIDENCE).format(
                n=rng.randint(1, 250), abbr=abbr, d=d, m=m, y=YEAR)))
        if rng.random() < 0.04:
            note = rng.choice(NOTES)
            out.append(f"    note: {quoted(unicodedata.normalize('NFD', note) if nfd else note)}")
    return "\n".join(out) + "\n"


def generate(out, schools, periods, seed, repo, plan_id=None):
    rng = random.Random(seed)
    plan_text, tasks = read_shipped(repo)
    plan_text = plan_text.replace("id: van-giang-2021", f"id: {plan_id or f'bench-{schools}'}", 1)
    units = make_units(rng, schools)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "plan.yaml", plan_text)
    write(out / "units.yaml", units_yaml(units))
    write(out / "tasks.yaml", tasks_yaml(tasks))
    files, total = 3, sum((out / n).stat().st_size for n in ("plan.yaml", "units.yaml",
                                                            "tasks.yaml"))
    for q in periods:
        (out / "status" / f"{YEAR}-Q{q}").mkdir(parents=True, exist_ok=True)
    for unit in units:
        # One random stream per unit, so that a unit's year does not depend on the others.
        urng = random.Random(f"{seed}:{unit['id']}")
        plans = {t["id"]: Plan(urng) for t in tasks}
        for q in periods:
            if unit["kind"] == "school" and urng.random() < 0.05 and not COMPLETE:
                continue  # no report this quarter
            style = urng.random()
            text = status_yaml(urng, unit, q, tasks, plans, nfd=style < 0.01)
            path = out / "status" / f"{YEAR}-Q{q}" / f"{unit['id']}.yaml"
            write(path, text, crlf=0.01 <= style < 0.03, bom=0.02 <= style < 0.035)
            files += 1
            total += path.stat().st_size
    return files, total



def prepare_output(out, stamp, force):
    """Makes `out` ready for generated data with this `stamp`: None when it is (emptied), 0 when
    it holds that data already, 2 when it holds something this script did not make."""
    stamp_file = out / ".generated"
    if not force and stamp_file.exists() and stamp_file.read_text() == stamp:
        print(f"{out}: up to date ({stamp.strip()})")
        return 0
    if out.exists():
        if not (stamp_file.exists() or not any(out.iterdir())):
            print(f"{out}: exists and was not made by this script; not touching it",
                  file=sys.stderr)
            return 2
        shutil.rmtree(out)
    return None

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", choices=sorted(SIZES), default="district")
    parser.add_argument("--schools", type=int, help="number of schools (overrides --size)")
    parser.add_argument("--periods", default="1,2,3,4", help="quarters to report, e.g. 1,2")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--force", action="store_true", help="regenerate even if up to date")
    parser.add_argument("--complete", action="store_true",
                        help="every unit reports every quarter on every task (forms to fill)")
    args = parser.parse_args()
    global COMPLETE
    COMPLETE = args.complete
    schools = args.schools if args.schools is not None else SIZES[args.size]
    periods = sorted({int(p) for p in args.periods.split(",") if p.strip()})
    if schools < 1 or not periods or any(p not in QUARTER_END for p in periods):
        parser.error("need at least one school and quarters among 1,2,3,4")
    version = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    stamp = (f"schools={schools} periods={','.join(map(str, periods))} seed={args.seed} "
             f"complete={args.complete} generator={version}\n")
    stamp_file = args.out / ".generated"
    ready = prepare_output(args.out, stamp, args.force)
    if ready is not None:
        return ready
    files, total = generate(args.out, schools, periods, args.seed, args.repo)
    stamp_file.write_text(stamp)
    print(f"{args.out}: {files} files, {total} bytes ({stamp.strip()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
