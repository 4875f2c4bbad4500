#pragma once

#include <memory>

#include <nlohmann/json.hpp>

#include "load/fast_document.h"

namespace papi {

// A quick yes to "does this document satisfy its JSON Schema?", for the loader's fast path
// (docs/performance.md). valijson stays the validator that explains failures: this one only
// answers `true` when it is sure that valijson would find no failure, and `false` whenever the
// document fails or it is not sure (a keyword it does not know, a number it cannot compare
// exactly, ...); the loader then runs valijson as before. It follows valijson's own reading of
// draft-07 (strict types, numbers compared as doubles, lengths in code points, patterns with
// std::regex_search) and runs three-valued inside `not`, `if` and `oneOf`, so that "not sure"
// never turns into "sure" there.
class FastSchema {
 public:
  // Compiles a draft-07 schema document. Returns nullptr when it uses a keyword this checker
  // does not implement: then every document goes to valijson.
  static std::unique_ptr<FastSchema> compile(const nlohmann::json& schema);

  ~FastSchema();
  FastSchema(const FastSchema&) = delete;
  FastSchema& operator=(const FastSchema&) = delete;

  // True only when the document surely satisfies the schema. Safe to call from many threads.
  bool accepts(const FastDocument& document) const;

  struct Impl;

 private:
  explicit FastSchema(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace papi
