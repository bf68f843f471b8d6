# Warning and sanitizer settings as INTERFACE targets: a target opts in by linking them privately.
add_library(actorgraph_warnings INTERFACE)
add_library(actorgraph::warnings ALIAS actorgraph_warnings)
target_compile_options(actorgraph_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
  # GCC 12's libstdc++ reports "literal" + std::string as overlapping memcpy at -O2 (GCC bug
  # 105329, a false positive); the warning says nothing about this code.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)

add_library(actorgraph_sanitizers INTERFACE)
add_library(actorgraph::sanitizers ALIAS actorgraph_sanitizers)
if(ACTORGRAPH_SANITIZE)
  target_compile_options(actorgraph_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(actorgraph_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
