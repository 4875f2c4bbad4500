#pragma once

#include <string>
#include <string_view>

#include "i18n/language.h"

namespace papi {

// Every word of `papi remind`, in Vietnamese and English.
struct RemindLabels {
  std::string_view title;
  std::string_view as_of;
  std::string_view periods;
  std::string_view overdue_title;  // units with something past due
  std::string_view pending_title;  // units whose reports are not yet due (or have no deadline)
  std::string_view nothing_owed;
  std::string_view unit;
  std::string_view owes;
  std::string_view due;
  std::string_view days_overdue;
  std::string_view message;
  std::string_view summary;  // "{} đơn vị, {} việc cần đôn đốc"
  // Parts of the owed items and of the message to send.
  std::string_view report_for;  // "báo cáo {}"
  std::string_view task;        // "nhiệm vụ {}"
  std::string_view due_on;      // "hạn {}"
  std::string_view days_late;   // "đã quá hạn {} ngày"
  std::string_view days_left;   // "còn {} ngày"
  std::string_view no_deadline;
  std::string_view greeting;  // "Kính gửi: {}."
  std::string_view
      ask_reports;  // "{issuer} đề nghị đơn vị gửi {reports} theo Kế hoạch số {number}"
  std::string_view ask_tasks;  // "... hoàn thành {tasks}"
  std::string_view ask_both;
  std::string_view urgent;  // added when something is past due
  std::string_view closing;
  std::string_view list_separator;  // between items of one sentence
  // Findings of inspections past their remediation deadline.
  std::string_view remediation;         // "tồn tại {} (kiểm tra ngày {})"
  std::string_view remediation_detail;  // "tồn tại {} «{}» (kiểm tra ngày {})"
  std::string_view ask_remedies;  // "{issuer} đề nghị đơn vị {urgent}khắc phục {list} ..."
  std::string_view also_remedies;  // the same after a first request, without the issuer
};

const RemindLabels& remind_labels(Language language);

}  // namespace papi
