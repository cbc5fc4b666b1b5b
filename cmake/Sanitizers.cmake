# ASan + UBSan for the whole build when CAREERLINT_SANITIZE is on (the test build uses it).
add_library(careerlint_sanitizers INTERFACE)
if(CAREERLINT_SANITIZE)
  set(_careerlint_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(careerlint_sanitizers INTERFACE ${_careerlint_san})
  target_link_options(careerlint_sanitizers INTERFACE ${_careerlint_san})
endif()
