// Fuzz target: any bytes as the XML of a school's workbook, through libzip, pugixml, the
// workbook reader, the sheet tables and the import into a small plan. The input is a worksheet
// part, then optionally a NUL byte and the shared strings part; both are packed with a fixed
// workbook, styles (a date and a percent format) and relationships, so that the XML is what
// gets mutated rather than the zip around it. An input that starts like a zip is taken as the
// whole file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_plan.h"
#include "render/diagnostics_render.h"
#include "util/zip_writer.h"
#include "workflow/import.h"

using namespace papi;

namespace {

constexpr std::string_view kWorkbook =
    R"(<workbook xmlns:r="r"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/>)"
    R"(</sheets></workbook>)";
constexpr std::string_view kRelationships =
    R"(<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>)";
constexpr std::string_view kStyles =
    R"(<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
    R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs>)"
    R"(</styleSheet>)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static const PlanData plan = fuzz::small_plan();
  const std::string_view input(reinterpret_cast<const char*>(bytes), size);
  std::string workbook;
  if (input.substr(0, 2) == "PK") {
    workbook = std::string(input);
  } else {
    const std::size_t split = input.find('\0');
    const std::string_view sheet = input.substr(0, split);
    const std::string_view strings =
        split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
    workbook = zip_package({{"[Content_Types].xml", "<Types/>"},
                            {"xl/workbook.xml", std::string(kWorkbook)},
                            {"xl/_rels/workbook.xml.rels", std::string(kRelationships)},
                            {"xl/styles.xml", std::string(kStyles)},
                            {"xl/sharedStrings.xml", std::string(strings)},
                            {"xl/worksheets/sheet1.xml", std::string(sheet)}});
  }
  // Named after a unit of the plan, so that a sheet without a unit column is read as its.
  ImportResult result =
      parse_status_xlsx(workbook, "th-a.xlsx", plan, Period{2021, Cadence::quarter, 1});
  (void)render_diagnostics_text(result.diagnostics, false);
  (void)render_diagnostics_json(result.diagnostics);
  return 0;
}
