#ifndef CSYSTEM_SHIM_H
#define CSYSTEM_SHIM_H
/// System headers Swift's own modules leave out. No logic here.
/// - The compiler's x86 intrinsics (the SHA extensions) and CPUID, for MIME's SHA-256: Swift calls
///   the intrinsics, and only after CPUID says the CPU has them.
/// - glibc's <malloc.h> (`mallopt`), for Gateway's `ProcessMemory`.
#if defined(__x86_64__)
#include <immintrin.h>
#include <cpuid.h>
#endif
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#endif
