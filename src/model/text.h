#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json_fwd.hpp>

namespace papi {

// Immutable text in 4 bytes, for the fields of the millions of records a country's reports
// hold (docs/performance.md): a std::string takes 32 bytes even when empty, and most record
// fields are empty or short. A Text is a number that names its characters in the process's
// text pool: short texts (task ids, states) are stored once however often they occur, longer
// ones once per Text made from them. The pool only grows: the text of every record loaded
// stays in memory until the program ends, which is what a command-line run needs.
//
// It reads like a std::string_view and converts to std::string, so code written for
// std::string fields keeps working. Copying a Text copies 4 bytes. Safe to make and read
// from many threads.
class Text {
 public:
  Text() noexcept = default;
  Text(std::string_view text) : id_(intern(text)) {}    // NOLINT: implicit, like std::string
  Text(const std::string& text) : id_(intern(text)) {}  // NOLINT
  Text(const char* text) : id_(intern(text)) {}         // NOLINT

  std::size_t size() const noexcept { return view().size(); }
  std::size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return id_ == 0; }
  const char* data() const noexcept { return view().data(); }
  const char* c_str() const noexcept { return data(); }  // always NUL-terminated
  std::string_view view() const noexcept { return id_ == 0 ? std::string_view("") : lookup(id_); }
  std::string str() const { return std::string(view()); }
  char operator[](std::size_t index) const noexcept { return view()[index]; }
  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  std::string substr(std::size_t position = 0, std::size_t count = std::string::npos) const {
    return std::string(view().substr(position, count));
  }
  std::size_t find(std::string_view part, std::size_t position = 0) const noexcept {
    return view().find(part, position);
  }
  std::size_t find(char c, std::size_t position = 0) const noexcept {
    return view().find(c, position);
  }
  std::size_t rfind(char c, std::size_t position = std::string::npos) const noexcept {
    return view().rfind(c, position);
  }
  bool starts_with(std::string_view prefix) const noexcept { return view().starts_with(prefix); }
  bool ends_with(std::string_view suffix) const noexcept { return view().ends_with(suffix); }

  operator std::string_view() const noexcept { return view(); }  // NOLINT
  operator std::string() const { return str(); }                 // NOLINT

  friend bool operator==(const Text& a, const Text& b) noexcept {
    return a.id_ == b.id_ || a.view() == b.view();
  }
  friend bool operator==(const Text& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Text& a, const std::string& b) noexcept { return a.view() == b; }
  friend bool operator==(const Text& a, const char* b) noexcept {
    return a.view() == std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) noexcept {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const Text& a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  friend std::strong_ordering operator<=>(const Text& a, const std::string& b) noexcept {
    return a.view() <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const Text& a, const char* b) noexcept {
    return a.view() <=> std::string_view(b);
  }

  friend std::string operator+(const Text& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const std::string& b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const char* b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const Text& b) { return a.str().append(b.view()); }
  friend std::string operator+(std::string_view a, const Text& b) {
    return std::string(a).append(b.view());
  }
  friend std::string operator+(const std::string& a, const Text& b) {
    return std::string(a).append(b.view());
  }
  friend std::string operator+(const char* a, const Text& b) {
    return std::string(a).append(b.view());
  }

 private:
  static std::uint32_t intern(std::string_view text);
  static std::string_view lookup(std::uint32_t id) noexcept;

  std::uint32_t id_ = 0;  // 0: the empty text
};

std::ostream& operator<<(std::ostream& out, const Text& text);
void to_json(nlohmann::json& json, const Text& text);

}  // namespace papi

template <>
struct std::hash<papi::Text> {
  std::size_t operator()(const papi::Text& text) const noexcept {
    return std::hash<std::string_view>{}(text.view());
  }
};

template <>
struct fmt::formatter<papi::Text> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const papi::Text& text, Context& context) const {
    return fmt::formatter<std::string_view>::format(text.view(), context);
  }
};
