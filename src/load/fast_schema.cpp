#include "load/fast_schema.h"
#include "util/utf8.h"

#include <atomic>
#include <cmath>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace papi {

namespace {

using Json = nlohmann::json;

// Sure pass, sure fail, or not sure.
enum class Tri : unsigned char { fail, pass, unsure };

Tri negate(Tri value) {
  return value == Tri::pass ? Tri::fail : value == Tri::fail ? Tri::pass : Tri::unsure;
}

enum TypeBit : unsigned {
  kNull = 1u << 0,
  kBoolean = 1u << 1,
  kObject = 1u << 2,
  kArray = 1u << 3,
  kNumber = 1u << 4,
  kString = 1u << 5,
  kInteger = 1u << 6,
};

// A compiled pattern. `id` keys its cached verdicts: unlike the pattern's address, which the
// next schema compiled after this one is freed may get, an id is never given twice.
struct Pattern {
  Pattern() : id(next_id.fetch_add(1, std::memory_order_relaxed)) {}
  std::uint64_t id;
  std::string source;
  std::regex regex;

 private:
  static inline std::atomic<std::uint64_t> next_id{0};
};

struct Rule {
  bool unsure = false;  // a keyword value this checker cannot decide on (e.g. a structured const)
  unsigned types = 0;   // 0: no type constraint
  std::vector<std::string> required;
  bool checks_properties = false;  // properties or additionalProperties present
  std::vector<std::pair<std::string, const Rule*>> properties;
  bool forbid_additional = false;
  const Rule* additional = nullptr;
  const Rule* items = nullptr;
  std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum;
  std::optional<std::uint64_t> min_length, max_length, min_items, max_items;
  const Pattern* pattern = nullptr;
  std::optional<Json> constant;
  std::optional<std::vector<Json>> allowed;  // enum
  std::vector<const Rule*> all_of, any_of, one_of;
  const Rule* negated = nullptr;
  const Rule* condition = nullptr;
  const Rule* then_rule = nullptr;
  const Rule* else_rule = nullptr;
  const Rule* ref = nullptr;
};

struct Unsupported {};

class Compiler {
 public:
  Compiler(const Json& root, std::deque<Rule>& rules, std::deque<Pattern>& patterns)
      : root_(root), rules_(rules), patterns_(patterns) {}

  const Rule* compile(const Json& schema, bool is_root) {
    if (!schema.is_object())
      throw Unsupported{};
    static const std::set<std::string, std::less<>> kAnnotations = {
        "$schema", "$comment", "title", "description", "definitions", "examples", "default"};
    Rule& rule = rules_.emplace_back();
    for (const auto& [key, value] : schema.items()) {
      if (kAnnotations.count(key))
        continue;
      if (key == "$id") {
        if (!is_root)
          throw Unsupported{};  // would move the base of $ref
        continue;
      }
      if (key == "$ref") {
        rule.ref = reference(value);
      } else if (key == "type") {
        rule.types = types(value);
      } else if (key == "required") {
        if (!value.is_array())
          throw Unsupported{};
        for (const Json& name : value) {
          if (!name.is_string())
            throw Unsupported{};
          rule.required.push_back(name.get<std::string>());
        }
      } else if (key == "properties") {
        if (!value.is_object())
          throw Unsupported{};
        rule.checks_properties = true;
        for (const auto& [name, child] : value.items())
          rule.properties.emplace_back(name, compile(child, false));
      } else if (key == "additionalProperties") {
        rule.checks_properties = true;
        if (value.is_boolean()) {
          rule.forbid_additional = !value.get<bool>();
        } else {
          rule.additional = compile(value, false);
        }
      } else if (key == "items") {
        rule.items = compile(value, false);  // the array (tuple) form is not supported
      } else if (key == "pattern") {
        if (!value.is_string())
          throw Unsupported{};
        Pattern& pattern = patterns_.emplace_back();
        pattern.source = value.get<std::string>();
        try {
          pattern.regex = std::regex(pattern.source);
        } catch (const std::regex_error&) {
          throw Unsupported{};
        }
        rule.pattern = &pattern;
      } else if (key == "const") {
        rule.constant = value;
      } else if (key == "enum") {
        if (!value.is_array())
          throw Unsupported{};
        rule.allowed = std::vector<Json>(value.begin(), value.end());
      } else if (key == "minimum") {
        rule.minimum = number(value);
      } else if (key == "maximum") {
        rule.maximum = number(value);
      } else if (key == "exclusiveMinimum") {
        rule.exclusive_minimum = number(value);
      } else if (key == "exclusiveMaximum") {
        rule.exclusive_maximum = number(value);
      } else if (key == "minLength") {
        rule.min_length = count(value);
      } else if (key == "maxLength") {
        rule.max_length = count(value);
      } else if (key == "minItems") {
        rule.min_items = count(value);
      } else if (key == "maxItems") {
        rule.max_items = count(value);
      } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
        if (!value.is_array() || value.empty())
          throw Unsupported{};
        auto& list = key == "allOf" ? rule.all_of : key == "anyOf" ? rule.any_of : rule.one_of;
        for (const Json& child : value)
          list.push_back(compile(child, false));
      } else if (key == "not") {
        rule.negated = compile(value, false);
      } else if (key == "if") {
        rule.condition = compile(value, false);
      } else if (key == "then") {
        rule.then_rule = compile(value, false);
      } else if (key == "else") {
        rule.else_rule = compile(value, false);
      } else {
        throw Unsupported{};  // format, patternProperties, dependencies, contains, ...
      }
    }
    if (rule.ref) {
      // draft-07 ignores the siblings of $ref; rather than guess what valijson does, only a
      // $ref next to annotations is taken.
      for (const auto& [key, value] : schema.items()) {
        if (key != "$ref" && !kAnnotations.count(key) && key != "$id")
          throw Unsupported{};
      }
    }
    if (!rule.condition && (rule.then_rule || rule.else_rule))
      rule.then_rule = rule.else_rule = nullptr;  // then/else without if mean nothing
    return &rule;
  }

