#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/location.h"
#include "model/period.h"

namespace papi {

// plan.yaml `document`: how the office heads the documents it issues (Decree 30/2020/NĐ-CP;
// docs/documents.md). Every field is optional.
struct DocumentStyle {
  std::string parent_body;  // "UBND HUYỆN VĂN GIANG"
  std::string issuer_code;  // "PGDĐT" in "Số: 05/BC-PGDĐT"
  std::string place;        // "Văn Giang" in "Văn Giang, ngày 05 tháng 7 năm 2021"
  std::string signer;       // empty: the plan's signer
  std::vector<std::string> signer_title;  // one line or two ("KT. TRƯỞNG PHÒNG", ...)
  std::vector<std::string> report_to;     // "Kính gửi"
  std::vector<std::string> report_cc;     // "Nơi nhận"
  Location location;

  bool operator==(const DocumentStyle&) const = default;
};

// One section of prose that the office writes into its report.
struct ReportSection {
  std::string title;
  std::string text;

  bool operator==(const ReportSection&) const = default;
};

// reports/<period>.yaml: the part of the office's report for a period that people write.
struct OfficeReport {
  int schema_version = 1;
  Period period;
  std::string period_text;  // as written in the file
  std::string file_period;  // the file name without .yaml
  std::string number;       // empty: left blank for the clerk
  std::optional<Date> date;
  std::optional<Date> as_of;
  std::optional<std::vector<std::string>> report_to;
  std::optional<std::vector<std::string>> report_cc;
  std::optional<std::string> signer;
  std::optional<std::vector<std::string>> signer_title;
  std::string title;  // empty: built from the plan
  std::vector<ReportSection> sections;
  Location location;
  Location period_location;
  Location date_location;
  Location as_of_location;
  Location schema_version_location;

  bool operator==(const OfficeReport&) const = default;
};

}  // namespace papi
