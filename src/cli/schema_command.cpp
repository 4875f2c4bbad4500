#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "i18n/messages.h"
#include "load/embedded_schemas.h"
#include "util/fatal.h"

namespace papi {

int run_schema(const SchemaCommand& command) {
  const std::string_view schema = embedded_schema(command.name);
  if (schema.empty())
    throw Fatal(trf("{}: no such schema (plan, units, tasks, status)", command.name));
  write_output(command.output, schema, {});
  return kExitOk;
}

}  // namespace papi
