#include "zip_support.h"

#include <cstdio>
#include <stdexcept>

#include <xlsxwriter.h>
#include <zip.h>

#include "util/temporary_file.h"

namespace papi::test {

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries, bool store) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr)
    throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr)
    throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    if (index < 0)
      throw std::runtime_error("zip_file_add");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), 315532800, 0);
  }
  if (zip_close(archive) != 0)
    throw std::runtime_error("zip_close");
  std::string bytes;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  bytes.resize(static_cast<std::size_t>(size));
  zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

std::string mark_encrypted(std::string zip) {
  for (std::size_t i = 0; i + 8 < zip.size(); ++i) {
    if (zip.compare(i, 4, "PK\x03\x04") == 0)
      zip[i + 6] = static_cast<char>(zip[i + 6] | 1);
    else if (zip.compare(i, 4, "PK\x01\x02") == 0)
      zip[i + 8] = static_cast<char>(zip[i + 8] | 1);
  }
  return zip;
}

std::string make_workbook(void (*fill)(void* workbook)) {
  TemporaryFile file(".xlsx");
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  fill(workbook);
  if (workbook_close(workbook) != LXW_NO_ERROR)
    throw std::runtime_error("workbook_close");
  return file.bytes();
}

}  // namespace papi::test
