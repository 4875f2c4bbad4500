#include "load/schema_check.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "i18n/messages.h"
#include "load/schema_registry.h"
#include "load/valijson_messages.h"
#include "load/status_sheet.h"
#include "util/edit_distance.h"

namespace papi {

namespace {

using Json = nlohmann::json;

// One step of a path into the data: a mapping key or a sequence index.
struct Step {
  std::string key;
  bool is_index = false;
  std::size_t index = 0;
};

// valijson's context looks like {"<root>", "[records]", "[3]", "[state]"}. Whether "[3]" is an
// index or a key depends on the data at that point.
std::vector<Step> to_path(const std::vector<std::string>& context, const Json& root) {
  std::vector<Step> path;
  const Json* node = &root;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& part = context[i];
    Step step;
    step.key = part.size() >= 2 ? part.substr(1, part.size() - 2) : part;
    if (node && node->is_array()) {
      step.is_index = true;
      step.index = std::strtoul(step.key.c_str(), nullptr, 10);
      node = step.index < node->size() ? &(*node)[step.index] : nullptr;
    } else if (node && node->is_object() && node->contains(step.key)) {
      node = &(*node)[step.key];
    } else {
      node = nullptr;
    }
    path.push_back(std::move(step));
  }
  return path;
}

const Json* data_at(const Json& root, const std::vector<Step>& path) {
  const Json* node = &root;
  for (const Step& step : path) {
    if (step.is_index && node->is_array() && step.index < node->size()) {
      node = &(*node)[step.index];
    } else if (!step.is_index && node->is_object() && node->contains(step.key)) {
      node = &(*node)[step.key];
    } else {
      return nullptr;
    }
  }
  return node;
}

const SourceNode* source_at(const SourceNode& root, const std::vector<Step>& path) {
  const SourceNode* node = &root;
  for (const Step& step : path) {
    const SourceNode* next = step.is_index ? node->item(step.index) : node->member(step.key);
    if (!next)
      return node;  // the closest known place
    node = next;
  }
  return node;
}

const Json* resolve(const Json& schema_root, const Json* schema) {
  for (int guard = 0; schema && schema->is_object() && schema->contains("$ref") && guard < 8;
       ++guard) {
    const std::string ref = (*schema)["$ref"].get<std::string>();
    const std::string prefix = "#/definitions/";
    if (ref.rfind(prefix, 0) != 0)
      return schema;
    const Json& definitions = schema_root["definitions"];
    const std::string name = ref.substr(prefix.size());
    schema = definitions.contains(name) ? &definitions[name] : nullptr;
  }
  return schema;
}

// The subschema that describes the value at `path`, following properties, items and $ref.
const Json* schema_at(const Json& schema_root, const std::vector<Step>& path) {
  const Json* schema = resolve(schema_root, &schema_root);
  for (const Step& step : path) {
    if (!schema || !schema->is_object())
      return nullptr;
    if (step.is_index) {
      schema = schema->contains("items") ? &(*schema)["items"] : nullptr;
    } else if (schema->contains("properties") && (*schema)["properties"].contains(step.key)) {
      schema = &(*schema)["properties"][step.key];
    } else {
      return nullptr;
    }
    schema = resolve(schema_root, schema);
  }
  return schema;
}

// A description is written "English. / Vietnamese." (tests/i18n/check_messages.py): the half
// of the language of messages.
std::string in_language(const std::string& description) {
  const std::size_t separator = description.find(" / ");
  if (separator == std::string::npos)
    return description;
  return ui_language() == Language::vi ? description.substr(separator + 3)
                                       : description.substr(0, separator);
}

// The description a property carries where it is declared (it may sit next to a $ref).
std::string description_at(const Json& schema_root, const std::vector<Step>& path) {
  if (path.empty())
    return {};
  std::vector<Step> parent(path.begin(), path.end() - 1);
  const Json* container = schema_at(schema_root, parent);
  const Step& last = path.back();
  const Json* declared = nullptr;
  if (container && container->is_object()) {
    if (last.is_index && container->contains("items")) {
      declared = &(*container)["items"];
    } else if (!last.is_index && container->contains("properties") &&
               (*container)["properties"].contains(last.key)) {
      declared = &(*container)["properties"][last.key];
    }
  }
  for (const Json* schema : {declared, resolve(schema_root, declared)}) {
    if (schema && schema->is_object() && schema->contains("description")) {
      return in_language((*schema)["description"].get<std::string>());
    }
  }
  return {};
}

std::string describe_type(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return std::string(tr("nothing (an empty value)"));
    case Json::value_t::boolean:
      return trf("`{}` (true/false)", value.dump());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return trf("the number {}", value.dump());
    case Json::value_t::string:
      return std::string(tr("text"));
    case Json::value_t::array:
      return std::string(tr("a list"));
    case Json::value_t::object:
      return std::string(tr("a mapping (fields)"));
    default:
      return std::string(tr("a value"));
  }
}

