#include "cli/help_format.h"

#include <regex>
#include <string_view>

#include "i18n/messages.h"

namespace papi {

namespace {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text)
    width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

class TranslatedFormatter : public CLI::Formatter {
 public:
  TranslatedFormatter() {
    for (std::string_view word :
         {tr_noop("Usage"), tr_noop("OPTIONS"), tr_noop("SUBCOMMAND"), tr_noop("Positionals"),
          tr_noop("REQUIRED"), tr_noop("TEXT"), tr_noop("UINT"), tr_noop("INT")}) {
      label(std::string(word), std::string(tr(word)));
    }
  }

  // CLI11 pads the first column by bytes; Vietnamese letters take two or three.
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    return row(make_option_name(option, is_positional) + make_option_opts(option),
               make_option_desc(option));
  }
  std::string make_subcommand(const CLI::App* command) const override {
    return row(command->get_display_name(true), command->get_description());
  }

  // CLI11 writes a type with its validator ("TEXT:{md,csv,json}"), which no label matches.
  std::string make_option_opts(const CLI::Option* option) const override {
    std::string text = CLI::Formatter::make_option_opts(option);
    for (std::string_view word : {"TEXT", "UINT", "INT"}) {
      const std::string typed = " " + std::string(word) + ":";
      if (text.rfind(typed, 0) == 0)
        return " " + std::string(tr(word)) + text.substr(typed.size() - 1);
    }
    return text;
  }

 private:
  // As CLI::detail::format_help, with the padding counted in characters.
  std::string row(const std::string& name, const std::string& description) const {
    const std::size_t width = get_column_width();
    const std::string left = "  " + name;
    std::string out = left;
    const std::size_t used = display_width(left);
    if (!description.empty()) {
      out += used >= width ? "\n" + std::string(width, ' ') : std::string(width - used, ' ');
      for (char c : description) {
        out += c;
        if (c == '\n')
          out += std::string(width, ' ');
      }
    }
    return out + "\n";
  }
};

std::string after(const std::string& text, std::string_view prefix) {
  return text.substr(prefix.size());
}

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.rfind(prefix, 0) == 0;
}

}  // namespace

std::shared_ptr<CLI::Formatter> translated_formatter() {
  return std::make_shared<TranslatedFormatter>();
}

std::string reworded_parse_error(const CLI::ParseError& error) {
  const std::string text = error.what();
  static constexpr std::string_view kOne = "The following argument was not expected: ";
  static constexpr std::string_view kMany = "The following arguments were not expected: ";
  if (starts_with(text, kOne))
    return trf("this argument is not an option of the command: {}", after(text, kOne));
  if (starts_with(text, kMany))
    return trf("these arguments are not options of the command: {}", after(text, kMany));
  std::smatch m;
  // IsMember: "--format: pdf not in {md,csv,json}"
  static const std::regex not_in(R"(^(\S+): (.*) not in \{(.*)\}$)");
  if (std::regex_match(text, m, not_in))
    return trf("{}: `{}` is not one of {}", m[1].str(), m[2].str(), m[3].str());
  // Range: "--jobs: Value 300 not in range 0 to 256"
  static const std::regex range(R"(^(\S+): Value (.*) not in range (\S+) to (\S+)$)");
  if (std::regex_match(text, m, range))
    return trf("{}: {} is not in the range {} to {}", m[1].str(), m[2].str(), m[3].str(),
               m[4].str());
  // ConversionError: "Could not convert: --year = abc"
  static const std::regex conversion(R"(^Could not convert: (\S+) = (.*)$)");
  if (std::regex_match(text, m, conversion))
    return trf("{}: `{}` is not a number", m[1].str(), m[2].str());
  static const std::regex not_allowed(R"(^The value (.*) is not an allowed value for (\S+)$)");
  if (std::regex_match(text, m, not_allowed))
    return trf("{}: `{}` is not a valid value", m[2].str(), m[1].str());
  // ArgumentMismatch: "--period: 1 required TEXT missing"
  static const std::regex missing_value(R"(^(\S+): \d+ required \S+ missing$)");
  if (std::regex_match(text, m, missing_value))
    return trf("{} needs a value", m[1].str());
  // RequiredError: "--period is required", "dir is required"
  static const std::regex required(R"(^(\S+) is required$)");
  if (std::regex_match(text, m, required))
    return trf("{} is required", m[1].str());
  if (text == "A subcommand is required")
    return std::string(tr("give a command: papi COMMAND ... (`papi --help` lists them)"));
  return text;
}

}  // namespace papi
