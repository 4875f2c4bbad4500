#pragma once

#include <array>
#include <string_view>

#include "i18n/language.h"

namespace papi {

// Every word of the documents the office issues (Word and HTML), in Vietnamese and English.
// Format strings take their values in the order their comment gives.
struct DocumentLabels {
  std::string_view motto_state;   // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  std::string_view motto;         // Độc lập - Tự do - Hạnh phúc
  std::string_view number;        // "Số: {}" (the number, or a blank)
  std::string_view blank_number;  // what stands for a number not given yet
  std::string_view
      date_line;  // {0} day (05), {1} month (02 or 7), {2} year, {3} month name, {4} day (5)
  std::string_view blank_date_line;
  std::array<std::string_view, 12> month_names;
  std::string_view report_to;        // "Kính gửi:"
  std::string_view copies;           // "Nơi nhận:"
  std::string_view filed_prefix;     // a "Nơi nhận" line that starts so is the filing line
  std::string_view filed_default;    // the filing line added when none is given
  std::string_view appendix;         // "Phụ lục"
  std::string_view report_kind;      // BÁO CÁO
  std::string_view plan_kind;        // KẾ HOẠCH
  std::string_view report_code;      // BC, in 05/BC-PGDĐT
  std::string_view attached_report;  // {0} number, {1} date, {2} issuer
  std::string_view attached_plan;    // {0} number, {1} date, {2} issuer
  std::string_view report_subject;   // {0} plan number, {1} period (in lower case)
  std::string_view report_intro;  // {0} plan number, {1} issued, {2} issuer, {3} title, {4} period
  std::string_view results;       // the heading of the computed part
  std::string_view submission_heading;
  std::string_view submission_text;  // {0} as-of date, {1} reported, {2} expected, {3} a note
  std::string_view missing_text;     // {0} the units, joined
  std::string_view all_reported;
  std::string_view overall_heading;
  std::string_view overall_text;     // {0} percent, {1} pairs
  std::string_view overall_classes;  // "in which: " before the class counts
  std::string_view areas_heading;
  std::string_view area_text;      // {0} area id, {1} name, {2} percent
  std::string_view area_no_value;  // {0} area id, {1} name
  std::string_view levels_heading;
  std::string_view trend_heading;
  std::string_view units_appendix;
  std::string_view tasks_appendix;
  std::string_view closing_sentence;  // {0} subject (in lower case), {1} issuer
  std::string_view number_column;     // TT
  std::string_view pairs_column;
  std::string_view plan_purposes_heading;  // I. MỤC ĐÍCH, YÊU CẦU
  std::string_view plan_purposes;          // 1. Mục đích
  std::string_view plan_requirements;      // 2. Yêu cầu
  std::string_view plan_content_heading;   // II. NỘI DUNG
  std::string_view plan_areas;             // 1. Các lĩnh vực ...
  std::string_view plan_table_reference;   // the sentence that points at the appendix
  std::string_view plan_table_title;       // Biểu tổng hợp nhiệm vụ
  std::string_view task_column;
  std::string_view product_column;
  std::string_view lead_column;
  std::string_view partners_column;
  std::string_view schedule_column;
  std::string_view notes;  // Ghi chú
  // The report's optional sections.
  std::string_view submission_period;   // {0} period, {1} deadline (or "no deadline")
  std::string_view inspection_summary;  // {0} inspections held, {1} findings, {2} by class
  // The letter of `papi remind` ("công văn").
  std::string_view letter_subject;          // "V/v đôn đốc {0} theo Kế hoạch số {1}"
  std::string_view letter_subject_nothing;  // {0} plan number
  std::string_view owed_reports;            // "gửi báo cáo"
  std::string_view owed_tasks;              // "hoàn thành nhiệm vụ quá hạn"
  std::string_view owed_remedies;           // "khắc phục tồn tại sau kiểm tra"
  std::string_view list_and;                // " và ", before the last of a list
  std::string_view letter_many_units;       // "Kính gửi" when the units are in the list
  // {0} plan number, {1} issued, {2} issuer, {3} title, {4} as-of date, {5} units, {6} counts
  std::string_view letter_intro;
  std::string_view count_reports;   // {} reports not sent
  std::string_view count_tasks;     // {} overdue tasks
  std::string_view count_remedies;  // {} findings past their remediation deadline
  std::string_view letter_details_below;
  std::string_view letter_details_attached;
  std::string_view letter_request;  // {0} issuer, {1} what is owed ("gửi báo cáo và ..."),
                                    // {2} "khẩn trương " when something is past due
  std::string_view letter_closing;
  std::string_view letter_nothing;  // {0} as-of date, {1} plan number
  std::string_view letter_list_title;
  std::string_view attached_letter;  // {0} number, {1} date, {2} issuer
};

const DocumentLabels& document_labels(Language language);

}  // namespace papi
