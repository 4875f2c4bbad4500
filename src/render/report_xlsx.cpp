#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "i18n/inspection_words.h"
#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "i18n/workbook_words.h"
#include "model/deadline_class.h"
#include "render/report_render.h"
#include "render/submission_render.h"
#include "util/temporary_file.h"
#include "util/utf8.h"

namespace papi {

namespace {

// Wider texts wrap in a column of this many characters.
constexpr std::size_t kMaxWidth = 60;

// A cell: text, a number, a percentage (stored as a fraction, shown with a % format), a date,
// or nothing.
// (A plain struct: GCC 12 warns falsely about a std::variant holding a string.)
struct Percent {
  double fraction;
};
struct Cell {
  enum class Kind { empty, text, number, percent, date };
  Kind kind = Kind::empty;
  std::string text;
  double number = 0;
  Date date;

  Cell() = default;
  Cell(std::string value) : kind(Kind::text), text(std::move(value)) {}  // NOLINT: implicit
  Cell(std::string_view value) : Cell(std::string(value)) {}             // NOLINT
  Cell(const char* value) : Cell(std::string(value)) {}                  // NOLINT
  Cell(double value) : kind(Kind::number), number(value) {}              // NOLINT
  Cell(Percent value) : kind(Kind::percent), number(value.fraction) {}   // NOLINT
  Cell(Date value) : kind(Kind::date), date(value) {}                    // NOLINT
};

class ReportWorkbook {
 public:
  ReportWorkbook(const PlanData& data, const Report& report, Language language,
                 const std::string& path)
      : data_(data),
        report_(report),
        language_(language),
        labels_(report_labels(language)),
        words_(workbook_labels(language)) {
    lxw_workbook_options options = {};
    // Rows are written in order: constant memory keeps a national report's records cheap.
    options.constant_memory = LXW_TRUE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (workbook_ == nullptr)
      throw std::runtime_error("xlsx report: cannot create the workbook");
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_bottom(header_, LXW_BORDER_THIN);
    percent_ = workbook_add_format(workbook_);
    format_set_num_format(percent_, "0.0%");
    date_ = workbook_add_format(workbook_);
    format_set_num_format(date_, "dd/mm/yyyy");
    wrap_ = workbook_add_format(workbook_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
  }
  ~ReportWorkbook() {
    if (workbook_ != nullptr)
      workbook_close(workbook_);
  }

  void write() {
    const std::string title =
        fmt::format("{} {}", labels_.title_prefix, data_.plan ? data_.plan->number : "");
    lxw_doc_properties properties = {};
    properties.title = const_cast<char*>(title.c_str());
    properties.author = const_cast<char*>("papi");
    properties.created = 315532800;  // fixed: the same report gives the same bytes
    workbook_set_properties(workbook_, &properties);
    write_overview();
    write_areas();
    write_units();
    write_groups(words_.levels_sheet, labels_.level, report_.levels, true);
    write_groups(words_.communes_sheet, labels_.commune, report_.communes, false);
    write_tasks();
    write_records();
    if (report_.submissions.has_deadlines)
      write_submissions();
    if (report_.inspections)
      write_findings(*report_.inspections);
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
      throw std::runtime_error(fmt::format("xlsx report: {}", lxw_strerror(error)));
  }

 private:
  std::vector<std::string> class_headings() const {
    std::vector<std::string> headings;
    for (DeadlineClass value : kDeadlineClasses)
      headings.emplace_back(deadline_short_label(value, language_));
    return headings;
  }

  std::vector<Cell> completion_cells(const Completion& completion) const {
    std::vector<Cell> cells;
    const auto percent = completion.percent();
    cells.push_back(percent ? Cell(Percent{*percent / 100}) : Cell());
    cells.emplace_back(static_cast<double>(completion.pairs));
    for (DeadlineClass value : kDeadlineClasses)
      cells.emplace_back(static_cast<double>(completion.count(value)));
    return cells;
  }

  // A sheet with a header row, frozen and filtered, and columns as wide as their contents.
  class Table {
   public:
    Table(ReportWorkbook& book, std::string_view name, std::vector<std::string> headings)
        : book_(book), widths_(headings.size(), 8) {
      sheet_ = workbook_add_worksheet(book.workbook_, std::string(name).c_str());
      for (std::size_t c = 0; c < headings.size(); ++c)
        widths_[c] = std::max(widths_[c], std::min<std::size_t>(utf8_length(headings[c]), 24));
      // Widths must be set before the first row in constant-memory mode: measure first.
      headings_ = std::move(headings);
    }
    void add(std::vector<Cell> row) {
      for (std::size_t c = 0; c < row.size() && c < widths_.size(); ++c) {
        std::size_t width = 10;
        if (row[c].kind == Cell::Kind::text)
          width = utf8_length(row[c].text);
        widths_[c] = std::max(widths_[c], std::min(width, kMaxWidth));
      }
      rows_.push_back(std::move(row));
    }
    lxw_worksheet* finish() {
      for (std::size_t c = 0; c < widths_.size(); ++c) {
        worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             static_cast<double>(widths_[c]) + 2, nullptr);
      }
      worksheet_set_row(sheet_, 0, 32, nullptr);  // two lines of a wrapped heading
      for (std::size_t c = 0; c < headings_.size(); ++c)
        worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), headings_[c].c_str(),
                               book_.header_);
      lxw_row_t r = 1;
      for (const std::vector<Cell>& row : rows_) {
        for (std::size_t c = 0; c < row.size(); ++c)
          book_.write_cell(sheet_, r, static_cast<lxw_col_t>(c), row[c]);
        ++r;
      }
      worksheet_freeze_panes(sheet_, 1, 0);
      worksheet_set_landscape(sheet_);
      worksheet_set_paper(sheet_, 9);  // A4
      worksheet_fit_to_pages(sheet_, 1, 0);
      worksheet_repeat_rows(sheet_, 0, 0);
      worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(rows_.size()),
                           static_cast<lxw_col_t>(headings_.size() - 1));
      rows_written_ = rows_.size();
      rows_.clear();
      return sheet_;
    }
    std::size_t rows() const { return rows_written_ + rows_.size(); }

