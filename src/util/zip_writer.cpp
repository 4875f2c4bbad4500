#include "util/zip_writer.h"

#include <memory>
#include <stdexcept>

#include <zip.h>

namespace papi {

namespace {

// 1980-01-01 00:00:00 in DOS date and time fields: day 1, month 1, year 0 (= 1980).
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (1 << 5) | 1;

[[noreturn]] void fail(std::string_view what, zip_error_t* error) {
  std::string message = "zip: " + std::string(what);
  if (error != nullptr) {
    message += ": ";
    message += zip_error_strerror(error);
  }
  throw std::runtime_error(message);
}

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

std::string read_all(zip_source_t* source) {
  if (zip_source_open(source) < 0)
    fail("reading the package", zip_source_error(source));
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(source, &stat) < 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    zip_source_close(source);
    fail("sizing the package", zip_source_error(source));
  }
  std::string bytes(stat.size, '\0');
  const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    fail("reading the package", zip_source_error(source));
  return bytes;
}

}  // namespace

std::string zip_package(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!target)
    fail("creating the buffer", &error);
  zip_t* archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr)
    fail("opening the buffer", &error);
  // The archive owns a reference to the buffer while open; ours keeps it alive after close.
  zip_source_keep(target.get());

  for (const ZipEntry& entry : entries) {
    // The buffers are not copied: `entries` outlives zip_close, which reads them.
    zip_source_t* source =
        zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    if (source == nullptr) {
      zip_discard(archive);
      fail(entry.path, nullptr);
    }
    const zip_int64_t index =
        zip_file_add(archive, entry.path.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(source);
      const std::string message = zip_strerror(archive);
      zip_discard(archive);
      throw std::runtime_error("zip: " + entry.path + ": " + message);
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) < 0 ||
        zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 6) < 0 ||
        zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX, 0100644u << 16) < 0) {
      const std::string message = zip_strerror(archive);
      zip_discard(archive);
      throw std::runtime_error("zip: " + entry.path + ": " + message);
    }
  }
  if (zip_close(archive) < 0) {
    const std::string message = zip_strerror(archive);
    zip_discard(archive);
    throw std::runtime_error("zip: writing the package: " + message);
  }
  return read_all(target.get());
}

}  // namespace papi
