#include "load/fast_document.h"

#include <istream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "load/glued_comment.h"
#include "load/source_text.h"
#include "load/yaml_events.h"
#include "util/utf8.h"

namespace papi {

namespace {

// Thrown by the handler to stop the parser at the first thing the fast path does not take.
struct NotPlain {};

class FastBuilder : public YAML::EventHandler {
 public:
  FastBuilder(std::string_view text, const YamlLimits& limits, FastDocument& document)
      : text_(text), limits_(limits), document_(document) {}

  bool complete() const { return has_root_ && stack_.empty(); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    scalar(mark, anchor, std::string_view{}, nullptr);
  }

  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { throw NotPlain{}; }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const bool as_text = is_text_scalar(tag);
    if (value.size() > limits_.max_string_bytes)
      throw NotPlain{};
    if (as_text && !in_flow())
      reject_glued_comment(mark);
    if (as_text) {
      if (auto repaired = repaired_text_scalar(value)) {
        scalar(mark, anchor, *repaired, nullptr);
        return;
      }
    }
    scalar(mark, anchor, value, as_text ? nullptr : &value);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    collection_start(mark, anchor, FastNode::Kind::sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { collection_end(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    collection_start(mark, anchor, FastNode::Kind::mapping, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { collection_end(); }

 private:
  struct Frame {
    std::uint32_t node = 0;
    std::uint32_t last_child = FastNode::kNone;
    bool mapping = false;
    bool flow = false;
    bool has_key = false;
    std::uint32_t key_begin = 0;
    std::uint32_t key_size = 0;
    std::uint32_t key_line = 0;
    std::uint32_t key_column = 0;
  };

  std::uint32_t character_column(const YAML::Mark& mark) const {
    return papi::character_column(text_, mark);
  }

  void count_node() {
    // read_yaml counts every scalar (keys too) and every collection against max_nodes.
    if (++nodes_ > limits_.max_nodes)
      throw NotPlain{};
  }

  std::uint32_t append_text(std::string_view value) {
    const std::size_t begin = document_.text.size();
    if (begin + value.size() >= FastNode::kNone)
      throw NotPlain{};
    document_.text.append(value);
    return static_cast<std::uint32_t>(begin);
  }

  // A new node, linked into its parent (consuming the key waiting in a mapping).
  FastNode& new_node(const YAML::Mark& mark, FastNode::Kind kind) {
    if (document_.nodes.size() >= FastNode::kNone - 1)
      throw NotPlain{};
    const auto index = static_cast<std::uint32_t>(document_.nodes.size());
    FastNode& node = document_.nodes.emplace_back();
    node.kind = kind;
    node.line = static_cast<std::uint32_t>(mark.line + 1);
    node.column = character_column(mark);
    if (stack_.empty()) {
      if (has_root_)
        throw NotPlain{};
      has_root_ = true;
      return node;
    }
    Frame& parent = stack_.back();
    if (parent.mapping) {
      node.key_begin = parent.key_begin;
      node.key_size = parent.key_size;
      node.key_line = parent.key_line;
      node.key_column = parent.key_column;
      parent.has_key = false;
    }
    FastNode& parent_node = document_.nodes[parent.node];
    if (parent.last_child == FastNode::kNone) {
      parent_node.first_child = index;
    } else {
      document_.nodes[parent.last_child].next_sibling = index;
    }
    ++parent_node.children;
    parent.last_child = index;
    return node;
  }

  // A key read in a mapping: kept in the frame until its value comes.
  void take_key(Frame& frame, const YAML::Mark& mark, std::string_view key) {
    // A repeated key is an error that read_yaml explains.
    const FastNode& mapping = document_.nodes[frame.node];
    if (mapping.children > 64)
      throw NotPlain{};
    for (std::uint32_t i = mapping.first_child; i != FastNode::kNone;
         i = document_.nodes[i].next_sibling) {
      if (document_.key(document_.nodes[i]) == key)
        throw NotPlain{};
    }
    frame.has_key = true;
    frame.key_begin = append_text(key);
    frame.key_size = static_cast<std::uint32_t>(key.size());
    frame.key_line = static_cast<std::uint32_t>(mark.line + 1);
    frame.key_column = character_column(mark);
  }

  // `plain` is the scalar to type by the core schema, or nullptr for text (and null).
  void scalar(const YAML::Mark& mark, YAML::anchor_t anchor, std::string_view value,
              const std::string* plain) {
    if (anchor != 0)
      throw NotPlain{};
    count_node();
    if (!stack_.empty() && stack_.back().mapping && !stack_.back().has_key) {
      take_key(stack_.back(), mark, value);
      return;
    }
    const bool is_null = plain == nullptr && value.data() == nullptr;
    if (is_null) {
      new_node(mark, FastNode::Kind::null);
      return;
    }
    if (plain) {
      const PlainScalar typed = classify_plain_scalar(*plain);
      switch (typed.kind) {
        case PlainScalar::Kind::null:
          new_node(mark, FastNode::Kind::null);
          return;
        case PlainScalar::Kind::boolean:
          new_node(mark, FastNode::Kind::boolean).boolean = typed.boolean;
          return;
        case PlainScalar::Kind::integer:
          new_node(mark, FastNode::Kind::integer).integer = typed.integer;
          return;
        case PlainScalar::Kind::real:
          new_node(mark, FastNode::Kind::real).real = typed.real;
          return;
        case PlainScalar::Kind::text:
          break;
      }
    }
    const std::uint32_t begin = append_text(value);
    FastNode& node = new_node(mark, FastNode::Kind::text);
    node.text_begin = begin;
    node.text_size = static_cast<std::uint32_t>(value.size());
  }

  bool in_flow() const { return !stack_.empty() && stack_.back().flow; }

  // A `#` glued to a quoted scalar or flow collection: read_yaml explains it.
  void reject_glued_comment(const YAML::Mark& mark) const {
    if (mark.pos >= 0 &&
        find_glued_comment(text_, static_cast<std::size_t>(mark.pos)) != std::string_view::npos)
      throw NotPlain{};
  }

  void collection_start(const YAML::Mark& mark, YAML::anchor_t anchor, FastNode::Kind kind,
                        bool flow) {
    if (anchor != 0)
      throw NotPlain{};
    if (flow && !in_flow())
      reject_glued_comment(mark);
    if (stack_.size() >= limits_.max_depth)
      throw NotPlain{};
    if (!stack_.empty() && stack_.back().mapping && !stack_.back().has_key)
      throw NotPlain{};  // a list or mapping as a key
    count_node();
    new_node(mark, kind);
    Frame frame;
    frame.node = static_cast<std::uint32_t>(document_.nodes.size() - 1);
    frame.mapping = kind == FastNode::Kind::mapping;
    frame.flow = flow;
    stack_.push_back(frame);
  }

  void collection_end() {
    if (stack_.empty())
      throw NotPlain{};
    stack_.pop_back();
  }

  std::string_view text_;
  const YamlLimits& limits_;
  FastDocument& document_;
  std::vector<Frame> stack_;
  std::size_t nodes_ = 0;
  bool has_root_ = false;
};

}  // namespace

bool read_yaml_fast(std::string_view text, const YamlLimits& limits, FastDocument& document) {
  document.clear();
  FastBuilder builder(text, limits, document);
  try {
    const FirstDocument parsed = parse_first_document(text, builder);
    if (!parsed.found || parsed.second)
      return false;  // no document or a second one: read_yaml reports them
  } catch (const NotPlain&) {
    return false;
  } catch (const YAML::Exception&) {
    return false;
  }
  return builder.complete();
}

}  // namespace papi
