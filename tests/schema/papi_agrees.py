#!/usr/bin/env python3
"""papi rejects every document that the schemas in schemas/ reject.

Usage: papi_agrees.py BINARY REPO_ROOT

The JSON Schemas in schemas/ are the published contract (editors check files
with them); papi carries the same schemas inside its binary. This test proves,
against an independent draft-07 validator (python jsonschema), that papi is at
least as strict: a document the schemas reject is never accepted by
`papi validate --schema <name>`.

(a) Fixtures. Every tests/schema/cases/<schema>--<name>.(valid|invalid).yaml
    is given to `BINARY validate --schema <schema> FILE... --format json` (one
    process per schema). An invalid fixture must get at least one error, a
    valid one none.
(b) Mutations. Real documents (plans/van-giang-2021 and the valid fixtures)
    are mutated a few hundred times, deterministically (seeded random): keys
    deleted, renamed with a typo or added, values replaced by values of other
    types, numbers out of range, enum values and ids changed into near misses,
    dates and periods in wrong forms, empty strings, lists emptied, ... Each
    mutation is written to a temporary YAML file and judged by jsonschema
    (Draft7Validator) and by papi (one process per schema for all files).
    A mutation that jsonschema rejects and papi accepts is a failure. The
    opposite (papi rejects, jsonschema accepts) is listed with papi's reasons
    but does not fail: papi may be stricter than the schemas.

YAML is read as papi reads it (YAML 1.2 core schema), with the loader of
tests/schema/check_schemas.py; mutations are written so that YAML 1.1 and 1.2
readers agree on every scalar (strings that look like numbers, booleans or
null in either version are quoted).

Prints one line per failure and ends with "N passed, M failed"; exits 1 if
anything failed, 2 on bad usage. Needs only python3-jsonschema (4.10 or later)
and python3-yaml.
"""

import copy
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_schemas import CoreLoader, FIXTURE_NAME, SCHEMA_NAMES  # noqa: E402

SEED = 20210223
MUTATIONS_PER_SEED = 45
MAX_LISTED = 25

# Real documents to mutate: (schema, path relative to REPO_ROOT).
SEED_DOCUMENTS = [
    ("plan", "plans/van-giang-2021/plan.yaml"),
    ("units", "plans/van-giang-2021/units.yaml"),
    ("tasks", "plans/van-giang-2021/tasks.yaml"),
    ("status", "plans/van-giang-2021/status/2021-Q1/pgd.yaml"),
    ("status", "plans/van-giang-2021/status/2021-Q1/mn-cuu-cao.yaml"),
    ("status", "plans/van-giang-2021/status/2021-Q2/th-xuan-quan.yaml"),
    ("plan", "tests/schema/cases/plan--full.valid.yaml"),
    ("units", "tests/schema/cases/units--full.valid.yaml"),
    ("tasks", "tests/schema/cases/tasks--full.valid.yaml"),
    ("status", "tests/schema/cases/status--full.valid.yaml"),
    ("inspection", "plans/van-giang-2021/inspections/2021-04-thcs-me-so.yaml"),
    ("inspection", "plans/van-giang-2021/inspections/2021-05-th-xuan-quan-tai-kiem-tra.yaml"),
    ("inspection", "tests/schema/cases/inspection--full.valid.yaml"),
]


# --------------------------------------------------------------- YAML I/O
def load_yaml_bytes(data):
    loader = CoreLoader(data)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


# Plain scalars that YAML 1.2 (core schema) types as null, bool, int or float.
CORE_TYPED = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
    r"|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")


class AgreeingDumper(yaml.SafeDumper):
    """Quotes every string that a YAML 1.2 reader would not read back as a string.

    (SafeDumper already quotes what YAML 1.1 would type.)"""


def _represent_str(dumper, value):
    if value == "" or CORE_TYPED.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


AgreeingDumper.add_representer(str, _represent_str)


def dump_yaml(data):
    return yaml.dump(data, Dumper=AgreeingDumper, allow_unicode=True, sort_keys=False,
                     width=4096)


