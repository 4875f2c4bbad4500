#include <catch2/catch.hpp>

#include <cmath>

#include "load/fast_document.h"
#include "load/glued_comment.h"
#include "load/yaml_reader.h"

using namespace papi;
using Json = nlohmann::json;

TEST_CASE("plain scalars are typed by the YAML 1.2 core schema", "[yaml]") {
  CHECK(type_plain_scalar("") == Json(nullptr));
  CHECK(type_plain_scalar("~") == Json(nullptr));
  CHECK(type_plain_scalar("null") == Json(nullptr));
  CHECK(type_plain_scalar("NULL") == Json(nullptr));
  CHECK(type_plain_scalar("true") == Json(true));
  CHECK(type_plain_scalar("False") == Json(false));
  // YAML 1.1 booleans are text in 1.2.
  CHECK(type_plain_scalar("yes") == Json("yes"));
  CHECK(type_plain_scalar("on") == Json("on"));
  CHECK(type_plain_scalar("42") == Json(42));
  CHECK(type_plain_scalar("-7") == Json(-7));
  CHECK(type_plain_scalar("+7") == Json(7));
  CHECK(type_plain_scalar("0x1F") == Json(31));
  CHECK(type_plain_scalar("0o17") == Json(15));
  CHECK(type_plain_scalar("1.1").is_number_float());
  CHECK(type_plain_scalar("1.10").get<double>() == 1.1);  // why task ids must be quoted
  CHECK(type_plain_scalar("1e3").get<double>() == 1000.0);
  CHECK(type_plain_scalar(".5").get<double>() == 0.5);
  CHECK(std::isinf(type_plain_scalar(".inf").get<double>()));
  CHECK(std::isinf(type_plain_scalar("-.Inf").get<double>()));
  CHECK(std::isnan(type_plain_scalar(".nan").get<double>()));
  // Integers too large for 64 bits keep their magnitude as a float.
  CHECK(type_plain_scalar("99999999999999999999").is_number_float());
  // Dates, periods and the like stay text.
  CHECK(type_plain_scalar("2021-02-23") == Json("2021-02-23"));
  CHECK(type_plain_scalar("2021-Q1") == Json("2021-Q1"));
  CHECK(type_plain_scalar("0x") == Json("0x"));
  CHECK(type_plain_scalar("1.2.3") == Json("1.2.3"));
  CHECK(type_plain_scalar("12:30") == Json("12:30"));
}

TEST_CASE("quoted scalars stay text", "[yaml]") {
  auto result = read_yaml("a: \"1.1\"\nb: '42'\nc: !!str true\nd: |\n  7\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value == Json{{"a", "1.1"}, {"b", "42"}, {"c", "true"}, {"d", "7\n"}});
  CHECK(result.diagnostics.empty());
}

TEST_CASE("read_yaml keeps the line and column of every value and key", "[yaml]") {
  auto result = read_yaml("unit: pgd\nrecords:\n  - task: \"1.1\"\n    state: done\n", "t.yaml");
  REQUIRE(result.document);
  const SourceNode& root = result.document->source;
  REQUIRE(root.member("unit"));
  CHECK(root.member("unit")->line == 1);
  CHECK(root.member("unit")->column == 7);
  CHECK(root.member("unit")->key_line == 1);
  CHECK(root.member("unit")->key_column == 1);
  const SourceNode* record = root.member("records")->item(0);
  REQUIRE(record);
  CHECK(record->line == 3);
  CHECK(record->column == 5);
  CHECK(record->member("state")->line == 4);
  CHECK(record->member("state")->column == 12);
  CHECK(record->member("state")->key_column == 5);
}

TEST_CASE("columns count characters, not bytes", "[yaml]") {
  auto result = read_yaml("tên: Việt\nđơn: x\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->source.member("tên")->column == 6);
  CHECK(result.document->source.member("đơn")->column == 6);
}

TEST_CASE("duplicate keys are reported with both lines and the first value kept", "[yaml]") {
  auto result = read_yaml("state: done\nnote: x\nstate: not_started\n", "s.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["state"] == "done");
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics[0];
  CHECK(d.code == "duplicate-key");
  CHECK(d.file == "s.yaml");
  CHECK(d.line == 3);
  CHECK(d.column == 1);
  CHECK(d.message == "duplicate key `state`: it already appears on line 1");
}

TEST_CASE("duplicate keys are found at every depth", "[yaml]") {
  auto result = read_yaml("records:\n  - task: \"1.1\"\n    task: \"1.2\"\n", "s.yaml");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].line == 3);
  CHECK(result.diagnostics[0].column == 5);
}

TEST_CASE("an alias bomb is stopped at the expansion limit", "[yaml]") {
  const std::string bomb =
      "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
      "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
  auto result = read_yaml(bomb, "bomb.yaml");
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "alias-expansion");
  CHECK(result.diagnostics[0].line == 5);
  CHECK(result.diagnostics[0].message ==
        "aliases expand to more than 100000 values (an \"alias bomb\")");
}

