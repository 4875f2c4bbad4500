#!/usr/bin/env python3
"""Independent check of the JSON Schemas in schemas/ (data format v1).

Usage: check_schemas.py REPO_ROOT

1. Each schemas/<name>.schema.json must be a valid draft-07 schema, and keep
   the house rules: every object schema has "additionalProperties": false (a map of
   data keys, such as report_deadlines, describes its values instead) and
   every declared property has a description.
2. Every YAML file of a plan under REPO_ROOT/plans/ is validated against the
   schema its place calls for:
       plans/<plan>/plan.yaml                   -> plan.schema.json
       plans/<plan>/units.yaml                  -> units.schema.json
       plans/<plan>/tasks.yaml                  -> tasks.schema.json
       plans/<plan>/status/<period>/<unit>.yaml -> status.schema.json
       plans/<plan>/inspections/<id>.yaml       -> inspection.schema.json
   Other YAML files under plans/ are noted and skipped.
3. Every fixture tests/schema/cases/<schema>--<name>.(valid|invalid).yaml must
   be accepted (valid) or rejected (invalid). An invalid fixture may state why
   it must be rejected, one line each:
       # expect: <instance path> <keyword> [text in the message]
   e.g. "# expect: /records/0 required progress"; "/" is the document itself.
   The fixture passes only if every such line matches one of its errors.

YAML is read as YAML 1.2 (core schema) reads it: plain 2021-02-23 stays a
string, only true/false are booleans (not yes/no/on/off), and a key repeated in
one mapping is an error.

Prints one line per failure (details indented below it) and ends with
"N passed, M failed"; exits 1 if anything failed, 2 on bad usage.
Needs only python3-jsonschema (4.10 .. 4.26) and python3-yaml.
"""

import json
import re
import sys
from pathlib import Path

import jsonschema
import yaml

SCHEMA_NAMES = ("plan", "units", "tasks", "status", "inspection")
FIXTURE_NAME = re.compile(r"^(plan|units|tasks|status|inspection)--([a-z0-9][a-z0-9-]*)\.(valid|invalid)\.yaml$")
EXPECT_LINE = re.compile(r"^#\s*expect:\s*(\S+)\s+(\S+)(?:\s+(.*\S))?\s*$")
MAX_DETAILS = 20


# ----------------------------------------------------------------- YAML 1.2
class CoreLoader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1 timestamps and yes/no/on/off booleans."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = key_node.value
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping", node.start_mark,
                            f"found duplicate key {key!r} (first at line {seen[key].line + 1})",
                            key_node.start_mark)
                    seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


