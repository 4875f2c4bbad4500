#include "workflow/csv_import.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "load/folder_loader.h"
#include "load/source_text.h"
#include "model/plan_index.h"
#include "validate/plan_checks.h"
#include "workflow/text.h"

namespace papi {

namespace {

bool is_line_end(char c) {
  return c == '\n' || c == '\r';
}

// Consumes one line end (CRLF, LF or CR) at `pos`.
void skip_line_end(std::string_view text, std::size_t& pos) {
  if (pos < text.size() && text[pos] == '\r')
    ++pos;
  if (pos < text.size() && text[pos] == '\n')
    ++pos;
}

// The separator the header (the first line that is not blank) uses: the more frequent of `;`
// and `,` outside quotes.
char detect_separator(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (is_line_end(text[pos]) || text[pos] == ' ' || text[pos] == '\t'))
    ++pos;
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && is_line_end(c)) {
      break;
    } else if (!quoted && c == ',') {
      ++commas;
    } else if (!quoted && c == ';') {
      ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

Diagnostic csv_problem(const std::string& file, unsigned row, unsigned column, std::string code,
                       std::string message, std::string hint = {},
                       Severity severity = Severity::error) {
  Diagnostic d;
  d.file = file;
  d.line = row;
  d.column = column;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file) {
  CsvTable table;
  std::size_t pos = 0;
  // Excel's `sep=;` first line names the separator and is not part of the data.
  if (text.size() >= 5 && (text.substr(0, 4) == "sep=" || text.substr(0, 4) == "SEP=") &&
      (text.size() == 5 || is_line_end(text[5])) && !is_line_end(text[4])) {
    table.separator = text[4];
    pos = 5;
    skip_line_end(text, pos);
  } else {
    table.separator = detect_separator(text, pos);
  }
  const char sep = table.separator;
  unsigned row = 1;
  while (pos < text.size()) {
    CsvRow record;
    record.row = row;
    while (true) {
      const unsigned column = static_cast<unsigned>(record.cells.size() + 1);
      std::string value;
      // Spaces before an opening quote are tolerated.
      std::size_t start = pos;
      while (start < text.size() && (text[start] == ' ' || text[start] == '\t'))
        ++start;
      if (start < text.size() && text[start] == '"') {
        pos = start + 1;
        bool closed = false;
        while (pos < text.size()) {
          const char c = text[pos];
          if (c == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              value += '"';
              pos += 2;
              continue;
            }
            closed = true;
            ++pos;
            break;
          }
          if (c == '\r') {
            value += '\n';
            ++pos;
            if (pos < text.size() && text[pos] == '\n')
              ++pos;
            continue;
          }
          value += c;
          ++pos;
        }
        if (!closed) {
          table.diagnostics.push_back(csv_problem(
              file, row, column, "import-csv-syntax",
              "a quoted cell is not closed: its opening `\"` has no closing `\"` before the end "
              "of the file",
              "write a quote inside a cell as two quotes (\"\"), and close every quoted cell"));
        } else {
          std::size_t after = pos;
          while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
            ++after;
          if (after < text.size() && text[after] != sep && !is_line_end(text[after])) {
            table.diagnostics.push_back(
                csv_problem(file, row, column, "import-csv-syntax",
                            "text follows the closing quote of a quoted cell",
                            "write a quote inside a cell as two quotes (\"\"), e.g. \"Công văn "
                            "\"\"số 12\"\"\""));
            while (after < text.size() && text[after] != sep && !is_line_end(text[after]))
              value += text[after++];
          }
          pos = after;
        }
      } else {
        while (pos < text.size() && text[pos] != sep && !is_line_end(text[pos]))
          value += text[pos++];
      }
      record.cells.emplace_back(trim_blank(value));
      if (pos < text.size() && text[pos] == sep) {
        ++pos;
        continue;
      }
      skip_line_end(text, pos);
      break;
    }
    table.rows.push_back(std::move(record));
    ++row;
  }
  return table;
}

// ---------------------------------------------------------------- state labels

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

std::optional<TaskState> parse_state_label(std::string_view text) {
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

std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit) {
  namespace fs = std::filesystem;
  return (fs::path(directory) / "status" / period.to_string() / (unit + ".yaml"))
      .lexically_normal()
      .generic_string();
}

namespace {

enum class Column { unit, task, title, state, progress, completed, evidence, reason, note };
constexpr std::size_t kColumnCount = 9;

constexpr std::string_view column_name(Column c) {
  constexpr std::string_view names[] = {"unit",      "task",     "title",  "state", "progress",
                                        "completed", "evidence", "reason", "note"};
  return names[static_cast<std::size_t>(c)];
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
      {"nhiem vu cu the", Column::title},
      {"noi dung", Column::title},
      {"ten nhiem vu", Column::title},
      {"state", Column::state},
      {"trang thai", Column::state},
      {"tinh trang", Column::state},
      {"progress", Column::progress},
      {"tien do", Column::progress},
      {"ty le hoan thanh", Column::progress},
      {"completed", Column::completed},
      {"ngay hoan thanh", Column::completed},
      {"evidence", Column::evidence},
      {"minh chung", Column::evidence},
      {"reason", Column::reason},
      {"ly do", Column::reason},
      {"ly do khong ap dung", Column::reason},
      {"note", Column::note},
      {"ghi chu", Column::note},
  };
  return aliases;
}

constexpr std::string_view kColumnList = "unit,task,state,progress,completed,evidence,reason,note";

// A value quoted in a message: shortened, so that a pasted paragraph stays readable.
std::string shown(std::string_view value) {
  std::string text = comment_safe(value);
  if (utf8_length(text) > 60) {
    std::size_t bytes = 0;
    for (std::size_t count = 0; bytes < text.size() && count < 57; ++count) {
      ++bytes;
      while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
        ++bytes;
    }
    text = text.substr(0, bytes) + "...";
  }
  return "\"" + text + "\"";
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

// YYYY-MM-DD, or day first as Vietnamese write it: D/M/YYYY, D.M.YYYY, D-M-YYYY. The shape
// only; the calendar is checked by the caller.
std::optional<Date> parse_cell_date(std::string_view text) {
  if (auto iso = Date::parse(text))
    return iso;
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  std::size_t part = 0;
  char separator = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      parts[part] = parts[part] * 10 + (c - '0');
      if (++digits[part] > 4)
        return std::nullopt;
    } else if ((c == '/' || c == '.' || c == '-') && part < 2 && digits[part] > 0 &&
               (separator == 0 || separator == c)) {
      separator = c;
      ++part;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4)
    return std::nullopt;
  return Date{parts[2], parts[1], parts[0]};
}

std::string format_number(double value) {
  return fmt::format("{}", value);
}

// A cell that Excel turned into a date or a number of another shape.
bool looks_converted_by_excel(std::string_view task) {
  return task.find('/') != std::string_view::npos ||
         std::any_of(task.begin(), task.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

struct Pending {
  unsigned row = 0;
  std::size_t unit = 0;
  std::size_t task = 0;
  TaskState state = TaskState::not_started;
  std::optional<double> progress;
  std::optional<Date> completed;
  std::string evidence;
  std::string reason;
  std::string note;
};

class Importer {
 public:
  Importer(const std::string& file, const PlanData& data, const Period& period,
           const ImportOptions& options, ImportResult& result)
      : file_(file),
        data_(data),
        index_(data),
        period_(period),
        options_(options),
        result_(result) {
    for (const Unit& unit : data.units) {
      folded_units_.push_back(fold_for_matching(unit.id));
      folded_names_.push_back(fold_for_matching(unit.name));
    }
  }

  void run(const CsvTable& table) {
    result_.separator = table.separator;
    append(table.diagnostics);
    auto header = std::find_if(table.rows.begin(), table.rows.end(),
                               [](const CsvRow& r) { return !is_blank(r); });
    if (header == table.rows.end()) {
      add(0, 0, "import-empty", "the file has no rows",
          fmt::format("the first row names the columns: {}", kColumnList));
      return;
    }
    if (!read_header(*header))
      return;
    for (auto it = std::next(header); it != table.rows.end(); ++it) {
      if (is_blank(*it))
        continue;
      ++result_.data_rows;
      read_row(*it, header->cells.size());
    }
    if (result_.data_rows == 0) {
      add(header->row, 0, "import-empty", "the file has a header but no rows below it",
          "add one row per unit and task");
      return;
    }
    build_reports();
  }

 private:
  static bool is_blank(const CsvRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const std::string& cell) { return cell.empty(); });
  }

  void append(const Diagnostics& diagnostics) {
    result_.diagnostics.insert(result_.diagnostics.end(), diagnostics.begin(), diagnostics.end());
  }

  void add(unsigned row, unsigned column, std::string code, std::string message,
           std::string hint = {}, Severity severity = Severity::error) {
    result_.diagnostics.push_back(csv_problem(file_, row, column, std::move(code),
                                              std::move(message), std::move(hint), severity));
  }

  unsigned column_of(Column c) const { return columns_[static_cast<std::size_t>(c)]; }
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
      const std::string folded = fold_for_matching(name);
      auto alias = std::find_if(header_aliases().begin(), header_aliases().end(),
                                [&](const auto& a) { return a.first == folded; });
      if (alias == header_aliases().end()) {
        const std::string suggestion = closest_match(folded, known);
        add(header.row, column, "import-unknown-column",
            fmt::format("unknown column {}", shown(name)),
            suggestion.empty()
                ? fmt::format("the columns are {} (and title, which is not read)", kColumnList)
                : fmt::format("did you mean `{}`?", suggestion));
        continue;
      }
      unsigned& slot = columns_[static_cast<std::size_t>(alias->second)];
      if (slot != 0) {
        add(header.row, column, "import-duplicate-column",
            fmt::format("column `{}` appears twice: columns {} and {}", column_name(alias->second),
                        slot, column),
            "delete one of the two columns");
        continue;
      }
      slot = column;
    }
    bool complete = true;
    for (Column required : {Column::unit, Column::task, Column::state}) {
      if (!has(required)) {
        add(header.row, 0, "import-missing-column",
            fmt::format("the header has no column `{}`", column_name(required)),
            fmt::format("the first row names the columns: {}", kColumnList));
        complete = false;
      }
    }
    return complete;
  }

  std::optional<std::size_t> find_unit(const std::string& value) const {
    if (auto exact = index_.unit(value))
      return exact;
    const std::string folded = fold_for_matching(value);
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
            fmt::format("a value in column {}, which the header does not name: {}", column,
                        shown(row.cells[i])),
            "give the column a name in the header row, or delete the value");
        ok = false;
      }
    }
    Pending record;
    record.row = row.row;

    const std::string& unit_text = cell(row, Column::unit);
    std::optional<std::size_t> unit;
    if (unit_text.empty()) {
      add(row.row, column_of(Column::unit), "import-missing-value", "`unit` is empty",
          "write the unit id of units.yaml, e.g. th-xuan-quan");
      ok = false;
    } else if (!(unit = find_unit(unit_text))) {
      std::vector<std::string> ids;
      for (const Unit& u : data_.units)
        ids.push_back(u.id);
      const std::string suggestion = closest_match(unit_text, ids);
      add(row.row, column_of(Column::unit), "import-unknown-unit",
          fmt::format("unit {} is not in units.yaml", shown(unit_text)),
          suggestion.empty() ? "write the unit id of units.yaml, e.g. th-xuan-quan"
                             : fmt::format("did you mean `{}`?", suggestion));
      ok = false;
    }

    const std::string& task_text = cell(row, Column::task);
    std::optional<std::size_t> task;
    if (task_text.empty()) {
      add(row.row, column_of(Column::task), "import-missing-value", "`task` is empty",
          "write the task number of the plan's table, e.g. 1.1");
      ok = false;
    } else if (!(task = find_task(task_text))) {
      add(row.row, column_of(Column::task), "import-unknown-task",
          fmt::format("task {} is not in tasks.yaml", shown(task_text)),
          looks_converted_by_excel(task_text)
              ? "the spreadsheet may have turned the task number into a date: format the "
                "column as Text and type the number again, e.g. 1.1"
              : "write the task number of the plan's table, e.g. 1.1");
      ok = false;
    }

    const std::string& state_text = cell(row, Column::state);
    std::optional<TaskState> state;
    if (state_text.empty()) {
      add(row.row, column_of(Column::state), "import-missing-value", "`state` is empty",
          "write done, in_progress, not_started or not_applicable");
      ok = false;
    } else if (!(state = parse_state_label(state_text))) {
      add(row.row, column_of(Column::state), "import-unknown-state",
          fmt::format("`state` {} is not a state", shown(state_text)),
          "write done, in_progress, not_started or not_applicable, or in Vietnamese Hoàn "
          "thành, Đang thực hiện, Chưa thực hiện, Không áp dụng");
      ok = false;
    }

    const std::string& progress_text = cell(row, Column::progress);
    if (!progress_text.empty()) {
      record.progress = parse_percent(progress_text);
      if (!record.progress) {
        add(row.row, column_of(Column::progress), "import-invalid-progress",
            fmt::format("`progress` {} is not a number", shown(progress_text)),
            "write the percent done as a number, e.g. 40 or 40%");
        ok = false;
      } else if (*record.progress > 100) {
        add(row.row, column_of(Column::progress), "import-invalid-progress",
            fmt::format("`progress` {} is more than 100", format_number(*record.progress)),
            "write the percent done, 0..100");
        ok = false;
        record.progress.reset();
      }
    }

    const std::string& completed_text = cell(row, Column::completed);
    if (!completed_text.empty()) {
      record.completed = parse_cell_date(completed_text);
      if (!record.completed) {
        add(row.row, column_of(Column::completed), "import-invalid-date",
            fmt::format("`completed` {} is not a date", shown(completed_text)),
            "write the date as 2021-03-15 or 15/03/2021");
        ok = false;
      } else if (!record.completed->is_valid()) {
        add(row.row, column_of(Column::completed), "import-invalid-date",
            fmt::format("`completed` {} is not a date of the calendar", shown(completed_text)),
            record.completed->month >= 1 && record.completed->month <= 12
                ? fmt::format("{}-{:02} has {} days", record.completed->year,
                              record.completed->month,
                              days_in_month(record.completed->year, record.completed->month))
                : "the month is 1..12; dates are read day first: 15/03/2021");
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
            fmt::format("task {} of unit `{}` is already on row {}", data_.tasks[*task].id,
                        data_.units[*unit].id, seen->second),
            "keep one of the two rows");
        ok = false;
      }
    }
    if (!ok || !unit || !task || !state)
      return;
    record.unit = *unit;
    record.task = *task;
    record.state = *state;
    accepted_.push_back(std::move(record));
  }

  // The rules of data-format.md, "What each state allows", said in the spreadsheet's terms.
  bool check_state_fields(const CsvRow& row, TaskState state, const Pending& record,
                          const std::string& progress_text) {
    bool ok = true;
    const std::string_view name = state_name(state);
    const unsigned progress_column = column_of(Column::progress);
    if (record.progress) {
      const double p = *record.progress;
      if (state == TaskState::not_applicable) {
        add(row.row, progress_column, "import-field-not-allowed",
            "`progress` is not allowed for a not_applicable task",
            "leave progress empty, or change the state");
        ok = false;
      } else if (state == TaskState::done && p != 100) {
        add(row.row, progress_column, "import-invalid-progress",
            fmt::format("`progress` {} contradicts state done, which means 100", format_number(p)),
            fmt::format("write in_progress with progress {}, or leave progress empty for done",
                        format_number(p)));
        ok = false;
      } else if (state == TaskState::not_started && p != 0) {
        add(row.row, progress_column, "import-invalid-progress",
            fmt::format("`progress` {} contradicts state not_started, which means 0",
                        format_number(p)),
            fmt::format("write in_progress with progress {}, or leave progress empty",
                        format_number(p)));
        ok = false;
      } else if (state == TaskState::in_progress && (p < 1 || p > 99)) {
        add(row.row, progress_column, "import-invalid-progress",
            fmt::format("`progress` {} is out of range for in_progress: 1..99", format_number(p)),
            p < 1 ? "0 means not_started: change the state, or the progress"
                  : "100 means done: change the state, or the progress");
        ok = false;
      }
    } else if (state == TaskState::in_progress && progress_text.empty()) {
      add(row.row, progress_column ? progress_column : column_of(Column::state),
          "import-missing-value", "`progress` is empty, but an in_progress task needs it",
          "write the percent done, 1..99, e.g. 40");
      ok = false;
    }
    if (record.completed && state != TaskState::done) {
      add(row.row, column_of(Column::completed), "import-field-not-allowed",
          fmt::format("`completed` is only for done tasks, not for {}", name),
          "leave the date empty, or change the state to done");
      ok = false;
    }
    if (!record.reason.empty() && state != TaskState::not_applicable) {
      add(row.row, column_of(Column::reason), "import-field-not-allowed",
          fmt::format("`reason` is only for not_applicable tasks, not for {}", name),
          "move the text to note, or change the state to not_applicable");
      ok = false;
    }
    if (record.reason.empty() && state == TaskState::not_applicable) {
      add(row.row, has(Column::reason) ? column_of(Column::reason) : column_of(Column::state),
          "import-missing-value", "`reason` is empty, but a not_applicable task needs it",
          "say why the task does not apply to the unit");
      ok = false;
    }
    return ok;
  }

  // Where each line of a generated file came from.
  struct Cell {
    unsigned row = 0;
    unsigned column = 0;
  };

  void emit(std::string& out, std::vector<Cell>& lines, const std::string& text, Cell from) {
    out += text;
    out += '\n';
    lines.push_back(from);
  }

  void build_reports() {
    std::map<std::size_t, std::vector<const Pending*>> by_unit;
    for (const Pending& record : accepted_)
      by_unit[record.unit].push_back(&record);
    if (by_unit.empty())
      return;

    const std::string source = options_.source_name.empty()
                                   ? std::filesystem::path(file_).filename().generic_string()
                                   : options_.source_name;
    const std::string period_text = period_.to_string();

    PlanData check = data_;
    std::vector<std::vector<Cell>> line_maps;
    std::map<std::string, std::size_t> by_path;
    for (auto& [unit, records] : by_unit) {
      std::sort(records.begin(), records.end(),
                [](const Pending* a, const Pending* b) { return a->task < b->task; });
      const Unit& u = data_.units[unit];
      ImportedReport report;
      report.unit = u.id;
      report.path = status_file_path(data_.directory, period_, u.id);
      std::vector<Cell> lines;
      const Cell head{records.front()->row, column_of(Column::unit)};
      std::string& out = report.yaml;
      emit(out, lines, fmt::format("# yaml-language-server: $schema={}", options_.schema_path),
           head);
      emit(out, lines,
           fmt::format("# Nhập từ {0} bằng papi import. / Imported from {0} by papi import.",
                       comment_safe(source)),
           head);
      emit(out, lines, "schema_version: 1", head);
      emit(out, lines, fmt::format("unit: {}", u.id), head);
      emit(out, lines, fmt::format("period: {}", yaml_period(period_text)), head);
      if (options_.submitted)
        emit(out, lines, fmt::format("submitted: {}", options_.submitted->to_string()), head);
      emit(out, lines, "records:", head);
      for (const Pending* r : records) {
        report.rows.push_back(r->row);
        emit(out, lines, fmt::format("  - task: {}", yaml_quoted(data_.tasks[r->task].id)),
             {r->row, column_of(Column::task)});
        emit(out, lines, fmt::format("    state: {}", to_string(r->state)),
             {r->row, column_of(Column::state)});
        if (r->progress) {
          emit(out, lines, fmt::format("    progress: {}", format_number(*r->progress)),
               {r->row, column_of(Column::progress)});
        }
        if (r->completed) {
          emit(out, lines, fmt::format("    completed: {}", r->completed->to_string()),
               {r->row, column_of(Column::completed)});
        }
        if (!r->evidence.empty()) {
          emit(out, lines, fmt::format("    evidence: {}", yaml_quoted(r->evidence)),
               {r->row, column_of(Column::evidence)});
        }
        if (!r->reason.empty()) {
          emit(out, lines, fmt::format("    reason: {}", yaml_quoted(r->reason)),
               {r->row, column_of(Column::reason)});
        }
        if (!r->note.empty()) {
          emit(out, lines, fmt::format("    note: {}", yaml_quoted(r->note)),
               {r->row, column_of(Column::note)});
        }
      }

      // Replace the unit's current report for the period, if any, in the copy that is checked.
      auto same_report = [&](const std::string& folder, const std::string& name) {
        return folder == period_text && name == u.id;
      };
      check.reports.erase(std::remove_if(check.reports.begin(), check.reports.end(),
                                         [&](const StatusReport& r) {
                                           return same_report(r.folder_period, r.file_unit);
                                         }),
                          check.reports.end());
      check.status_files.erase(
          std::remove_if(check.status_files.begin(), check.status_files.end(),
                         [&](const StatusFile& f) { return same_report(f.folder_period, f.unit); }),
          check.status_files.end());

      const auto file_index = static_cast<std::uint32_t>(check.files.size());
      check.files.push_back(report.path);
      check.status_files.push_back(StatusFile{period_text, u.id, report.path});
      LoadedDocument loaded =
          load_document(DocumentKind::status, report.yaml, report.path, file_index, {});
      for (Diagnostic& d : loaded.diagnostics)
        located_.push_back(std::move(d));
      if (loaded.report) {
        loaded.report->folder_period = period_text;
        loaded.report->file_unit = u.id;
        report.report = *loaded.report;
        check.reports.push_back(std::move(*loaded.report));
      }
      by_path[report.path] = result_.reports.size();
      line_maps.push_back(std::move(lines));
      result_.reports.push_back(std::move(report));
    }

    // The same checks as a hand-written file gets; findings are moved back to the CSV cells.
    Diagnostics semantic = check_plan(check);
    located_.insert(located_.end(), std::make_move_iterator(semantic.begin()),
                    std::make_move_iterator(semantic.end()));
    for (Diagnostic& d : located_) {
      auto found = by_path.find(d.file);
      if (found == by_path.end() || d.severity == Severity::note)
        continue;
      const std::vector<Cell>& lines = line_maps[found->second];
      const Cell at = d.line >= 1 && d.line <= lines.size() ? lines[d.line - 1] : lines.front();
      d.file = file_;
      d.line = at.row;
      d.column = at.column;
      d.source_line.clear();
      result_.diagnostics.push_back(std::move(d));
    }
  }

  const std::string& file_;
  const PlanData& data_;
  PlanIndex index_;
  const Period& period_;
  const ImportOptions& options_;
  ImportResult& result_;
  unsigned columns_[kColumnCount] = {};
  std::vector<unsigned> unnamed_;
  std::vector<std::string> folded_units_;
  std::vector<std::string> folded_names_;
  std::map<std::pair<std::size_t, std::size_t>, unsigned> first_row_;
  std::vector<Pending> accepted_;
  Diagnostics located_;
};

}  // namespace

ImportResult parse_status_csv(std::string_view text, const std::string& file, const PlanData& data,
                              const Period& period, const ImportOptions& options) {
  ImportResult result;
  DecodedText decoded = decode_source(std::string(text), file);
  if (decoded.error) {
    result.diagnostics.push_back(std::move(*decoded.error));
    return result;
  }
  const CsvTable table = parse_csv(decoded.text, file);
  Importer importer(file, data, period, options, result);
  importer.run(table);
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace papi
