#include "load/status_sheet.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/csv_table.h"
#include "model/plan_index.h"
#include "util/edit_distance.h"
#include "util/numbers.h"
#include "util/unicode_fold.h"
#include "util/utf8.h"

namespace papi {

namespace {

// The accepted labels of each state.
const std::vector<std::pair<std::string_view, TaskState>>& state_labels() {
  static const std::vector<std::pair<std::string_view, TaskState>> labels = {
      {"done", TaskState::done},
      {"Hoàn thành", TaskState::done},
      {"Đã hoàn thành", TaskState::done},
      {"in_progress", TaskState::in_progress},
      {"Đang thực hiện", TaskState::in_progress},
      {"Đang triển khai", TaskState::in_progress},
      {"not_started", TaskState::not_started},
      {"Chưa thực hiện", TaskState::not_started},
      {"Chưa triển khai", TaskState::not_started},
      {"Chưa bắt đầu", TaskState::not_started},
      {"not_applicable", TaskState::not_applicable},
      {"Không áp dụng", TaskState::not_applicable},
  };
  return labels;
}

}  // namespace

std::optional<TaskState> parse_state_label(std::string_view text) {
  // The form's drop-down gives the labels as they are: no folding needed.
  for (const auto& [label, state] : state_labels()) {
    if (label == text)
      return state;
  }
  static const std::vector<std::pair<std::string, TaskState>> folded_labels = [] {
    std::vector<std::pair<std::string, TaskState>> labels;
    for (const auto& [label, state] : state_labels())
      labels.emplace_back(fold_for_matching(label), state);
    return labels;
  }();
  const std::string folded = fold_for_matching(text);
  if (folded.empty())
    return std::nullopt;
  for (const auto& [label, state] : folded_labels) {
    if (label == folded)
      return state;
  }
  return std::nullopt;
}

namespace {

// fold_for_matching of a cell that may name a column, remembered: the title blocks and headers
// of a province's 1,000 forms are the same few texts, and folding goes through ICU.
std::string folded_name(const std::string& text) {
  constexpr std::size_t kLongest = 1024;
  constexpr std::size_t kRemembered = 4096;
  thread_local std::unordered_map<std::string, std::string> memo;
  if (text.size() > kLongest)
    return fold_for_matching(text);
  if (const auto found = memo.find(text); found != memo.end())
    return found->second;
  std::string folded = fold_for_matching(text);
  if (memo.size() < kRemembered)
    memo.emplace(text, folded);
  return folded;
}

// Header names, folded (fold_for_matching), and the column each means.
const std::vector<std::pair<std::string_view, Column>>& header_aliases() {
  static const std::vector<std::pair<std::string_view, Column>> aliases = {
      {"unit", Column::unit},
      {"don vi", Column::unit},
      {"ma don vi", Column::unit},
      {"task", Column::task},
      {"tt", Column::task},
      {"stt", Column::task},
      {"so thu tu", Column::task},
      {"ma nhiem vu", Column::task},
      {"title", Column::title},
      {"nhiem vu", Column::title},
      {"nhiem vu cu the", Column::title},
      {"noi dung", Column::title},
      {"ten nhiem vu", Column::title},
      {"state", Column::state},
      {"trang thai", Column::state},
      {"tinh trang", Column::state},
      {"progress", Column::progress},
      {"tien do", Column::progress},
      {"tien do (%)", Column::progress},
      {"ty le hoan thanh (%)", Column::progress},
      {"ty le hoan thanh", Column::progress},
      {"completed", Column::completed},
      {"ngay hoan thanh", Column::completed},
      {"evidence", Column::evidence},
      {"minh chung", Column::evidence},
      {"reason", Column::reason},
      {"ly do", Column::reason},
      {"ly do khong ap dung", Column::reason},
      {"ly do (neu khong ap dung)", Column::reason},
      {"note", Column::note},
      {"ghi chu", Column::note},
  };
  return aliases;
}

constexpr std::string_view kColumnList = "unit,task,state,progress,completed,evidence,reason,note";

// A value quoted in a message: shortened, so that a pasted paragraph stays readable.
std::string shown(std::string_view value) {
  return "\"" + shown_value(comment_safe(value)) + "\"";
}

std::string_view state_name(TaskState state) {
  return to_string(state);
}

std::optional<double> parse_percent(std::string_view text) {
  std::string value(trim_blank(text));
  if (!value.empty() && value.back() == '%') {
    value.pop_back();
    value = std::string(trim_blank(value));
  }
  if (value.find('.') == std::string::npos && std::count(value.begin(), value.end(), ',') == 1)
    std::replace(value.begin(), value.end(), ',', '.');
  if (value.empty() || value.front() == '.' || value.back() == '.')
    return std::nullopt;
  std::size_t dots = 0;
  for (char c : value) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return std::nullopt;
    }
  }
  if (dots > 1 || value.size() > 20)
    return std::nullopt;
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size())
    return std::nullopt;
  return number;
}