std::string expected_type(const Json* schema) {
  if (!schema || !schema->contains("type"))
    return std::string(tr("another kind of value"));
  const Json& type = (*schema)["type"];
  const std::string name = type.is_string() ? type.get<std::string>() : std::string{};
  if (name == "string")
    return std::string(tr("text"));
  if (name == "integer")
    return std::string(tr("a whole number"));
  if (name == "number")
    return std::string(tr("a number"));
  if (name == "array")
    return std::string(tr("a list (lines starting with `- `)"));
  if (name == "object")
    return std::string(tr("a mapping (`field: value` lines)"));
  if (name == "boolean")
    return std::string(tr("true or false"));
  return name;
}

// A short rendering of a value for messages: text as is, others as YAML would show them.
std::string show_value(const Json& value) {
  if (value.is_string())
    return shown_value(value.get<std::string>());
  if (value.is_object())
    return "{...}";
  if (value.is_array())
    return "[...]";
  if (value.is_number_float() && !std::isfinite(value.get<double>())) {
    // JSON has no infinity or NaN (dump() writes null); show them as YAML writes them.
    const double number = value.get<double>();
    return std::isnan(number) ? ".nan" : number < 0 ? "-.inf" : ".inf";
  }
  return value.dump();
}

std::vector<std::string> property_names(const Json* schema) {
  std::vector<std::string> names;
  if (schema && schema->contains("properties")) {
    for (const auto& [name, _] : (*schema)["properties"].items())
      names.push_back(name);
  }
  return names;
}

// Fields a `not: {required: [...]}` anywhere under `schema` forbids.
void collect_forbidden(const Json& schema, std::set<std::string>& fields) {
  if (schema.is_object()) {
    if (schema.contains("not") && schema["not"].is_object() && schema["not"].contains("required")) {
      for (const Json& name : schema["not"]["required"])
        fields.insert(name.get<std::string>());
    }
    for (const auto& [key, child] : schema.items()) {
      if (key != "properties" && key != "definitions")
        collect_forbidden(child, fields);
    }
  } else if (schema.is_array()) {
    for (const Json& child : schema)
      collect_forbidden(child, fields);
  }
}

std::string quoted_between(const std::string& text, char quote = '\'') {
  const auto first = text.find(quote);
  const auto last = text.rfind(quote);
  if (first == std::string::npos || last <= first)
    return {};
  return text.substr(first + 1, last - first - 1);
}

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.rfind(prefix, 0) == 0;
}

bool is_wrapper(const std::string& description) {
  return std::any_of(std::begin(valijson_message::kWrappers), std::end(valijson_message::kWrappers),
                     [&](std::string_view w) { return starts_with(description, w); });
}

bool is_alternatives(const std::string& description) {
  return std::any_of(std::begin(valijson_message::kAlternatives),
                     std::end(valijson_message::kAlternatives),
                     [&](std::string_view w) { return starts_with(description, w); });
}

