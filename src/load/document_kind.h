#pragma once

#include <optional>
#include <string_view>

namespace papi {

// The kinds of YAML file of a plan folder, each with its schema in schemas/.
enum class DocumentKind { plan, units, tasks, status, report, inspection };
inline constexpr DocumentKind kDocumentKinds[] = {DocumentKind::plan, DocumentKind::units,
                                                  DocumentKind::tasks, DocumentKind::status,
                                                  DocumentKind::report, DocumentKind::inspection};

// The schema's name: "plan" for schemas/plan.schema.json, and so on.
std::string_view schema_name(DocumentKind kind);
// The kind of a schema name; nothing for another name.
std::optional<DocumentKind> parse_document_kind(std::string_view name);

}  // namespace papi
