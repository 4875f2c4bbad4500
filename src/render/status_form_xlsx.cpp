#include "render/status_form_xlsx.h"

#include <stdexcept>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "i18n/form_words.h"
#include "i18n/report_words.h"
#include "util/temporary_file.h"

namespace papi {

namespace {

// The form is a Vietnamese document for Vietnamese schools: its words are written here once.
constexpr const char* kHeadings[] = {"Mã nhiệm vụ",
                                     "Nhiệm vụ",
                                     "Tình trạng",
                                     "Tiến độ (%)",
                                     "Ngày hoàn thành",
                                     "Minh chứng",
                                     "Lý do (nếu không áp dụng)",
                                     "Ghi chú"};
constexpr double kWidths[] = {12, 60, 18, 12, 16, 36, 28, 28};

// The drop-down list; import reads each of them (csv_import's state labels).
const char* state_label(TaskState state) {
  switch (state) {
    case TaskState::done:
      return "Hoàn thành";
    case TaskState::in_progress:
      return "Đang thực hiện";
    case TaskState::not_started:
      return "Chưa thực hiện";
    case TaskState::not_applicable:
      return "Không áp dụng";
  }
  return "";
}

constexpr const char* kGuide[] = {
    "HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO",
    "",
    "1. Mở trang «Báo cáo». Mỗi dòng là một nhiệm vụ của kế hoạch áp dụng cho đơn vị.",
    "2. Không sửa cột «Mã nhiệm vụ» và «Nhiệm vụ»; các ô này đã được khoá.",
    "3. «Tình trạng»: chọn trong danh sách: Hoàn thành, Đang thực hiện, Chưa thực hiện, Không "
    "áp dụng.",
    "4. «Tiến độ (%)»: số nguyên từ 0 đến 100. Đang thực hiện: từ 1 đến 99; Hoàn thành: để trống "
    "hoặc 100; Chưa thực hiện: để trống hoặc 0; Không áp dụng: để trống.",
    "5. «Ngày hoàn thành»: chỉ ghi khi Hoàn thành, dạng ngày/tháng/năm (ví dụ 15/03/2021), trong "
    "năm của kế hoạch.",
    "6. «Minh chứng»: số, ngày văn bản hoặc tài liệu chứng minh kết quả.",
    "7. «Lý do (nếu không áp dụng)»: bắt buộc khi chọn Không áp dụng, để trống trong các trường "
    "hợp khác.",
    "8. «Ghi chú»: ý kiến khác, nếu có.",
    "",
    "Lưu tệp dưới dạng Excel (.xlsx), giữ nguyên tên trang và không xoá trang ẩn, rồi gửi lại "
    "cho Phòng Giáo dục và Đào tạo.",
};

constexpr lxw_row_t kHeaderRow = 5;  // 0-based: row 6 as Excel shows it

lxw_datetime to_datetime(const Date& date) {
  return lxw_datetime{date.year, date.month, date.day, 0, 0, 0};
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error(fmt::format("xlsx form: {}: {}", what, lxw_strerror(error)));
}

class FormWriter {
 public:
  FormWriter(const StatusForm& form, const std::string& path) : form_(form) {
    lxw_workbook_options options = {};
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (workbook_ == nullptr)
      throw std::runtime_error("xlsx form: cannot create the workbook");
  }
  ~FormWriter() {
    if (workbook_ != nullptr)
      workbook_close(workbook_);
  }

  void write() {
    make_formats();
    // Fixed properties and creation time: the same form gives the same bytes.
    lxw_doc_properties properties = {};
    std::string title =
        fmt::format(fmt::runtime(labels_.document_title), form_.period, form_.unit_name);
    properties.title = title.data();
    properties.author = const_cast<char*>("papi");
    properties.created = 315532800;  // 1980-01-01, the earliest time a zip entry can hold
    check(workbook_set_properties(workbook_, &properties), "properties");
    write_report_sheet();
    write_guide_sheet();
    write_meta_sheet();
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    check(workbook_close(workbook), "write");
  }

