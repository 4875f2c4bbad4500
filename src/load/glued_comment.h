#pragma once

#include <cstddef>
#include <string_view>

namespace papi {

// YAML starts a comment only at a `#` after white space; yaml-cpp also takes one glued to the
// end of a quoted scalar or of a flow collection (`unit: "th-long-hung"# note`,
// `partners: [schools, ]#x`), which other YAML readers reject. Both papi readers ask this
// for every quoted scalar and every outermost flow collection, so that papi rejects it too.

// The byte offset of a `#` glued to the end of the quoted scalar or flow collection that begins
// at `start` of `text` (its opening quote, `[` or `{`), or to the end of anything inside the
// collection; npos when there is none, or when `start` begins nothing of the kind.
std::size_t find_glued_comment(std::string_view text, std::size_t start);

}  // namespace papi