bool is_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& path) {
  return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

struct RawError {
  std::vector<std::string> context;
  std::string description;
};

// A bound of `minimum`/`maximum` as valijson words it: "Expected number less than or equal to
// 100.000000" (std::to_string of the limit).
struct NumberBound {
  bool upper = true;
  bool inclusive = true;
  double limit = 0;
};

std::optional<NumberBound> parse_number_bound(const std::string& text) {
  const auto& kForms = valijson_message::kBounds;
  for (std::size_t i = 0; i < std::size(kForms); ++i) {
    if (starts_with(text, kForms[i])) {
      NumberBound bound;
      bound.upper = i < 2;
      bound.inclusive = i % 2 == 0;
      bound.limit = std::strtod(text.c_str() + kForms[i].size(), nullptr);
      return bound;
    }
  }
  return std::nullopt;
}

// "at most 99", "above 0": the limit as people write it (100, not 100.000000).
std::string describe_bound(const NumberBound& bound) {
  if (bound.upper)
    return bound.inclusive ? trf("it must be at most {}", bound.limit)
                           : trf("it must be below {}", bound.limit);
  return bound.inclusive ? trf("it must be at least {}", bound.limit)
                         : trf("it must be above {}", bound.limit);
}

class Translator {
 public:
  Translator(const Json& schema_root, const YamlDocument& document, const std::string& file)
      : schema_root_(schema_root), document_(document), file_(file) {}

  Diagnostic translate(const RawError& error) const {
    const std::vector<Step> path = to_path(error.context, document_.value);
    const Json* value = data_at(document_.value, path);
    const Json* schema = schema_at(schema_root_, path);
    const SourceNode* where = source_at(document_.source, path);
    Diagnostic d = located(where->line, where->column);
    const std::string& text = error.description;
    const std::string field = path.empty() ? std::string{} : path.back().key;
    const std::string field_name = path.empty() || path.back().is_index
                                       ? std::string(tr("this value"))
                                       : fmt::format("`{}`", field);

    if (starts_with(text, valijson_message::kUnknownProperty)) {
      // "...constraints: 'staus'." names the field last.
      const std::string unknown = quoted_between(text.substr(text.rfind(": '") + 1));
      d.code = "unknown-field";
      d.message = trf("unknown field `{}`", shown_value(unknown));
      if (const SourceNode* member = where->member(unknown)) {
        d.line = member->key_line;
        d.column = member->key_column;
      }
      const std::vector<std::string> names = property_names(schema);
      const std::string suggestion = closest_match(unknown, names);
      d.hint = !suggestion.empty() ? trf("did you mean `{}`?", suggestion)
                                   : trf("the fields allowed here are: {}", fmt::join(names, ", "));
    } else if (starts_with(text, valijson_message::kMissingProperty)) {
      const std::string missing = quoted_between(text);
      d.code = "missing-field";
      d.message = trf("missing field `{}`", missing);
      std::vector<Step> child = path;
      child.push_back(Step{missing});
      d.hint = description_at(schema_root_, child);
    } else if (starts_with(text, valijson_message::kWrongType)) {
      d.code = "wrong-type";
      d.message = trf("{} must be {}, not {}", field_name, expected_type(schema),
                      value ? describe_type(*value) : std::string(tr("this value")));
      if (schema && schema->value("type", "") == "string" && value && !value->is_null() &&
          !value->is_structured()) {
        d.hint = trf("put the value in double quotes: \"{}\"", show_value(*value));
      } else {
        d.hint = description_at(schema_root_, path);
      }
    } else if (starts_with(text, valijson_message::kNotInEnum)) {
      d.code = "invalid-value";
      std::vector<std::string> allowed;
      if (schema && schema->contains("enum")) {
        for (const Json& option : (*schema)["enum"])
          allowed.push_back(show_value(option));
      }
      d.message = trf("`{}` is not a valid value for {}: use one of {}",
                      value ? show_value(*value) : "?", field_name, fmt::join(allowed, ", "));
      const std::string suggestion =
          value && value->is_string() ? closest_match(value->get<std::string>(), allowed) : "";
      const std::optional<TaskState> labelled = field == "state" && value && value->is_string()
                                                    ? parse_state_label(value->get<std::string>())
                                                    : std::nullopt;
      if (labelled && suggestion.empty()) {
        // A state written as the spreadsheet words it (`Hoàn thành`): the YAML value to write.
        d.hint = trf("write `state: {}`: a YAML file takes the value `{}`, not the label `{}`",
                     to_string(*labelled), to_string(*labelled), show_value(*value));
      } else {
        d.hint = suggestion.empty() ? description_at(schema_root_, path)
                                    : trf("did you mean `{}`?", suggestion);
      }
    } else if (starts_with(text, valijson_message::kPattern) ||
               starts_with(text, valijson_message::kConst) ||
               starts_with(text, valijson_message::kTooShort)) {
      d.code = "invalid-value";
      if (value && value->is_string() && value->get<std::string>().empty()) {
        d.message = trf("{} must not be empty", field_name);
      } else {
        d.message =
            trf("`{}` is not a valid value for {}", value ? show_value(*value) : "?", field_name);
      }
      d.hint = description_at(schema_root_, path);
    } else if (const auto bound = parse_number_bound(text)) {
      d.code = "invalid-value";
      if (value && value->is_number_float() && !std::isfinite(value->get<double>())) {
        // Worded as the model builder words it, so that the two say it once (load_document).
        d.message = trf("{} must be an ordinary number, not {}", field_name, show_value(*value));
        d.hint = tr("write a number such as 40");
      } else {
        d.message = trf("{} {} is out of range: {}", field_name, value ? show_value(*value) : "",
                        describe_bound(*bound));
        d.hint = description_at(schema_root_, path);
      }
    } else if (starts_with(text, valijson_message::kNumber) ||
               starts_with(text, valijson_message::kArrayLength)) {
      d.code = "invalid-value";
      d.message = trf("{} {} is out of range: {}", field_name, value ? show_value(*value) : "",
                      lowercase_first(text));
      d.hint = description_at(schema_root_, path);
    } else if (starts_with(text, valijson_message::kNot)) {
      d.code = "field-not-allowed";
      std::set<std::string> forbidden;
      if (schema)
        collect_forbidden(*schema, forbidden);
      std::string offending;
      for (const std::string& name : forbidden) {
        if (value && value->is_object() && value->contains(name)) {
          offending = name;
          break;
        }
      }
      if (!offending.empty()) {
        if (const SourceNode* member = where->member(offending)) {
          d.line = member->key_line;
          d.column = member->key_column;
        }
        d.message = trf("field `{}` is not allowed here", offending);
        std::vector<Step> child = path;
        child.push_back(Step{offending});
        d.hint = description_at(schema_root_, child);
      } else {
        d.message = tr("this combination of fields is not allowed");
      }
    } else if (is_alternatives(text)) {
      d.code = "invalid-value";
      d.message =
          trf("`{}` is not a valid value for {}", value ? show_value(*value) : "?", field_name);
      d.hint = description_at(schema_root_, path);
    } else {
      d.code = "schema";
      d.message = text;
    }
    return d;
  }

 private:
  static std::string lowercase_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
      text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
  }

  Diagnostic located(unsigned line, unsigned column) const {
    Diagnostic d;
    d.file = file_;
    d.line = line;
    d.column = column;
    return d;
  }

  const Json& schema_root_;
  const YamlDocument& document_;
  const std::string& file_;
};

}  // namespace

