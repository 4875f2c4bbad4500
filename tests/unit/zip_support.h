#pragma once

#include <string>
#include <utility>
#include <vector>

namespace papi::test {

// A zip archive made in memory with libzip: each entry deflated (or stored).
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries,
                     bool store = false);

// Sets the "encrypted" flag of every entry, in the local and the central headers, as a
// password-protected (ZipCrypto) archive has it.
std::string mark_encrypted(std::string zip);

// The bytes of a workbook written by libxlsxwriter; `fill` gets the lxw_workbook*.
std::string make_workbook(void (*fill)(void* workbook));

}  // namespace papi::test
