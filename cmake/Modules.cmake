# careerlint_module(<name> [HEADERS <public header>...] [DEPENDS <module>...] [LIBS <library>...])
# One static library, careerlint_<name>, per src/<name>/, made of every .cpp there (a new file,
# a new rule among them, needs no build edit). What a module may include is what it
# links: its own src/<name>/*.h are reachable as "<name>/…", and the public headers it owns
# (include/careerlint/<h>) as "careerlint/<h>", only through this target's include directory, a
# directory of links in the build tree. A module that includes a header of a module it does not
# link (one later in the pipeline) fails to compile.
function(careerlint_module name)
  cmake_parse_arguments(MOD "" "" "HEADERS;DEPENDS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/${name}/*.cpp")
  set(root "${CMAKE_BINARY_DIR}/module-include/${name}")
  file(REMOVE_RECURSE "${root}")
  file(MAKE_DIRECTORY "${root}/careerlint")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${name}" "${root}/${name}" SYMBOLIC)
  foreach(header IN LISTS MOD_HEADERS)
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/include/careerlint/${header}"
         "${root}/careerlint/${header}" SYMBOLIC)
  endforeach()
  add_library(careerlint_${name} STATIC ${sources})
  target_include_directories(careerlint_${name} PUBLIC "${root}")
  list(TRANSFORM MOD_DEPENDS PREPEND careerlint_)
  target_link_libraries(careerlint_${name}
    PUBLIC ${MOD_DEPENDS} careerlint_sanitizers
    PRIVATE careerlint_warnings ${MOD_LIBS})
endfunction()
