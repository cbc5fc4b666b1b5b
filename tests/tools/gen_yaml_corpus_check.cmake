# Run by CTest (tests/tools/CMakeLists.txt): generate a corpus with defects, check careerlint's
# findings against its manifest, then check that the comparison itself fails when the manifest
# lacks a defect that careerlint does find.
file(REMOVE_RECURSE "${CORPUS}")
execute_process(
  COMMAND "${PYTHON}" "${GENERATOR}" --count 150 --defects 12 --out "${CORPUS}"
  RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "gen_yaml_corpus.py exited ${generated}")
endif()

set(check "${PYTHON}" "${GENERATOR}" --careerlint "${CAREERLINT}" --command "${COMMAND}" --jobs 2)
execute_process(COMMAND ${check} --check "${CORPUS}/manifest.json" RESULT_VARIABLE checked)
if(NOT checked EQUAL 0)
  message(FATAL_ERROR "careerlint ${COMMAND}'s findings differ from the planted defects (above)")
endif()

# The same corpus against a manifest without its first defect: that finding is now unexpected.
file(READ "${CORPUS}/manifest.json" manifest)
string(JSON manifest REMOVE "${manifest}" defects 0)
file(WRITE "${CORPUS}/manifest-one-short.json" "${manifest}")
execute_process(COMMAND ${check} --check "${CORPUS}/manifest-one-short.json"
  RESULT_VARIABLE short OUTPUT_VARIABLE short_output)
if(NOT short EQUAL 1 OR NOT short_output MATCHES "unexpected 1\n")
  message(FATAL_ERROR "--check did not report the finding missing from the manifest:\n${short_output}")
endif()
