#include "load/glued_comment.h"

namespace papi {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

// The offset just past the quoted scalar opening at `start`, or npos when it is not closed.
std::size_t end_of_quoted(std::string_view text, std::size_t start) {
  const char quote = text[start];
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // the escaped character, a quote or a backslash included
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
        ++i;  // '' is a quote inside single quotes
      else
        return i + 1;
    }
  }
  return kNone;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool glued_at(std::string_view text, std::size_t i) {
  return i < text.size() && text[i] == '#';
}

// Scans the flow collection opening at `start`.
std::size_t glued_in_flow(std::string_view text, std::size_t start) {
  std::size_t depth = 0;
  char previous = ' ';  // the last character that was not white space, or ' ' after a space
  for (std::size_t i = start; i < text.size();) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      ++depth;
      previous = c;
      ++i;
    } else if (c == ']' || c == '}') {
      ++i;
      if (glued_at(text, i))
        return i;
      if (--depth == 0)
        return kNone;
      previous = c;
    } else if ((c == '"' || c == '\'') && (previous == ' ' || previous == '[' || previous == '{' ||
                                           previous == ',' || previous == ':')) {
      i = end_of_quoted(text, i);
      if (i == kNone)
        return kNone;
      if (glued_at(text, i))
        return i;
      previous = c;
    } else if (c == '#' && previous == ' ') {
      while (i < text.size() && text[i] != '\n')
        ++i;  // a comment
    } else if (c == '#' && (previous == ',' || previous == '[' || previous == '{')) {
      return i;  // a plain scalar cannot start with `#`: a comment glued to `,`
    } else {
      previous = is_space(c) ? ' ' : c;
      ++i;
    }
  }
  return kNone;
}

}  // namespace

std::size_t find_glued_comment(std::string_view text, std::size_t start) {
  if (start >= text.size())
    return kNone;
  const char c = text[start];
  if (c == '"' || c == '\'') {
    const std::size_t end = end_of_quoted(text, start);
    return end != kNone && glued_at(text, end) ? end : kNone;
  }
  if (c == '[' || c == '{')
    return glued_in_flow(text, start);
  return kNone;
}

}  // namespace papi
