#!/usr/bin/env python3
"""What an analyst would write instead of papi, for the benchmark (docs/performance.md).

Usage: python_equivalent.py PLAN_FOLDER SCHEMA_DIR

Loads plan.yaml, units.yaml, tasks.yaml and every status/<period>/<unit>.yaml with PyYAML's
C loader (YAML 1.2 core typing: dates stay text, only true/false are booleans), validates
each against its JSON Schema with `jsonschema` (draft-07), checks what papi checks across
files that matters for the numbers (the unit and period inside a report match its place; the
tasks reported exist), then computes the completion of every PAPI area for the latest period,
by the rule of docs/data-format.md, and prints it as CSV: area_id,completion,pairs.

Exit status: 0 when every file is valid, 1 otherwise (the errors are printed), 2 when
PyYAML's C loader or jsonschema is missing (the benchmark then skips this column).
"""

import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

try:
    import jsonschema
    import yaml
    from yaml import CSafeLoader
except ImportError as error:  # the benchmark skips Python when this happens
    print(f"python_equivalent: {error}", file=sys.stderr)
    sys.exit(2)


class CoreLoader(CSafeLoader):
    """The C loader, typing plain scalars like YAML 1.2's core schema (as papi does)."""


_DROPPED = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED]
    for first, resolvers in CSafeLoader.yaml_implicit_resolvers.items()
}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(path):
    with open(path, "rb") as stream:
        return yaml.load(stream, Loader=CoreLoader)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, schema_dir = sys.argv[1], sys.argv[2]
    validators = {}
    for name in ("plan", "units", "tasks", "status"):
        with open(os.path.join(schema_dir, f"{name}.schema.json"), encoding="utf-8") as f:
            validators[name] = jsonschema.Draft7Validator(json.load(f))
    errors = []

    def read(path, kind):
        try:
            data = load(path)
        except yaml.YAMLError as error:
            errors.append(f"{path}: {error}")
            return None
        for error in validators[kind].iter_errors(data):
            errors.append(f"{path}: {error.message}")
        return data

    plan = read(os.path.join(folder, "plan.yaml"), "plan")
    units = read(os.path.join(folder, "units.yaml"), "units")["units"]
    tasks = read(os.path.join(folder, "tasks.yaml"), "tasks")["tasks"]
    task_ids = {t["id"] for t in tasks}
    reports = {}  # period -> unit -> {task: record}
    status_dir = os.path.join(folder, "status")
    for period in sorted(os.listdir(status_dir)):
        period_dir = os.path.join(status_dir, period)
        for name in sorted(os.listdir(period_dir)):
            if not name.endswith(".yaml"):
                continue
            path = os.path.join(period_dir, name)
            report = read(path, "status")
            if not isinstance(report, dict):
                continue
            if report.get("unit") != name[:-5] or report.get("period") != period:
                errors.append(f"{path}: unit or period does not match the file's place")
            records = {}
            for record in report.get("records", []):
                if record["task"] not in task_ids:
                    errors.append(f"{path}: unknown task {record['task']}")
                records[record["task"]] = record
            reports.setdefault(period, {})[report["unit"]] = records
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    # Which units each task applies to: applies_to, or the lead and the partners; groups are
    # schools of a level.
    def members(ref):
        if ref == "schools":
            return [u["id"] for u in units if u["kind"] == "school"]
        if ref.startswith("schools:"):
            level = ref.split(":", 1)[1]
            return [u["id"] for u in units if u["kind"] == "school" and u.get("level") == level]
        return [ref]

    latest = sorted(reports)[-1]
    standing = reports[latest]
    totals = {area["id"]: [0.0, 0.0, 0] for area in plan["areas"]}  # Σ w·v, Σ w, pairs
    for task in tasks:
        refs = task.get("applies_to") or [task["lead"], *task.get("partners", [])]
        applies = {unit for ref in refs for unit in members(ref)}
        weight = task.get("weight", 1)
        for unit in applies:
            record = standing.get(unit, {}).get(task["id"])
            if record is None:
                value = 0.0
            elif record["state"] == "not_applicable":
                continue
            elif record["state"] == "done":
                value = 100.0
            elif record["state"] == "in_progress":
                value = float(record["progress"])
            else:
                value = 0.0
            total = totals[task["area"]]
            total[0] += weight * value
            total[1] += weight
            total[2] += 1
    print("area_id,completion,pairs")
    for area_id, (weighted, weight, pairs) in totals.items():
        completion = ""
        if pairs and weight > 0:
            completion = str(Decimal(repr(weighted / weight)).quantize(Decimal("0.01"),
                                                                       ROUND_HALF_UP))
        print(f"{area_id},{completion},{pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