namespace {

// A number outside several bounds (`progress` 150: at most 100, and at most 99 for in_progress)
// is told once, with the tightest bound it breaks.
void drop_redundant_errors(std::vector<const RawError*>& kept) {
  // A value of the wrong type (a record written as a list) also fails the record's `not`
  // rules; only the type is worth saying.
  std::set<std::vector<std::string>> wrong_type;
  for (const RawError* e : kept) {
    if (starts_with(e->description, valijson_message::kWrongType))
      wrong_type.insert(e->context);
    // A `state` that is no state also breaks every rule that depends on the state
    // ("`completed` is only allowed when state is done"); only the state is worth saying.
    if (starts_with(e->description, "Failed to match against any enum values") &&
        !e->context.empty() && e->context.back() == "[state]") {
      wrong_type.insert(std::vector<std::string>(e->context.begin(), e->context.end() - 1));
    }
  }
  std::vector<const RawError*> result;
  std::map<std::vector<std::string>, std::size_t> tightest;  // context -> index in result
  for (const RawError* e : kept) {
    if (starts_with(e->description, valijson_message::kNot) && wrong_type.count(e->context) != 0) {
      continue;
    }
    const auto bound = parse_number_bound(e->description);
    if (!bound) {
      result.push_back(e);
      continue;
    }
    const auto [found, inserted] = tightest.emplace(e->context, result.size());
    if (inserted) {
      result.push_back(e);
      continue;
    }
    const auto other = parse_number_bound(result[found->second]->description);
    const bool tighter = other && other->upper == bound->upper &&
                         (bound->upper ? bound->limit < other->limit : bound->limit > other->limit);
    if (tighter)
      result[found->second] = e;
  }
  kept = std::move(result);
}

}  // namespace

Diagnostics check_against_schema(DocumentKind kind, const YamlDocument& document,
                                 const std::string& file) {
  // One validator per thread: it caches the compiled std::regex of every pattern, which costs
  // far more to build than to run (docs/performance.md).
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document.value);
  if (validator.validate(valijson_schema(kind), target, &results))
    return {};

  std::vector<RawError> errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    errors.push_back(RawError{error.context, error.description});
  }

  // Where a value matched none of several alternatives, the failures of each alternative say
  // little; keep the deeper ones (they come from the alternative of the right shape) or else
  // the one summary.
  std::vector<std::vector<std::string>> alternatives;
  for (const RawError& e : errors) {
    if (is_alternatives(e.description))
      alternatives.push_back(e.context);
  }
  std::vector<const RawError*> kept;
  std::set<std::pair<std::vector<std::string>, std::string>> seen;
  for (const RawError& e : errors) {
    if (is_wrapper(e.description))
      continue;
    bool hidden = false;
    for (const auto& context : alternatives) {
      if (is_alternatives(e.description) && e.context == context) {
        // The summary stays only when no deeper failure explains it.
        hidden = std::any_of(errors.begin(), errors.end(), [&](const RawError& other) {
          return !is_wrapper(other.description) && !is_alternatives(other.description) &&
                 other.context.size() > context.size() && is_prefix(context, other.context);
        });
      } else if (!is_alternatives(e.description) && e.context == context) {
        hidden = true;
      }
      if (hidden)
        break;
    }
    if (hidden || !seen.insert({e.context, e.description}).second)
      continue;
    kept.push_back(&e);
  }

  drop_redundant_errors(kept);

  Translator translator(schema_document(kind), document, file);
  Diagnostics diagnostics;
  for (const RawError* e : kept)
    diagnostics.push_back(translator.translate(*e));
  return diagnostics;
}

}  // namespace papi
