"""Reading the message table and the messages of the C++ sources (shared by the i18n tests).

- `source_messages(src)`: {english: [file:line, ...]} of every string literal written as the
  message argument of tr(), trf() or tr_noop() (adjacent literals joined, escapes decoded).
- `vietnamese_table(path)`: [(english, vietnamese, line)] of src/i18n/messages_vi.cpp.
- `placeholders(text)`: the `{}` fields of a format string, numbered as fmt numbers them.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs"))
from check_errors_doc import split_arguments, strip_comments  # noqa: E402

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0",
           "a": "\a", "b": "\b", "f": "\f", "v": "\v", "?": "?"}
LITERAL = re.compile(r'\s*(?:u8|L|u|U)?"((?:[^"\\\n]|\\.)*)"', re.S)
CALL = re.compile(r"(?<![\w:.>])(?:papi::)?(trf|tr|tr_noop)\s*\(|\bFatal::untranslated\s*\(")


def decode(body):
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            m = re.match(r"[0-9A-Fa-f]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif nxt in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += ESCAPES.get(nxt, nxt).encode("utf-8")
            i += 2
    return out.decode("utf-8", errors="replace")


def literal_value(argument):
    """The text of an argument made only of string literals, else None."""
    pos = 0
    parts = []
    while pos < len(argument):
        m = LITERAL.match(argument, pos)
        if not m:
            break
        parts.append(decode(m.group(1)))
        pos = m.end()
    if not parts or argument[pos:].strip():
        return None
    return "".join(parts)


def source_messages(src):
    found = {}
    for path in sorted(Path(src).rglob("*")):
        if path.suffix not in (".cpp", ".h") or not path.is_file():
            continue
        if path.name == "messages_vi.cpp":
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        for m in CALL.finditer(text):
            args = split_arguments(text, m.end() - 1) or []
            # tr("…"), tr(language, "…"): the message is the first literal of the first two.
            for arg in args[:2]:
                value = literal_value(arg)
                if value is not None:
                    line = text.count("\n", 0, m.start()) + 1
                    found.setdefault(value, []).append(f"{path.relative_to(Path(src).parent)}:{line}")
                    break
    return found


ENTRY = re.compile(r'\{\s*((?:(?:u8)?"(?:[^"\\]|\\.)*"\s*)+),\s*((?:(?:u8)?"(?:[^"\\]|\\.)*"\s*)+)\}', re.S)


def vietnamese_table(path):
    text = strip_comments(Path(path).read_text(encoding="utf-8"))
    start = text.find("kVietnamese")
    entries = []
    for m in ENTRY.finditer(text, start):
        line = text.count("\n", 0, m.start()) + 1
        entries.append((literal_value(m.group(1)), literal_value(m.group(2)), line))
    return entries


FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def placeholders(text):
    """[(index, spec)] of the replacement fields, sorted; None if the string mixes numbering."""
    fields = []
    automatic = 0
    numbering = set()
    for m in FIELD.finditer(text):
        if m.group(1) is None:
            continue
        name, _, spec = m.group(1).partition(":")
        if name == "":
            fields.append((automatic, spec))
            automatic += 1
            numbering.add("auto")
        else:
            fields.append((int(name), spec))
            numbering.add("manual")
    if len(numbering) > 1:
        return None
    return sorted(fields)
