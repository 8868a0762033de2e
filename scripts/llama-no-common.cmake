# Injected into llama.cpp's CMake project by scripts/setup: the Python package never loads
# llama.cpp's "common" helper library, and skipping it halves the build.
set(LLAMA_BUILD_COMMON OFF)
