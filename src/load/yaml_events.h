#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

namespace papi {

// What both YAML readers (read_yaml and read_yaml_fast) share to drive yaml-cpp's event parser
// and read its events the same way.

// What parse_first_document found.
struct FirstDocument {
  bool found = false;                // `text` holds a document (it went to the handler)
  std::optional<YAML::Mark> second;  // where a second document starts, if there is one
};

// Parses the first YAML document of `text` into `handler`, then looks for a second one.
// yaml-cpp's exceptions (syntax, YAML::DeepRecursion) and the handler's go to the caller.
FirstDocument parse_first_document(std::string_view text, YAML::EventHandler& handler);

// Whether yaml-cpp's tag says the scalar was quoted or a block (text, whatever it reads like):
// yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
inline bool is_text_scalar(const std::string& tag) {
  return tag == "!" || tag == "tag:yaml.org,2002:str";
}

// The text of a quoted scalar made valid UTF-8, when yaml-cpp decoded its \N or \_ escapes into
// stray bytes (repair_decoded_escapes); nothing when `value` is valid as it is.
std::optional<std::string> repaired_text_scalar(const std::string& value);

// The 1-based column of `mark` in characters: yaml-cpp counts bytes.
unsigned character_column(std::string_view text, const YAML::Mark& mark);

}  // namespace papi
