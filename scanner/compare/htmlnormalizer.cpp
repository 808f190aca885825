#include "compare/htmlnormalizer.h"

#include "compare/htmlcondenser.h"
#include "compare/htmlinputguard.h"
#include "compare/htmlwalker.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace sslrec {

namespace {

class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    ~Arena()
    {
        for (char *block : m_blocks)
            std::free(block);
    }

    static void *allocate(void *self, std::size_t size) { return static_cast<Arena *>(self)->take(size); }
    static void release(void *, void *) {}

private:
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

} // namespace

void HtmlNormalizer::normalize(std::string_view html, std::string_view selfHost, const NormalizeOptions &options,
                               NormalizedContent *out)
{
    out->kind = ContentKind::Html;
    if (html.size() > kMaxInputBytes) {
        html = html.substr(0, kMaxInputBytes);
        out->workCapped = true;
    }
    out->endsCleanly = HtmlInputGuard::endsCleanly(html);

    // Gumbo parses the condensed copy: the same tree, a fraction of the bytes.
    HtmlCondenser::Output condensed;
    const bool useCondensed = options.condense && HtmlCondenser::condense(html, &condensed);
    std::string_view parsed = useCondensed ? std::string_view(condensed.html) : html;
    if (const std::size_t cut = HtmlInputGuard::nestingCutoff(parsed, kMaxDepth * 4); cut < parsed.size()) {
        parsed = parsed.substr(0, cut);
        out->workCapped = true;
    }

    Arena arena;
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.allocator = &Arena::allocate;
    gumboOptions.deallocator = &Arena::release;
    gumboOptions.userdata = &arena;
    gumboOptions.max_errors = 0;
    GumboOutput *tree = gumbo_parse_with_options(&gumboOptions, parsed.data(), parsed.size());
    HtmlWalker::Input input;
    input.selfHost = selfHost;
    input.original = html;
    input.runs = useCondensed ? &condensed.runs : nullptr;
    input.displayText = options.displayText;
    input.rawShingles = options.rawShingles;
    HtmlWalker::walk(tree->document, input, out);
    // No gumbo_destroy_output(): the arena owns every byte gumbo allocated.
}

} // namespace sslrec
