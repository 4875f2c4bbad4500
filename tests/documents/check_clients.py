#!/usr/bin/env python3
"""The documents opened by the programs people open them with: LibreOffice converts every
Word document to PDF without error, and pdftotext finds the header, the area names and the
percentages in it; tidy reports no error in the HTML pages; headless Chromium prints the
report page to an A4 PDF. The clients come from .ci/install-test-deps.

usage: check_clients.py PAPI REPO_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

PLAN = "plans/van-giang-2021"
AREAS = ["Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch",
         "Trách nhiệm giải trình với người dân", "Kiểm soát tham nhũng trong khu vực công",
         "Thủ tục hành chính công", "Cung ứng dịch vụ công", "Quản trị môi trường",
         "Quản trị điện tử"]
# Completion of each area in 2021-Q2, as the Markdown report of the same plan prints it.
PERCENTS = ["73,5%", "67,7%", "71,7%", "68,5%", "75,8%", "68,8%", "72,3%", "72,9%", "71,3%"]


def flat(text):
    """pdftotext output with its line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def to_pdf(document, folder, profile):
    run = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", folder, document],
                         capture_output=True, text=True, timeout=240)
    pdf = os.path.join(folder, os.path.splitext(os.path.basename(document))[0] + ".pdf")
    return run, pdf


def pdf_text(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout


def pdf_info(pdf):
    return subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    missing = [tool for tool in ("soffice", "pdftotext", "pdfinfo", "tidy", "chromium")
               if not check(shutil.which(tool), f"{tool} is installed (.ci/install-test-deps)")]
    if missing:
        return finish()
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        report = os.path.join(tmp, "bao-cao.docx")
        plan = os.path.join(tmp, "ke-hoach.docx")
        english = os.path.join(tmp, "report-en.docx")
        subprocess.run([binary, "report", PLAN, "--period", "2021-Q2", "--format", "docx",
                        "-o", report], cwd=repo, check=True)
        subprocess.run([binary, "report", PLAN, "--period", "2021-Q2", "--format", "docx",
                        "--lang", "en", "-o", english], cwd=repo, check=True)
        subprocess.run([binary, "plan", PLAN, "--format", "docx", "-o", plan], cwd=repo,
                       check=True)

        run, pdf = to_pdf(report, tmp, profile)
        check(run.returncode == 0 and os.path.exists(pdf),
              f"LibreOffice converts the report ({run.returncode}, {run.stderr.strip()!r})")
        if os.path.exists(pdf):
            text = flat(pdf_text(pdf))
            for expected in ["UBND HUYỆN VĂN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-PGDĐT",
                             "Văn Giang, ngày 05 tháng 7 năm 2021", "BÁO CÁO",
                             "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "Nơi nhận:",
                             "TRƯỞNG PHÒNG", "Đào Thị Bích Ngọc", "Phụ lục I"]:
                check(expected in text, f"report PDF shows {expected!r}")
            for name in AREAS:
                check(name in text, f"report PDF shows the area {name!r}")
            for percent in PERCENTS:
                check(percent in text, f"report PDF shows {percent}")
            info = pdf_info(pdf)
            check("595.3" in info or "595.2" in info, "report PDF pages are A4 wide")
            pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
            check(3 <= pages <= 12, f"report PDF has a sensible number of pages ({pages})")
            first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"],
                                        capture_output=True, text=True).stdout
            check("BÁO CÁO" in first_page and "Kính gửi" in first_page,
                  "page 1 holds the header, BÁO CÁO and Kính gửi")
            second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", pdf, "-"],
                                    capture_output=True, text=True).stdout
            check(second.strip().startswith("2"), "page 2 is numbered at its top")

        run, pdf = to_pdf(english, tmp, profile)
        check(run.returncode == 0 and os.path.exists(pdf), "LibreOffice converts the English report")
        if os.path.exists(pdf):
            text = flat(pdf_text(pdf))
            for expected in ["SOCIALIST REPUBLIC OF VIET NAM", "Participation at local levels",
                             "73.5%"]:
                check(expected in text, f"English report PDF shows {expected!r}")

        run, pdf = to_pdf(plan, tmp, profile)
        check(run.returncode == 0 and os.path.exists(pdf), "LibreOffice converts the plan")
        if os.path.exists(pdf):
            text = flat(pdf_text(pdf))
            for expected in ["KẾ HOẠCH", "Số: 54/KH-PGDĐT", "BIỂU TỔNG HỢP NHIỆM VỤ",
                             "chủ trì", "Thường xuyên"] + AREAS:
                check(expected in text, f"plan PDF shows {expected!r}")
            sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", pdf], capture_output=True,
                                   text=True).stdout
            check(" ".join(sizes.split()).count("size: 841.89 x 595.") >= 1
                  and " ".join(sizes.split()).count("size: 595.") >= 1,
                  "the plan's task table is on landscape pages after portrait ones")

        for args, name in [(["report", PLAN, "--period", "2021-Q2"], "report"),
                           (["report", PLAN, "--period", "2021-Q2", "--lang", "en"], "report-en"),
                           (["plan", PLAN], "plan")]:
            page = os.path.join(tmp, name + ".html")
            subprocess.run([binary, *args, "--format", "html", "-o", page], cwd=repo, check=True)
            tidy = subprocess.run(["tidy", "-errors", "-q", page], capture_output=True, text=True)
            check(tidy.returncode == 0 and tidy.stderr == "",
                  f"tidy finds nothing to report in the {name} page ({tidy.stderr.strip()!r})")

        page = os.path.join(tmp, "report.html")
        pdf = os.path.join(tmp, "page.pdf")
        shot = os.path.join(tmp, "page.png")
        chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run",
                    f"--user-data-dir={os.path.join(tmp, 'chromium')}"]
        run = subprocess.run(chromium + ["--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                                         "file://" + page],
                             capture_output=True, text=True, timeout=240)
        check(run.returncode == 0 and os.path.exists(pdf), "Chromium prints the page to PDF")
        if os.path.exists(pdf):
            info = pdf_info(pdf)
            check("594.96 x 841.92" in info or "595" in info, f"Chromium's PDF is A4 ({info!r})")
            check("Tham gia của người dân ở cấp cơ sở" in flat(pdf_text(pdf)),
                  "Chromium's PDF holds the area names")
        run = subprocess.run(chromium + ["--window-size=412,900", f"--screenshot={shot}",
                                         "file://" + page],
                             capture_output=True, text=True, timeout=240)
        check(run.returncode == 0 and os.path.exists(shot), "Chromium renders the page on a phone")

    return finish()


if __name__ == "__main__":
    sys.exit(main())
