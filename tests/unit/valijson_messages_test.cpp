#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "load/valijson_messages.h"

using namespace papi;
namespace message = papi::valijson_message;

namespace {

// valijson's failure messages for `document` against `schema` (draft 7).
std::vector<std::string> failures(const char* schema_text, const char* document_text) {
  const nlohmann::json schema_json = nlohmann::json::parse(schema_text);
  const nlohmann::json document = nlohmann::json::parse(document_text);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document);
  validator.validate(schema, target, &results);
  std::vector<std::string> out;
  valijson::ValidationResults::Error error;
  while (results.popError(error))
    out.push_back(error.description);
  return out;
}

struct Case {
  std::string_view prefix;
  const char* schema;
  const char* document;
};

// One document per message papi reads, failing the way the plan's schemas make it fail.
const Case kCases[] = {
    {message::kItem, R"({"type": "array", "items": {"type": "string"}})", "[1]"},
    {message::kPropertyName, R"({"properties": {"a": {"type": "string"}}})", R"({"a": 1})"},
    {message::kConditional,
     R"({"if": {"properties": {"a": {"const": 1}}}, "then": {"required": ["b"]}})", R"({"a": 1})"},
    {message::kChild, R"({"allOf": [{"type": "string"}]})", "1"},
    {message::kAdditionalProperties, R"({"additionalProperties": {"type": "string"}})",
     R"({"x": 1})"},
    {message::kDependent, R"({"dependencies": {"a": {"required": ["b"]}}})", R"({"a": 1})"},
    {message::kPatternProperty, R"({"patternProperties": {"^x": {"type": "string"}}})",
     R"({"x": 1})"},
    {message::kAnyOf, R"({"anyOf": [{"type": "string"}, {"type": "boolean"}]})", "1"},
    {message::kOneOfNone, R"({"oneOf": [{"type": "string"}, {"type": "boolean"}]})", "1"},
    {message::kOneOfMany, R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})", "1"},
    {message::kUnknownProperty, R"({"properties": {}, "additionalProperties": false})",
     R"({"x": 1})"},
    {message::kMissingProperty, R"({"required": ["a"]})", "{}"},
    {message::kWrongType, R"({"type": "string"})", "1"},
    {message::kNotInEnum, R"({"enum": ["a"]})", R"("b")"},
    {message::kPattern, R"({"type": "string", "pattern": "^a$"})", R"("b")"},
    {message::kConst, R"({"const": "a"})", R"("b")"},
    {message::kTooShort, R"({"type": "string", "minLength": 2})", R"("a")"},
    {message::kNumber, R"({"maximum": 100})", "150"},
    {message::kArrayLength, R"({"type": "array", "minItems": 1})", "[]"},
    {message::kNot, R"({"not": {"type": "string"}})", R"("a")"},
    {message::kAtMost, R"({"maximum": 100})", "150"},
    {message::kBelow, R"({"exclusiveMaximum": 100})", "100"},
    {message::kAtLeast, R"({"minimum": 0})", "-1"},
    {message::kAbove, R"({"exclusiveMinimum": 0})", "0"},
};

bool any_starts_with(const std::vector<std::string>& messages, std::string_view prefix) {
  for (const std::string& m : messages) {
    if (m.rfind(prefix, 0) == 0)
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("valijson still words every failure papi translates the same way", "[valijson]") {
  for (const Case& c : kCases) {
    const std::vector<std::string> messages = failures(c.schema, c.document);
    INFO("prefix: " << c.prefix << "\nschema: " << c.schema << "\ndocument: " << c.document);
    for (const std::string& m : messages)
      UNSCOPED_INFO("valijson said: " << m);
    CHECK(any_starts_with(messages, c.prefix));
  }
}

TEST_CASE("every prefix papi reads has its case", "[valijson]") {
  std::set<std::string_view> tested;
  for (const Case& c : kCases)
    tested.insert(c.prefix);
  const std::set<std::string_view> read(std::begin(message::kAll), std::end(message::kAll));
  CHECK(tested == read);
}

TEST_CASE("the parts of valijson's messages that papi takes apart", "[valijson]") {
  // The limit of a bound, parsed back with strtod.
  CHECK(failures(R"({"maximum": 100})", "150") ==
        std::vector<std::string>{std::string(message::kAtMost) + "100.000000"});
  CHECK(failures(R"({"minimum": 0.5})", "0") ==
        std::vector<std::string>{std::string(message::kAtLeast) + "0.500000"});
  // The property names, taken from between quotes.
  const auto unknown =
      failures(R"({"properties": {}, "additionalProperties": false})", R"({"evidance": 1})");
  REQUIRE_FALSE(unknown.empty());
  CHECK(unknown.back().find("'evidance'") != std::string::npos);
  const auto missing = failures(R"({"required": ["unit"]})", "{}");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].find("'unit'") != std::string::npos);
}
