#include "render/document_outline.h"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/plan_words.h"
#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "render/report_render.h"

namespace papi {

OutlineBlock OutlineBlock::heading(int level, std::string text) {
  OutlineBlock block;
  block.kind = Kind::heading;
  block.level = level;
  block.text = std::move(text);
  return block;
}

OutlineBlock OutlineBlock::paragraph(std::string text) {
  OutlineBlock block;
  block.text = std::move(text);
  return block;
}

OutlineBlock OutlineBlock::of_table(OutlineTable table) {
  OutlineBlock block;
  block.kind = Kind::table;
  block.table = std::move(table);
  return block;
}

std::string item_letter(std::size_t index) {
  return std::string(1, static_cast<char>('a' + index % 26)) + ")";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty())
      out += separator;
    out += part;
  }
  return out;
}

namespace {

using Block = OutlineBlock;

// The count columns of the tables: the deadline classes that some pair of the report has, or,
// when no task of the plan has a due date, the states that some pair has instead (classes
// could only repeat them), as the Markdown report does.
struct CountColumns {
  std::vector<DeadlineClass> classes;
  std::vector<PairState> states;
};

CountColumns count_columns(const Report& report) {
  CountColumns out;
  if (report.has_due_dates) {
    for (DeadlineClass value : kDeadlineClasses) {
      if (report.overall.count(value) > 0)
        out.classes.push_back(value);
    }
  } else {
    for (PairState value : kPairStates) {
      if (report.overall.state(value) > 0)
        out.states.push_back(value);
    }
  }
  return out;
}

// `in_table`: the states in the short words of the Markdown report's tables ("Đã HT").
std::vector<std::string> count_labels(const CountColumns& columns, Language language,
                                      bool in_table) {
  std::vector<std::string> out;
  for (DeadlineClass value : columns.classes)
    out.emplace_back(deadline_label(value, language));
  for (PairState value : columns.states) {
    out.emplace_back(in_table ? pair_state_short_label(value, language)
                              : pair_state_label(value, language));
  }
  return out;
}

std::vector<std::size_t> count_values(const Completion& completion, const CountColumns& columns) {
  std::vector<std::size_t> out;
  for (DeadlineClass value : columns.classes)
    out.push_back(completion.count(value));
  for (PairState value : columns.states)
    out.push_back(completion.state(value));
  return out;
}

void add_count_columns(OutlineTable& table, const CountColumns& columns, Language language) {
  for (std::string& label : count_labels(columns, language, true)) {
    table.header.push_back(std::move(label));
    table.numeric.push_back(true);
  }
}

void add_count_cells(OutlineRow& row, const Completion& completion, const CountColumns& columns) {
  for (std::size_t value : count_values(completion, columns))
    row.cells.push_back(std::to_string(value));
}

OutlineAppendix units_appendix(const PlanData& data, const Report& report, Language language) {
  const ReportLabels& l = report_labels(language);
  const DocumentLabels& w = document_labels(language);
  OutlineTable table;
  table.header = {std::string(l.rank),    std::string(l.unit),       std::string(l.level),
                  std::string(l.commune), std::string(l.completion), std::string(l.reported)};
  table.numeric = {true, false, false, false, true, false};
  for (const RankedUnit& ranked : rank_units(data, report)) {
    const Unit& unit = data.units[ranked.unit->unit];
    table.rows.push_back(
        OutlineRow{{ranked.rank ? std::to_string(*ranked.rank) : std::string(l.not_ranked),
                    unit.name, level_label(level_key(unit), language), unit.commune,
                    format_percent(ranked.unit->completion.percent(), language),
                    std::string(ranked.unit->report ? l.yes : l.no)}});
  }
  return OutlineAppendix{
      std::string(w.units_appendix),
      false,
      {Block::of_table(std::move(table)), Block::paragraph(std::string(l.ranking_note))}};
}

OutlineAppendix tasks_appendix(const PlanData& data, const Report& report,
                               const CountColumns& classes, Language language) {
  const DocumentLabels& w = document_labels(language);
  OutlineTable table;
  table.header = {std::string(w.number_column), std::string(w.task_column),
                  std::string(w.pairs_column), std::string(report_labels(language).completion)};
  table.numeric = {false, false, true, true};
  add_count_columns(table, classes, language);
  for (const Area& area : data.plan->areas) {
    table.rows.push_back(
        OutlineRow{{fmt::format("{}. {}", area.id, area_name(area, language))}, true});
    for (const TaskResult& result : report.tasks) {
      const Task& task = data.tasks[result.task];
      if (task.area != area.id)
        continue;
      OutlineRow row{{task.id, task.title, std::to_string(result.completion.pairs),
                      format_percent(result.completion.percent(), language)}};
      add_count_cells(row, result.completion, classes);
      table.rows.push_back(std::move(row));
    }
  }
  return OutlineAppendix{std::string(w.tasks_appendix), true, {Block::of_table(std::move(table))}};
}

}  // namespace

