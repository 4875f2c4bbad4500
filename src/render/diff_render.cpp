#include "render/diff_render.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n/diff_words.h"
#include "i18n/inspection_words.h"
#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "render/escape.h"
#include "render/report_render.h"
#include "render/yaml_text.h"
#include "util/utf8.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

std::string short_commit(const std::string& commit) {
  return commit.substr(0, 7);
}

// A revision as a code span; one that could break out of it is written as escaped text.
std::string revision_text(const std::string& revision) {
  const bool plain = std::none_of(revision.begin(), revision.end(), [](char c) {
    return c == '`' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  return plain ? "`" + revision + "`" : markdown_text(revision);
}

std::string side_text(const DiffSide& side, const DiffLabels& l) {
  if (side.commit.empty())
    return std::string(l.working_tree);
  return fmt::format("{} ({})", revision_text(side.revision), short_commit(side.commit));
}

std::optional<double> rounded(const std::optional<double>& value) {
  if (!value)
    return std::nullopt;
  return round_half_up(*value, 1);
}

// The change between the values as shown (rounded to 0.1), so that the columns add up.
std::optional<double> change_of(const CompletionChange& row) {
  const auto before = rounded(row.before);
  const auto after = rounded(row.after);
  if (!before || !after)
    return std::nullopt;
  return round_half_up(*after - *before, 1);
}

std::string format_change(const std::optional<double>& change, Language language) {
  if (!change)
    return "—";
  std::string text = fmt::format("{:+.1f}", *change);
  if (text == "-0.0" || text == "+0.0")
    text = "0.0";
  if (language == Language::vi)
    std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string shorten(std::string_view text, std::size_t characters) {
  return shorten_to_characters(comment_safe(text), characters, "…");
}

std::string field_list(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& f : fields)
    out += (out.empty() ? "`" : ", `") + f + "`";
  return out;
}

void entity_table(std::string& out, const EntityChanges& changes, std::string_view heading,
                  std::string_view name_heading, const DiffLabels& l) {
  if (changes.empty())
    return;
  out += fmt::format("## {}\n\n", heading);
  out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", l.change, l.id, name_heading,
                     l.fields);
  for (const EntityRef& e : changes.added)
    out += fmt::format("| {} | {} | {} | |\n", l.added, markdown_cell(e.id),
                       markdown_cell(shorten(e.name, 90)));
  for (const EntityEdit& e : changes.edited)
    out += fmt::format("| {} | {} | {} | {} |\n", l.edited, markdown_cell(e.id),
                       markdown_cell(shorten(e.name, 90)), field_list(e.fields));
  for (const EntityRef& e : changes.removed)
    out += fmt::format("| {} | {} | {} | |\n", l.removed, markdown_cell(e.id),
                       markdown_cell(shorten(e.name, 90)));
  out += "\n";
}

std::string records_text(const ReportChange& change, const DiffLabels& l) {
  switch (change.kind) {
    case ReportChangeKind::added:
      return std::to_string(change.records_after);
    case ReportChangeKind::removed:
      return std::to_string(change.records_before);
    case ReportChangeKind::changed:
      break;
  }
  std::vector<std::string> parts;
  if (change.records_added)
    parts.push_back(fmt::format("{} {}", change.records_added, l.records_added));
  if (change.records_changed)
    parts.push_back(fmt::format("{} {}", change.records_changed, l.records_changed));
  if (change.records_removed)
    parts.push_back(fmt::format("{} {}", change.records_removed, l.records_removed));
  if (change.submitted_changed)
    parts.push_back(std::string(l.submitted_changed));
  std::string out;
  for (const std::string& part : parts)
    out += (out.empty() ? "" : ", ") + part;
  return out;
}

std::string_view kind_label(ReportChangeKind kind, const DiffLabels& l) {
  switch (kind) {
    case ReportChangeKind::added:
      return l.added;
    case ReportChangeKind::removed:
      return l.removed;
    case ReportChangeKind::changed:
      return l.edited;
  }
  return l.edited;
}

void findings_table(std::string& out, const std::vector<FindingChange>& findings,
                    Language language) {
  if (findings.empty())
    return;
  const InspectionLabels& l = inspection_labels(language);
  out += fmt::format("## {}\n\n| {} | {} | # | {} | {} |\n|---|---|---:|---|---|\n", l.diff_title,
                     l.diff_inspection, l.unit, l.diff_change, l.finding);
  for (const FindingChange& change : findings) {
    std::string what(finding_change_label(to_string(change.kind), language));
    if (!change.date.empty())
      what += fmt::format(" ({})", change.date);
    out += fmt::format("| `{}` | `{}` | {} | {} | {} |\n", markdown_cell(change.inspection),
                       markdown_cell(change.unit), change.finding, markdown_cell(what),
                       markdown_cell(shorten(change.text, 80)));
  }
  out += "\n";
}

std::string render_markdown(const PlanDiff& diff, const DiffSide& before, const DiffSide& after,
                            Language language) {
  const DiffLabels& l = diff_labels(language);
  std::string out;
  out += fmt::format("# {} {}\n\n", l.title, markdown_text(diff.plan_number));
  out += fmt::format("{} {} {} {}.\n\n", l.from, side_text(before, l), l.to, side_text(after, l));

  // Summary.
  out += fmt::format("## {}\n\n", l.summary);
  std::size_t report_counts[3] = {0, 0, 0};
  for (const ReportChange& change : diff.reports)
    ++report_counts[static_cast<std::size_t>(change.kind)];
  out += fmt::format("| | {} | {} | {} |\n|---|---:|---:|---:|\n", l.added, l.removed, l.edited);
  auto summary_row = [&](std::string_view label, const EntityChanges& c) {
    out += fmt::format("| {} | {} | {} | {} |\n", label, c.added.size(), c.removed.size(),
                       c.edited.size());
  };
  summary_row(l.areas, diff.areas);
  summary_row(l.units, diff.units);
  summary_row(l.tasks, diff.tasks);
  out += fmt::format("| {} | {} | {} | {} |\n\n", l.reports, report_counts[0], report_counts[1],
                     report_counts[2]);
  if (diff.period) {
    out += fmt::format(
        "{} {}: **{} → {}** ({} {}). {}: {} → {}.\n\n", l.completion_line,
        period_label(*diff.period, language), format_percent(diff.overall.before, language),
        format_percent(diff.overall.after, language),
        format_change(change_of(diff.overall), language), l.points, l.units_reported,
        diff.overall.in_before
            ? fmt::format("{}/{}", diff.units_reported_before, diff.units_expected_before)
            : std::string("—"),
        diff.overall.in_after
            ? fmt::format("{}/{}", diff.units_reported_after, diff.units_expected_after)
            : std::string("—"));
  } else {
    out += fmt::format("{}\n\n", l.no_period);
  }
  const bool nothing = diff.plan_fields.empty() && diff.areas.empty() && diff.units.empty() &&
                       diff.tasks.empty() && diff.reports.empty() && diff.findings.empty();
  if (nothing)
    out += fmt::format("{}\n\n", l.no_changes);

  if (!diff.plan_fields.empty()) {
    out += fmt::format("## {}\n\n{}: {}.\n\n", l.plan_section, l.plan_fields,
                       field_list(diff.plan_fields));
  }
  entity_table(out, diff.areas, l.areas_section, l.name, l);
  entity_table(out, diff.units, l.units_section, l.name, l);
  entity_table(out, diff.tasks, l.tasks_section, l.task_title, l);
  if (!diff.reports.empty()) {
    out += fmt::format("## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n", l.reports_section,
                       l.period, l.unit, l.change, l.records);
    for (const ReportChange& change : diff.reports) {
      out += fmt::format("| {} | {} (`{}`) | {} | {} |\n", markdown_cell(change.period),
                         markdown_cell(change.unit_name), markdown_cell(change.unit),
                         kind_label(change.kind, l), records_text(change, l));
    }
    out += "\n";
  }
  findings_table(out, diff.findings, language);
  if (!diff.period)
    return out;

  const std::string period = period_label(*diff.period, language);
  if (!diff.submissions.empty()) {
    auto shown = [&](const std::optional<SubmissionClass>& value) {
      return value ? std::string(submission_label(*value, language)) : std::string(l.not_reporting);
    };
    out += fmt::format("## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
                       fmt::format(fmt::runtime(l.submissions_section), period), l.unit, l.period,
                       l.before, l.after);
    for (const SubmissionChange& change : diff.submissions) {
      out += fmt::format("| {} (`{}`) | {} | {} | {} |\n", markdown_cell(change.name),
                         markdown_cell(change.unit), change.period.to_string(),
                         shown(change.before), shown(change.after));
    }
    out += "\n";
  }
  out += fmt::format("## {}, {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", l.by_area,
                     period, l.area, l.before, l.after, l.difference);
  for (const CompletionChange& row : diff.area_completion) {
    const std::string& name =
        language == Language::en && !row.name_en.empty() ? row.name_en : row.name;
    out += fmt::format("| {}. {} | {} | {} | {} |\n", row.id, markdown_cell(name),
                       format_percent(row.before, language), format_percent(row.after, language),
                       format_change(change_of(row), language));
  }
  out += fmt::format("| **{}** | **{}** | **{}** | **{}** |\n\n", l.overall,
                     format_percent(diff.overall.before, language),
                     format_percent(diff.overall.after, language),
                     format_change(change_of(diff.overall), language));

  std::size_t unchanged = 0;
  std::string rows;
  for (const CompletionChange& row : diff.unit_completion) {
    if (rounded(row.before) == rounded(row.after) && row.in_before == row.in_after) {
      ++unchanged;
      continue;
    }
    rows +=
        fmt::format("| {} (`{}`) | {} | {} | {} |\n", markdown_cell(row.name),
                    markdown_cell(row.id), format_percent(row.before, language),
                    format_percent(row.after, language), format_change(change_of(row), language));
  }
  out += fmt::format("## {}, {}\n\n", l.by_unit, period);
  if (rows.empty()) {
    out += fmt::format("{}\n", l.all_units_unchanged);
    return out;
  }
  out += fmt::format("| {} | {} | {} | {} |\n|---|---:|---:|---:|\n{}", l.unit, l.before, l.after,
                     l.difference, rows);
  if (unchanged > 0)
    out += fmt::format("\n{}: {}.\n", l.unchanged_units, unchanged);
  return out;
}

Json side_json(const DiffSide& side) {
  if (side.commit.empty())
    return Json{{"revision", nullptr}, {"commit", nullptr}, {"working_tree", true}};
  return Json{{"revision", side.revision}, {"commit", side.commit}, {"working_tree", false}};
}

Json value_json(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json changes_json(const EntityChanges& changes) {
  Json added = Json::array();
  for (const EntityRef& e : changes.added)
    added.push_back(Json{{"id", e.id}, {"name", e.name}});
  Json removed = Json::array();
  for (const EntityRef& e : changes.removed)
    removed.push_back(Json{{"id", e.id}, {"name", e.name}});
  Json edited = Json::array();
  for (const EntityEdit& e : changes.edited)
    edited.push_back(Json{{"id", e.id}, {"name", e.name}, {"fields", e.fields}});
  return Json{{"added", added}, {"removed", removed}, {"edited", edited}};
}

Json completion_json(const CompletionChange& row) {
  std::optional<double> change;
  if (row.before && row.after)
    change = *row.after - *row.before;
  return Json{{"before", value_json(row.before)},
              {"after", value_json(row.after)},
              {"change", value_json(change)}};
}

std::string render_json(const PlanDiff& diff, const DiffSide& before, const DiffSide& after) {
  Json out;
  out["from"] = side_json(before);
  out["to"] = side_json(after);
  out["plan"] = Json{{"number", diff.plan_number}, {"edited_fields", diff.plan_fields}};
  out["areas"] = changes_json(diff.areas);
  out["units"] = changes_json(diff.units);
  out["tasks"] = changes_json(diff.tasks);
  Json reports = Json::array();
  for (const ReportChange& change : diff.reports) {
    static constexpr const char* kKinds[] = {"added", "removed", "edited"};
    reports.push_back(Json{{"period", change.period},
                           {"unit", change.unit},
                           {"change", kKinds[static_cast<std::size_t>(change.kind)]},
                           {"records_before", change.records_before},
                           {"records_after", change.records_after},
                           {"records_added", change.records_added},
                           {"records_removed", change.records_removed},
                           {"records_edited", change.records_changed},
                           {"submitted_edited", change.submitted_changed}});
  }
  out["reports"] = reports;
  Json findings = Json::array();
  for (const FindingChange& change : diff.findings) {
    findings.push_back(
        Json{{"inspection", change.inspection},
             {"unit", change.unit},
             {"finding", change.finding},
             {"change", std::string(to_string(change.kind))},
             {"fixed", change.kind == FindingChangeKind::fixed && !change.date.empty()
                           ? Json(change.date)
                           : Json(nullptr)},
             {"verified_by",
              change.kind == FindingChangeKind::verified ? Json(change.date) : Json(nullptr)}});
  }
  out["findings"] = findings;
  Json completion;
  if (diff.period) {
    completion["period"] = diff.period->to_string();
    completion["as_of"] = diff.as_of ? Json(diff.as_of->to_string()) : Json(nullptr);
    completion["overall"] = completion_json(diff.overall);
    completion["units_expected"] =
        Json{{"before", diff.overall.in_before ? Json(diff.units_expected_before) : Json(nullptr)},
             {"after", diff.overall.in_after ? Json(diff.units_expected_after) : Json(nullptr)}};
    completion["units_reported"] =
        Json{{"before", diff.overall.in_before ? Json(diff.units_reported_before) : Json(nullptr)},
             {"after", diff.overall.in_after ? Json(diff.units_reported_after) : Json(nullptr)}};
    Json areas = Json::array();
    for (const CompletionChange& row : diff.area_completion) {
      Json item{{"id", std::stoi(row.id)}, {"name", row.name}, {"name_en", row.name_en}};
      item.update(completion_json(row));
      areas.push_back(item);
    }
    completion["areas"] = areas;
    Json units = Json::array();
    for (const CompletionChange& row : diff.unit_completion) {
      Json item{{"id", row.id}, {"name", row.name}};
      item.update(completion_json(row));
      units.push_back(item);
    }
    completion["units"] = units;
  } else {
    completion = nullptr;
  }
  out["completion"] = completion;
  Json submissions = Json::array();
  for (const SubmissionChange& change : diff.submissions) {
    auto code = [](const std::optional<SubmissionClass>& value) {
      return value ? Json(std::string(to_string(*value))) : Json(nullptr);
    };
    submissions.push_back(Json{{"unit", change.unit},
                               {"name", change.name},
                               {"period", change.period.to_string()},
                               {"before", code(change.before)},
                               {"after", code(change.after)}});
  }
  out["submissions"] = submissions;
  return out.dump(2) + "\n";
}

}  // namespace

std::string render_diff(const PlanDiff& diff, const DiffSide& before, const DiffSide& after,
                        DiffFormat format, Language language) {
  return format == DiffFormat::json ? render_json(diff, before, after)
                                    : render_markdown(diff, before, after, language);
}

}  // namespace papi
