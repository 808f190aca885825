#!/usr/bin/env bash
# Regenerates the derived seed files under tests/fuzz/corpus/ from
# resources/demo/site (HTML, robots.txt, sitemaps) and writes the hand-made
# ones (RFC 9309 robots examples, log lines, URLs). Run from anywhere; the
# scan-file seed needs the fuzz build: pass its directory as $1 to remake it.
set -euo pipefail
cd "$(dirname "$0")/../.."
site=resources/demo/site
c=tests/fuzz/corpus
mkdir -p "$c"/{linkextractor,urlnormalizer,robotstxt,sitemap,accesslog,contentnormalizer,condenser,scanfile}

# Link extractor: real demo pages.
for page in apex/index.html apex/directory.html blog/index.html shop/cart.html legacy/manuals/index.html; do
    cp "$site/$page" "$c/linkextractor/$(echo "$page" | tr / _)"
done
printf '<base href="http://other.example/x/"><a href="../up?a=1#f">u</a><area href="//cdn.example/p"><link rel="Alternate  Canonical" href="/c"><iframe src="mailto:x@y"></iframe><title> T  x </title>' \
    > "$c/linkextractor/base_and_schemes.html"
printf '%0.s<div>' $(seq 1 60) > "$c/linkextractor/deep_nesting.html"
printf '<a href="/deep">x</a>' >> "$c/linkextractor/deep_nesting.html"

# URL normaliser and domain input: one per line is not how the target reads
# (the whole input is one URL or domain), so one file each.
i=0
for u in 'HTTP://User:pw@Example.COM:80/a/./b/../%7euser/%2f?utm_source=x&id=3&jsessionid=A#frag' \
         'https://bücher.example/%e2%82%ac;jsessionid=123?sid=1&q=a+b' \
         'http://[::1]:8443/x/../y' 'example.com.' 'https://example.com/start?x=1' \
         'Example.COM:8443' 'user@example.com' 'http://192.0.2.1:65536/' 'javascript:alert(1)' \
         'localhost' '::1'; do
    printf '%s' "$u" > "$c/urlnormalizer/url$i"; i=$((i + 1))
done

# robots.txt: the demo site's files and the examples of RFC 9309 (2.2.2, 5.1, 5.2).
for host in apex blog legacy private shop www; do cp "$site/$host/robots.txt" "$c/robotstxt/$host.txt"; done
printf 'User-Agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\nUser-Agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n\nUser-Agent: barbot\nUser-Agent: bazbot\nDisallow: /example/page.html\n\nUser-Agent: quxbot\n\nEOF\n' > "$c/robotstxt/rfc9309_5.1.txt"
printf 'User-agent: sslrec/1.0\nallow: /example/page/\ndisallow: /example/page/disallowed.gif\nAllow: /this/path$\nDisallow: /%%7euser/*?q=%%E2%%82%%AC\ncrawl-delay: 2.5\nSitemap: https://example.com/sitemap.xml\n' > "$c/robotstxt/rfc9309_matching.txt"
printf '\xef\xbb\xbfuser-agent: *\r\ndisallow: /private # comment\rsitemap: /relative.xml\r\n' > "$c/robotstxt/bom_crlf.txt"

# Sitemaps: the demo's XML, an index, a text sitemap and gzip of each.
cp "$site/apex/sitemap.xml" "$c/sitemap/urlset.xml"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://example.com/sitemap-a.xml</loc></sitemap>\n<sitemap><loc>https://example.com/sitemap-b.xml.gz</loc></sitemap>\n</sitemapindex>\n' > "$c/sitemap/index.xml"
printf 'https://example.com/\nhttps://example.com/a?b=1\nftp://example.com/no\n' > "$c/sitemap/text.txt"
gzip -9nc "$c/sitemap/urlset.xml" > "$c/sitemap/urlset.xml.gz"
gzip -9nc "$c/sitemap/text.txt" > "$c/sitemap/text.txt.gz"