 private:
  void make_formats() {
    title_ = workbook_add_format(workbook_);
    format_set_bold(title_);
    format_set_font_size(title_, 13);
    format_set_text_wrap(title_);
    format_set_align(title_, LXW_ALIGN_VERTICAL_CENTER);
    label_ = workbook_add_format(workbook_);
    format_set_bold(label_);
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_CENTER);
    format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_border(header_, LXW_BORDER_THIN);
    locked_text_ = workbook_add_format(workbook_);
    format_set_num_format(locked_text_, "@");
    format_set_border(locked_text_, LXW_BORDER_THIN);
    format_set_align(locked_text_, LXW_ALIGN_VERTICAL_TOP);
    locked_wrap_ = workbook_add_format(workbook_);
    format_set_text_wrap(locked_wrap_);
    format_set_border(locked_wrap_, LXW_BORDER_THIN);
    format_set_align(locked_wrap_, LXW_ALIGN_VERTICAL_TOP);
    input_ = workbook_add_format(workbook_);
    format_set_unlocked(input_);
    format_set_text_wrap(input_);
    format_set_border(input_, LXW_BORDER_THIN);
    format_set_align(input_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(input_, 0xFFF9E5);
    input_number_ = workbook_add_format(workbook_);
    format_set_unlocked(input_number_);
    format_set_num_format(input_number_, "0");
    format_set_border(input_number_, LXW_BORDER_THIN);
    format_set_align(input_number_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(input_number_, 0xFFF9E5);
    input_date_ = workbook_add_format(workbook_);
    format_set_unlocked(input_date_);
    format_set_num_format(input_date_, "dd/mm/yyyy");
    format_set_border(input_date_, LXW_BORDER_THIN);
    format_set_align(input_date_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(input_date_, 0xFFF9E5);
  }

  void write_report_sheet() {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, kFormSheet);
    if (sheet == nullptr)
      throw std::runtime_error("xlsx form: cannot add the report sheet");
    for (lxw_col_t c = 0; c < 8; ++c)
      worksheet_set_column(sheet, c, c, kWidths[c], nullptr);

    const std::string heading = form_.plan_number.empty()
                                    ? fmt::format(fmt::runtime(labels_.heading), form_.plan_title)
                                    : fmt::format(fmt::runtime(labels_.numbered_heading),
                                                  form_.plan_number, form_.plan_title);
    worksheet_set_row(sheet, 0, 36, nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, 7, heading.c_str(), title_);
    write_label_row(sheet, 1, labels_.unit, fmt::format("{} ({})", form_.unit_name, form_.unit_id));
    write_label_row(sheet, 2, labels_.period,
                    fmt::format("{} ({})", form_.period_label, form_.period));
    if (form_.deadline)
      write_label_row(sheet, 3, labels_.deadline, date_label(*form_.deadline, form_.language));

    worksheet_set_row(sheet, kHeaderRow, 32, nullptr);
    for (lxw_col_t c = 0; c < 8; ++c)
      worksheet_write_string(sheet, kHeaderRow, c, kHeadings[c], header_);

    lxw_row_t row = kHeaderRow + 1;
    for (const StatusFormRow& r : form_.rows) {
      worksheet_write_string(sheet, row, 0, r.task.c_str(), locked_text_);
      worksheet_write_string(sheet, row, 1, r.title.c_str(), locked_wrap_);
      write_or_blank(sheet, row, 2, r.state ? state_label(*r.state) : "", input_);
      if (r.progress)
        worksheet_write_number(sheet, row, 3, *r.progress, input_number_);
      else
        worksheet_write_blank(sheet, row, 3, input_number_);
      if (r.completed) {
        lxw_datetime when = to_datetime(*r.completed);
        worksheet_write_datetime(sheet, row, 4, &when, input_date_);
      } else {
        worksheet_write_blank(sheet, row, 4, input_date_);
      }
      write_or_blank(sheet, row, 5, r.evidence, input_);
      write_or_blank(sheet, row, 6, r.reason, input_);
      write_or_blank(sheet, row, 7, r.note, input_);
      ++row;
    }
    if (!form_.rows.empty())
      add_validations(sheet, kHeaderRow + 1, row - 1);

    worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, kHeaderRow, kHeaderRow);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    lxw_protection protection = {};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);
  }

  void write_label_row(lxw_worksheet* sheet, lxw_row_t row, std::string_view label,
                       const std::string& value) {
    worksheet_write_string(sheet, row, 0, std::string(label).c_str(), label_);
    worksheet_merge_range(sheet, row, 1, row, 7, value.c_str(), nullptr);
  }

  void write_or_blank(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                      const std::string& text, lxw_format* format) {
    if (text.empty())
      worksheet_write_blank(sheet, row, column, format);
    else
      worksheet_write_string(sheet, row, column, text.c_str(), format);
  }

