# Writes a C++ source that holds every schema of schemas/ as a string literal.
# SCHEMA_NAMES is comma-separated (a ;-list would be split by the shell).
string(REPLACE "," ";" SCHEMA_NAMES "${SCHEMA_NAMES}")
set(body "// Generated from schemas/*.schema.json by cmake/embed_schemas.cmake. Do not edit.\n")
string(APPEND body "#include \"load/embedded_schemas.h\"\n\nnamespace papi {\n\n")
string(APPEND body "std::string_view embedded_schema(std::string_view name) {\n")
foreach(name IN LISTS SCHEMA_NAMES)
  file(READ ${SCHEMA_DIR}/${name}.schema.json content)
  string(APPEND body "  if (name == \"${name}\") {\n    return R\"papi_schema(${content})papi_schema\";\n  }\n")
endforeach()
string(APPEND body "  return {};\n}\n\n}  // namespace papi\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
