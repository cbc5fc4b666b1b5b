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
  # The rule that makes the file lives in this directory: a custom target here carries it, so
  # the function also works from a subdirectory of the one that defines EMB_TARGET.
  add_custom_target(careerlint_embed_${EMB_NAME} DEPENDS "${out}")
  add_dependencies(${EMB_TARGET} careerlint_embed_${EMB_NAME})
  target_sources(${EMB_TARGET} PRIVATE "${out}")
endfunction()