TEST_CASE("an alias of a long text repeated is stopped at the byte limit", "[yaml]") {
  // 1,000 bytes and 40 aliases: few values, but 40,000 bytes of text.
  YamlLimits limits;
  limits.max_alias_bytes = 20'000;
  std::string list;
  for (int i = 0; i < 40; ++i)
    list += i == 0 ? "*x" : ", *x";
  auto result = read_yaml("a: &x \"" + std::string(1000, 'x') + "\"\nb: [" + list + "]\n",
                          "long-alias.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "alias-expansion");
  CHECK(result.diagnostics[0].line == 2);
  CHECK(result.diagnostics[0].column == 85);  // the 21st alias
  CHECK(result.diagnostics[0].message ==
        "aliases expand to more than 20000 bytes of text (an \"alias bomb\")");
}

TEST_CASE("a mapping alias counts the bytes of its keys and texts", "[yaml]") {
  YamlLimits limits;
  limits.max_alias_bytes = 11;
  // The anchored mapping holds "key" and "value": 8 bytes per alias.
  CHECK(read_yaml("a: &m {key: value}\nb: *m\n", "t.yaml", limits).document);
  auto result = read_yaml("a: &m {key: value}\nb: *m\nc: *m\n", "t.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "alias-expansion");
  CHECK(result.diagnostics[0].line == 3);
}

TEST_CASE("a text longer than the string limit is located", "[yaml]") {
  YamlLimits limits;
  limits.max_string_bytes = 8;
  CHECK(read_yaml("a: \"12345678\"\n", "t.yaml", limits).document);
  auto result = read_yaml("a: ok\nb:\n  - \"123456789\"\n", "t.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "string-too-long");
  CHECK(result.diagnostics[0].line == 3);
  CHECK(result.diagnostics[0].column == 5);
  CHECK(result.diagnostics[0].message == "a text of 9 bytes is longer than the limit of 8 bytes");
  // Keys are texts too; the limit counts bytes, not characters ("Đủ" is 5 bytes).
  result = read_yaml("Đủ Đủ: 1\n", "t.yaml", limits);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "string-too-long");
  CHECK(result.diagnostics[0].column == 1);
}

TEST_CASE("the escapes \\N and \\_ become U+0085 and U+00A0", "[yaml]") {
  // yaml-cpp 0.7 decodes them into the lone bytes 0x85 and 0xA0.
  auto result = read_yaml("a: \"x\\Ny\\_z\"\nb: &k \"à\\N\"\nc: *k\n\"k\\_\": 1\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["a"] == Json("x\u0085y\u00a0z"));
  CHECK(result.document->value["b"] == Json("à\u0085"));
  CHECK(result.document->value["c"] == Json("à\u0085"));
  CHECK(result.document->value.contains("k\u00a0"));
  // An anchor or a tag on the line before the text.
  result = read_yaml("a: &x\n  \"p\\Nq\"\nb: !!str\n  \"r\\_s\"\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["a"] == Json("p\u0085q"));
  CHECK(result.document->value["b"] == Json("r\u00a0s"));
  // Single-quoted and plain scalars have no escapes: the backslash stays.
  result = read_yaml("a: 'x\\N'\nb: x\\N\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["a"] == Json("x\\N"));
  CHECK(result.document->value["b"] == Json("x\\N"));
}

TEST_CASE("an alias used as a key stands for the text of its scalar", "[yaml]") {
  auto result = read_yaml("a: &k name\nb: {*k : x}\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["b"] == Json({{"name", "x"}}));
  result = read_yaml("a: &k [1]\nb: {*k : x}\n", "t.yaml");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "yaml-complex-key");
  CHECK(result.diagnostics[0].line == 2);
}

TEST_CASE("small aliases expand normally", "[yaml]") {
  auto result = read_yaml("a: &x [1, 2]\nb: *x\n", "t.yaml");
  REQUIRE(result.document);
  CHECK(result.document->value["b"] == Json({1, 2}));
  CHECK(result.document->source.member("b")->line == 2);
}

TEST_CASE("nesting past the depth limit is reported once", "[yaml]") {
  YamlLimits limits;
  limits.max_depth = 5;
  auto result = read_yaml("a: [[[[[[1]]]]]]\n", "deep.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "yaml-too-deep");
  CHECK(result.diagnostics[0].message == "the data is nested more than 5 levels deep");
}

TEST_CASE("yaml-cpp's own recursion limit is reported as nesting, not a bad file", "[yaml]") {
  YamlLimits limits;
  limits.max_depth = 100000;
  auto result = read_yaml(std::string(5000, '[') + std::string(5000, ']'), "deep.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "yaml-too-deep");
}

TEST_CASE("the node limit bounds a huge document", "[yaml]") {
  YamlLimits limits;
  limits.max_nodes = 10;
  auto result = read_yaml("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n", "big.yaml", limits);
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "too-many-nodes");
}

TEST_CASE("syntax errors are located, with a hint for tabs", "[yaml]") {
  auto result = read_yaml("unit: pgd\n\tperiod: x\n", "tab.yaml");
  CHECK_FALSE(result.document);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "yaml-syntax");
  CHECK(result.diagnostics[0].line == 2);
  CHECK(result.diagnostics[0].hint == "indent with spaces, not tabs");
  CHECK(result.diagnostics[0].source_line == "\tperiod: x");
}

TEST_CASE("a second document and complex keys are reported", "[yaml]") {
  auto two = read_yaml("a: 1\n---\nb: 2\n", "two.yaml");
  REQUIRE(two.diagnostics.size() == 1);
  CHECK(two.diagnostics[0].code == "yaml-multiple-documents");
  CHECK(two.diagnostics[0].line == 2);

  auto complex = read_yaml("? [a, b]\n: 1\nc: 2\n", "complex.yaml");
  REQUIRE(complex.document);
  REQUIRE(complex.diagnostics.size() == 1);
  CHECK(complex.diagnostics[0].code == "yaml-complex-key");
  CHECK(complex.document->value == Json{{"c", 2}});
}

TEST_CASE("an empty text has no document", "[yaml]") {
  auto result = read_yaml("", "e.yaml");
  CHECK(result.empty);
  CHECK_FALSE(result.document);
  auto comments = read_yaml("# only a comment\n", "c.yaml");
  CHECK(comments.empty);
}

TEST_CASE("a comment glued to a quoted value or a flow collection is found at its #", "[yaml]") {
  constexpr auto none = std::string_view::npos;
  CHECK(find_glued_comment("\"th-long-hung\"# note", 0) == 14);
  CHECK(find_glued_comment("\"th-long-hung\" # note", 0) == none);
  CHECK(find_glued_comment("'it''s'#x", 0) == 7);
  CHECK(find_glued_comment("'it''s' #x", 0) == none);
  CHECK(find_glued_comment("\"a \\\"#\\\" b\"", 0) == none);  // "a \"#\" b"
  CHECK(find_glued_comment("[schools, ]#x", 0) == 11);
  CHECK(find_glued_comment("[schools, ] #x", 0) == none);
  CHECK(find_glued_comment("[a#b, c]", 0) == none);  // a#b is one plain value
  CHECK(find_glued_comment("[a, \"b\"#x]", 0) == 7);
  CHECK(find_glued_comment("[a, [b]#x]", 0) == 7);
  CHECK(find_glued_comment("{a: \"b\"}#x", 0) == 8);
  CHECK(find_glued_comment("[a, # a comment\n b]", 0) == none);
  CHECK(find_glued_comment("[it's, b]#x", 0) == 9);  // ' inside a plain value opens nothing
  CHECK(find_glued_comment("plain#x", 0) == none);
  CHECK(find_glued_comment("\"unclosed", 0) == none);
}

TEST_CASE("read_yaml rejects a glued comment where it is, and reads the rest", "[yaml]") {
  auto result = read_yaml("unit: \"th-long-hung\"# note\npartners: [schools, ]#x\n", "f.yaml");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].code == "yaml-glued-comment");
  CHECK(result.diagnostics[0].line == 1);
  CHECK(result.diagnostics[0].column == 21);
  CHECK(result.diagnostics[1].line == 2);
  CHECK(result.diagnostics[1].column == 22);
  FastDocument fast;
  CHECK_FALSE(read_yaml_fast("unit: \"th-long-hung\"# note\n", YamlLimits{}, fast));
  CHECK(read_yaml_fast("unit: \"th-long-hung\" # note\n", YamlLimits{}, fast));
}
