#pragma once

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <vector>

namespace sslrec {

/// Bump allocator for one gumbo parse: everything is released at once when
/// the arena goes, so freeing the tree needs no (recursive)
/// gumbo_destroy_output() and no per-node free(). Blocks grow from 64 KiB
/// to 8 MiB, so a small page costs one malloc and a large one a handful.
class GumboArena
{
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena()
    {
        for (char *block : m_blocks)
            std::free(block);
    }

    /// kGumboDefaultOptions allocating from this arena, recording no parse
    /// errors (nothing reads them; recording them costs memory and time).
    GumboOptions options()
    {
        GumboOptions o = kGumboDefaultOptions;
        o.allocator = &GumboArena::allocate;
        o.deallocator = &GumboArena::release;
        o.userdata = this;
        o.max_errors = 0;
        return o;
    }

    /// @p size bytes, 16-byte aligned, uninitialised; for trees built
    /// without gumbo (htmltreebuilder.h), released with the arena.
    void *allocate(std::size_t size) { return take(size); }

private:
    static void *allocate(void *self, std::size_t size) { return static_cast<GumboArena *>(self)->take(size); }
    static void release(void *, void *) {}

    void *take(std::size_t size)
    {
        size = (size + 15) & ~std::size_t(15);
        if (size > m_left) {
            const std::size_t blockSize = std::max(size, m_nextBlock);
            m_nextBlock = std::min<std::size_t>(m_nextBlock * 2, std::size_t(8) << 20);
            char *block = static_cast<char *>(std::malloc(blockSize));
            if (!block)
                std::abort(); // gumbo cannot handle a failed allocation either
            m_blocks.push_back(block);
            m_cursor = block;
            m_left = blockSize;
        }
        void *p = m_cursor;
        m_cursor += size;
        m_left -= size;
        return p;
    }

    std::vector<char *> m_blocks;
    char *m_cursor = nullptr;
    std::size_t m_left = 0;
    std::size_t m_nextBlock = std::size_t(64) << 10;
};

} // namespace sslrec
