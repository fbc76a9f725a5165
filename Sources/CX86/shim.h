#ifndef CX86_SHIM_H
#define CX86_SHIM_H
/// The compiler's own x86 intrinsics (the SHA extensions and CPUID) for MIME's SHA-256.
/// No logic here: Swift calls the intrinsics, and only after CPUID says the CPU has them.
#if defined(__x86_64__)
#include <immintrin.h>
#include <cpuid.h>
#endif
#endif
