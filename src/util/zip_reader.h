#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Limits on what a zip archive from outside may make us do (docs/security.md). An xlsx form
// of the largest plan is a few hundred kilobytes; these leave a wide margin and stop a zip
// bomb long before it fills memory.
struct ZipLimits {
  std::size_t max_entries = 10'000;
  std::uint64_t max_entry_size = 64ull << 20;   // uncompressed bytes of one entry
  std::uint64_t max_total_size = 256ull << 20;  // uncompressed bytes read from the archive
  // Uncompressed size / compressed size, checked once an entry has more than
  // ratio_floor bytes (small entries compress well and are harmless).
  double max_ratio = 200;
  std::uint64_t ratio_floor = 1ull << 20;
};

// Why an archive or one of its entries cannot be read. The reader knows nothing of what the
// archive is for: callers turn a problem into their own message.
struct ZipProblem {
  enum class Kind {
    not_zip,           // the bytes do not start like a zip archive
    broken,            // the structure is damaged (bad central directory, CRC)
    no_directory,      // the end of the archive (its central directory) is missing: truncated
    too_many_entries,  // more than max_entries
    entry_too_large,   // an entry would exceed max_entry_size
    total_too_large,   // the entries read so far would exceed max_total_size
    ratio_too_high,    // an entry expands more than max_ratio times
    encrypted,         // an entry needs a password
    unsupported,       // a compression method libzip cannot read
    missing,           // no entry of that name
  };
  Kind kind = Kind::broken;
  std::string entry;         // the entry concerned, when there is one
  std::string detail;        // libzip's own words, for the curious; English
  std::uint64_t figure = 0;  // the count of entries or the size in bytes that broke a limit
};

struct ZipEntryInfo {
  std::string name;
  std::uint64_t size = 0;             // uncompressed, as the archive declares it
  std::uint64_t compressed_size = 0;  // as the archive declares it
  bool encrypted = false;
};

// A zip archive opened read-only from memory, with every read bounded by the limits. Not
// thread-safe; cheap to move.
class ZipArchive {
 public:
  struct Opened;
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // The bytes are copied into the archive object, so `bytes` may go away afterwards.
  static Opened open_memory(std::string_view bytes, const ZipLimits& limits = {});

  const std::vector<ZipEntryInfo>& entries() const { return entries_; }
  bool contains(std::string_view name) const;

  // The whole entry, or the reason it cannot be read. The declared size is not trusted: the
  // limits are checked on the bytes as they are inflated.
  struct Read {
    std::string data;
    std::optional<ZipProblem> problem;
  };
  Read read(std::string_view name);

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  static Opened open(std::unique_ptr<State> state);

  std::unique_ptr<State> state_;
  std::vector<ZipEntryInfo> entries_;
  std::uint64_t total_read_ = 0;
};

struct ZipArchive::Opened {
  std::optional<ZipArchive> archive;
  std::optional<ZipProblem> problem;
};

// Whether `bytes` start with a zip signature (a local file header or an empty archive).
bool looks_like_zip(std::string_view bytes);

}  // namespace papi
