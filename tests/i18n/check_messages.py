#!/usr/bin/env python3
"""Every message of the sources has a Vietnamese translation, and every translation fits.

usage: check_messages.py REPO_ROOT

Fails when
1. a string literal given to tr(), trf() or tr_noop() under src/ has no entry in the table of
   src/i18n/messages_vi.cpp (the message would be shown in English in Vietnamese mode);
2. an entry's Vietnamese text has other `{}` fields than its English text (same numbers, same
   format specs: `{:02}` stays `{:02}`, `{1}` may move), or mixes `{}` with `{1}`;
3. an entry is not in Unicode NFC (the form papi writes and compares), is empty, or has the
   same English text as another entry;
4. a description of schemas/*.schema.json is not "English. / Vietnamese." (papi shows the
   half of the language in use as the hint of a missing or wrong field).
"""

import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from checks import check, finish  # noqa: E402
from messages import placeholders, source_messages, vietnamese_table  # noqa: E402


def descriptions(node, out):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                out.append(value)
            else:
                descriptions(value, out)
    elif isinstance(node, list):
        for value in node:
            descriptions(value, out)


def main(root):
    root = Path(root)
    table = vietnamese_table(root / "src" / "i18n" / "messages_vi.cpp")
    check(len(table) >= 100, f"the Vietnamese table has {len(table)} entries: the reading of "
                             "messages_vi.cpp in this script needs fixing")
    english = {}
    for en, vi, line in table:
        where = f"src/i18n/messages_vi.cpp:{line}"
        check(en is not None and vi is not None, f"{where}: an entry that is not two literals")
        if en is None or vi is None:
            continue
        check(en not in english, f"{where}: {en!r} is in the table twice (also line {english.get(en)})")
        english[en] = line
        check(vi.strip() != "", f"{where}: {en!r} has an empty translation")
        check(unicodedata.is_normalized("NFC", vi), f"{where}: the translation of {en!r} is not NFC")
        en_fields, vi_fields = placeholders(en), placeholders(vi)
        check(en_fields is not None, f"{where}: {en!r} mixes {{}} and {{1}}")
        check(vi_fields is not None, f"{where}: the translation of {en!r} mixes {{}} and {{1}}")
        check(en_fields == vi_fields,
              f"{where}: {en!r} has the fields {en_fields}, its translation {vi!r} has {vi_fields}")

    messages = source_messages(root / "src")
    check(len(messages) >= 100, f"only {len(messages)} messages found in src/: the reading of the "
                                "sources in this script needs fixing")
    for message, where in sorted(messages.items()):
        check(message in english,
              f"{where[0]}: {message!r} has no Vietnamese translation in src/i18n/messages_vi.cpp")

    found = []
    for schema in sorted((root / "schemas").glob("*.schema.json")):
        descriptions(json.loads(schema.read_text(encoding="utf-8")), found)
    check(len(found) >= 20, f"only {len(found)} schema descriptions found")
    for text in found:
        halves = text.split(" / ")
        check(len(halves) == 2 and all(h.strip() for h in halves),
              f"schema description {text!r} is not \"English. / Vietnamese.\" with one \" / \"")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
    sys.exit(finish())
