#!/usr/bin/env python3
"""Writes the small spreadsheets of tests/workflow/import/ that are not plain UTF-8 text: one
per diagnostic code of the xlsx import and of legacy encodings. Deterministic (fixed zip
times); run it again after changing it, and review `git diff --stat`.

Usage: make_cases.py [FOLDER]   (default: the folder of this script)
"""

import subprocess
import sys
import zipfile
from pathlib import Path

TIME = (2021, 1, 1, 0, 0, 0)


def write_zip(path, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, TIME)
            info.compress_type = method
            z.writestr(info, data)


WORKBOOK = ('<workbook xmlns:r="r"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/>'
            '<sheet name="papi" sheetId="2" r:id="rId2" state="hidden"/></sheets></workbook>')
RELS = ('<Relationships><Relationship Id="rId1" Type="x/worksheet" '
        'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" '
        'Target="worksheets/sheet2.xml"/></Relationships>')


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def form(period):
    """A papi form reduced to its identity and one row."""
    meta = ("<worksheet><sheetData>"
            + "".join(f'<row r="{i}">{inline(f"A{i}", k)}{inline(f"B{i}", v)}</row>'
                      for i, (k, v) in enumerate([("unit", "th-xuan-quan"), ("period", period),
                                                   ("plan", "van-giang-2021"),
                                                   ("form_version", "1")], 1))
            + "</sheetData></worksheet>")
    sheet = ('<worksheet><sheetData><row r="6">' + inline("A6", "Mã nhiệm vụ")
             + inline("C6", "Tình trạng") + '</row><row r="7">' + inline("A7", "1.1")
             + inline("C7", "Hoàn thành") + "</row></sheetData></worksheet>")
    return [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", RELS), ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/sheet2.xml", meta)]


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    # A CSV saved under an .xlsx name.
    (folder / "import-xlsx-format.xlsx").write_bytes(
        b"unit,task,state\r\nth-xuan-quan,1.1,done\r\n")
    # The first bytes of a zip archive and nothing else: a download cut short.
    entries = form("2021-Q3")
    write_zip(folder / "whole.tmp", entries)
    whole = (folder / "whole.tmp").read_bytes()
    (folder / "whole.tmp").unlink()
    (folder / "import-xlsx-zip.xlsx").write_bytes(whole[:300])
    # A sheet that declares entities ("billion laughs").
    laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
              '"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
    write_zip(folder / "import-xlsx-xml.xlsx",
              [(n, laughs if n == "xl/worksheets/sheet1.xml" else d) for n, d in entries])
    # 2 MiB of one byte deflated to 2 KiB: more than 200 times, refused as a zip bomb.
    write_zip(folder / "import-xlsx-limit.xlsx",
              [(n, "<worksheet>" + " " * (2 << 20) + "</worksheet>"
                if n == "xl/worksheets/sheet1.xml" else d) for n, d in entries])
    # The form of the second quarter, imported for the third.
    write_zip(folder / "import-form-mismatch.xlsx", form("2021-Q2"))
    # Excel's plain "CSV" (Windows-1258), a title row above the header.
    text = ("BÁO CÁO QUÝ III NĂM 2021;;\r\nĐơn vị;Mã nhiệm vụ;Tình trạng;Minh chứng\r\n"
            "th-xuan-quan;1.1;Hoàn thành;Biên bản họp ngày 15/7/2021\r\n")
    converted = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=text.encode(),
                               capture_output=True, check=True).stdout
    (folder / "import-legacy-encoding.csv").write_bytes(converted)
    # TCVN3 (ABC): "Hoàn thành", "Đã thực hiện".
    (folder / "import-legacy-encoding-tcvn3.csv").write_bytes(
        b"unit;task;state;evidence\r\nth-xuan-quan;1.1;Ho\xb5n th\xb5nh;\xa7\xb7 th\xf9c "
        b"hi\xd6n\r\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