DocumentOutline report_outline(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language) {
  const ReportLabels& l = report_labels(language);
  const DocumentLabels& w = document_labels(language);
  const Plan& plan = *data.plan;
  DocumentOutline outline;
  outline.language = language == Language::vi ? "vi" : "en";
  outline.official = report_official_text(data, report, style, office, language);
  std::vector<OutlineBlock>& body = outline.body;
  const std::string period = lower_first(period_label(report.period, language));

  body.push_back(Block::paragraph(fmt::format(fmt::runtime(w.report_intro), plan.number,
                                              date_label(plan.issued, language), plan.issuer,
                                              lower_first(plan.title), period)));
  int section = 1;
  body.push_back(Block::heading(1, fmt::format("{}. {}", roman(section++), w.results)));

  int item = 1;
  body.push_back(Block::heading(2, fmt::format("{}. {}", item++, w.submission_heading)));
  // ", trong đó 1 đơn vị gửi báo cáo sau ngày tính số liệu: …" when files came after A.
  std::string late_note;
  if (const std::size_t late = units_sent_after_as_of(report.submissions); late > 0) {
    late_note =
        ", " + fmt::format(fmt::runtime(submission_labels(language).sent_after_as_of_note), late);
  }
  const std::string reported =
      fmt::format(fmt::runtime(w.submission_text), date_label(report.as_of, language),
                  report.units_reported, report.units_expected, late_note);
  body.push_back(Block::paragraph(reported));
  if (report.missing_units.empty()) {
    body.push_back(Block::paragraph(std::string(w.all_reported)));
  } else {
    std::vector<std::string> names;
    for (std::size_t u : report.missing_units)
      names.push_back(data.units[u].name);
    body.push_back(
        Block::paragraph(fmt::format(fmt::runtime(w.missing_text), joined(names, "; "))));
  }
  add_submission_blocks(body, data, report, language);

  const CountColumns classes = count_columns(report);
  body.push_back(Block::heading(2, fmt::format("{}. {}", item++, w.overall_heading)));
  body.push_back(Block::paragraph(fmt::format(fmt::runtime(w.overall_text),
                                              format_percent(report.overall.percent(), language),
                                              report.overall.pairs)));
  const std::vector<std::string> labels = count_labels(classes, language, false);
  const std::vector<std::size_t> values = count_values(report.overall, classes);
  if (!labels.empty()) {
    std::vector<std::string> counts;
    for (std::size_t i = 0; i < labels.size(); ++i)
      counts.push_back(fmt::format("{} {}", lower_first(labels[i]), values[i]));
    body.push_back(Block::paragraph(std::string(w.overall_classes) + joined(counts, "; ") + "."));
  }
  if (!report.has_due_dates)
    body.push_back(Block::paragraph(std::string(submission_labels(language).no_due_dates)));

  body.push_back(Block::heading(2, fmt::format("{}. {}", item++, w.areas_heading)));
  OutlineBlock chart;
  chart.kind = OutlineBlock::Kind::chart;
  chart.chart.title = fmt::format("{} — {}", l.chart_alt, period_label(report.period, language));
  chart.chart.series = std::string(l.completion);
  OutlineTable areas;
  areas.header = {std::string(w.number_column), std::string(l.area), std::string(l.completion)};
  areas.numeric = {true, false, true};
  add_count_columns(areas, classes, language);
  for (std::size_t i = 0; i < report.areas.size(); ++i) {
    const AreaResult& area = report.areas[i];
    const std::string name = area_name(plan.areas[area.area], language);
    const auto percent = area.completion.percent();
    body.push_back(Block::paragraph(
        item_letter(i) + " " +
        (percent ? fmt::format(fmt::runtime(w.area_text), area.area_id, name,
                               format_percent(percent, language))
                 : fmt::format(fmt::runtime(w.area_no_value), area.area_id, name))));
    chart.chart.categories.push_back(fmt::format("{}. {}", area.area_id, name));
    chart.chart.values.push_back(percent);
    chart.chart.value_labels.push_back(format_percent(percent, language));
    OutlineRow row{{std::to_string(area.area_id), name, format_percent(percent, language)}};
    add_count_cells(row, area.completion, classes);
    areas.rows.push_back(std::move(row));
  }
  OutlineRow total{
      {"", std::string(l.all_areas), format_percent(report.overall.percent(), language)},
      false,
      true};
  add_count_cells(total, report.overall, classes);
  areas.rows.push_back(std::move(total));
  body.push_back(std::move(chart));
  body.push_back(Block::of_table(std::move(areas)));
  if (!classes.states.empty())
    body.push_back(Block::paragraph(std::string(l.counts_legend)));

  body.push_back(Block::heading(2, fmt::format("{}. {}", item++, w.levels_heading)));
  OutlineTable levels;
  levels.header = {std::string(l.level), std::string(l.units), std::string(l.completion)};
  levels.numeric = {false, true, true};
  for (const GroupResult& level : report.levels) {
    levels.rows.push_back(OutlineRow{{level_label(level.key, language), std::to_string(level.units),
                                      format_percent(level.completion.percent(), language)}});
  }
  body.push_back(Block::of_table(std::move(levels)));

  if (report.trend.size() > 1) {
    body.push_back(Block::heading(2, fmt::format("{}. {}", item++, w.trend_heading)));
    OutlineTable trend;
    trend.header = {std::string(w.number_column), std::string(l.area)};
    trend.numeric = {true, false};
    for (const TrendPoint& point : report.trend) {
      trend.header.push_back(point.period);
      trend.numeric.push_back(true);
    }
    for (std::size_t a = 0; a < plan.areas.size(); ++a) {
      OutlineRow row{{std::to_string(plan.areas[a].id), area_name(plan.areas[a], language)}};
      for (const TrendPoint& point : report.trend)
        row.cells.push_back(format_percent(point.areas[a], language));
      trend.rows.push_back(std::move(row));
    }
    OutlineRow all{{"", std::string(l.all_areas)}, false, true};
    for (const TrendPoint& point : report.trend)
      all.cells.push_back(format_percent(point.overall, language));
    trend.rows.push_back(std::move(all));
    body.push_back(Block::of_table(std::move(trend)));
  }

  if (report.inspections)
    add_inspection_blocks(body, data, report, item++, language);

  // The office's own sections, in the order of reports/<period>.yaml.
  if (office) {
    for (const ReportSection& written : office->sections) {
      body.push_back(
          Block::heading(1, fmt::format("{}. {}", roman(section++), upper(written.title))));
      for (const std::string& text : text_paragraphs(written.text))
        body.push_back(Block::paragraph(text));
    }
  }
  body.push_back(Block::paragraph(outline.official.closing_sentence));

  outline.appendices.push_back(units_appendix(data, report, language));
  outline.appendices.push_back(tasks_appendix(data, report, classes, language));
  return outline;
}