 private:
  const Rule* reference(const Json& value) {
    if (!value.is_string())
      throw Unsupported{};
    const std::string ref = value.get<std::string>();
    const std::string prefix = "#/definitions/";
    if (ref.rfind(prefix, 0) != 0)
      throw Unsupported{};
    const std::string name = ref.substr(prefix.size());
    if (name.find_first_of("/~%") != std::string::npos)
      throw Unsupported{};
    if (auto found = definitions_.find(name); found != definitions_.end()) {
      if (!found->second)
        throw Unsupported{};  // a definition that refers to itself while being compiled
      return found->second;
    }
    if (!root_.contains("definitions") || !root_["definitions"].contains(name))
      throw Unsupported{};
    definitions_[name] = nullptr;
    const Rule* rule = compile(root_["definitions"][name], false);
    definitions_[name] = rule;
    return rule;
  }

  static unsigned type_bit(const Json& name) {
    if (!name.is_string())
      throw Unsupported{};
    const std::string text = name.get<std::string>();
    if (text == "null")
      return kNull;
    if (text == "boolean")
      return kBoolean;
    if (text == "object")
      return kObject;
    if (text == "array")
      return kArray;
    if (text == "number")
      return kNumber;
    if (text == "string")
      return kString;
    if (text == "integer")
      return kInteger;
    throw Unsupported{};
  }

  static unsigned types(const Json& value) {
    if (value.is_string())
      return type_bit(value);
    if (!value.is_array() || value.empty())
      throw Unsupported{};
    unsigned bits = 0;
    for (const Json& name : value)
      bits |= type_bit(name);
    return bits;
  }

  static double number(const Json& value) {
    if (!value.is_number())
      throw Unsupported{};
    const double result = value.get<double>();
    if (!std::isfinite(result))
      throw Unsupported{};
    return result;
  }

  static std::uint64_t count(const Json& value) {
    if (!value.is_number_integer() || value.get<long long>() < 0)
      throw Unsupported{};
    return value.get<std::uint64_t>();
  }

  const Json& root_;
  std::deque<Rule>& rules_;
  std::deque<Pattern>& patterns_;
  std::map<std::string, const Rule*> definitions_;
};

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

// Per thread: the verdict of each pattern on the texts seen, because the same task ids, dates
// and periods come back in every file and std::regex_search costs far more than a lookup.
class PatternMemo {
 public:
  bool search(const Pattern& pattern, std::string_view text) {
    if (memos_.size() >= kMaxPatterns && !memos_.contains(pattern.id))
      memos_.clear();  // patterns of schemas freed meanwhile, most likely
    auto& memo = memos_[pattern.id];
    if (auto found = memo.find(text); found != memo.end())
      return found->second;
    const bool matched = std::regex_search(text.begin(), text.end(), pattern.regex);
    if (memo.size() < kMaxEntries)
      memo.emplace(std::string(text), matched);
    return matched;
  }

 private:
  static constexpr std::size_t kMaxEntries = 4096;
  static constexpr std::size_t kMaxPatterns = 256;
  std::unordered_map<std::uint64_t,
                     std::unordered_map<std::string, bool, StringHash, std::equal_to<>>>
      memos_;
};

class Checker {
 public:
  explicit Checker(const FastDocument& document) : document_(document) {}

