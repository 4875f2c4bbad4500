#!/usr/bin/env python3
"""Hostile values (the corpus of tests/security/check_hostile.py, in unit names, a commune, task
titles and the office's own report) come out inert in the Word documents and the HTML pages:
every XML part stays well formed, the text reads back exactly as written (controls as U+FFFD),
and the page gains no element, attribute, script or address.

usage: check_hostile_documents.py PAPI REPO_ROOT
"""
import html.parser
import os
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "security"))
from check_hostile import HOSTILE, make_plan, yaml_string  # noqa: E402

import docx  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402


def shown(text):
    """What a value becomes in a document: controls (C0 but tab and line end, DEL, C1) are
    U+FFFD."""
    out = ""
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in "\t\n") or 0x7F <= code <= 0x9F:
            out += "\ufffd"
        else:
            out += ch
    return out


class Elements(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.attributes = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, _ in attrs:
            self.attributes.add(name)


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "plan")
        make_plan(repo, plan)
        office = os.path.join(plan, "reports", "2021-Q2.yaml")
        with open(office, "w", encoding="utf-8") as out:
            out.write("schema_version: 1\nperiod: \"2021-Q2\"\n")
            out.write(f"number: {yaml_string(HOSTILE[6])}\n")
            out.write(f"title: {yaml_string(HOSTILE[0])}\n")
            out.write("sections:\n")
            for hostile in HOSTILE:
                out.write(f"  - title: {yaml_string(hostile)}\n    text: {yaml_string(hostile)}\n")

        for args, name in [(["report", plan, "--period", "2021-Q2"], "report"),
                           (["plan", plan], "plan")]:
            document = os.path.join(tmp, name + ".docx")
            run = subprocess.run([binary, *args, "--format", "docx", "-o", document],
                                 capture_output=True, text=True)
            check(run.returncode == 0, f"{name} docx: exit 0 ({run.stderr.strip()!r})")
            if run.returncode != 0:
                continue
            with zipfile.ZipFile(document) as package:
                for part in package.namelist():
                    if part.endswith(".xml") or part.endswith(".rels"):
                        try:
                            xml.dom.minidom.parseString(package.read(part))
                            well_formed = True
                        except Exception as error:  # noqa: BLE001
                            well_formed = False
                            print(part, error)
                        check(well_formed, f"{name} docx: {part} is well-formed XML")
            read = docx.Document(document)
            everything = "\n".join(
                [p.text for p in read.paragraphs]
                + [p.text for t in read.tables for row in t.rows for c in row.cells
                   for p in c.paragraphs])
            for hostile in HOSTILE[:10]:
                # Line ends inside a value become line breaks (python-docx reads them as \n).
                check(shown(hostile).replace("\t", "") in everything.replace("\t", ""),
                      f"{name} docx: {hostile!r} reads back as written")

        for args, name in [(["report", plan, "--period", "2021-Q2"], "report"),
                           (["plan", plan], "plan")]:
            page_path = os.path.join(tmp, name + ".html")
            run = subprocess.run([binary, *args, "--format", "html", "-o", page_path],
                                 capture_output=True, text=True)
            check(run.returncode == 0, f"{name} html: exit 0 ({run.stderr.strip()!r})")
            if run.returncode != 0:
                continue
            page = open(page_path, encoding="utf-8").read()
            elements = Elements()
            elements.feed(page)
            check("script" not in elements.tags and "img" not in elements.tags,
                  f"{name} html: no <script> or <img> came in")
            check(not any(a.startswith("on") for a in elements.attributes),
                  f"{name} html: no event attribute came in")
            check("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
                  or "&lt;script&gt;alert('x')&lt;/script&gt;" in page,
                  f"{name} html: <script> is shown as text")
            check("\x1b" not in page and "\u009b" not in page and "\x07" not in page,
                  f"{name} html: no control character is left")

    return finish()


if __name__ == "__main__":
    sys.exit(main())
