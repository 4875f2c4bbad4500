#pragma once

#include <string_view>

namespace papi {

// The beginnings of the valijson failure messages that schema_check turns into plain words.
// valijson words its failures in English sentences, not codes, so papi recognises them by
// these prefixes; tests/unit/valijson_messages_test.cpp makes valijson produce each one, so a
// valijson version that words one differently fails that test instead of quietly turning the
// message into a generic one.
namespace valijson_message {

// Failures that only repeat a deeper one once per enclosing object and array.
inline constexpr std::string_view kItem = "Failed to validate item #";
inline constexpr std::string_view kPropertyName =
    "Failed to validate against schema associated with property name";
inline constexpr std::string_view kConditional = "Failed to validate against a conditional schema";
inline constexpr std::string_view kChild = "Failed to validate against child schema #";
inline constexpr std::string_view kAdditionalProperties =
    "Failed to validate against additional properties schema";
inline constexpr std::string_view kDependent = "Failed to validate against dependent schema";
inline constexpr std::string_view kPatternProperty =
    "Failed to validate against schema associated with pattern";
inline constexpr std::string_view kWrappers[] = {
    kItem,      kPropertyName,   kConditional, kChild, kAdditionalProperties,
    kDependent, kPatternProperty};

// A value that matched none (or more than one) of several alternatives.
inline constexpr std::string_view kAnyOf =
    "Failed to validate against any schemas allowed by anyOf";
inline constexpr std::string_view kOneOfNone =
    "Failed to validate against any child schemas allowed by oneOf";
inline constexpr std::string_view kOneOfMany =
    "Failed to validate against exactly one child schema";
inline constexpr std::string_view kAlternatives[] = {kAnyOf, kOneOfNone, kOneOfMany};

// Leaf failures.
inline constexpr std::string_view kUnknownProperty = "Object contains a property";
inline constexpr std::string_view kMissingProperty = "Missing required property";
inline constexpr std::string_view kWrongType = "Value type not permitted";
inline constexpr std::string_view kNotInEnum = "Failed to match against any enum values";
inline constexpr std::string_view kPattern = "Failed to match regex";
inline constexpr std::string_view kConst = "Failed to match expected value set by 'const'";
inline constexpr std::string_view kTooShort = "String should be no fewer than";
inline constexpr std::string_view kNumber = "Expected number";
inline constexpr std::string_view kArrayLength = "Array should contain";
inline constexpr std::string_view kNot =
    "Target should not validate against schema specified in 'not'";

// `minimum` and `maximum`: the prefix, then the limit (std::to_string: 100.000000).
inline constexpr std::string_view kAtMost = "Expected number less than or equal to ";
inline constexpr std::string_view kBelow = "Expected number less than ";
inline constexpr std::string_view kAtLeast = "Expected number greater than or equal to ";
inline constexpr std::string_view kAbove = "Expected number greater than ";
inline constexpr std::string_view kBounds[] = {kAtMost, kBelow, kAtLeast, kAbove};

// Every prefix above, for the test.
inline constexpr std::string_view kAll[] = {kItem,
                                            kPropertyName,
                                            kConditional,
                                            kChild,
                                            kAdditionalProperties,
                                            kDependent,
                                            kPatternProperty,
                                            kAnyOf,
                                            kOneOfNone,
                                            kOneOfMany,
                                            kUnknownProperty,
                                            kMissingProperty,
                                            kWrongType,
                                            kNotInEnum,
                                            kPattern,
                                            kConst,
                                            kTooShort,
                                            kNumber,
                                            kArrayLength,
                                            kNot,
                                            kAtMost,
                                            kBelow,
                                            kAtLeast,
                                            kAbove};

}  // namespace valijson_message

}  // namespace papi
