#!/usr/bin/env python3
"""Writes a static site of exactly N linked HTML pages for the large-scan
benchmark: / links to every section index, each section index to its pages,
each page to its neighbours, its section, the home page and a few pages of
other sections. Pages are ~5 KB of deterministic prose in a shared template,
like a documentation site or a blog archive.

    generate-site.py DIRECTORY N
"""
import os
import random
import sys

WORDS = (
    "proxy origin certificate chain handshake cipher session ticket resume "
    "request response header body cache cookie token nonce redirect status "
    "server client browser crawler sample page link anchor sitemap robots "
    "mode strict flexible full off edge visitor content parity compare diff "
    "table index query planner vacuum replication backup restore snapshot "
    "transaction commit rollback lock latch buffer page tuple column row "
    "schema function trigger sequence view policy role grant revoke audit "
    "the a an of to in on for with over under through between and or but "
    "quickly slowly safely rarely always never often sometimes usually "
    "configure install upgrade migrate deploy monitor measure profile tune"
).split()

PER_SECTION = 100


def paragraph(rng, sentences):
    out = []
    for _ in range(sentences):
        n = rng.randint(8, 18)
        s = " ".join(rng.choice(WORDS) for _ in range(n))
        out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


def page(title, nav, body_links, rng):
    paras = "\n".join("<p>%s</p>" % paragraph(rng, rng.randint(3, 6)) for _ in range(6))
    links = "\n".join('<li><a href="%s">%s</a></li>' % (href, text) for href, text in body_links)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>%s</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n"
        "<body><header><a href=\"/\">Bench Docs</a> %s</header>\n"
        "<main><h1>%s</h1>\n%s\n<ul>\n%s\n</ul></main>\n"
        "<footer>Generated for the sslrec benchmarks.</footer></body></html>\n"
        % (title, nav, title, paras, links)
    )


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, total = sys.argv[1], int(sys.argv[2])
    if total < 3:
        sys.exit("N must be at least 3")
    # total = 1 home + sections + leaves, with at most PER_SECTION leaves a section
    sections = max(1, -(-(total - 1) // (PER_SECTION + 1)))
    leaves = total - 1 - sections
    rng = random.Random(20240601)
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "style.css"), "w") as f:
        f.write("body{font-family:sans-serif;max-width:50em;margin:auto}\n")
    per = [leaves // sections + (1 if s < leaves % sections else 0) for s in range(sections)]

    def leaf_href(s, p):
        return "/s%04d/p%05d.html" % (s, p)

    home_links = [("/s%04d/" % s, "Section %d" % s) for s in range(sections)]
    with open(os.path.join(root, "index.html"), "w") as f:
        f.write(page("Bench Docs", "", home_links, rng))
    for s in range(sections):
        d = os.path.join(root, "s%04d" % s)
        os.makedirs(d, exist_ok=True)
        links = [(leaf_href(s, p), "Page %d.%d" % (s, p)) for p in range(per[s])]
        with open(os.path.join(d, "index.html"), "w") as f:
            f.write(page("Section %d" % s, '<a href="/s%04d/">Section %d</a>' % (s, s), links, rng))
        for p in range(per[s]):
            links = []
            if p > 0:
                links.append((leaf_href(s, p - 1), "Previous"))
            if p + 1 < per[s]:
                links.append((leaf_href(s, p + 1), "Next"))
            for _ in range(3):
                o = rng.randrange(sections)
                if per[o]:
                    q = rng.randrange(per[o])
                    links.append((leaf_href(o, q), "See also %d.%d" % (o, q)))
            nav = '<a href="/s%04d/">Section %d</a>' % (s, s)
            with open(os.path.join(d, "p%05d.html" % p), "w") as f:
                f.write(page("Page %d.%d" % (s, p), nav, links, rng))
    print("%d pages (%d sections) in %s" % (1 + sections + leaves, sections, root))


if __name__ == "__main__":
    main()
