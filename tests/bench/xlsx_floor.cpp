// The floor of the Excel import benchmark (docs/performance.md): the least any tool must do to
// read the cells of a folder of workbooks with the libraries papi is built on. For each .xlsx
// file, in name order on one thread: read the file, open it with libzip (ZIP_CHECKCONS, as
// papi does), inflate the parts a reader of cells needs (the relationships, the workbook, shared strings, styles and every worksheet) and parse each with
// pugixml, with the options papi parses with, walking nothing. What papi does beyond this is its
// own cost.
//
// Usage: papi_xlsx_floor FOLDER
// Prints "<files> files, <parts> parts, <bytes> bytes of XML" on stdout.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <pugixml.hpp>
#include <zip.h>

namespace fs = std::filesystem;

namespace {

bool is_needed_part(const std::string& name) {
  return name.ends_with(".rels") ||
         name == "xl/workbook.xml" || name == "xl/sharedStrings.xml" ||
         name == "xl/styles.xml" || name.starts_with("xl/worksheets/");
}

bool parse_xml(std::string& xml) {
  pugi::xml_document document;
  constexpr unsigned kOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                pugi::parse_wconv_attribute | pugi::parse_ws_pcdata |
                                pugi::parse_doctype;
  return static_cast<bool>(
      document.load_buffer_inplace(xml.data(), xml.size(), kOptions, pugi::encoding_auto));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().extension() == ".xlsx")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t parts = 0;
  std::uintmax_t bytes = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error)
                            : nullptr;
    if (archive == nullptr) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), zip_error_strerror(&error));
      return 1;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
      zip_stat_t st;
      if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
          !is_needed_part(st.name))
        continue;
      zip_file_t* part = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
      std::string xml(st.size, '\0');
      const bool read = part != nullptr && zip_fread(part, xml.data(), st.size) ==
                                               static_cast<zip_int64_t>(st.size);
      if (part != nullptr)
        zip_fclose(part);
      if (!read || !parse_xml(xml)) {
        std::fprintf(stderr, "%s: %s cannot be read\n", file.c_str(), st.name);
        return 1;
      }
      ++parts;
      bytes += xml.size();
    }
    zip_close(archive);
  }
  std::printf("%zu files, %zu parts, %ju bytes of XML\n", files.size(), parts, bytes);
  return 0;
}
