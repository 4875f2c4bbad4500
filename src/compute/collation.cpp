#include "compute/collation.h"

#include <memory>
#include <mutex>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace papi {

std::string vietnamese_sort_key(std::string_view text) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Collator> collator;
  static bool ready = false;
  std::lock_guard lock(mutex);
  if (!ready) {
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status))
      collator.reset();
    ready = true;
  }
  if (!collator)
    return std::string(text);
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string key(64, '\0');
  int32_t length = collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()),
                                        static_cast<int32_t>(key.size()));
  if (length > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(length));
    length = collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()), length);
  }
  key.resize(static_cast<std::size_t>(length > 0 ? length - 1 : 0));  // drop the final NUL
  // Equal keys fall back to the bytes so the order is total and stable.
  key += '\0';
  key += text;
  return key;
}

}  // namespace papi
