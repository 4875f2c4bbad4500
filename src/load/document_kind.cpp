#include "load/document_kind.h"

namespace papi {

std::optional<DocumentKind> parse_document_kind(std::string_view name) {
  for (DocumentKind kind : kDocumentKinds) {
    if (schema_name(kind) == name)
      return kind;
  }
  return std::nullopt;
}

std::string_view schema_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::plan:
      return "plan";
    case DocumentKind::units:
      return "units";
    case DocumentKind::tasks:
      return "tasks";
    case DocumentKind::status:
      return "status";
    case DocumentKind::report:
      return "report";
    case DocumentKind::inspection:
      return "inspection";
  }
  return "plan";
}

}  // namespace papi
