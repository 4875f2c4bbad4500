#pragma once

namespace papi {

// The parts of papi's xlsx report form that the template writes and the import reads back.
// kStatusFormVersion counts changes of the form's layout, so that import can tell an old form.
inline constexpr int kStatusFormVersion = 1;
inline constexpr const char* kFormSheet = "Báo cáo";
inline constexpr const char* kFormGuideSheet = "Hướng dẫn";
inline constexpr const char* kFormMetaSheet = "papi";  // hidden: unit, period, plan, version

}  // namespace papi