// YYYY-MM-DD, or day first as Vietnamese write it (Date::parse_written).
std::optional<Date> parse_cell_date(std::string_view text) {
  return Date::parse_written(text);
}

// A cell that Excel turned into a date or a number of another shape.
bool looks_converted_by_excel(std::string_view task) {
  return task.find('/') != std::string_view::npos ||
         std::any_of(task.begin(), task.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

class SheetReader {
 public:
  SheetReader(const std::string& file, const ImportPlan& plan, StatusSheet& result)
      : file_(file), plan_(plan), data_(plan.data()), index_(plan.index()), result_(result) {}

  void run(const CsvTable& table, const SheetOptions& options) {
    result_.separator = table.separator;
    default_unit_ = options.unit;
    append(table.diagnostics);
    const auto header = find_header(table);
    if (header == table.rows.end()) {
      add(0, 0, "import-empty", tr("the file has no rows"),
          trf("the first row names the columns: {}", kColumnList));
      return;
    }
    if (!read_header(*header))
      return;
    // A signature block below the table ("HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên)") has neither a
    // task nor a state: the rows after the last one that has either are not data.
    auto end = table.rows.end();
    while (end != std::next(header) &&
           (is_blank(*std::prev(end)) || (cell(*std::prev(end), Column::task).empty() &&
                                          cell(*std::prev(end), Column::state).empty())))
      --end;
    for (auto it = std::next(header); it != end; ++it) {
      if (is_blank(*it))
        continue;
      ++result_.data_rows;
      read_row(*it, header->cells.size());
    }
    if (result_.data_rows == 0) {
      add(header->row, 0, "import-empty", tr("the file has a header but no rows below it"),
          tr("add one row per unit and task"));
      return;
    }
  }

 private:
  // The header: the first row, among the first kHeaderSearchRows that are not blank, that names
  // at least two known columns (a title block may stand above it); else the first row that is
  // not blank, so that its unknown names are reported.
  static constexpr std::size_t kHeaderSearchRows = 30;
  // find_header found a row that names known columns.
 public:
  static bool names_columns(const CsvTable& table) {
    const auto header = find_header(table);
    return header != table.rows.end() && known_names(*header) >= 2;
  }

 private:
  static std::size_t known_names(const CsvRow& row) {
    std::size_t known = 0;
    for (const std::string& name : row.cells) {
      const std::string folded = folded_name(name);
      known += std::any_of(header_aliases().begin(), header_aliases().end(),
                           [&](const auto& a) { return a.first == folded; });
    }
    return known;
  }

  static std::vector<CsvRow>::const_iterator find_header(const CsvTable& table) {
    const auto first = std::find_if(table.rows.begin(), table.rows.end(),
                                    [](const CsvRow& r) { return !is_blank(r); });
    std::size_t seen = 0;
    for (auto it = first; it != table.rows.end() && seen < kHeaderSearchRows; ++it) {
      if (is_blank(*it))
        continue;
      ++seen;
      if (known_names(*it) >= 2)
        return it;
    }
    return first;
  }

  static bool is_blank(const CsvRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const std::string& cell) { return cell.empty(); });
  }

  void append(const Diagnostics& diagnostics) {
    result_.diagnostics.insert(result_.diagnostics.end(), diagnostics.begin(), diagnostics.end());
  }

  void add(unsigned row, unsigned column, std::string code, std::string_view message,
           std::string_view hint = {}, Severity severity = Severity::error) {
    result_.diagnostics.push_back(
        csv_problem(file_, row, column, std::move(code), message, hint, severity));
  }

  unsigned column_of(Column c) const { return result_.column(c); }
  bool has(Column c) const { return column_of(c) != 0; }

  const std::string& cell(const CsvRow& row, Column c) const {
    static const std::string empty;
    const unsigned column = column_of(c);
    if (column == 0 || column > row.cells.size())
      return empty;
    return row.cells[column - 1];
  }

  bool read_header(const CsvRow& header) {
    std::vector<std::string> known;
    for (std::size_t i = 0; i < kColumnCount; ++i)
      known.emplace_back(column_name(static_cast<Column>(i)));
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
      const unsigned column = static_cast<unsigned>(i + 1);
      const std::string& name = header.cells[i];
      if (name.empty()) {
        unnamed_.push_back(column);
        continue;
      }
      const std::string folded = folded_name(name);
      auto alias = std::find_if(header_aliases().begin(), header_aliases().end(),
                                [&](const auto& a) { return a.first == folded; });
      if (alias == header_aliases().end()) {
        const std::string suggestion = closest_match(folded, known);
        add(header.row, column, "import-unknown-column", trf("unknown column {}", shown(name)),
            suggestion.empty()
                ? trf("the columns are {} (and title, which is not read)", kColumnList)
                : trf("did you mean `{}`?", suggestion));
        continue;
      }
      unsigned& slot = result_.columns[static_cast<std::size_t>(alias->second)];
      if (slot != 0) {
        add(header.row, column, "import-duplicate-column",
            trf("column `{}` appears twice: columns {} and {}", column_name(alias->second), slot,
                column),
            tr("delete one of the two columns"));
        continue;
      }
      slot = column;
    }
    bool complete = true;
    for (Column required : {Column::unit, Column::task, Column::state}) {
      if (required == Column::unit && default_unit_)
        continue;
      if (!has(required)) {
        add(header.row, 0, "import-missing-column",
            trf("the header has no column `{}`", column_name(required)),
            trf("the first row names the columns: {}", kColumnList));
        complete = false;
      }
    }
    return complete;
  }

  std::optional<std::size_t> find_task(const std::string& value) const {
    std::string id = value;
    while (!id.empty() && id.back() == '.')
      id.pop_back();
    if (id.find('.') == std::string::npos && std::count(id.begin(), id.end(), ',') == 1)
      std::replace(id.begin(), id.end(), ',', '.');
    return index_.task(id);
  }

  void read_row(const CsvRow& row, std::size_t header_cells) {
    bool ok = true;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const unsigned column = static_cast<unsigned>(i + 1);
      const bool unnamed = i >= header_cells ||
                           std::find(unnamed_.begin(), unnamed_.end(), column) != unnamed_.end();
      if (unnamed && !row.cells[i].empty()) {
        add(row.row, column, "import-extra-cell",
            trf("a value in column {}, which the header does not name: {}", column,
                shown(row.cells[i])),
            tr("give the column a name in the header row, or delete the value"));
        ok = false;
      }
    }
    StatusRow record;
    record.row = row.row;

    const std::string& unit_text = cell(row, Column::unit);
    std::optional<std::size_t> unit;
    if (!has(Column::unit) && default_unit_) {
      unit = default_unit_;
    } else if (unit_text.empty()) {
      add(row.row, column_of(Column::unit), "import-missing-value", tr("`unit` is empty"),
          tr("write the unit id of units.yaml, e.g. th-xuan-quan"));
      ok = false;
    } else if (!(unit = plan_.find_unit(unit_text))) {
      std::vector<std::string> ids;
      for (const Unit& u : data_.units)
        ids.push_back(u.id);
      const std::string suggestion = closest_match(unit_text, ids);
      add(row.row, column_of(Column::unit), "import-unknown-unit",
          trf("unit {} is not in units.yaml", shown(unit_text)),
          suggestion.empty() ? std::string(tr("write the unit id of units.yaml, e.g. th-xuan-quan"))
                             : trf("did you mean `{}`?", suggestion));
      ok = false;
    }

    const std::string& task_text = cell(row, Column::task);
    std::optional<std::size_t> task;
    if (task_text.empty()) {
      add(row.row, column_of(Column::task), "import-missing-value", tr("`task` is empty"),
          tr("write the task number of the plan's table, e.g. 1.1"));
      ok = false;
    } else if (!(task = find_task(task_text))) {
      add(row.row, column_of(Column::task), "import-unknown-task",
          trf("task {} is not in tasks.yaml", shown(task_text)),
          looks_converted_by_excel(task_text)
              ? std::string(
                    tr("the spreadsheet may have turned the task number into a date: format the "
                       "column as Text and type the number again, e.g. 1.1"))
              : std::string(tr("write the task number of the plan's table, e.g. 1.1")));
      ok = false;
    }

    const std::string& state_text = cell(row, Column::state);
    std::optional<TaskState> state;
    if (state_text.empty()) {
      add(row.row, column_of(Column::state), "import-missing-value", tr("`state` is empty"),
          tr("write done, in_progress, not_started or not_applicable"));
      ok = false;
    } else if (!(state = parse_state_label(state_text))) {
      add(row.row, column_of(Column::state), "import-unknown-state",
          trf("`state` {} is not a state", shown(state_text)),
          tr("write done, in_progress, not_started or not_applicable, or in Vietnamese Hoàn "
             "thành, Đang thực hiện, Chưa thực hiện, Không áp dụng"));
      ok = false;
    }

    const std::string& progress_text = cell(row, Column::progress);
    if (!progress_text.empty()) {
      record.progress = parse_percent(progress_text);
      if (!record.progress) {
        add(row.row, column_of(Column::progress), "import-invalid-progress",
            trf("`progress` {} is not a number", shown(progress_text)),
            tr("write the percent done as a number, e.g. 40 or 40%"));
        ok = false;
      } else if (*record.progress > 100) {
        add(row.row, column_of(Column::progress), "import-invalid-progress",
            trf("`progress` {} is more than 100", format_number(*record.progress)),
            tr("write the percent done, 0..100"));
        ok = false;
        record.progress.reset();
      }
    }

    const std::string& completed_text = cell(row, Column::completed);
    if (!completed_text.empty()) {
      record.completed = parse_cell_date(completed_text);
      if (!record.completed) {
        add(row.row, column_of(Column::completed), "import-invalid-date",
            trf("`completed` {} is not a date", shown(completed_text)),
            tr("write the date as 2021-03-15 or 15/03/2021"));
        ok = false;
      } else if (!record.completed->is_valid()) {
        add(row.row, column_of(Column::completed), "import-invalid-date",
            trf("`completed` {} is not a date of the calendar", shown(completed_text)),
            record.completed->month >= 1 && record.completed->month <= 12
                ? trf("{}-{:02} has {} days", record.completed->year, record.completed->month,
                      days_in_month(record.completed->year, record.completed->month))
                : std::string(tr("the month is 1..12; dates are read day first: 15/03/2021")));
        ok = false;
        record.completed.reset();
      }
    }
    record.evidence = cell(row, Column::evidence);
    record.reason = cell(row, Column::reason);
    record.note = cell(row, Column::note);

    if (state)
      ok = check_state_fields(row, *state, record, progress_text) && ok;

    if (unit && task) {
      const auto key = std::make_pair(*unit, *task);
      auto [seen, inserted] = first_row_.emplace(key, row.row);
      if (!inserted) {
        add(row.row, column_of(Column::task), "import-duplicate-row",
            trf("task {} of unit `{}` is already on row {}", data_.tasks[*task].id,
                data_.units[*unit].id, seen->second),
            tr("keep one of the two rows"));
        ok = false;
      }
    }
    if (!ok || !unit || !task || !state)
      return;
    record.unit = *unit;
    record.task = *task;
    record.state = *state;
    result_.rows.push_back(std::move(record));
  }

  // The rules of data-format.md, "What each state allows", said in the spreadsheet's terms.
  bool check_state_fields(const CsvRow& row, TaskState state, const StatusRow& record,
                          const std::string& progress_text) {
    bool ok = true;
    const std::string_view name = state_name(state);
    const unsigned progress_column = column_of(Column::progress);
    if (record.progress) {
      const double p = *record.progress;
      if (state == TaskState::not_applicable) {
        add(row.row, progress_column, "import-field-not-allowed",
            tr("`progress` is not allowed for a not_applicable task"),
            tr("leave progress empty, or change the state"));
        ok = false;
      } else if (state == TaskState::done && p != 100) {
        add(row.row, progress_column, "import-invalid-progress",
            trf("`progress` {} contradicts state done, which means 100", format_number(p)),
            trf("write in_progress with progress {}, or leave progress empty for done",
                format_number(p)));
        ok = false;
      } else if (state == TaskState::not_started && p != 0) {
        add(row.row, progress_column, "import-invalid-progress",
            trf("`progress` {} contradicts state not_started, which means 0", format_number(p)),
            trf("write in_progress with progress {}, or leave progress empty", format_number(p)));
        ok = false;
      } else if (state == TaskState::in_progress && (p < 1 || p > 99)) {
        add(row.row, progress_column, "import-invalid-progress",
            trf("`progress` {} is out of range for in_progress: 1..99", format_number(p)),
            p < 1 ? std::string(tr("0 means not_started: change the state, or the progress"))
                  : std::string(tr("100 means done: change the state, or the progress")));
        ok = false;
      }
    } else if (state == TaskState::in_progress && progress_text.empty()) {
      add(row.row, progress_column ? progress_column : column_of(Column::state),
          "import-missing-value", tr("`progress` is empty, but an in_progress task needs it"),
          tr("write the percent done, 1..99, e.g. 40"));
      ok = false;
    }
    if (record.completed && state != TaskState::done) {
      add(row.row, column_of(Column::completed), "import-field-not-allowed",
          trf("`completed` is only for done tasks, not for {}", name),
          tr("leave the date empty, or change the state to done"));
      ok = false;
    }
    if (!record.reason.empty() && state != TaskState::not_applicable) {
      add(row.row, column_of(Column::reason), "import-field-not-allowed",
          trf("`reason` is only for not_applicable tasks, not for {}", name),
          tr("move the text to note, or change the state to not_applicable"));
      ok = false;
    }
    if (record.reason.empty() && state == TaskState::not_applicable) {
      add(row.row, has(Column::reason) ? column_of(Column::reason) : column_of(Column::state),
          "import-missing-value", tr("`reason` is empty, but a not_applicable task needs it"),
          tr("say why the task does not apply to the unit"));
      ok = false;
    }
    return ok;
  }

  const std::string& file_;
  const ImportPlan& plan_;
  const PlanData& data_;
  const PlanIndex& index_;
  StatusSheet& result_;
  std::vector<unsigned> unnamed_;
  std::optional<std::size_t> default_unit_;
  std::map<std::pair<std::size_t, std::size_t>, unsigned> first_row_;
};

}  // namespace

