#include "i18n/workbook_words.h"

namespace papi {

namespace {

const WorkbookLabels kVietnamese{
    "Tổng quan",
    "Lĩnh vực",
    "Đơn vị",
    "Cấp học",
    "Xã",
    "Nhiệm vụ",
    "Bản ghi",
    "Gửi báo cáo",
    "Mã",
    "Tên tiếng Anh",
    "Kỳ của báo cáo",
    "Trọng số",
    "Giá trị (%)",
    "Ngày hoàn thành",
    "Minh chứng",
    "Lý do",
    "Số đơn vị phải báo cáo",
    "Kế hoạch",
    "Chưa báo cáo",
    "Kỳ",
    "Tồn tại",
    "Ngày kiểm tra",
    "Ngày khắc phục",
    "Tình trạng khắc phục",
};

const WorkbookLabels kEnglish{
    "Overview",     "Areas",       "Units",    "Levels",          "Communes",       "Tasks",
    "Records",      "Submissions", "Id",       "English name",    "Report period",  "Weight",
    "Value (%)",    "Completed",   "Evidence", "Reason",          "Units expected", "Plan",
    "Not reported", "Period",      "Findings", "Inspection date", "Fixed on",       "Remediation",
};

}  // namespace

const WorkbookLabels& workbook_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

}  // namespace papi
