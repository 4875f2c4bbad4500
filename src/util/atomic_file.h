#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Writes `content` to `path` all at once: into a temporary file next to it, then renamed over
// it, so readers see either the old file or the complete new one. Refuses to replace any of
// `protected_files` (the files the command reads). Throws Fatal on failure; no partial file is
// left.
void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& protected_files);

// Throws Fatal, naming `path`, when the folder it would be written in does not exist: papi
// never creates folders for its outputs.
void require_output_folder(const std::string& path);

}  // namespace papi
