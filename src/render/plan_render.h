#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "i18n/language.h"
#include "model/plan.h"

namespace papi {

enum class PlanFormat { markdown, csv, json, docx, html };

std::optional<PlanFormat> parse_plan_format(std::string_view text);

// The plan document rendered back from the YAML; the one place that picks the renderer.
std::string render_plan(const PlanData& data, PlanFormat format, Language language = Language::vi);

std::string render_plan_markdown(const PlanData& data);
std::string render_plan_csv(const PlanData& data);
std::string render_plan_json(const PlanData& data);

}  // namespace papi
