#pragma once

#include <string_view>

#include "i18n/language.h"

namespace papi {

// The words of the title block of the xlsx report form (`papi template --format xlsx`), in
// Vietnamese and English. The table, its drop-down list and the guide sheet stay Vietnamese:
// import reads them back in that language.
struct FormTitleLabels {
  std::string_view heading;           // "BÁO CÁO THỰC HIỆN KẾ HOẠCH: {title}"
  std::string_view numbered_heading;  // "BÁO CÁO THỰC HIỆN KẾ HOẠCH SỐ {number}: {title}"
  std::string_view unit;              // "Đơn vị:"
  std::string_view period;            // "Kỳ báo cáo:"
  std::string_view deadline;          // "Hạn nộp báo cáo:"
  std::string_view document_title;  // the workbook's title property: "Báo cáo {period} — {unit}"
};

const FormTitleLabels& form_title_labels(Language language);

}  // namespace papi
