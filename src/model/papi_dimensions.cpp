#include "model/papi_dimensions.h"

namespace papi {

const std::vector<PapiDimension>& papi_dimensions() {
  static const std::vector<PapiDimension> dimensions = {
      {1, "Tham gia của người dân ở cấp cơ sở", "Participation at local levels"},
      {2, "Công khai, minh bạch trong việc ra quyết định ở địa phương",
       "Transparency in local decision-making"},
      {3, "Trách nhiệm giải trình với người dân", "Vertical accountability towards citizens"},
      {4, "Kiểm soát tham nhũng trong khu vực công", "Control of corruption in the public sector"},
      {5, "Thủ tục hành chính công", "Public administrative procedures"},
      {6, "Cung ứng dịch vụ công", "Public service delivery"},
      {7, "Quản trị môi trường", "Environmental governance"},
      {8, "Quản trị điện tử", "E-governance"},
  };
  return dimensions;
}

bool is_papi_dimension(const Area& area) {
  if (area.id < 1 || area.id > 8)
    return false;
  const PapiDimension& dimension = papi_dimensions()[static_cast<std::size_t>(area.id - 1)];
  if (area.name == dimension.name || area.name_en == dimension.name_en)
    return true;
  // A shortened name: the official one cut at a word boundary.
  const std::string_view name = area.name;
  return !name.empty() && dimension.name.starts_with(name) && dimension.name[name.size()] == ' ';
}

bool has_papi_areas(const std::vector<Area>& areas) {
  if (areas.size() != 8)
    return false;
  bool seen[8] = {};
  for (const Area& area : areas) {
    if (!is_papi_dimension(area) || seen[area.id - 1])
      return false;
    seen[area.id - 1] = true;
  }
  return true;
}

}  // namespace papi