  Tri check(const Rule& rule, const FastNode& node) {
    Tri result = Tri::pass;
    // Every constraint must pass: the first sure failure decides, "not sure" is remembered.
    auto meet = [&result](Tri value) {
      if (value == Tri::unsure)
        result = Tri::unsure;
      return value == Tri::fail;
    };
    if (rule.unsure && meet(Tri::unsure))
      return Tri::fail;
    if (rule.ref && meet(check(*rule.ref, node)))
      return Tri::fail;
    if (rule.types && meet(check_type(rule.types, node)))
      return Tri::fail;
    if (rule.constant && meet(equal(*rule.constant, node)))
      return Tri::fail;
    if (rule.allowed && meet(one_of_values(*rule.allowed, node)))
      return Tri::fail;
    switch (node.kind) {
      case FastNode::Kind::mapping:
        if (meet(check_mapping(rule, node)))
          return Tri::fail;
        break;
      case FastNode::Kind::sequence:
        if (meet(check_sequence(rule, node)))
          return Tri::fail;
        break;
      case FastNode::Kind::text:
        if (meet(check_text(rule, node)))
          return Tri::fail;
        break;
      case FastNode::Kind::integer:
      case FastNode::Kind::real:
        if (meet(check_number(rule, node)))
          return Tri::fail;
        break;
      default:
        break;
    }
    for (const Rule* child : rule.all_of) {
      if (meet(check(*child, node)))
        return Tri::fail;
    }
    if (!rule.any_of.empty()) {
      Tri any = Tri::fail;
      for (const Rule* child : rule.any_of) {
        const Tri value = check(*child, node);
        if (value == Tri::pass) {
          any = Tri::pass;
          break;
        }
        if (value == Tri::unsure)
          any = Tri::unsure;
      }
      if (meet(any))
        return Tri::fail;
    }
    if (!rule.one_of.empty()) {
      std::size_t passed = 0;
      bool unsure = false;
      for (const Rule* child : rule.one_of) {
        const Tri value = check(*child, node);
        passed += value == Tri::pass ? 1 : 0;
        unsure = unsure || value == Tri::unsure;
      }
      const Tri one = passed > 1    ? Tri::fail
                      : unsure      ? Tri::unsure
                      : passed == 1 ? Tri::pass
                                    : Tri::fail;
      if (meet(one))
        return Tri::fail;
    }
    if (rule.negated && meet(negate(check(*rule.negated, node))))
      return Tri::fail;
    if (rule.condition) {
      const Tri condition = check(*rule.condition, node);
      Tri branch = Tri::pass;
      if (condition == Tri::unsure) {
        branch = Tri::unsure;
      } else if (condition == Tri::pass) {
        branch = rule.then_rule ? check(*rule.then_rule, node) : Tri::pass;
      } else {
        branch = rule.else_rule ? check(*rule.else_rule, node) : Tri::pass;
      }
      if (meet(branch))
        return Tri::fail;
    }
    return result;
  }

 private:
  static unsigned type_of(const FastNode& node) {
    switch (node.kind) {
      case FastNode::Kind::null:
        return kNull;
      case FastNode::Kind::boolean:
        return kBoolean;
      case FastNode::Kind::integer:
        return kInteger | kNumber;
      case FastNode::Kind::real:
        return kNumber;
      case FastNode::Kind::text:
        return kString;
      case FastNode::Kind::sequence:
        return kArray;
      case FastNode::Kind::mapping:
        return kObject;
    }
    return 0;
  }

  static bool finite_real(const FastNode& node) {
    return node.kind != FastNode::Kind::real || std::isfinite(node.real);
  }

  static double as_double(const FastNode& node) {
    return node.kind == FastNode::Kind::integer ? static_cast<double>(node.integer) : node.real;
  }

  static Tri check_type(unsigned types, const FastNode& node) {
    if (!finite_real(node))
      return Tri::unsure;
    return (types & type_of(node)) != 0 ? Tri::pass : Tri::fail;
  }

  // valijson's strict equalTo, the schema's value first.
  Tri equal(const Json& expected, const FastNode& node) const {
    if (!finite_real(node))
      return Tri::unsure;
    if (expected.is_null())
      return node.kind == FastNode::Kind::null ? Tri::pass : Tri::fail;
    if (expected.is_boolean()) {
      return node.kind == FastNode::Kind::boolean && node.boolean == expected.get<bool>()
                 ? Tri::pass
                 : Tri::fail;
    }
    if (expected.is_number()) {
      if (node.kind != FastNode::Kind::integer && node.kind != FastNode::Kind::real)
        return Tri::fail;
      const double value = expected.is_number_float()
                               ? expected.get<double>()
                               : static_cast<double>(expected.get<std::int64_t>());
      if (!std::isfinite(value))
        return Tri::unsure;
      return as_double(node) == value ? Tri::pass : Tri::fail;
    }
    if (expected.is_string()) {
      return node.kind == FastNode::Kind::text &&
                     document_.string(node) == expected.get_ref<const std::string&>()
                 ? Tri::pass
                 : Tri::fail;
    }
    return Tri::unsure;  // arrays and objects: not compared here
  }

