// A command-line tool's main, run so that an exception — most often an
// argument that does not read as a number ("--errors MISC") — is an error
// message and exit status 2, not a terminate.
#ifndef SADA_UTIL_MAIN_GUARD_H_
#define SADA_UTIL_MAIN_GUARD_H_

#include <cstdio>
#include <exception>

namespace sada::internal {

inline int GuardedMain(const char* tool, int (*run)(int, char**), int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s (a number or file argument that does not read?)\n", tool, e.what());
    return 2;
  }
}

}  // namespace sada::internal

#endif  // SADA_UTIL_MAIN_GUARD_H_
