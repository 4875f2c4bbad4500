#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_reader.h"

namespace papi {

// A YAML document in one flat array: the fast path of the loader (docs/performance.md).
//
// read_yaml builds an nlohmann::json value and a SourceNode tree, two trees of small heap
// objects per file. For the common, well-formed file the loader instead fills this structure
// straight from yaml-cpp's events: every node is one entry of `nodes` (the root first, then
// in document order), linked to its first child and next sibling, and every key and text
// value is a slice of `text`. Both arrays are kept from file to file by the thread that
// loads them, so that reading a file allocates almost nothing.
struct FastNode {
  enum class Kind : std::uint8_t { null, boolean, integer, real, text, sequence, mapping };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  Kind kind = Kind::null;
  bool boolean = false;
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in characters
  std::uint32_t key_line = 0;
  std::uint32_t key_column = 0;
  std::uint32_t key_begin = 0;  // mapping members: the key, in FastDocument::text
  std::uint32_t key_size = 0;
  std::uint32_t text_begin = 0;  // text values
  std::uint32_t text_size = 0;
  std::uint32_t first_child = kNone;
  std::uint32_t next_sibling = kNone;
  std::uint32_t children = 0;
  long long integer = 0;
  double real = 0;
};

class FastDocument {
 public:
  std::vector<FastNode> nodes;
  std::string text;

  void clear() {
    nodes.clear();
    text.clear();
  }
  const FastNode& root() const { return nodes.front(); }
  std::string_view key(const FastNode& node) const {
    return std::string_view(text).substr(node.key_begin, node.key_size);
  }
  std::string_view string(const FastNode& node) const {
    return std::string_view(text).substr(node.text_begin, node.text_size);
  }
  // The member `name` of a mapping, or nullptr.
  const FastNode* member(const FastNode& mapping, std::string_view name) const {
    if (mapping.kind != FastNode::Kind::mapping)
      return nullptr;
    for (std::uint32_t i = mapping.first_child; i != FastNode::kNone; i = nodes[i].next_sibling) {
      if (key(nodes[i]) == name)
        return &nodes[i];
    }
    return nullptr;
  }
};

// Fills `document` from `text` when the text is one plain document: no syntax error, no second
// document, no anchor or alias, no complex or repeated key, within `limits`. Returns false
// otherwise, and then the caller reads the text with read_yaml, which explains the problem
// exactly as before. Values are typed as read_yaml types them.
bool read_yaml_fast(std::string_view text, const YamlLimits& limits, FastDocument& document);

}  // namespace papi
