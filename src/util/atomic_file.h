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

// Throws Fatal when `path` must not be written: one of `protected_files`, or a folder.
void check_output_target(const std::string& path, const std::vector<std::string>& protected_files);

// One file of a set written together.
struct FileContent {
  std::string path;
  std::string_view content;
};

// Writes all of `files` or none: every target is checked first (not protected, not a folder,
// its folder exists), then each is written to a temporary file next to it, and only when all
// are complete are they renamed over their targets; if a rename still fails, the files already
// replaced get their previous content back and new ones are removed. Throws Fatal naming the
// first problem, with the folders as they were.
void write_files_atomically(const std::vector<FileContent>& files,
                            const std::vector<std::string>& protected_files);

// Throws Fatal, naming `path`, when the folder it would be written in does not exist. An output
// file (-o FILE) never gets a folder made for it, so a typo in a path is an error; only the
// commands that fill a folder of their own create it: init (the plan folder), template -o
// FOLDER (the forms) and import --write (status/PERIOD/ of the plan).
void require_output_folder(const std::string& path);

}  // namespace papi
