# The man page agrees with --help; the Debian package holds what README.md promises. The
# package test needs dpkg-deb and dpkg-shlibdeps (dpkg-dev, .ci/install-test-deps): it is
# registered, with the label `package`, only where they exist.
add_test(NAME "package: the man page names every command and option"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/package/check_man_page.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
find_program(PAPI_DPKG_DEB dpkg-deb)
find_program(PAPI_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PAPI_DPKG_DEB AND PAPI_DPKG_SHLIBDEPS)
  add_test(NAME "package: the .deb holds the binary, schemas, man page, docs and Depends"
           COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/package/check_package.py
                   ${CMAKE_CPACK_COMMAND} ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION})
  set_tests_properties("package: the .deb holds the binary, schemas, man page, docs and Depends"
                       PROPERTIES LABELS package)
endif()
