#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sslrec {

/// 64-bit FNV-1a over bytes, usable incrementally: start with kFnvOffset and
/// feed bytes with fnvByte(). Words are hashed in place, never copied.
inline constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

inline constexpr std::uint64_t fnvByte(std::uint64_t h, unsigned char c)
{
    return (h ^ c) * kFnvPrime;
}

inline constexpr std::uint64_t fnvBytes(std::uint64_t h, std::string_view bytes)
{
    for (const char c : bytes)
        h = fnvByte(h, static_cast<unsigned char>(c));
    return h;
}

inline constexpr std::uint64_t fnv(std::string_view bytes)
{
    return fnvBytes(kFnvOffset, bytes);
}

/// Final avalanche (splitmix64): FNV's low bits are weak, and shingle hashes
/// are combined from several word hashes.
inline constexpr std::uint64_t mixHash(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/// Order-dependent combination of two hashes.
inline constexpr std::uint64_t combineHash(std::uint64_t seed, std::uint64_t value)
{
    return mixHash(seed * 0x9e3779b97f4a7c15ULL + value + 0x632be59bd9b4e019ULL);
}

} // namespace sslrec