ImportPlan::ImportPlan(const PlanData& data) : data_(data), index_(data) {}

std::optional<std::size_t> ImportPlan::find_unit(const std::string& value) const {
  if (auto exact = index_.unit(value))
    return exact;
  const std::string folded = fold_for_matching(value);
  // Folded once per import, and only when a sheet names a unit in other words than its id:
  // folding every unit of a province for each of its 1,000 forms was most of an import's time.
  if (folded_units_.empty()) {
    for (const Unit& unit : data_.units) {
      folded_units_.push_back(fold_for_matching(unit.id));
      folded_names_.push_back(fold_for_matching(unit.name));
    }
  }
  std::optional<std::size_t> found;
  for (std::size_t u = 0; u < data_.units.size(); ++u) {
    if (folded_units_[u] == folded || folded_names_[u] == folded) {
      if (found && *found != u)
        return std::nullopt;  // ambiguous
      found = u;
    }
  }
  return found;
}

bool has_status_header(const CsvTable& table) {
  return SheetReader::names_columns(table);
}

StatusSheet read_status_sheet(const CsvTable& table, const std::string& file,
                              const ImportPlan& plan, const SheetOptions& options) {
  StatusSheet sheet;
  SheetReader reader(file, plan, sheet);
  reader.run(table, options);
  return sheet;
}

}  // namespace papi