# -------------------------------------------------------------- mutations
def walk(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from walk(child, path + (index,))


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def set_at(doc, path, value):
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return doc


def show(value):
    text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    return text if len(text) <= 60 else text[:57] + "..."


def typo(word, rng):
    if not word:
        return "x"
    i = rng.randrange(len(word))
    choice = rng.randrange(4)
    if choice == 0 and len(word) > 1:
        return word[:i] + word[i + 1:]                      # drop a letter
    if choice == 1 and len(word) > 1:
        j = min(i + 1, len(word) - 1)
        if word[i] != word[j]:
            chars = list(word)
            chars[i], chars[j] = chars[j], chars[i]         # swap two letters
            return "".join(chars)
    if choice == 2:
        return word[:i] + rng.choice("aeiouxs") + word[i:]  # add a letter
    return word[:i] + word[i].upper() + word[i + 1:] if word[i].islower() else word + "s"


OTHER_TYPES = [0, 42, -3, 2.5, "text", "", [], ["x"], {}, {"a": 1}, None, True, False]
NUMBERS = [-1, 0, 1, 1.0, 99, 100, 101, 1899, 2021.0, 3000, -0.5, 12.5, 100.5, 1e9, 10 ** 30,
           float("inf"), float("-inf"), float("nan")]
ENUMS = {"done", "in_progress", "not_started", "not_applicable", "office", "department",
         "school", "MN", "TH", "THCS", "quarter", "half", "year", "month", "ongoing",
         "schools", "schools:MN", "schools:TH", "schools:THCS"}
DATES = ["2021-1-5", "05/03/2021", "2021-02-30", "2021-13-01", "20210305",
         "2021-03-05T00:00:00", "21-03-05", " 2021-03-05", "2021-03-05 ", "2021-03-05\n"]
PERIODS = ["2021-Q5", "2021-Q0", "2021-H3", "2021-13", "2021-00", "21-Q1", "2021Q1",
           "2021-q1", "2021-Q1 ", "Q1-2021", "2021-Q1\n", 2021, "2021", "2021-H1"]
TASK_IDS = ["1.0", "01.1", "1.1.1", "1", "1.", ".1", "1,1", "1.1 ", 1.1, "0.1", "1.1\n"]
SLUGS = ["PGD", "pgd_1", "pgđ", "-pgd", "pgd ", "pgd\n", "th xuan quan", "schools:TH",
         "schools:XX", "schools", "Pgd"]
UNKNOWN_KEYS = ["staus", "evidance", "extra", "comment", "Note", "id2", "x-note", "ghi_chu"]
DATE_KEYS = {"completed", "submitted", "issued", "due"}
SLUG_KEYS = {"unit", "lead", "parent", "partners", "applies_to"}


def key_of(path):
    """The mapping key a value sits under (list items: the key of their list)."""
    for step in reversed(path):
        if isinstance(step, str):
            return step
    return None


def mutate(doc, rng):
    """One random mutation of a deep copy of doc: (new document, description)."""
    doc = copy.deepcopy(doc)
    nodes = list(walk(doc))
    mappings = [(p, v) for p, v in nodes if isinstance(v, dict) and v]
    any_maps = [(p, v) for p, v in nodes if isinstance(v, dict)]
    strings = [(p, v) for p, v in nodes if isinstance(v, str)]
    numbers = [(p, v) for p, v in nodes if isinstance(v, (int, float)) and not isinstance(v, bool)]
    lists = [(p, v) for p, v in nodes if isinstance(v, list)]
    values = [(p, v) for p, v in nodes if p]
    for _ in range(50):
        kind = rng.choice(["delete", "delete", "typo-key", "retype", "retype", "number",
                           "enum", "unknown-key", "pattern", "pattern", "empty", "space",
                           "list", "root"])
        if kind == "delete" and mappings:
            path, mapping = rng.choice(mappings)
            key = rng.choice(list(mapping))
            del mapping[key]
            return doc, f"delete {pointer(path + (key,))}"
        if kind == "typo-key" and mappings:
            path, mapping = rng.choice(mappings)
            key = rng.choice(list(mapping))
            new = typo(key, rng)
            if new == key or new in mapping:
                continue
            items = [(new if k == key else k, v) for k, v in mapping.items()]
            mapping.clear()
            mapping.update(items)
            return doc, f"rename key {pointer(path + (key,))} to {new!r}"
        if kind == "retype" and values:
            path, old = rng.choice(values)
            new = copy.deepcopy(rng.choice([v for v in OTHER_TYPES if type(v) is not type(old)]))
            return set_at(doc, path, new), f"{pointer(path)}: {show(old)} -> {show(new)}"
        if kind == "number" and numbers:
            path, old = rng.choice(numbers)
            new = rng.choice(NUMBERS)
            return set_at(doc, path, new), f"{pointer(path)}: {show(old)} -> {show(new)}"
        if kind == "enum":
            candidates = [(p, v) for p, v in strings if v in ENUMS]
            if not candidates:
                continue
            path, old = rng.choice(candidates)
            new = rng.choice([old.upper(), old.capitalize(), typo(old, rng), old + " ",
                              old.replace("_", " "), old.replace("_", "-"), old + "\n"])
            if new == old:
                continue
            return set_at(doc, path, new), f"{pointer(path)}: {show(old)} -> {show(new)}"
        if kind == "unknown-key" and any_maps:
            path, mapping = rng.choice(any_maps)
            key = rng.choice([k for k in UNKNOWN_KEYS if k not in mapping])
            mapping[key] = rng.choice(["x", 1, None, ["a"]])
            return doc, f"add key {pointer(path + (key,))}"
        if kind == "pattern":
            candidates = [(p, v) for p, v in strings
                          if key_of(p) in DATE_KEYS | SLUG_KEYS | {"period", "task", "id"}]
            if not candidates:
                continue
            path, old = rng.choice(candidates)
            key = key_of(path)
            if key in DATE_KEYS:
                pool = DATES
            elif key == "period":
                pool = PERIODS
            elif key == "task" or (key == "id" and re.match(r"^[0-9]+\.[0-9]+$", old)):
                pool = TASK_IDS
            else:
                pool = SLUGS
            new = rng.choice(pool)
            if new == old:
                continue
            return set_at(doc, path, new), f"{pointer(path)}: {show(old)} -> {show(new)}"
        if kind == "empty" and strings:
            path, old = rng.choice(strings)
            return set_at(doc, path, ""), f"{pointer(path)}: {show(old)} -> \"\""
        if kind == "space" and strings:
            path, old = rng.choice(strings)
            new = rng.choice([old + "\n", " " + old, old + " ", "\t" + old])
            return set_at(doc, path, new), f"{pointer(path)}: {show(old)} -> {show(new)}"
        if kind == "list" and lists:
            path, old = rng.choice(lists)
            choice = rng.randrange(4)
            if choice == 0:
                new, what = [], "emptied"
            elif choice == 1 and old:
                new, what = old + [copy.deepcopy(old[0])], "first item repeated"
            elif choice == 2 and old:
                new, what = old[1:], "first item removed"
            elif old:
                new, what = copy.deepcopy(old[0]), "replaced by its first item"
            else:
                continue
            return set_at(doc, path, new), f"{pointer(path)}: list {what}"
        if kind == "root" and rng.random() < 0.3:
            new = rng.choice([[], "text", None, 1, [copy.deepcopy(doc)]])
            return new, f"document replaced by {show(new) if not isinstance(new, list) or not new else '[document]'}"
    return doc, "unchanged"


# ------------------------------------------------------------------- papi
def run_papi(binary, schema, files):
    """papi's diagnostics per file: {path: [diagnostic, ...]}. Raises RuntimeError."""
    result = {str(f): [] for f in files}
    if not files:
        return result
    proc = subprocess.run([binary, "validate", "--schema", schema, *map(str, files),
                           "--format", "json"], capture_output=True, timeout=120)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"papi validate --schema {schema} exited with {proc.returncode}: "
                           f"{proc.stderr.decode('utf-8', 'replace')[:2000]}")
    try:
        diagnostics = json.loads(proc.stdout.decode("utf-8"))
    except ValueError as exc:
        raise RuntimeError(f"papi validate --schema {schema}: output is not JSON: {exc}")
    for d in diagnostics:
        result.setdefault(d["file"], []).append(d)
    return result


