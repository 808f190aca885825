#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant the fuzzed code promises; a violation is a finding, so it
// aborts (libFuzzer saves the input as crash-*). Unlike Q_ASSERT it is
// active in every build type.
#define FUZZ_CHECK(condition)                                                                     \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)
