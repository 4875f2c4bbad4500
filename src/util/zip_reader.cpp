#include "util/zip_reader.h"

#include <algorithm>
#include <iterator>

#include <zip.h>

namespace papi {

struct ZipArchive::State {
  std::string bytes;  // the archive, when opened from memory; libzip reads it in place
  zip_t* archive = nullptr;
  ZipLimits limits;

  ~State() {
    if (archive != nullptr)
      zip_discard(archive);
  }
};

namespace {

ZipProblem problem(ZipProblem::Kind kind, std::string entry = {}, std::string detail = {}) {
  return ZipProblem{kind, std::move(entry), std::move(detail), 0};
}

ZipProblem over_limit(ZipProblem::Kind kind, std::string entry, std::uint64_t figure) {
  return ZipProblem{kind, std::move(entry), {}, figure};
}

// Only called once the bytes start like a zip: libzip's "not a zip archive" then means that
// the end of the archive (its central directory) is missing or damaged.
ZipProblem::Kind kind_of_error(int code) {
  switch (code) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
      return ZipProblem::Kind::encrypted;
    case ZIP_ER_COMPNOTSUPP:
      return ZipProblem::Kind::unsupported;
    case ZIP_ER_NOZIP:
      return ZipProblem::Kind::no_directory;
    default:
      return ZipProblem::Kind::broken;
  }
}

std::string error_text(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text != nullptr ? text : "";
}

}  // namespace

bool looks_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == '\x03' && bytes[3] == '\x04') || (bytes[2] == '\x05' && bytes[3] == '\x06'));
}

ZipArchive::ZipArchive(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

ZipArchive::Opened ZipArchive::open_memory(std::string_view bytes, const ZipLimits& limits) {
  auto state = std::make_unique<State>();
  state->limits = limits;
  if (!looks_like_zip(bytes))
    return {std::nullopt, problem(ZipProblem::Kind::not_zip)};
  state->bytes.assign(bytes);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(state->bytes.data(), state->bytes.size(), 0, &error);
  if (source == nullptr) {
    ZipProblem p = problem(kind_of_error(zip_error_code_zip(&error)), {}, error_text(&error));
    zip_error_fini(&error);
    return {std::nullopt, p};
  }
  state->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (state->archive == nullptr) {
    zip_source_free(source);
    ZipProblem p = problem(kind_of_error(zip_error_code_zip(&error)), {}, error_text(&error));
    zip_error_fini(&error);
    return {std::nullopt, p};
  }
  zip_error_fini(&error);
  return open(std::move(state));
}

ZipArchive::Opened ZipArchive::open(std::unique_ptr<State> state) {
  const zip_int64_t count = zip_get_num_entries(state->archive, 0);
  if (count < 0)
    return {std::nullopt, problem(ZipProblem::Kind::broken)};
  if (static_cast<std::uint64_t>(count) > state->limits.max_entries) {
    return {std::nullopt,
            over_limit(ZipProblem::Kind::too_many_entries, {}, static_cast<std::uint64_t>(count))};
  }
  std::vector<ZipEntryInfo> entries;
  entries.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(state->archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
      return {std::nullopt,
              problem(ZipProblem::Kind::broken, {}, error_text(zip_get_error(state->archive)))};
    }
    ZipEntryInfo entry;
    entry.name = (st.valid & ZIP_STAT_NAME) != 0 && st.name != nullptr ? st.name : "";
    entry.size = (st.valid & ZIP_STAT_SIZE) != 0 ? st.size : 0;
    entry.compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : 0;
    entry.encrypted =
        (st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE;
    entries.push_back(std::move(entry));
  }
  ZipArchive archive(std::move(state));
  archive.entries_ = std::move(entries);
  return {std::move(archive), std::nullopt};
}

bool ZipArchive::contains(std::string_view name) const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [&](const ZipEntryInfo& e) { return e.name == name; });
}

ZipArchive::Read ZipArchive::read(std::string_view name) {
  const auto found = std::find_if(entries_.begin(), entries_.end(),
                                  [&](const ZipEntryInfo& e) { return e.name == name; });
  const std::string entry_name(name);
  if (found == entries_.end())
    return {{}, problem(ZipProblem::Kind::missing, entry_name)};
  const ZipEntryInfo& entry = *found;
  const ZipLimits& limits = state_->limits;
  if (entry.encrypted)
    return {{}, problem(ZipProblem::Kind::encrypted, entry_name)};
  if (entry.size > limits.max_entry_size) {
    return {{}, over_limit(ZipProblem::Kind::entry_too_large, entry_name, limits.max_entry_size)};
  }
  const auto index = static_cast<zip_uint64_t>(std::distance(entries_.begin(), found));
  zip_file_t* file = zip_fopen_index(state_->archive, index, 0);
  if (file == nullptr) {
    zip_error_t* error = zip_get_error(state_->archive);
    return {{}, problem(kind_of_error(zip_error_code_zip(error)), entry_name, error_text(error))};
  }
  // The compressed size cannot honestly exceed the archive; a larger claim must not raise the
  // ratio allowed.
  const std::uint64_t compressed = std::max<std::uint64_t>(1, entry.compressed_size);
  Read result;
  char buffer[1 << 16];
  while (true) {
    const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
    if (got < 0) {
      zip_error_t* error = zip_file_get_error(file);
      result.problem =
          problem(kind_of_error(zip_error_code_zip(error)), entry_name, error_text(error));
      break;
    }
    if (got == 0)
      break;
    const auto size = result.data.size() + static_cast<std::size_t>(got);
    if (size > limits.max_entry_size) {
      result.problem =
          over_limit(ZipProblem::Kind::entry_too_large, entry_name, limits.max_entry_size);
      break;
    }
    if (total_read_ + size > limits.max_total_size) {
      result.problem =
          over_limit(ZipProblem::Kind::total_too_large, entry_name, limits.max_total_size);
      break;
    }
    if (size > limits.ratio_floor &&
        static_cast<double>(size) > limits.max_ratio * static_cast<double>(compressed)) {
      result.problem = problem(ZipProblem::Kind::ratio_too_high, entry_name,
                               std::to_string(size) + " bytes from " + std::to_string(compressed));
      break;
    }
    result.data.append(buffer, static_cast<std::size_t>(got));
  }
  zip_fclose(file);
  if (result.problem) {
    result.data.clear();
    return result;
  }
  total_read_ += result.data.size();
  return result;
}

}  // namespace papi