def errors_of(diagnostics):
    return [d for d in diagnostics if d.get("severity") == "error"]


def describe_papi(diagnostics):
    return "; ".join(f"{d['line']}:{d['column']} [{d['code']}] {d['message']}"
                     for d in errors_of(diagnostics)[:3])


def describe_schema(errors):
    return "; ".join(f"{pointer(e.absolute_path)} [{e.validator}] {e.message[:100]}"
                     for e in errors[:3])


# ------------------------------------------------------------------- main
def main(argv):
    if len(argv) != 3:
        print("usage: papi_agrees.py BINARY REPO_ROOT", file=sys.stderr)
        return 2
    binary = str(Path(argv[1]).resolve())
    root = Path(argv[2]).resolve()
    passed = 0
    failed = 0
    lenient = []  # (file, mutation, papi's reasons): papi rejects, jsonschema accepts
    both_reject = both_accept = 0

    def fail(text):
        nonlocal failed
        failed += 1
        print(f"FAIL {text}")

    def rel(path):
        try:
            return Path(path).resolve().relative_to(root).as_posix()
        except ValueError:
            return str(path)

    validators = {}
    for name in SCHEMA_NAMES:
        schema = json.loads((root / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        validators[name] = jsonschema.Draft7Validator(schema)

    # (a) the fixtures
    fixtures = {name: [] for name in SCHEMA_NAMES}
    cases = root / "tests" / "schema" / "cases"
    for path in sorted(cases.iterdir()):
        m = FIXTURE_NAME.match(path.name)
        if m:
            fixtures[m.group(1)].append((path, m.group(3) == "valid"))
        elif path.is_file():
            fail(f"{rel(path)}: fixture name is not <schema>--<name>.(valid|invalid).yaml")
    for name, items in fixtures.items():
        try:
            verdicts = run_papi(binary, name, [p for p, _ in items])
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            fail(str(exc))
            continue
        for path, valid in items:
            errors = errors_of(verdicts.get(str(path), []))
            if valid and errors:
                fail(f"{rel(path)}: a valid fixture, but papi rejects it: {describe_papi(errors)}")
            elif not valid and not errors:
                fail(f"{rel(path)}: an invalid fixture, but papi accepts it")
            else:
                passed += 1

    # (b) mutations of real documents
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="papi-agrees-") as tmp:
        tmp = Path(tmp)
        jobs = {name: [] for name in SCHEMA_NAMES}  # schema -> [(file, description, origin)]
        counter = 0
        for schema_name, relative in SEED_DOCUMENTS:
            source = root / relative
            try:
                original = load_yaml_bytes(source.read_bytes())
            except (OSError, yaml.YAMLError) as exc:
                fail(f"{relative}: cannot read the document to mutate: {exc}")
                continue
            variants = [(original, "unchanged")]
            variants += [mutate(original, rng) for _ in range(MUTATIONS_PER_SEED)]
            for document, description in variants:
                counter += 1
                path = tmp / f"{counter:04d}-{schema_name}.yaml"
                path.write_text(dump_yaml(document), encoding="utf-8")
                jobs[schema_name].append((path, description, relative))

        for schema_name, items in jobs.items():
            try:
                verdicts = run_papi(binary, schema_name, [p for p, _, _ in items])
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                fail(str(exc))
                continue
            for path, description, origin in items:
                what = f"{origin} with {description} ({path.name})"
                try:
                    data = load_yaml_bytes(path.read_bytes())
                except yaml.YAMLError as exc:
                    fail(f"{what}: the mutation is not readable YAML: {exc}")
                    continue
                schema_errors = list(validators[schema_name].iter_errors(data))
                papi_errors = errors_of(verdicts.get(str(path), []))
                if schema_errors and not papi_errors:
                    fail(f"{what}: rejected by schemas/{schema_name}.schema.json "
                         f"({describe_schema(schema_errors)}) but accepted by papi\n"
                         + "".join(f"    | {line}\n" for line in
                                   path.read_text(encoding="utf-8").splitlines()[:40]))
                    continue
                if papi_errors and not schema_errors:
                    lenient.append((what, describe_papi(papi_errors)))
                elif papi_errors:
                    both_reject += 1
                else:
                    both_accept += 1
                passed += 1

    if lenient:
        print(f"note: {len(lenient)} document(s) rejected by papi but accepted by the schemas "
              "(papi is stricter; not a failure):")
        for what, why in lenient[:MAX_LISTED]:
            print(f"    {what}\n        papi: {why}")
        if len(lenient) > MAX_LISTED:
            print(f"    ... and {len(lenient) - MAX_LISTED} more")
    print(f"mutations: {both_reject} rejected by both, {both_accept} accepted by both, "
          f"{len(lenient)} rejected by papi only")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