  void add_validations(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last) {
    const char* states[] = {state_label(TaskState::done), state_label(TaskState::in_progress),
                            state_label(TaskState::not_started),
                            state_label(TaskState::not_applicable), nullptr};
    lxw_data_validation state = {};
    state.validate = LXW_VALIDATION_TYPE_LIST;
    state.value_list = const_cast<char**>(states);
    state.input_title = const_cast<char*>("Tình trạng");
    state.input_message = const_cast<char*>("Chọn một tình trạng trong danh sách.");
    state.error_title = const_cast<char*>("Tình trạng không hợp lệ");
    state.error_message =
        const_cast<char*>("Chọn Hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Không áp dụng.");
    check(worksheet_data_validation_range(sheet, first, 2, last, 2, &state), "state list");

    lxw_data_validation progress = {};
    progress.validate = LXW_VALIDATION_TYPE_INTEGER;
    progress.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    progress.minimum_number = 0;
    progress.maximum_number = 100;
    progress.input_title = const_cast<char*>("Tiến độ (%)");
    progress.input_message = const_cast<char*>(
        "Số nguyên từ 0 đến 100. Đang thực hiện: 1 đến 99. Hoàn thành: 100 hoặc để trống.");
    progress.error_title = const_cast<char*>("Tiến độ không hợp lệ");
    progress.error_message = const_cast<char*>("Nhập một số nguyên từ 0 đến 100.");
    check(worksheet_data_validation_range(sheet, first, 3, last, 3, &progress), "progress");

    lxw_data_validation completed = {};
    completed.validate = LXW_VALIDATION_TYPE_DATE;
    completed.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    completed.minimum_datetime = to_datetime(Date{form_.year, 1, 1});
    completed.maximum_datetime = to_datetime(Date{form_.year, 12, 31});
    const std::string date_message = fmt::format(
        "Ngày hoàn thành, dạng ngày/tháng/năm, trong năm {}; chỉ ghi khi Hoàn thành.", form_.year);
    const std::string date_error =
        fmt::format("Nhập một ngày từ 01/01/{0} đến 31/12/{0}.", form_.year);
    completed.input_title = const_cast<char*>("Ngày hoàn thành");
    completed.input_message = const_cast<char*>(date_message.c_str());
    completed.error_title = const_cast<char*>("Ngày không hợp lệ");
    completed.error_message = const_cast<char*>(date_error.c_str());
    check(worksheet_data_validation_range(sheet, first, 4, last, 4, &completed), "dates");
  }

  void write_guide_sheet() {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, kFormGuideSheet);
    worksheet_set_column(sheet, 0, 0, 110, nullptr);
    lxw_format* wrap = workbook_add_format(workbook_);
    format_set_text_wrap(wrap);
    lxw_row_t row = 0;
    for (const char* line : kGuide) {
      worksheet_write_string(sheet, row, 0, line, row == 0 ? label_ : wrap);
      ++row;
    }
  }

  void write_meta_sheet() {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, kFormMetaSheet);
    const std::pair<const char*, std::string> values[] = {
        {"unit", form_.unit_id},
        {"period", form_.period},
        {"plan", form_.plan_id},
        {"form_version", std::to_string(kStatusFormVersion)},
    };
    lxw_row_t row = 0;
    for (const auto& [key, value] : values) {
      worksheet_write_string(sheet, row, 0, key, nullptr);
      worksheet_write_string(sheet, row, 1, value.c_str(), locked_text_);
      const std::string name = std::string("papi_") + key;
      const std::string ref = fmt::format("=papi!$B${}", row + 1);
      check(workbook_define_name(workbook_, name.c_str(), ref.c_str()), "defined name");
      ++row;
    }
    worksheet_protect(sheet, nullptr, nullptr);
    worksheet_hide(sheet);
  }

  const StatusForm& form_;
  const FormTitleLabels& labels_ = form_title_labels(form_.language);
  lxw_workbook* workbook_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* label_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* locked_text_ = nullptr;
  lxw_format* locked_wrap_ = nullptr;
  lxw_format* input_ = nullptr;
  lxw_format* input_number_ = nullptr;
  lxw_format* input_date_ = nullptr;
};

}  // namespace

StatusForm make_status_form(const PlanData& data, const PlanIndex& index, std::size_t unit,
                            const Period& period, Language language) {
  StatusForm form;
  form.language = language;
  const Unit& u = data.units[unit];
  if (data.plan) {
    form.plan_id = data.plan->id;
    form.plan_number = data.plan->number;
    form.plan_title = data.plan->title;
    form.year = data.plan->year;
    form.deadline = data.plan->report_deadlines.due(period);
  }
  form.unit_id = u.id;
  form.unit_name = u.name;
  form.period = period.to_string();
  form.period_label = period_label(period, language);
  const StatusReport* on_file = nullptr;
  for (const StatusReport& report : data.reports) {
    if (report.file_unit == u.id && report.folder_period == form.period)
      on_file = &report;
  }
  for (std::size_t task : tasks_for_unit(data, index, unit)) {
    const Task& t = data.tasks[task];
    StatusFormRow row;
    row.task = t.id;
    row.title = t.title;
    if (on_file != nullptr) {
      for (const Record& record : on_file->records) {
        if (record.task != t.id)
          continue;
        row.state = record.state;
        // Only in_progress needs a number; done and not_started say theirs by their state.
        if (record.state == TaskState::in_progress)
          row.progress = record.progress;
        if (record.completed)
          row.completed = *record.completed;
        row.evidence = record.evidence;
        row.reason = record.reason;
        row.note = record.note;
      }
    }
    form.rows.push_back(std::move(row));
  }
  return form;
}

std::string status_form_xlsx(const StatusForm& form) {
  TemporaryFile file;
  {
    FormWriter writer(form, file.path());
    writer.write();
  }
  return file.bytes();
}

}  // namespace papi
