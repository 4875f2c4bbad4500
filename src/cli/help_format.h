#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

namespace papi {

// CLI11's help screen in the language of messages: its own words (Usage, OPTIONS, type names)
// translated, the rest as CLI11 lays it out.
std::shared_ptr<CLI::Formatter> translated_formatter();

// A parse error of CLI11 ("The following argument was not expected: --x") said in the language
// of messages, without the "papi: error:" prefix.
std::string reworded_parse_error(const CLI::ParseError& error);

}  // namespace papi