# Access logs: common, combined, escapes, proxy form, HEAD, errors.
cat > "$c/accesslog/combined.log" <<'LOG'
127.0.0.1 - - [10/Oct/2025:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326 "http://example.com/start" "Mozilla/5.0"
127.0.0.1 - frank [10/Oct/2025:13:55:37 -0700] "GET /a?b=c#frag HTTP/1.0" 304 -
127.0.0.1 - - [10/Oct/2025:13:55:38 -0700] "HEAD /head HTTP/1.1" 200 0 "-" "curl/8"
127.0.0.1 - - [10/Oct/2025:13:55:39 -0700] "POST /form HTTP/1.1" 302 0 "-" "x"
LOG
cat > "$c/accesslog/escapes.log" <<'LOG'
::1 - - [01/Jan/2026:00:00:00 +0000] "GET /q\"uote HTTP/1.1" 200 5 "-" "a \"b\""
10.0.0.1 - - [01/Jan/2026:00:00:01 +0000] "GET /\x22nginx\x5c HTTP/1.1" 200 5 "-" "-"
10.0.0.1 - - [01/Jan/2026:00:00:02 +0000] "GET http://www.example.com/proxy?x=1 HTTP/1.1" 200 5 "-" "-"
10.0.0.1 - - [01/Jan/2026:00:00:03 +0000] "GET http://evil.net/out HTTP/1.1" 200 5 "-" "-"
10.0.0.1 - - [01/Jan/2026:00:00:04 +0000] "\x16\x03\x01" 400 0 "-" "-"
LOG

# Content comparison: type byte, HTTP body, NUL, HTTPS body (see the target).
pair() { # name type-byte file [sed-expression for the HTTPS copy]
    { printf "\\x$2"; cat "$3"; if [ -n "${4:-}" ]; then printf '\0'; sed "$4" "$3"; fi; } > "$c/contentnormalizer/$1"
}
pair html_same 00 "$site/apex/index.html"
pair html_edited 00 "$site/blog/index.html" 's/<p>/<p>Changed /'
pair html_template 07 "$site/apex/about.html" 's/<h1>[^<]*/<h1>Welcome to nginx!/'
pair css_edited 02 "$site/shared/assets/site.css" 's/color/colour/'
pair xml_feed 05 "$site/blog/feed.xml" 's/2025/2026/g'
printf '\x04{"token":"abc123","time":"2026-01-01T00:00:00Z","n":1}\0{"token":"zzz999","time":"2026-01-02T00:00:00Z","n":1}' > "$c/contentnormalizer/json_tokens"
printf '\x06<!doctype html><title>sniffed</title><p>x' > "$c/contentnormalizer/sniffed"

# Condenser (differential): whole pages, and the constructs it must hand to
# gumbo unchanged in meaning (raw text, comments, foreign content, entities).
for page in apex/index.html blog/index.html shop/cart.html legacy/manuals/index.html; do
    cp "$site/$page" "$c/condenser/$(echo "$page" | tr / _)"
done
printf '<p>a</p><script>var s = "</scr" + "ipt>"; if (a<b) x();</script><!-- c --!><p>b<!--->d</p><?pi x?><textarea><p>t</p></textarea>' \
    > "$c/condenser/rawtext_and_comments.html"
printf '<svg><style>.x{}</style><![CDATA[<p>cd</p>]]><p>out</p></svg><math><mi>x</mi></math><table>lost<tr><td>c</td></tr></table><pre>\n\nx</pre>' \
    > "$c/condenser/foreign_and_tables.html"
printf '<title>A &amp; <b>b</b></title><p>&lt;&amp &notin; &copy AT&T &#0; &#x110000; &#128;\r\n\f</p><plaintext><p>x' \
    > "$c/condenser/entities_and_plaintext.html"

# Scan file: a valid file written by ScanStore (needs the fuzz build).
if [ -n "${1:-}" ]; then
    "$1/tests/fuzz/fuzz_make_scanfile_seed" "$c/scanfile/synthetic.sslrec"
fi
# A truncated copy reaches the "store.truncated"/"store.damaged" paths.
if [ -f "$c/scanfile/synthetic.sslrec" ]; then
    head -c 8192 "$c/scanfile/synthetic.sslrec" > "$c/scanfile/truncated.sslrec"
fi
