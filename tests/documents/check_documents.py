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
    check("Tính đến ngày 30/06/2021, 32/34 đơn vị đã gửi báo cáo." in body,
          f"{label}: units reported")
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
        english_texts = texts(docx.Document(english))
        for text in ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness",
                     "REPORT", "Văn Giang, 5 July 2021",
                     "Area 1 – Participation at local levels: 73.5%.", "Appendix I"]:
            check(any(text in t for t in english_texts), f"report docx en: {text!r}")

        plan = os.path.join(tmp, "ke-hoach.docx")
        run = papi(binary, repo, "plan", PLAN, "--format", "docx", "-o", plan)
        check(run.returncode == 0, f"plan docx: exit 0 ({run.stderr!r})")
        check_plan(plan, "plan docx")

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
