#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/report.h"
#include "model/document.h"
#include "model/plan.h"
#include "render/official_text.h"

namespace papi {

// What a document says, in order, before it is laid out: the Word and the HTML renderers take
// the same outline, so the two always carry the same words and numbers.

struct OutlineRow {
  std::vector<std::string> cells;
  bool group = false;  // one cell over the whole row (an area heading in the task table)
  bool total = false;  // a total row, in bold
};

struct OutlineTable {
  std::vector<std::string> header;
  std::vector<bool> numeric;  // per column: right-aligned figures
  std::vector<OutlineRow> rows;
};

struct OutlineChart {
  std::string title;
  std::string series;
  std::vector<std::string> categories;
  std::vector<std::optional<double>> values;  // percent
  std::vector<std::string> value_labels;      // "71,3%"
};

struct OutlineBlock {
  enum class Kind { heading, paragraph, table, chart };
  Kind kind = Kind::paragraph;
  int level = 0;  // headings: 1 "I.", 2 "1.", 3 "a)"
  std::string text;
  OutlineTable table;
  OutlineChart chart;
};

struct OutlineAppendix {
  std::string title;
  bool landscape = false;
  std::vector<OutlineBlock> blocks;
};

struct DocumentOutline {
  std::string language;  // "vi", "en"
  OfficialText official;
  std::vector<OutlineBlock> body;
  std::vector<OutlineAppendix> appendices;
};

DocumentOutline report_outline(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language);
DocumentOutline plan_outline(const PlanData& data, const DocumentStyle* style, Language language);

}  // namespace papi
