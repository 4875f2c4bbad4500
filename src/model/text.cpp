#include "model/text.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace papi {

namespace {

// The pool: the characters of every Text, in large blocks that never move, and a table from
// id to where they are. Ids are handed out in order; the table is an array of chunks made as
// they are needed, so that reading never takes the lock.
constexpr unsigned kIndexBits = 16;
constexpr std::uint32_t kPerChunk = 1u << kIndexBits;
constexpr std::uint32_t kChunks = 1u << (32 - kIndexBits);
constexpr std::size_t kBlockSize = 256 * 1024;
constexpr std::size_t kShort = 15;  // texts this long or shorter are stored once

// Zero-initialised at load time, so that the untouched part costs no memory.
constinit std::atomic<const char**> g_table[kChunks];

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};
using ShortTexts = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

struct Pool {
  std::mutex mutex;
  std::uint32_t next_id = 1;  // 0 is the empty text
  char* block = nullptr;
  std::size_t block_left = 0;
  ShortTexts short_texts;

  // Stores `text` as [std::uint32_t size][characters][NUL]; the caller holds the lock.
  std::uint32_t append(std::string_view text) {
    if (next_id == 0xFFFFFFFFu)
      throw std::length_error("papi: more than 4 billion texts");
    const std::size_t needed = (sizeof(std::uint32_t) + text.size() + 1 + 3) & ~std::size_t{3};
    if (needed > block_left) {
      const std::size_t size = needed > kBlockSize ? needed : kBlockSize;
      block = new char[size];  // never freed: the pool lives as long as the program
      block_left = size;
    }
    char* entry = block;
    block += needed;
    block_left -= needed;
    const auto size = static_cast<std::uint32_t>(text.size());
    std::memcpy(entry, &size, sizeof size);
    std::memcpy(entry + sizeof size, text.data(), text.size());
    entry[sizeof size + text.size()] = '\0';

    const std::uint32_t id = next_id++;
    std::atomic<const char**>& chunk = g_table[id >> kIndexBits];
    const char** entries = chunk.load(std::memory_order_relaxed);
    if (!entries) {
      entries = new const char*[kPerChunk];  // pages are touched only as ids are used
      chunk.store(entries, std::memory_order_release);
    }
    entries[id & (kPerChunk - 1)] = entry;
    return id;
  }
};

Pool& pool() {
  static Pool instance;
  return instance;
}

}  // namespace

std::uint32_t Text::intern(std::string_view text) {
  if (text.empty())
    return 0;
  if (text.size() > kShort || text.size() > 0xFFFFFFF0u) {
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    return p.append(text);
  }
  // Short texts repeat (task ids, states): each thread remembers the ones it has seen.
  thread_local ShortTexts seen;
  if (auto found = seen.find(text); found != seen.end())
    return found->second;
  std::uint32_t id = 0;
  {
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    if (auto found = p.short_texts.find(text); found != p.short_texts.end()) {
      id = found->second;
    } else {
      id = p.append(text);
      p.short_texts.emplace(std::string(text), id);
    }
  }
  if (seen.size() < 4096)
    seen.emplace(std::string(text), id);
  return id;
}

std::string_view Text::lookup(std::uint32_t id) noexcept {
  const char** entries = g_table[id >> kIndexBits].load(std::memory_order_acquire);
  const char* entry = entries[id & (kPerChunk - 1)];
  std::uint32_t size = 0;
  std::memcpy(&size, entry, sizeof size);
  return {entry + sizeof size, size};
}

std::ostream& operator<<(std::ostream& out, const Text& text) {
  return out << text.view();
}

void to_json(nlohmann::json& json, const Text& text) {
  json = std::string(text.view());
}

}  // namespace papi
