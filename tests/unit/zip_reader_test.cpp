#include <catch2/catch.hpp>

#include "util/zip_reader.h"
#include "zip_support.h"

using namespace papi;
using papi::test::make_zip;

TEST_CASE("a zip archive is read from memory", "[zip]") {
  const std::string bytes = make_zip({{"a.txt", "hello"}, {"dir/b.xml", std::string(5000, 'x')}});
  auto opened = ZipArchive::open_memory(bytes);
  REQUIRE(opened.archive);
  ZipArchive& zip = *opened.archive;
  REQUIRE(zip.entries().size() == 2);
  CHECK(zip.entries()[1].name == "dir/b.xml");
  CHECK(zip.entries()[1].size == 5000);
  CHECK(zip.contains("a.txt"));
  CHECK_FALSE(zip.contains("c.txt"));
  auto a = zip.read("a.txt");
  CHECK_FALSE(a.problem);
  CHECK(a.data == "hello");
  CHECK(zip.read("dir/b.xml").data == std::string(5000, 'x'));
  auto missing = zip.read("c.txt");
  REQUIRE(missing.problem);
  CHECK(missing.problem->kind == ZipProblem::Kind::missing);
}

TEST_CASE("bytes that are not a zip, or a damaged one, are refused", "[zip]") {
  auto text = ZipArchive::open_memory("unit,task,state\n");
  REQUIRE(text.problem);
  CHECK(text.problem->kind == ZipProblem::Kind::not_zip);

  std::string bytes = make_zip({{"a.txt", std::string(2000, 'a')}});
  auto truncated = ZipArchive::open_memory(std::string_view(bytes).substr(0, bytes.size() / 2));
  REQUIRE(truncated.problem);
  CHECK(truncated.problem->kind == ZipProblem::Kind::no_directory);

  // A flipped byte inside the deflated data: the CRC (or inflate) fails on reading.
  std::string stored = make_zip({{"a.txt", std::string(2000, 'a') + "end"}}, true);
  stored[stored.find("end")] = 'E';
  auto opened = ZipArchive::open_memory(stored);
  REQUIRE(opened.archive);
  auto read = opened.archive->read("a.txt");
  REQUIRE(read.problem);
  CHECK(read.problem->kind == ZipProblem::Kind::broken);
  CHECK(read.data.empty());
}

TEST_CASE("a zip bomb stops at the limits", "[zip]") {
  const std::string zeros(3u << 20, '\0');
  const std::string bytes = make_zip({{"bomb.xml", zeros}});

  ZipLimits ratio;
  ratio.max_ratio = 100;  // zeros deflate about 1000 times
  auto by_ratio = ZipArchive::open_memory(bytes, ratio).archive->read("bomb.xml");
  REQUIRE(by_ratio.problem);
  CHECK(by_ratio.problem->kind == ZipProblem::Kind::ratio_too_high);

  ZipLimits size;
  size.max_ratio = 1e9;
  size.max_entry_size = 1u << 20;
  auto by_size = ZipArchive::open_memory(bytes, size).archive->read("bomb.xml");
  REQUIRE(by_size.problem);
  CHECK(by_size.problem->kind == ZipProblem::Kind::entry_too_large);

  ZipLimits total;
  total.max_ratio = 1e9;
  total.max_total_size = 5u << 20;
  auto two = make_zip({{"a", zeros}, {"b", zeros}});
  auto archive = ZipArchive::open_memory(two, total);
  CHECK_FALSE(archive.archive->read("a").problem);
  auto second = archive.archive->read("b");
  REQUIRE(second.problem);
  CHECK(second.problem->kind == ZipProblem::Kind::total_too_large);

  // The default limits stop it too: its ratio is far above 200.
  auto by_default = ZipArchive::open_memory(bytes).archive->read("bomb.xml");
  REQUIRE(by_default.problem);
  CHECK(by_default.problem->kind == ZipProblem::Kind::ratio_too_high);
}

TEST_CASE("too many entries are refused before any is read", "[zip]") {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 30; ++i)
    entries.emplace_back("e" + std::to_string(i), "x");
  ZipLimits limits;
  limits.max_entries = 20;
  auto opened = ZipArchive::open_memory(make_zip(entries), limits);
  REQUIRE(opened.problem);
  CHECK(opened.problem->kind == ZipProblem::Kind::too_many_entries);
  CHECK(opened.problem->figure == 30);
  CHECK(ZipArchive::open_memory(make_zip(entries)).archive);
}

TEST_CASE("an encrypted entry is refused", "[zip]") {
  const std::string bytes = papi::test::mark_encrypted(make_zip({{"a.txt", "secret"}}, true));
  auto opened = ZipArchive::open_memory(bytes);
  REQUIRE(opened.archive);
  CHECK(opened.archive->entries()[0].encrypted);
  auto read = opened.archive->read("a.txt");
  REQUIRE(read.problem);
  CHECK(read.problem->kind == ZipProblem::Kind::encrypted);
}
