# careerlint_embed_files(TARGET <lib> NAME <symbol> FILES <f>...)
# Generates a .cpp holding each file's bytes, so the binary needs no files around it at run time.
# The generated source defines `careerlint::embedded::<symbol>()` returning a span of
# {relative path, contents} entries, sorted by path.
set(CAREERLINT_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedScript.cmake")

function(careerlint_embed_files)
  cmake_parse_arguments(EMB "" "TARGET;NAME;BASE" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${EMB_NAME}.cpp")
  set(list_file "${CMAKE_CURRENT_BINARY_DIR}/embedded_${EMB_NAME}.list")
  list(SORT EMB_FILES)
  string(REPLACE ";" "\n" _lines "${EMB_FILES}")
  file(WRITE "${list_file}.in" "${_lines}")
  configure_file("${list_file}.in" "${list_file}" COPYONLY)
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DNAME=${EMB_NAME} -DBASE=${EMB_BASE} -DLIST=${list_file}
            -DOUT=${out} -P "${CAREERLINT_EMBED_SCRIPT}"
    DEPENDS ${EMB_FILES} "${list_file}" "${CAREERLINT_EMBED_SCRIPT}"
    COMMENT "Embedding ${EMB_NAME}"
    VERBATIM)
  # The generating command must belong to a target of this directory: an object library.
  add_library(careerlint_embedded_${EMB_NAME} OBJECT "${out}")
  target_include_directories(careerlint_embedded_${EMB_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(careerlint_embedded_${EMB_NAME} PRIVATE careerlint_sanitizers)
  target_sources(${EMB_TARGET} PRIVATE $<TARGET_OBJECTS:careerlint_embedded_${EMB_NAME}>)
endfunction()