DocumentOutline plan_outline(const PlanData& data, const DocumentStyle* style, Language language) {
  const DocumentLabels& w = document_labels(language);
  const Plan& plan = *data.plan;
  DocumentOutline outline;
  outline.language = language == Language::vi ? "vi" : "en";
  outline.official = plan_official_text(data, style, language);
  std::vector<OutlineBlock>& body = outline.body;

  int section = 1;
  if (!plan.purposes.empty() || !plan.requirements.empty()) {
    body.push_back(
        Block::heading(1, fmt::format("{}. {}", roman(section++), w.plan_purposes_heading)));
    int item = 1;
    for (const auto& [title, items] : {std::pair{w.plan_purposes, &plan.purposes},
                                       std::pair{w.plan_requirements, &plan.requirements}}) {
      if (items->empty())
        continue;
      body.push_back(Block::heading(2, fmt::format("{}. {}", item++, title)));
      for (std::size_t i = 0; i < items->size(); ++i)
        body.push_back(Block::paragraph(item_letter(i) + " " + (*items)[i]));
    }
  }
  body.push_back(
      Block::heading(1, fmt::format("{}. {}", roman(section++), w.plan_content_heading)));
  body.push_back(Block::heading(2, fmt::format("1. {}", w.plan_areas)));
  for (const Area& area : plan.areas) {
    std::string text = fmt::format("{}. {}", area.id, area_name(area, language));
    if (!area.objective.empty())
      text += ": " + area.objective;
    body.push_back(Block::paragraph(text));
  }
  body.push_back(Block::paragraph(std::string(w.plan_table_reference)));
  for (const Section& written : plan.sections) {
    body.push_back(Block::heading(2, written.title));
    for (const std::string& text : written.items)
      body.push_back(Block::paragraph("- " + text));
  }

  OutlineTable tasks;
  tasks.header = {std::string(w.number_column),   std::string(w.task_column),
                  std::string(w.product_column),  std::string(w.lead_column),
                  std::string(w.partners_column), std::string(w.schedule_column)};
  tasks.numeric = {false, false, false, false, false, false};
  for (const Area& area : plan.areas) {
    tasks.rows.push_back(OutlineRow{{fmt::format("{}. {}", area.id, area.name)}, true});
    for (const Task& task : data.tasks) {
      if (task.area != area.id)
        continue;
      std::vector<std::string> partners;
      for (const UnitRef& ref : task.partners)
        partners.push_back(unit_ref_label_vi(ref.text, data));
      tasks.rows.push_back(
          OutlineRow{{task.id, task.title, task.product, unit_ref_label_vi(task.lead, data),
                      joined(partners, "; "), schedule_label_vi(task)}});
    }
  }
  OutlineAppendix appendix{
      std::string(w.plan_table_title), true, {Block::of_table(std::move(tasks))}};
  std::vector<std::string> notes;
  for (const Task& task : data.tasks) {
    if (!task.note.empty())
      notes.push_back(fmt::format("{}: {}", task.id, task.note));
  }
  if (!notes.empty()) {
    appendix.blocks.push_back(Block::heading(3, std::string(w.notes)));
    for (const std::string& note : notes)
      appendix.blocks.push_back(Block::paragraph("- " + note));
  }
  outline.appendices.push_back(std::move(appendix));
  return outline;
}

}  // namespace papi
