#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "i18n/language.h"

// The unit tests compare messages in English, the language they are written in; the tests of
// the Vietnamese texts set Vietnamese themselves. Each test case starts in English.
struct EnglishMessages : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testCaseStarting(const Catch::TestCaseInfo&) override {
    papi::set_ui_language(papi::Language::en);
  }
};
CATCH_REGISTER_LISTENER(EnglishMessages)
