# One interface target with the project's warning flags; every product and test target links it.
# (No -Wnull-dereference: at -O3 GCC 12 reports it inside nlohmann_json's inlined templates.)
add_library(careerlint_warnings INTERFACE)
target_compile_options(careerlint_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused
  -Woverloaded-virtual -Wdouble-promotion -Wformat=2
  -Wimplicit-fallthrough)

# GCC 12 reports -Wrestrict false positives on `"literal" + std::string` at -O2/-O3
# (GCC bug 105329, fixed in 13); keep the warning for other compilers and versions.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(careerlint_warnings INTERFACE -Wno-restrict)
endif()
