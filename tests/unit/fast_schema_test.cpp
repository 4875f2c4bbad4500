#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "load/fast_document.h"
#include "load/fast_schema.h"

using namespace papi;

namespace {

FastDocument document(const std::string& yaml) {
  FastDocument parsed;
  REQUIRE(read_yaml_fast(yaml, YamlLimits{}, parsed));
  return parsed;
}

std::unique_ptr<FastSchema> schema_with_pattern(const std::string& pattern) {
  auto schema = FastSchema::compile(nlohmann::json{{"type", "string"}, {"pattern", pattern}});
  REQUIRE(schema);
  return schema;
}

}  // namespace

TEST_CASE("fast schema: a pattern's verdicts never outlive its schema", "[fast_schema]") {
  // The verdict cache is per thread and outlives any schema. A schema compiled after another was
  // freed gets its patterns at the addresses the old ones had, most often; the cache must not
  // hand it their verdicts. Several rounds, so that an address is surely reused at least once.
  const FastDocument zero = document("\"0\"\n");
  const FastDocument letter = document("\"x\"\n");
  for (int round = 0; round < 8; ++round) {
    {
      const auto digit = schema_with_pattern("^\\d$");
      CHECK(digit->accepts(zero));
      CHECK_FALSE(digit->accepts(letter));
    }
    {
      const auto not_digit = schema_with_pattern("^\\D$");
      CHECK_FALSE(not_digit->accepts(zero));
      CHECK(not_digit->accepts(letter));
    }
  }
}

TEST_CASE("fast schema: two live schemas with different patterns keep their own verdicts",
          "[fast_schema]") {
  const auto digit = schema_with_pattern("^\\d$");
  const auto not_digit = schema_with_pattern("^\\D$");
  const FastDocument zero = document("\"0\"\n");
  CHECK(digit->accepts(zero));
  CHECK_FALSE(not_digit->accepts(zero));
  CHECK(digit->accepts(zero));
}
