#!/usr/bin/env python3
"""The Word documents and HTML pages read back by independent readers: python-docx for the
header texts, the sections, tables, fonts, page size and margins; Python's html.parser for the
page's language, headings, table headers and the absence of any script or external address.
Also: the same input gives the same bytes, and a report without reports/<period>.yaml leaves
the number and date blank.

usage: check_documents.py PAPI REPO_ROOT
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.shared import Mm, Pt

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

PLAN = "plans/van-giang-2021"


def papi(binary, repo, *args):
    return subprocess.run([binary, *args], cwd=repo, capture_output=True, text=True)


def texts(document):
    """Every paragraph text of the body and of its tables, in order."""
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    return out


def check_shows(path, label, expected):
    """Each of `expected` stands in some paragraph of the document or of its tables."""
    found = texts(docx.Document(path))
    for text in expected:
        check(any(text in t for t in found), f"{label}: {text!r}")


def near(length, millimetres):
    return abs(length - Mm(millimetres)) < Mm(0.1)


def check_page_setup(document, label, landscape_sections):
    for index, section in enumerate(document.sections):
        wide = index in landscape_sections
        width, height = (297, 210) if wide else (210, 297)
        check(near(section.page_width, width) and near(section.page_height, height),
              f"{label}: section {index + 1} is A4 {'landscape' if wide else 'portrait'}")
        check(near(section.top_margin, 20) and near(section.bottom_margin, 20)
              and near(section.left_margin, 30) and near(section.right_margin, 15),
              f"{label}: section {index + 1} has the decree's margins (20/20/30/15 mm)")
    first = document.sections[0]
    check(first.different_first_page_header_footer,
          f"{label}: the first page has its own (empty) header")
    check(all(not p.text for p in first.first_page_header.paragraphs),
          f"{label}: no page number on page 1")
    header_xml = first.header._element.xml
    check("PAGE" in header_xml and 'w:val="center"' in header_xml,
          f"{label}: a centred PAGE field heads the pages from 2")


def check_fonts(document, label):
    normal = document.styles["Normal"]
    check(normal.font.name == "Times New Roman", f"{label}: Normal is Times New Roman")
    check(normal.font.size == Pt(14), f"{label}: body text is 14 pt")
    head = document.tables[0]
    sizes = {run.font.size for cell in head.rows[0].cells for p in cell.paragraphs
             for run in p.runs if run.text}
    check(sizes <= {Pt(12), Pt(13)}, f"{label}: the header is set in 12-13 pt ({sizes})")


def header_cells(document):
    head = document.tables[0].rows[0].cells
    return ([p.text for p in head[0].paragraphs if p.text],
            [p.text for p in head[1].paragraphs if p.text])


def check_report(path, label):
    document = docx.Document(path)
    left, right = header_cells(document)
    check(left == ["UBND HUYỆN VĂN GIANG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO VĂN GIANG",
                   "Số: 05/BC-PGDĐT"], f"{label}: left header column ({left})")
    check(right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Văn Giang, ngày 05 tháng 7 năm 2021"], f"{label}: right header column ({right})")
    bold = [run.bold for p in document.tables[0].rows[0].cells[0].paragraphs for run in p.runs
            if run.text]
    check(bold == [None, True, None], f"{label}: only the issuer is bold on the left ({bold})")
    date_runs = [run for run in document.tables[0].rows[0].cells[1].paragraphs[-1].runs]
    check(all(run.italic for run in date_runs), f"{label}: the place and date are in italics")

    body = [p.text for p in document.paragraphs]
    check("BÁO CÁO" in body, f"{label}: BÁO CÁO")
    check("Kết quả thực hiện Kế hoạch số 54/KH-PGDĐT quý II năm 2021" in body,
          f"{label}: the subject line")
    check("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Hưng Yên" in body, f"{label}: Kính gửi")
    for heading in ["I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]:
        check(heading in body, f"{label}: section {heading}")
    order = [body.index(h) for h in ["I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ",
                                     "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III"] if h in body]
    check(order == sorted(order), f"{label}: the office's sections follow the results, in order")
    # THCS Mễ Sở's file came on 14/07, after the as-of date: counted, and said so.
    check("Tính đến ngày 30/06/2021, 32/34 đơn vị đã gửi báo cáo, trong đó 1 đơn vị gửi báo cáo "
          "sau ngày tính số liệu: số liệu của đơn vị vẫn được tính, nhưng về thời hạn thì tính "
          "là chưa gửi (xem mục Tình hình gửi báo cáo)." in body,
          f"{label}: units reported, one of them after the as-of date")
    check(any("đạt 71,3%" in text for text in body), f"{label}: overall completion 71,3%")
    check("a) Lĩnh vực 1 – Tham gia của người dân ở cấp cơ sở: đạt 73,5%." in body,
          f"{label}: a sentence per area")
    check("Phụ lục I" in body and "Phụ lục II" in body, f"{label}: two appendices")
    check("(Kèm theo Báo cáo số 05/BC-PGDĐT ngày 05/07/2021 của Phòng Giáo dục và Đào tạo "
          "Văn Giang)" in body, f"{label}: (Kèm theo Báo cáo số …)")
    appendix = [p for p in document.paragraphs if p.text == "Phụ lục I"][0]
    check(all(run.bold for run in appendix.runs), f"{label}: Phụ lục I in bold")

    # The area table: header, 8 areas, the total; figures as the Markdown report prints them.
    areas = [t for t in document.tables if t.rows[0].cells[0].text == "TT"
             and t.rows[0].cells[1].text == "Lĩnh vực"][0]
    check(len(areas.rows) == 10, f"{label}: area table has 10 rows ({len(areas.rows)})")
    check([c.text for c in areas.rows[1].cells][:3] == ["1", "Tham gia của người dân ở cấp cơ sở",
                                                       "73,5%"], f"{label}: area 1 row")
    check([c.text for c in areas.rows[-1].cells][1:3] == ["Chung", "71,3%"],
          f"{label}: the total row")
    # No column narrower than the longest word of its cells (python-docx reads the widths
    # the renderer wrote; 'Tham gia' broke into 'Tha / m / gia' in columns of equal width).
    widths = [c.width for c in areas.columns]
    check(len(set(widths)) > 1, f"{label}: the columns are not all of one width")
    check(widths[1] > widths[0] * 3, f"{label}: the name column is the widest ({widths})")

    closing_texts = [t for t in texts(document) if t]
    check("Nơi nhận:" in closing_texts, f"{label}: Nơi nhận")
    check("- Như trên;" in closing_texts and "- Lưu: VT." in closing_texts,
          f"{label}: the copies, the filing line last")
    check("TRƯỞNG PHÒNG" in closing_texts and "Đào Thị Bích Ngọc" in closing_texts,
          f"{label}: the signing block")

    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        check(names[0] == "[Content_Types].xml", f"{label}: [Content_Types].xml comes first")
        check("word/charts/chart1.xml" in names, f"{label}: the chart is a chart part")
        chart = package.read("word/charts/chart1.xml").decode()
        check("<c:barChart>" in chart and "<c:v>73.5</c:v>" in chart,
              f"{label}: the chart caches the values")
        core = package.read("docProps/core.xml").decode()
        check("dcterms:created" not in core and "dcterms:modified" not in core,
              f"{label}: core properties carry no timestamp")
        check(all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in package.infolist()),
              f"{label}: every entry is dated 1980-01-01")
    check_page_setup(document, label, landscape_sections={2})
    check_fonts(document, label)


def table_rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def find_table(document, header):
    """The first table whose header row starts with `header`."""
    for table in document.tables:
        if [cell.text for cell in table.rows[0].cells][:len(header)] == header:
            return table
    return None


def check_report_sections(path, label):
    """The submissions and the inspections of 2021-Q2 (docs/inspections.md works them out)."""
    document = docx.Document(path)
    body = [p.text for p in document.paragraphs]
    check("Quý II năm 2021 – hạn gửi báo cáo: 20/06/2021." in body,
          f"{label}: the period's deadline")
    counts = find_table(document, ["Cấp học", "Số đơn vị", "Gửi đúng hạn"])
    check(counts is not None, f"{label}: the submissions by level")
    if counts is not None:
        rows = table_rows(counts)
        check(rows[0] == ["Cấp học", "Số đơn vị", "Gửi đúng hạn", "Gửi quá hạn",
                          "Quá hạn chưa gửi"], f"{label}: only the classes that occur ({rows[0]})")
        check(rows[-1] == ["Chung", "34", "28", "3", "3"],
              f"{label}: 28 on time, 3 late, 3 overdue of 34 units ({rows[-1]})")
    check("Đơn vị không gửi đúng hạn:" in body, f"{label}: the list of units not on time")
    late = find_table(document, ["Đơn vị", "Cấp học", "Ngày gửi", "Tình hình gửi"])
    check(late is not None and len(late.rows) == 1 + 6,
          f"{label}: 6 units late or overdue ({late and len(late.rows)})")
    if late is not None:
        rows = {row[0]: row for row in table_rows(late)[1:]}
        check(rows.get("Trường Mầm non Long Hưng", [None])[-1] == "Chưa gửi, quá 10 ngày",
              f"{label}: mn-long-hung not sent, 10 days over ({rows.get('Trường Mầm non Long Hưng')})")
        check(rows.get("Trường THCS Mễ Sở", [None, None, ""])[2].startswith("14/07/2021"),
              f"{label}: thcs-me-so sent after the as-of date ({rows.get('Trường THCS Mễ Sở')})")

    inspections = [t for t in body if t.startswith("Trong kỳ đã tiến hành")]
    check(inspections == ["Trong kỳ đã tiến hành 3 cuộc kiểm tra; số tồn tại được theo dõi: 7, "
                          "trong đó: đã khắc phục đúng hạn 1; đã khắc phục quá hạn 1; chưa khắc "
                          "phục, trong hạn 3; chưa khắc phục, quá hạn 2."],
          f"{label}: the inspections in one sentence ({inspections})")
    # 6.: after the submissions, overall, areas, levels and the trend (Q1 and Q2 have data).
    check("6. Kiểm tra, giám sát" in body, f"{label}: the inspection section, item 6 of I.")
    section = body[body.index("6. Kiểm tra, giám sát"):] if "6. Kiểm tra, giám sát" in body else []
    headings = [h for h in section if h.startswith(("a) ", "b) ", "c) ", "d) "))]
    check(headings == ["a) Các cuộc kiểm tra trong kỳ",
                       "b) Tồn tại theo lĩnh vực và tình trạng khắc phục",
                       "c) Tồn tại quá hạn khắc phục", "d) Đơn vị cần tái kiểm tra"],
          f"{label}: the four parts of the inspection section ({headings})")
    kinds = find_table(document, ["Hình thức", "Số cuộc"])
    check(kinds is not None and table_rows(kinds)[1:] == [
        ["Định kỳ", "1"], ["Đột xuất", "1"], ["Tái kiểm tra", "1"], ["Tổng cộng", "3"]],
          f"{label}: inspections by kind ({kinds and table_rows(kinds)})")
    areas = find_table(document, ["TT", "Lĩnh vực", "Số tồn tại"])
    check(areas is not None and table_rows(areas)[-1] == ["", "Tổng cộng", "7", "1", "1", "3", "2",
                                                          "0"],
          f"{label}: findings by class, total row ({areas and table_rows(areas)[-1]})")
    overdue = find_table(document, ["Đơn vị", "Tồn tại", "Nhiệm vụ / lĩnh vực"])
    check(overdue is not None and [[row[0], row[2], row[4]] for row in table_rows(overdue)[1:]] == [
        ["Trường THCS Mễ Sở", "Lĩnh vực 4", "30"], ["Trường THCS Mễ Sở", "Nhiệm vụ 6.3", "20"]],
          f"{label}: the overdue findings, 30 and 20 days ({overdue and table_rows(overdue)})")
    again = find_table(document, ["Đơn vị", "Đã khắc phục, chưa tái kiểm tra"])
    check(again is not None and [row[:3] for row in table_rows(again)[1:]] == [
        ["Trường Mầm non Cửu Cao", "1", "0"], ["Trường THCS Mễ Sở", "1", "2"]],
          f"{label}: units due for re-inspection ({again and table_rows(again)})")
    # No task of the shipped plan has a due date: no deadline columns, and the sentence why.
    check(any(t.startswith("Không nhiệm vụ nào của kế hoạch có thời hạn") for t in body),
          f"{label}: says why there are no deadline columns")
    area_table = find_table(document, ["TT", "Lĩnh vực", "Hoàn thành"])
    header = area_table and [c.text for c in area_table.rows[0].cells]
    check(header == ["TT", "Lĩnh vực", "Hoàn thành", "Đã HT", "Đang TH", "Chưa TH", "Chưa BC",
                     "Không AD"],
          f"{label}: the area table counts the states, no deadline columns ({header})")
    check(area_table is not None and table_rows(area_table)[-1] == [
        "", "Chung", "71,3%", "612", "304", "60", "69", "43"],
          f"{label}: the states of all pairs, as the Markdown report counts them")


LETTER_UNITS = ["Trường Mầm non Long Hưng", "Trường Mầm non Tân Tiến", "Trường THCS Mễ Sở",
                "Trường Tiểu học Phụng Công"]
LETTER_SUBJECT = ("V/v đôn đốc gửi báo cáo và khắc phục tồn tại sau kiểm tra theo Kế hoạch số "
                  "54/KH-PGDĐT")


def check_letter(path, label):
    document = docx.Document(path)
    left, right = header_cells(document)
    check(left == ["UBND HUYỆN VĂN GIANG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO VĂN GIANG",
                   "Số:       /PGDĐT", LETTER_SUBJECT], f"{label}: left header column ({left})")
    check(right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Văn Giang, ngày 25 tháng 6 năm 2021"], f"{label}: right header column ({right})")
    body = [p.text for p in document.paragraphs]
    check("BÁO CÁO" not in body, f"{label}: a letter has no title")
    to = [t for t in body if t.startswith("Kính gửi:") or t.startswith("\t- ")]
    check(to == ["Kính gửi:\t- Trường Mầm non Long Hưng;", "\t- Trường Mầm non Tân Tiến;",
                 "\t- Trường THCS Mễ Sở;", "\t- Trường Tiểu học Phụng Công."],
          f"{label}: Kính gửi the four units that owe ({to})")
    intro = [t for t in body if t.startswith("Thực hiện Kế hoạch số 54/KH-PGDĐT ngày 23/02/2021")]
    check(len(intro) == 1 and "tính đến ngày 25/06/2021, còn 4 đơn vị" in intro[0]
          and "(4 báo cáo chưa gửi; 2 tồn tại sau kiểm tra quá thời hạn khắc phục)" in intro[0],
          f"{label}: the paragraph cites the plan and the as-of date ({intro})")
    table = find_table(document, ["TT", "Đơn vị", "Nội dung", "Hạn", "Số ngày quá hạn"])
    check(table is not None, f"{label}: the table of what each unit owes")
    if table is not None:
        rows = table_rows(table)[1:]
        report = "Báo cáo Quý II năm 2021"
        expected = [
            ["1", "Trường Mầm non Long Hưng", report, "20/06/2021", "5"],
            ["2", "Trường Mầm non Tân Tiến", report, "20/06/2021", "5"],
            ["3", "Trường THCS Mễ Sở", report, "20/06/2021", "5"],
            ["", "", "Khắc phục tồn tại 1 (kiểm tra ngày 22/04/2021): Chưa công khai các khoản thu "
             "đầu năm học 2020-2021 trước hội đồng sư phạm và cha mẹ học sinh.", "31/05/2021",
             "25"],
            ["4", "Trường Tiểu học Phụng Công", report, "20/06/2021", "5"],
        ]
        check(rows[:4] == expected[:4], f"{label}: rows of mn-long-hung, mn-tan-tien, thcs-me-so "
                                        f"({rows[:4]})")
        check(len(rows) == 6 and rows[4][:2] == ["", ""] and rows[4][2].startswith(
            "Khắc phục tồn tại 4 (kiểm tra ngày 22/04/2021): ") and rows[4][3:] == ["10/06/2021",
                                                                                   "15"],
              f"{label}: finding 4 of thcs-me-so, 15 days ({rows[4:5]})")
        check(rows[-1] == expected[-1], f"{label}: th-phung-cong ({rows[-1:]})")
    check(any(t.startswith("Phòng Giáo dục và Đào tạo Văn Giang đề nghị Thủ trưởng các đơn vị "
                           "khẩn trương gửi báo cáo và khắc phục tồn tại sau kiểm tra")
              for t in body), f"{label}: the request")
    check("Đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./." in body,
          f"{label}: the closing sentence")
    closing = [t for t in texts(document) if t]
    check("Nơi nhận:" in closing and [f"- {name};" for name in LETTER_UNITS] ==
          [t for t in closing if t.startswith("- Trường")] and "- Lưu: VT." in closing,
          f"{label}: Nơi nhận, the units and the filing line")
    check("TRƯỞNG PHÒNG" in closing and "Đào Thị Bích Ngọc" in closing,
          f"{label}: the signing block of plan.yaml")
    check(len(document.sections) == 1, f"{label}: no appendix for four units")
    check_page_setup(document, label, landscape_sections=set())
    check_fonts(document, label)


def check_long_letter(path, label):
    """More units than fit after "Kính gửi": the list is attached."""
    document = docx.Document(path)
    body = [p.text for p in document.paragraphs]
    check("Kính gửi: Các đơn vị có tên tại danh sách kèm theo" in body,
          f"{label}: Kính gửi the attached list")
    check("Phụ lục I" in body and "DANH SÁCH ĐƠN VỊ CHƯA HOÀN THÀNH" in body,
          f"{label}: the list as an appendix")
    check(any(t.startswith("(Kèm theo Công văn số       /PGDĐT ngày ") for t in body),
          f"{label}: (Kèm theo Công văn số …)")
    table = find_table(document, ["TT", "Đơn vị", "Nội dung", "Hạn", "Số ngày quá hạn"])
    check(table is not None and len(table.rows) > 6, f"{label}: the table in the appendix")
    closing = [t for t in texts(document) if t]
    check("- Các đơn vị có tên tại danh sách kèm theo;" in closing,
          f"{label}: Nơi nhận the attached list")


def check_blank_report(path, label):
    document = docx.Document(path)
    left, right = header_cells(document)
    check(left[-1] == "Số:       /BC-PGDĐT", f"{label}: the number is left blank ({left[-1]!r})")
    check(right[-1] == "Văn Giang, ngày      tháng      năm      ",
          f"{label}: the date is left blank ({right[-1]!r})")
    body = [p.text for p in document.paragraphs]
    check("II. TỒN TẠI, HẠN CHẾ" not in body, f"{label}: no office sections without the file")
    check("Kết quả thực hiện Kế hoạch số 54/KH-PGDĐT quý I năm 2021" in body,
          f"{label}: the subject follows the period")


def check_plan(path, label):
    document = docx.Document(path)
    left, right = header_cells(document)
    check(left[-1] == "Số: 54/KH-PGDĐT", f"{label}: the plan's number ({left})")
    check(right[-1] == "Văn Giang, ngày 23 tháng 02 năm 2021",
          f"{label}: February takes its leading zero ({right[-1]})")
    body = [p.text for p in document.paragraphs]
    check("KẾ HOẠCH" in body, f"{label}: KẾ HOẠCH")
    check("I. MỤC ĐÍCH, YÊU CẦU" in body and "II. NỘI DUNG" in body, f"{label}: sections")
    check("BIỂU TỔNG HỢP NHIỆM VỤ" in body, f"{label}: the task table appendix")
    tasks = [t for t in document.tables if t.rows[0].cells[0].text == "TT"][0]
    check([c.text for c in tasks.rows[0].cells] == ["TT", "Nhiệm vụ", "Sản phẩm",
                                                   "Cơ quan chủ trì", "Cơ quan phối hợp",
                                                   "Thời gian thực hiện"],
          f"{label}: the original's columns")
    check(len(tasks.rows) == 1 + 8 + 32, f"{label}: 8 area rows and 32 tasks ({len(tasks.rows)})")
    check(tasks.rows[1].cells[0].text == "1. Tham gia của người dân ở cấp cơ sở",
          f"{label}: area rows span the table")
    check(tasks.rows[2].cells[0].text == "1.1" and tasks.rows[2].cells[5].text == "Thường xuyên",
          f"{label}: task 1.1 row")
    check_page_setup(document, label, landscape_sections={1})
    check_fonts(document, label)


class PageReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.tags = []
        self.external = []
        self.th_scopes = []
        self.headings = []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "th":
            self.th_scopes.append(attributes.get("scope"))
        for name, value in attrs:
            text = (value or "").lower()
            if name in ("src", "href", "action", "srcset", "data", "poster", "xmlns", "style") \
                    and ("http:" in text or "https:" in text or "//" in text or "url(" in text):
                self.external.append((tag, name, value))
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = [tag, ""]

    def handle_data(self, data):
        if self._heading is not None:
            self._heading[1] += data

    def handle_endtag(self, tag):
        if self._heading is not None and tag == self._heading[0]:
            self.headings.append(tuple(self._heading))
            self._heading = None


def check_html(path, label, lang, expect):
    page = open(path, encoding="utf-8").read()
    reader = PageReader()
    reader.feed(page)
    check(reader.lang == lang, f"{label}: <html lang={lang}> ({reader.lang})")
    check("script" not in reader.tags, f"{label}: no <script>")
    check(not reader.external, f"{label}: no external address ({reader.external[:3]})")
    check("http:" not in page and "https:" not in page and "url(" not in page,
          f"{label}: no URL anywhere in the page")
    check("<style>" in page and "<link" not in page, f"{label}: the CSS is inline")
    check("@page" in page and "A4" in page, f"{label}: a print style for A4")
    check('name="viewport"' in page, f"{label}: a viewport for phones")
    check(reader.th_scopes and all(s in ("col", "rowgroup") for s in reader.th_scopes),
          f"{label}: every table header cell has a scope")
    check(reader.headings and reader.headings[0][0] == "h1", f"{label}: one h1 first")
    check(sum(1 for h in reader.headings if h[0] == "h1") == 1, f"{label}: a single h1")
    for text in expect:
        check(text in page, f"{label}: shows {text!r}")


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "bao-cao.docx")
        run = papi(binary, repo, "report", PLAN, "--period", "2021-Q2", "--format", "docx",
                   "-o", report)
        check(run.returncode == 0 and run.stdout == "" and run.stderr == "",
              f"report docx: exit 0, silent ({run.returncode}, {run.stderr!r})")
        check_report(report, "report docx")
        check_report_sections(report, "report docx")

        again = os.path.join(tmp, "again.docx")
        papi(binary, repo, "report", PLAN, "--period", "2021-Q2", "--format", "docx", "-o", again)
        check(open(report, "rb").read() == open(again, "rb").read(),
              "report docx: the same input gives the same bytes")

        blank = os.path.join(tmp, "q1.docx")
        run = papi(binary, repo, "report", PLAN, "--period", "2021-Q1", "--format", "docx",
                   "-o", blank)
        check(run.returncode == 0, f"Q1 docx: exit 0 ({run.stderr!r})")
        check_blank_report(blank, "Q1 docx (no reports/2021-Q1.yaml)")

        english = os.path.join(tmp, "report-en.docx")
        run = papi(binary, repo, "report", PLAN, "--period", "2021-Q2", "--format", "docx",
                   "--lang", "en", "-o", english)
        check(run.returncode == 0, f"report docx en: exit 0 ({run.stderr!r})")
        check_shows(english, "report docx en",
                    ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness",
                     "REPORT", "Văn Giang, 5 July 2021",
                     "Area 1 – Participation at local levels: 73.5%.", "Appendix I"])

        plan = os.path.join(tmp, "ke-hoach.docx")
        run = papi(binary, repo, "plan", PLAN, "--format", "docx", "-o", plan)
        check(run.returncode == 0, f"plan docx: exit 0 ({run.stderr!r})")
        check_plan(plan, "plan docx")

        letter = os.path.join(tmp, "don-doc.docx")
        run = papi(binary, repo, "remind", PLAN, "--period", "2021-Q2", "--as-of", "2021-06-25",
                   "--format", "docx", "-o", letter)
        check(run.returncode == 0 and run.stdout == "" and run.stderr == "",
              f"remind docx: exit 0, silent ({run.returncode}, {run.stderr!r})")
        check_letter(letter, "remind docx")
        long_letter = os.path.join(tmp, "don-doc-cuoi-nam.docx")
        run = papi(binary, repo, "remind", PLAN, "--as-of", "2021-12-31", "--format", "docx",
                   "-o", long_letter)
        check(run.returncode == 0, f"remind docx at the year's end: exit 0 ({run.stderr!r})")
        check_long_letter(long_letter, "remind docx at the year's end")
        # Before the plan's first period has begun nothing is owed: a letter that says so.
        nothing = os.path.join(tmp, "khong-no.docx")
        run = papi(binary, repo, "remind", PLAN, "--as-of", "2020-12-31", "--format", "docx",
                   "-o", nothing)
        check(run.returncode == 0, f"remind docx, nothing owed: exit 0 ({run.stderr!r})")
        body = [p.text for p in docx.Document(nothing).paragraphs]
        check("Tính đến ngày 31/12/2020, không có đơn vị nào còn nợ báo cáo, nhiệm vụ quá hạn hoặc "
              "tồn tại quá thời hạn khắc phục theo Kế hoạch số 54/KH-PGDĐT." in body
              and not any(t.startswith("Kính gửi") for t in body),
              f"remind docx, nothing owed: one sentence, no recipients ({body})")
        letter_en = os.path.join(tmp, "letter-en.docx")
        run = papi(binary, repo, "remind", PLAN, "--period", "2021-Q2", "--as-of", "2021-06-25",
                   "--format", "docx", "--lang", "en", "-o", letter_en)
        check(run.returncode == 0, f"remind docx en: exit 0 ({run.stderr!r})")
        check_shows(letter_en, "remind docx en",
                    ["SOCIALIST REPUBLIC OF VIET NAM", "Văn Giang, 25 June 2021",
                     "Re: reminder to send reports and remedy inspection findings under plan "
                     "54/KH-PGDĐT", "Copies to:", "The report for Q2 2021"])
        run = papi(binary, repo, "remind", PLAN, "--format", "docx")
        check(run.returncode == 2 and "docx" in run.stderr and run.stdout == "",
              f"remind docx without -o: exit 2 with a message ({run.returncode}, {run.stderr!r})")
        letter_page = os.path.join(tmp, "don-doc.html")
        run = papi(binary, repo, "remind", PLAN, "--period", "2021-Q2", "--as-of", "2021-06-25",
                   "--format", "html", "-o", letter_page)
        check(run.returncode == 0, f"remind html: exit 0 ({run.stderr!r})")
        check_html(letter_page, "remind html", "vi",
                   [LETTER_SUBJECT, "Số:       /PGDĐT", "Trường Tiểu học Phụng Công",
                    "Chưa công khai các khoản thu đầu năm học 2020-2021", "Nơi nhận:", "Đào Thị Bích Ngọc"])

        # A binary document is never written to a terminal-bound standard output by accident.
        run = papi(binary, repo, "report", PLAN, "--format", "docx")
        check(run.returncode == 2 and "docx" in run.stderr and run.stdout == "",
              f"docx without -o: exit 2 with a message ({run.returncode}, {run.stderr!r})")

        page = os.path.join(tmp, "bao-cao.html")
        run = papi(binary, repo, "report", PLAN, "--period", "2021-Q2", "--format", "html",
                   "-o", page)
        check(run.returncode == 0, f"report html: exit 0 ({run.stderr!r})")
        check_html(page, "report html", "vi",
                   ["BÁO CÁO", "Số: 05/BC-PGDĐT", "Văn Giang, ngày 05 tháng 7 năm 2021",
                    "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "<svg",
                    "Tham gia của người dân ở cấp cơ sở", "73,5%", "Nơi nhận:",
                    "Đào Thị Bích Ngọc", "II. TỒN TẠI, HẠN CHẾ"])
        page_en = os.path.join(tmp, "report-en.html")
        papi(binary, repo, "report", PLAN, "--period", "2021-Q2", "--format", "html",
             "--lang", "en", "-o", page_en)
        check_html(page_en, "report html en", "en", ["REPORT", "Participation at local levels"])
        plan_page = os.path.join(tmp, "ke-hoach.html")
        run = papi(binary, repo, "plan", PLAN, "--format", "html", "-o", plan_page)
        check(run.returncode == 0, f"plan html: exit 0 ({run.stderr!r})")
        check_html(plan_page, "plan html", "vi", ["KẾ HOẠCH", "Biểu tổng hợp nhiệm vụ".upper()])

    return finish()


if __name__ == "__main__":
    sys.exit(main())