_DROPPED_TAGS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load_yaml(path):
    """Returns (data, root node). Raises yaml.YAMLError on bad YAML."""
    loader = CoreLoader(path.read_bytes())  # bytes: BOM and encoding handled by PyYAML
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def node_at(node, path):
    """The YAML node at a JSON path (list of keys/indexes), or the deepest one found."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == step:
                    nxt = value_node
                    break
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    return node


# ------------------------------------------------------------------ schemas
def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def lint_schema(schema, where="#"):
    """House rules: closed objects, described properties. Yields problems."""
    if isinstance(schema, dict):
        # A map (no declared properties, its keys are data such as period ids) describes its
        # values with an additionalProperties schema; papi checks the keys.
        is_map = "properties" not in schema and isinstance(schema.get("additionalProperties"), dict)
        if (schema.get("type") == "object" and schema.get("additionalProperties") is not False
                and not is_map):
            yield f"{where}: object schema without \"additionalProperties\": false"
        in_condition = where.rsplit("/", 1)[-1] in ("if", "then", "else", "not")
        if "properties" in schema and not in_condition:
            for name, sub in schema["properties"].items():
                if not isinstance(sub, dict) or not sub.get("description"):
                    yield f"{where}/properties/{name}: property without a description"
        for key, sub in schema.items():
            if key in ("enum", "const", "required"):
                continue
            yield from lint_schema(sub, f"{where}/{key}")
    elif isinstance(schema, list):
        for i, sub in enumerate(schema):
            yield from lint_schema(sub, f"{where}/{i}")


def describe_errors(validator, data, node, rel):
    """Sorted error lines 'file:line:col: /path: message' and the raw errors."""
    errors = list(validator.iter_errors(data))
    lines = []
    for err in errors:
        path = list(err.absolute_path)
        at = node_at(node, path) if node is not None else None
        pos = f"{at.start_mark.line + 1}:{at.start_mark.column + 1}" if at is not None else "1:1"
        message = err.message if len(err.message) <= 300 else err.message[:297] + "..."
        lines.append(((at.start_mark.line if at else 0, at.start_mark.column if at else 0, pointer(path)),
                      f"{rel}:{pos}: {pointer(path)} [{err.validator}] {message}"))
    lines.sort(key=lambda x: x[0])
    return [text for _, text in lines], errors


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    passed = 0
    failed = 0

    def fail(what, details=()):
        nonlocal failed
        failed += 1
        print(f"FAIL {what}")
        details = list(details)
        for line in details[:MAX_DETAILS]:
            print(f"    {line}")
        if len(details) > MAX_DETAILS:
            print(f"    ... and {len(details) - MAX_DETAILS} more")

    def rel(path):
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return str(path)

    # 1. the schemas themselves
    validators = {}
    for name in SCHEMA_NAMES:
        path = root / "schemas" / f"{name}.schema.json"
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            jsonschema.Draft7Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as exc:
            fail(f"{rel(path)}: not a valid draft-07 schema", str(exc).splitlines()[:5])
            continue
        problems = list(lint_schema(schema))
        if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
            problems.append("$schema is not http://json-schema.org/draft-07/schema#")
        if problems:
            fail(f"{rel(path)}: breaks the schema conventions", problems)
        else:
            passed += 1
        validators[name] = jsonschema.Draft7Validator(schema)

    def check(path, schema_name, expect_valid, expectations=()):
        """One test: validate one YAML file. Returns None on pass, else (headline, details)."""
        if schema_name not in validators:
            return f"{rel(path)}: schema {schema_name} is not usable", []
        try:
            data, node = load_yaml(path)
        except (OSError, yaml.YAMLError) as exc:
            return f"{rel(path)}: cannot read YAML", str(exc).splitlines()
        lines, errors = describe_errors(validators[schema_name], data, node, rel(path))
        if expect_valid:
            if errors:
                return f"{rel(path)}: rejected by {schema_name}.schema.json", lines
            return None
        if not errors:
            return f"{rel(path)}: accepted by {schema_name}.schema.json, but must be rejected", []
        missing = []
        for want_path, want_keyword, want_text in expectations:
            if not any(pointer(e.absolute_path) == want_path and e.validator == want_keyword
                       and (not want_text or want_text in e.message) for e in errors):
                missing.append(f"expected error not found: {want_path} [{want_keyword}] {want_text or ''}".rstrip())
        if missing:
            return f"{rel(path)}: rejected, but not for the expected reason", missing + ["got:"] + lines
        return None

    def record(result):
        nonlocal passed
        if result is None:
            passed += 1
        else:
            fail(*result)

    # 2. the plans
    plans = root / "plans"
    if plans.is_dir():
        for path in sorted(p for p in plans.rglob("*") if p.is_file()):
            parts = path.relative_to(plans).parts
            if path.suffix not in (".yaml", ".yml"):
                continue
            schema_name = None
            if len(parts) == 2 and parts[1] in ("plan.yaml", "units.yaml", "tasks.yaml"):
                schema_name = parts[1][:-len(".yaml")]
            elif len(parts) == 4 and parts[1] == "status" and path.suffix == ".yaml":
                schema_name = "status"
            elif len(parts) == 3 and parts[1] == "inspections" and path.suffix == ".yaml":
                schema_name = "inspection"
            if schema_name is None:
                print(f"note: {rel(path)}: not a file of the plan layout, skipped")
                continue
            record(check(path, schema_name, expect_valid=True))

    # 3. the fixtures
    cases = root / "tests" / "schema" / "cases"
    if not cases.is_dir():
        fail(f"{rel(cases)}: no fixtures")
    else:
        for path in sorted(p for p in cases.iterdir() if p.is_file()):
            m = FIXTURE_NAME.match(path.name)
            if not m:
                fail(f"{rel(path)}: fixture name is not <schema>--<name>.(valid|invalid).yaml")
                continue
            schema_name, _, verdict = m.groups()
            expectations = []
            for line in path.read_text(encoding="utf-8-sig").splitlines():
                e = EXPECT_LINE.match(line.strip())
                if e:
                    expectations.append((e.group(1), e.group(2), e.group(3)))
            if verdict == "valid" and expectations:
                fail(f"{rel(path)}: a valid fixture has '# expect:' lines")
                continue
            record(check(path, schema_name, verdict == "valid", expectations))

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