  Tri one_of_values(const std::vector<Json>& allowed, const FastNode& node) const {
    Tri result = Tri::fail;
    for (const Json& value : allowed) {
      const Tri matched = equal(value, node);
      if (matched == Tri::pass)
        return Tri::pass;
      if (matched == Tri::unsure)
        result = Tri::unsure;
    }
    return result;
  }

  Tri check_mapping(const Rule& rule, const FastNode& node) {
    for (const std::string& name : rule.required) {
      if (!document_.member(node, name))
        return Tri::fail;
    }
    if (!rule.checks_properties)
      return Tri::pass;
    Tri result = Tri::pass;
    for (std::uint32_t i = node.first_child; i != FastNode::kNone;
         i = document_.nodes[i].next_sibling) {
      const FastNode& member = document_.nodes[i];
      const std::string_view key = document_.key(member);
      const Rule* applies = nullptr;
      bool declared = false;
      for (const auto& [name, child] : rule.properties) {
        if (name == key) {
          applies = child;
          declared = true;
          break;
        }
      }
      if (!declared) {
        if (rule.forbid_additional)
          return Tri::fail;
        applies = rule.additional;
      }
      if (applies) {
        const Tri value = check(*applies, member);
        if (value == Tri::fail)
          return Tri::fail;
        if (value == Tri::unsure)
          result = Tri::unsure;
      }
    }
    return result;
  }

  Tri check_sequence(const Rule& rule, const FastNode& node) {
    if (rule.min_items && node.children < *rule.min_items)
      return Tri::fail;
    if (rule.max_items && node.children > *rule.max_items)
      return Tri::fail;
    if (!rule.items)
      return Tri::pass;
    Tri result = Tri::pass;
    for (std::uint32_t i = node.first_child; i != FastNode::kNone;
         i = document_.nodes[i].next_sibling) {
      const Tri value = check(*rule.items, document_.nodes[i]);
      if (value == Tri::fail)
        return Tri::fail;
      if (value == Tri::unsure)
        result = Tri::unsure;
    }
    return result;
  }

  Tri check_text(const Rule& rule, const FastNode& node) {
    const std::string_view text = document_.string(node);
    if (rule.min_length || rule.max_length) {
      // valijson counts code points of the C string: a NUL would end it early.
      if (text.find('\0') != std::string_view::npos)
        return Tri::unsure;
      const std::uint64_t length = utf8_length(text);
      if (rule.min_length && length < *rule.min_length)
        return Tri::fail;
      if (rule.max_length && length > *rule.max_length)
        return Tri::fail;
    }
    if (rule.pattern && !memo().search(*rule.pattern, text))
      return Tri::fail;
    return Tri::pass;
  }

  static Tri check_number(const Rule& rule, const FastNode& node) {
    if (!finite_real(node))
      return Tri::unsure;
    const double value = as_double(node);
    if (rule.minimum && value < *rule.minimum)
      return Tri::fail;
    if (rule.maximum && value > *rule.maximum)
      return Tri::fail;
    if (rule.exclusive_minimum && value <= *rule.exclusive_minimum)
      return Tri::fail;
    if (rule.exclusive_maximum && value >= *rule.exclusive_maximum)
      return Tri::fail;
    return Tri::pass;
  }

  static PatternMemo& memo() {
    thread_local PatternMemo instance;
    return instance;
  }

  const FastDocument& document_;
};

}  // namespace

struct FastSchema::Impl {
  std::deque<Rule> rules;
  std::deque<Pattern> patterns;
  const Rule* root = nullptr;
};

FastSchema::FastSchema(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FastSchema::~FastSchema() = default;

std::unique_ptr<FastSchema> FastSchema::compile(const nlohmann::json& schema) {
  auto impl = std::make_unique<Impl>();
  try {
    Compiler compiler(schema, impl->rules, impl->patterns);
    impl->root = compiler.compile(schema, true);
  } catch (const Unsupported&) {
    return nullptr;
  }
  return std::unique_ptr<FastSchema>(new FastSchema(std::move(impl)));
}

bool FastSchema::accepts(const FastDocument& document) const {
  if (document.nodes.empty())
    return false;
  Checker checker(document);
  return checker.check(*impl_->root, document.root()) == Tri::pass;
}

}  // namespace papi