   private:
    ReportWorkbook& book_;
    lxw_worksheet* sheet_ = nullptr;
    std::vector<std::size_t> widths_;
    std::vector<std::string> headings_;
    std::vector<std::vector<Cell>> rows_;
    std::size_t rows_written_ = 0;
  };

  void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const Cell& cell) {
    switch (cell.kind) {
      case Cell::Kind::empty:
        break;
      case Cell::Kind::text:
        if (!cell.text.empty()) {
          worksheet_write_string(sheet, row, column, cell.text.c_str(),
                                 utf8_length(cell.text) > kMaxWidth ? wrap_ : nullptr);
        }
        break;
      case Cell::Kind::number:
        worksheet_write_number(sheet, row, column, cell.number, nullptr);
        break;
      case Cell::Kind::percent:
        worksheet_write_number(sheet, row, column, cell.number, percent_);
        break;
      case Cell::Kind::date: {
        lxw_datetime when{cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
        worksheet_write_datetime(sheet, row, column, &when, date_);
        break;
      }
    }
  }

  static std::vector<std::string> join(std::vector<std::string> head,
                                       const std::vector<std::string>& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
  }
  static std::vector<Cell> join(std::vector<Cell> head, const std::vector<Cell>& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
  }
  std::vector<std::string> completion_headings() const {
    return join({std::string(labels_.completion), std::string(labels_.pairs)}, class_headings());
  }

  void write_overview() {
    Table table(*this, words_.overview_sheet, {std::string(labels_.summary), ""});
    const Plan* plan = data_.plan ? &*data_.plan : nullptr;
    if (plan)
      table.add({std::string(words_.plan), fmt::format("{} {}", plan->number, plan->title)});
    table.add({std::string(labels_.period), period_label(report_.period, language_)});
    table.add({std::string(labels_.as_of), report_.as_of});
    const auto overall = report_.overall.percent();
    table.add({std::string(labels_.overall), overall ? Cell(Percent{*overall / 100}) : Cell()});
    table.add({std::string(labels_.units_reported), static_cast<double>(report_.units_reported)});
    table.add({std::string(words_.units_expected), static_cast<double>(report_.units_expected)});
    table.add({std::string(labels_.pairs), static_cast<double>(report_.overall.pairs)});
    for (DeadlineClass value : kDeadlineClasses) {
      table.add({std::string(deadline_label(value, language_)),
                 static_cast<double>(report_.overall.count(value))});
    }
    table.finish();
  }

  void write_areas() {
    Table table(
        *this, words_.areas_sheet,
        join({std::string(words_.id), std::string(labels_.area), std::string(words_.name_en)},
             completion_headings()));
    const Plan& plan = *data_.plan;
    for (const AreaResult& area : report_.areas) {
      const Area& a = plan.areas[area.area];
      table.add(join({static_cast<double>(a.id), area_name(a, language_), a.name_en},
                     completion_cells(area.completion)));
    }
    lxw_worksheet* sheet = table.finish();
    if (report_.areas.empty())
      return;
    lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_BAR);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    const std::string name(words_.areas_sheet);
    const auto last = static_cast<lxw_row_t>(report_.areas.size());
    chart_series_set_categories(series, name.c_str(), 1, 1, last, 1);
    chart_series_set_values(series, name.c_str(), 1, 3, last, 3);
    chart_series_set_name(series, std::string(labels_.completion).c_str());
    const std::string title =
        fmt::format("{} — {}", labels_.chart_alt, period_label(report_.period, language_));
    chart_title_set_name(chart, title.c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    chart_axis_set_min(chart->x_axis, 0);  // a bar chart's value axis is x
    chart_axis_set_max(chart->x_axis, 1);
    chart_axis_set_num_format(chart->x_axis, "0%");
    chart_axis_set_reverse(chart->y_axis);  // area 1 on top, as in the table
    lxw_chart_options options = {};
    options.x_scale = 1.6;
    options.y_scale = 1.2;
    worksheet_insert_chart_opt(sheet, last + 2, 1, chart, &options);
  }

  void write_units() {
    Table table(*this, words_.units_sheet,
                join({std::string(words_.id), std::string(labels_.unit), std::string(labels_.level),
                      std::string(labels_.commune), std::string(labels_.reported),
                      std::string(words_.report_period)},
                     completion_headings()));
    for (const UnitResult& result : report_.units) {
      const Unit& unit = data_.units[result.unit];
      table.add(join({unit.id, unit.name, level_label(level_key(unit), language_), unit.commune,
                      std::string(result.report ? labels_.yes : labels_.no),
                      result.report ? result.report->period.to_string() : std::string()},
                     completion_cells(result.completion)));
    }
    table.finish();
  }

  void write_groups(std::string_view sheet, std::string_view heading,
                    const std::vector<GroupResult>& groups, bool levels) {
    Table table(*this, sheet,
                join({std::string(heading), std::string(labels_.units)}, completion_headings()));
    for (const GroupResult& group : groups) {
      std::string key = levels ? level_label(group.key, language_) : group.key;
      if (!levels && key.empty())
        key = std::string(labels_.no_commune);
      table.add(join({key, static_cast<double>(group.units)}, completion_cells(group.completion)));
    }
    table.finish();
  }

  void write_tasks() {
    Table table(*this, words_.tasks_sheet,
                join({std::string(words_.id), std::string(labels_.area), std::string(labels_.task),
                      std::string(words_.weight), std::string(labels_.due)},
                     completion_headings()));
    for (const TaskResult& result : report_.tasks) {
      const Task& task = data_.tasks[result.task];
      table.add(join({task.id, static_cast<double>(task.area), task.title, task.weight,
                      task.due ? Cell(*task.due) : Cell()},
                     completion_cells(result.completion)));
    }
    table.finish();
  }

  void write_records() {
    Table table(
        *this, words_.records_sheet,
        {std::string(words_.id), std::string(labels_.unit), std::string(labels_.level),
         std::string(labels_.commune), std::string(labels_.task), std::string(labels_.area),
         std::string(words_.report_period), std::string(labels_.state),
         std::string(labels_.progress_bar), std::string(words_.value),
         std::string(labels_.deadline), std::string(labels_.due), std::string(words_.completed),
         std::string(words_.evidence), std::string(words_.reason)});
    for (const PairResult& pair : report_.pairs) {
      const Unit& unit = data_.units[pair.unit];
      const Task& task = data_.tasks[pair.task];
      const Record* record = pair.record;
      std::vector<Cell> row = {
          unit.id,
          unit.name,
          level_label(level_key(unit), language_),
          unit.commune,
          task.id,
          static_cast<double>(task.area),
          pair.report ? pair.report->period.to_string() : std::string(),
          record ? std::string(state_label(record->state, language_))
                 : std::string(words_.not_reported),
          record && record->state == TaskState::in_progress ? Cell(record->progress) : Cell(),
          pair.deadline_class == DeadlineClass::not_applicable ? Cell() : Cell(pair.value),
          std::string(deadline_short_label(pair.deadline_class, language_)),
          task.due ? Cell(*task.due) : Cell(),
          record && record->completed ? Cell(*record->completed) : Cell(),
          record ? std::string(record->evidence) : std::string(),
          record ? std::string(record->reason) : std::string(),
      };
      table.add(std::move(row));
    }
    table.finish();
  }

  // The units' reports against report_deadlines, every period of the year up to the report's:
  // the rows of `papi report --format csv --by submission`, in the same order.
  void write_submissions() {
    const SubmissionLabels& words = submission_labels(language_);
    Table table(
        *this, words_.submissions_sheet,
        {std::string(words_.period), std::string(words_.id), std::string(labels_.unit),
         std::string(words.due), std::string(words.submitted), std::string(words.class_header)});
    for (const PeriodSubmissions& period : report_.submissions.history) {
      for (const UnitSubmission* entry : submissions_by_unit_id(data_, period)) {
        const Unit& unit = data_.units[entry->unit];
        const StatusReport* file = entry->report;
        table.add({period.period.to_string(), unit.id, unit.name,
                   period.due ? Cell(*period.due) : Cell(),
                   file && file->submitted ? Cell(*file->submitted) : Cell(),
                   std::string(submission_label(entry->submission_class, language_))});
      }
    }
    table.finish();
  }

  // The findings the report counts: the rows of `papi report --format csv --by finding`.
  void write_findings(const InspectionSection& section) {
    const InspectionLabels& words = inspection_labels(language_);
    Table table(*this, words_.findings_sheet,
                {std::string(words.diff_inspection), std::string(words.unit),
                 std::string(words_.inspection_date), std::string(words.kind),
                 std::string(words_.id), std::string(labels_.area), std::string(labels_.task),
                 std::string(words.finding), std::string(words.due), std::string(words_.fixed),
                 std::string(words_.remediation), std::string(words.days_overdue)});
    for (const CountedFinding& counted : section.findings) {
      const Inspection& inspection = data_.inspections[counted.inspection];
      const Finding& finding = inspection.findings[counted.finding];
      table.add({inspection.id, inspection.unit, Cell(inspection.date),
                 std::string(inspection_kind_label(inspection.kind, language_)),
                 static_cast<double>(finding.id), static_cast<double>(counted.area), finding.task,
                 finding.text, Cell(finding.due), finding.fixed ? Cell(*finding.fixed) : Cell(),
                 std::string(remediation_label(counted.remediation, language_)),
                 counted.remediation == RemediationClass::open_overdue
                     ? Cell(static_cast<double>(counted.days_overdue))
                     : Cell()});
    }
    table.finish();
  }

  const PlanData& data_;
  const Report& report_;
  Language language_;
  const ReportLabels& labels_;
  const WorkbookLabels& words_;
  lxw_workbook* workbook_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* wrap_ = nullptr;
};

}  // namespace

std::string render_report_xlsx(const PlanData& data, const Report& report, Language language) {
  TemporaryFile file(".xlsx");
  {
    ReportWorkbook book(data, report, language, file.path());
    book.write();
  }
  return file.bytes();
}

}  // namespace papi
