#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/diagnostic.h"

namespace papi {

// Where each value of a document came from, mirroring the JSON value tree: sequence items in
// order, mapping members in document order with their keys.
struct SourceNode {
  unsigned line = 0;      // 1-based
  unsigned column = 0;    // 1-based, in characters
  unsigned key_line = 0;  // for a mapping member: where its key is
  unsigned key_column = 0;
  std::vector<std::string> keys;  // mapping members only, parallel to children
  std::vector<SourceNode> children;

  const SourceNode* member(std::string_view key) const;
  const SourceNode* item(std::size_t index) const;
};

struct YamlDocument {
  nlohmann::json value;  // typed by the YAML 1.2 core schema; quoted scalars stay strings
  SourceNode source;
};

// Bounds that keep hostile input from exhausting memory or time (docs/security.md).
struct YamlLimits {
  std::size_t max_depth = 64;
  std::size_t max_nodes = 2'000'000;
  std::size_t max_alias_nodes = 100'000;  // nodes produced by expanding aliases
  // Bytes of keys and texts produced by expanding aliases: one alias of a long text, repeated,
  // would otherwise multiply it past any memory (the CLI sets it to the file size limit).
  std::size_t max_alias_bytes = 16u * 1024 * 1024;
  std::size_t max_string_bytes = 64u * 1024;  // one key or text value, in bytes of UTF-8
};

struct YamlReadResult {
  std::optional<YamlDocument> document;  // absent when the text is empty or not valid YAML
  bool empty = false;                    // the file holds no document at all
  Diagnostics diagnostics;
};

// Parses one YAML document from `text` with yaml-cpp's event parser, building the JSON value
// directly (no yaml-cpp node tree). Reports duplicate keys, complex keys, aliases that expand
// past the limit, nesting past the limit and syntax errors, each located.
YamlReadResult read_yaml(std::string_view text, const std::string& file,
                         const YamlLimits& limits = {});

// The YAML 1.2 core schema typing of a plain (unquoted) scalar.
nlohmann::json type_plain_scalar(const std::string& text);

// The same typing without building a JSON value: what the scalar is, and its number.
struct PlainScalar {
  enum class Kind : unsigned char { null, boolean, integer, real, text };
  Kind kind = Kind::text;
  bool boolean = false;
  long long integer = 0;
  double real = 0;
};
PlainScalar classify_plain_scalar(const std::string& text);

}  // namespace papi
