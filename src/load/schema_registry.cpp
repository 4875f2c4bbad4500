#include "load/schema_registry.h"

#include <map>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include "load/embedded_schemas.h"
#include "load/fast_schema.h"

namespace papi {

using Json = nlohmann::json;

namespace {

struct CompiledSchema {
  Json document;
  valijson::Schema schema;
  std::unique_ptr<FastSchema> fast;  // nullptr: the schema uses a keyword FastSchema lacks
};

const CompiledSchema& compiled_schema(DocumentKind kind) {
  static std::once_flag once;
  static std::map<DocumentKind, std::unique_ptr<CompiledSchema>> schemas;
  std::call_once(once, [] {
    for (DocumentKind k : kDocumentKinds) {
      auto compiled = std::make_unique<CompiledSchema>();
      compiled->document = Json::parse(embedded_schema(schema_name(k)));
      valijson::SchemaParser parser;
      valijson::adapters::NlohmannJsonAdapter adapter(compiled->document);
      parser.populateSchema(adapter, compiled->schema);
      compiled->fast = FastSchema::compile(compiled->document);
      schemas[k] = std::move(compiled);
    }
  });
  return *schemas.at(kind);
}

}  // namespace

const Json& schema_document(DocumentKind kind) {
  return compiled_schema(kind).document;
}

const valijson::Schema& valijson_schema(DocumentKind kind) {
  return compiled_schema(kind).schema;
}

bool surely_valid(DocumentKind kind, const FastDocument& document) {
  const CompiledSchema& compiled = compiled_schema(kind);
  return compiled.fast && compiled.fast->accepts(document);
}

bool has_fast_schema(DocumentKind kind) {
  return compiled_schema(kind).fast != nullptr;
}

}  // namespace papi
