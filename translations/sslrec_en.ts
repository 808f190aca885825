<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Find the most secure proxy TLS mode each origin of a domain supports.</source>
        <translation>Find the most secure proxy TLS mode each origin of a domain supports.</translation>
    </message>
    <message>
        <source>A domain to scan right away, or a saved scan (.sslrec) to open.</source>
        <translation>A domain to scan right away, or a saved scan (.sslrec) to open.</translation>
    </message>
    <message>
        <source>Scan the built-in demo site on loopback.</source>
        <translation>Scan the built-in demo site on loopback.</translation>
    </message>
    <message>
        <source>Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system&apos;s.</translation>
    </message>
    <message>
        <source>Cannot start the scan</source>
        <translation>Cannot start the scan</translation>
    </message>
</context>
<context>
    <name>sslrec</name>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; is not a number from %3 to %4</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1: &apos;%2&apos; does not exist</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a readable file</source>
        <translation>--%1: &apos;%2&apos; is not a readable file</translation>
    </message>
    <message>
        <source>Pin HOST to ADDRESS for both ports, like curl&apos;s --resolve without a port. SNI and Host stay HOST. Repeatable.</source>
        <translation>Pin HOST to ADDRESS for both ports, like curl&apos;s --resolve without a port. SNI and Host stay HOST. Repeatable.</translation>
    </message>
    <message>
        <source>Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).</source>
        <translation>Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file when validating. Repeatable.</source>
        <translation>Also trust the CA certificates in this PEM file when validating. Repeatable.</translation>
    </message>
    <message>
        <source>Do not trust the bundled Cloudflare Origin CA roots.</source>
        <translation>Do not trust the bundled Cloudflare Origin CA roots.</translation>
    </message>
    <message>
        <source>Do not trust the system&apos;s root certificates.</source>
        <translation>Do not trust the system&apos;s root certificates.</translation>
    </message>
    <message>
        <source>The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker.</source>
        <translation>The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker.</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (default 100).</source>
        <translation>Page pairs sampled per origin (default 100).</translation>
    </message>
    <message>
        <source>Origins (hostnames) per scan (default 25).</source>
        <translation>Origins (hostnames) per scan (default 25).</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (default 4).</source>
        <translation>Parallel requests per origin and scheme (default 4).</translation>
    </message>
    <message>
        <source>Milliseconds between requests to one origin and scheme (default 0).</source>
        <translation>Milliseconds between requests to one origin and scheme (default 0).</translation>
    </message>
    <message>
        <source>User-Agent header (default sslrec/&lt;version&gt; (+&lt;docs&gt;)).</source>
        <translation>User-Agent header (default sslrec/&lt;version&gt; (+&lt;docs&gt;)).</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey: &apos;all&apos; (sslrec, else *; default) or &apos;named-only&apos; (only rules naming sslrec).</source>
        <translation>Which robots.txt rules to obey: &apos;all&apos; (sslrec, else *; default) or &apos;named-only&apos; (only rules naming sslrec).</translation>
    </message>
    <message>
        <source>Scan only the domain itself (and www.), not subdomains found while crawling.</source>
        <translation>Scan only the domain itself (and www.), not subdomains found while crawling.</translation>
    </message>
    <message>
        <source>File with one URL or path per line, sampled when the crawl finds too few pages.</source>
        <translation>File with one URL or path per line, sampled when the crawl finds too few pages.</translation>
    </message>
    <message>
        <source>Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few.</source>
        <translation>Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few.</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTP service (default 80).</source>
        <translation>Port of the origins&apos; HTTP service (default 80).</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTPS service (default 443).</source>
        <translation>Port of the origins&apos; HTTPS service (default 443).</translation>
    </message>
    <message>
        <source>HTTP proxy for unpinned hosts, as http://HOST:PORT (&apos;none&apos; to ignore the system proxy).</source>
        <translation>HTTP proxy for unpinned hosts, as http://HOST:PORT (&apos;none&apos; to ignore the system proxy).</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 15).</source>
        <translation>Seconds without progress before a request fails (default 15).</translation>
    </message>
    <message>
        <source>Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded.</source>
        <translation>Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded.</translation>
    </message>
    <message>
        <source>Days before expiry that count as &apos;expires soon&apos; (default 30).</source>
        <translation>Days before expiry that count as &apos;expires soon&apos; (default 30).</translation>
    </message>
    <message>
        <source>Stop the whole scan after this many seconds (default: no limit).</source>
        <translation>Stop the whole scan after this many seconds (default: no limit).</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos; is not HOST:ADDRESS (for example www.example.com:192.0.2.10)</source>
        <translation>--resolve &apos;%1&apos; is not HOST:ADDRESS (for example www.example.com:192.0.2.10)</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not a valid hostname</source>
        <translation>--resolve &apos;%1&apos;: &apos;%2&apos; is not a valid hostname</translation>
    </message>
    <message>
        <source>--user-agent must not be empty</source>
        <translation>--user-agent must not be empty</translation>
    </message>
    <message>
        <source>--current-mode &apos;%1&apos; is not one of: %2</source>
        <translation>--current-mode &apos;%1&apos; is not one of: %2</translation>
    </message>
    <message>
        <source>--robots &apos;%1&apos; is not &apos;all&apos; or &apos;named-only&apos;</source>
        <translation>--robots &apos;%1&apos; is not &apos;all&apos; or &apos;named-only&apos;</translation>
    </message>
    <message>
        <source>--proxy &apos;%1&apos; is not http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>--proxy &apos;%1&apos; is not http://HOST:PORT or socks5://HOST:PORT</translation>
    </message>
</context>
<context>
    <name>sslrec::cli</name>
    <message>
        <source>Usage: sslrec-cli COMMAND [OPTIONS]

Finds, for every origin behind a domain, the most secure TLS mode a reverse
proxy (Cloudflare-style) can use to reach it without breaking the site.

Commands:
  scan DOMAIN [options]         crawl, fetch every sampled page over HTTP and
                                HTTPS, compare, validate certificates and
                                recommend a mode per origin
  scan --demo                   scan the built-in loopback demo origins
  compare HTTP_FILE HTTPS_FILE  judge whether two bodies are the same page
  report SCAN.sslrec (--json|--csv|--html|--pdf) FILE
                                export a saved scan
  diff OLD.sslrec NEW.sslrec    what changed between two scans

Options:
  -h, --help       show this help (COMMAND --help for a command&apos;s options)
  -v, --version    print the version

Exit codes:
  0    done (scan: every origin got a verdict)
  1    the command failed (unreadable or damaged file, write error, ...)
  2    bad arguments, or a command this build does not implement
  3    scan finished, but at least one origin could not be judged
  4    diff: the two scans differ
  130  interrupted; a scan file written with --out can be resumed

Documentation: docs/user-guide.md, sslrec-cli(1).
</source>
        <translation>Usage: sslrec-cli COMMAND [OPTIONS]

Finds, for every origin behind a domain, the most secure TLS mode a reverse
proxy (Cloudflare-style) can use to reach it without breaking the site.

Commands:
  scan DOMAIN [options]         crawl, fetch every sampled page over HTTP and
                                HTTPS, compare, validate certificates and
                                recommend a mode per origin
  scan --demo                   scan the built-in loopback demo origins
  compare HTTP_FILE HTTPS_FILE  judge whether two bodies are the same page
  report SCAN.sslrec (--json|--csv|--html|--pdf) FILE
                                export a saved scan
  diff OLD.sslrec NEW.sslrec    what changed between two scans

Options:
  -h, --help       show this help (COMMAND --help for a command&apos;s options)
  -v, --version    print the version

Exit codes:
  0    done (scan: every origin got a verdict)
  1    the command failed (unreadable or damaged file, write error, ...)
  2    bad arguments, or a command this build does not implement
  3    scan finished, but at least one origin could not be judged
  4    diff: the two scans differ
  130  interrupted; a scan file written with --out can be resumed

Documentation: docs/user-guide.md, sslrec-cli(1).
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;sslrec-cli --help&apos; for the list of commands.</source>
        <translation>unknown command &apos;%1&apos;. Run &apos;sslrec-cli --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <source>Usage: sslrec-cli compare HTTP_FILE HTTPS_FILE [OPTIONS]

Judges whether two response bodies, saved from the HTTP and the HTTPS
version of one URL, are the same page despite dynamic noise (timestamps,
tokens, rotating blocks). Prints the verdict, a score (1 = identical) and
the reason.

Options:
  --json                  print one JSON object (verdict, score, reason,
                          reason_code, near_threshold, details)
  --content-type TYPE     Content-Type of both bodies (default: sniffed)
  --http-status N         HTTP status of the HTTP response (default 200)
  --https-status N        HTTP status of the HTTPS response (default 200)
  --url URL               the page&apos;s URL, so self-links compare scheme-neutral
  --refetch FILE          a second HTTP fetch of the page, to measure its noise
  -h, --help              show this help

Exit codes: 0 compared (whatever the verdict), 1 a file could not be read,
2 bad arguments.
</source>
        <translation>Usage: sslrec-cli compare HTTP_FILE HTTPS_FILE [OPTIONS]

Judges whether two response bodies, saved from the HTTP and the HTTPS
version of one URL, are the same page despite dynamic noise (timestamps,
tokens, rotating blocks). Prints the verdict, a score (1 = identical) and
the reason.

Options:
  --json                  print one JSON object (verdict, score, reason,
                          reason_code, near_threshold, details)
  --content-type TYPE     Content-Type of both bodies (default: sniffed)
  --http-status N         HTTP status of the HTTP response (default 200)
  --https-status N        HTTP status of the HTTPS response (default 200)
  --url URL               the page&apos;s URL, so self-links compare scheme-neutral
  --refetch FILE          a second HTTP fetch of the page, to measure its noise
  -h, --help              show this help

Exit codes: 0 compared (whatever the verdict), 1 a file could not be read,
2 bad arguments.
</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. Check the path and its permissions.</source>
        <translation>cannot read &apos;%1&apos;: %2. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>compare: %1. Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare: %1. Run &apos;sslrec-cli compare --help&apos; for usage.</translation>
    </message>
    <message>
        <source>compare needs exactly two files, the HTTP body and the HTTPS body (got %1). Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare needs exactly two files, the HTTP body and the HTTPS body (got %1). Run &apos;sslrec-cli compare --help&apos; for usage.</translation>
    </message>
    <message>
        <source>compare: a status must be a number from 0 to 999 (0 = no response).</source>
        <translation>compare: a status must be a number from 0 to 999 (0 = no response).</translation>
    </message>
    <message>
        <source>compare: &apos;%1&apos; is not a URL with a host name.</source>
        <translation>compare: &apos;%1&apos; is not a URL with a host name.</translation>
    </message>
    <message>
        <source>verdict: %1
score:   %2
reason:  %3 (%4)
</source>
        <translation>verdict: %1
score:   %2
reason:  %3 (%4)
</translation>
    </message>
    <message>
        <source>note:    close to the line; --refetch with a second HTTP fetch would measure the page&apos;s noise
</source>
        <translation>note:    close to the line; --refetch with a second HTTP fetch would measure the page&apos;s noise
</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>%1… %2, expires %3</source>
        <translation>%1… %2, expires %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4)
</source>
        <translation>Comparing %1 (%2) with %3 (%4)
</translation>
    </message>
    <message>
        <source>Origins added: %1
</source>
        <translation>Origins added: %1
</translation>
    </message>
    <message>
        <source>Origins gone: %1
</source>
        <translation>Origins gone: %1
</translation>
    </message>
    <message>
        <source>Recommendation changed:
</source>
        <translation>Recommendation changed:
</translation>
    </message>
    <message>
        <source>Certificate changed:
</source>
        <translation>Certificate changed:
</translation>
    </message>
    <message>
        <source>Page verdict changed:
</source>
        <translation>Page verdict changed:
</translation>
    </message>
    <message>
        <source>Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)
</source>
        <translation>Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)
</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>No changes.
</translation>
    </message>
    <message>
        <source>Show what changed between two saved scans: origins that appeared or disappeared, recommendations, certificates (fingerprint, validity) and page verdicts.</source>
        <translation>Show what changed between two saved scans: origins that appeared or disappeared, recommendations, certificates (fingerprint, validity) and page verdicts.</translation>
    </message>
    <message>
        <source>The older scan file.</source>
        <translation>The older scan file.</translation>
    </message>
    <message>
        <source>The newer scan file.</source>
        <translation>The newer scan file.</translation>
    </message>
    <message>
        <source>Print the differences as one JSON object.</source>
        <translation>Print the differences as one JSON object.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli diff --help&apos; for the options.</source>
        <translation>. Run &apos;sslrec-cli diff --help&apos; for the options.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.
Pages only one scan sampled are reported but are not a change.
</source>
        <translation>
Exit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.
Pages only one scan sampled are reported but are not a change.
</translation>
    </message>
    <message>
        <source>give two scan files, the older first: &apos;sslrec-cli diff old.sslrec new.sslrec&apos;.</source>
        <translation>give two scan files, the older first: &apos;sslrec-cli diff old.sslrec new.sslrec&apos;.</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation>Write the result as JSON to FILE (&apos;-&apos; for standard output).</translation>
    </message>
    <message>
        <source>Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv.</source>
        <translation>Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Write a self-contained HTML report to FILE.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Write the report as PDF to FILE.</translation>
    </message>
    <message>
        <source>Export a saved scan (SCAN.sslrec, written by &apos;sslrec-cli scan --out&apos;) as a report, without the network.</source>
        <translation>Export a saved scan (SCAN.sslrec, written by &apos;sslrec-cli scan --out&apos;) as a report, without the network.</translation>
    </message>
    <message>
        <source>The scan file to read.</source>
        <translation>The scan file to read.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli report --help&apos; for the options.</source>
        <translation>. Run &apos;sslrec-cli report --help&apos; for the options.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.
</source>
        <translation>
Exit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.
</translation>
    </message>
    <message>
        <source>give exactly one scan file, e.g. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</source>
        <translation>give exactly one scan file, e.g. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</translation>
    </message>
    <message>
        <source>choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE.</source>
        <translation>choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE.</translation>
    </message>
    <message>
        <source>origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8</source>
        <translation>origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (paused)</translation>
    </message>
    <message>
        <source>--resume continues the scan stored in the file; leave out the domain and --demo.</source>
        <translation>--resume continues the scan stored in the file; leave out the domain and --demo.</translation>
    </message>
    <message>
        <source>--demo scans the built-in demo origins; leave out the domain.</source>
        <translation>--demo scans the built-in demo origins; leave out the domain.</translation>
    </message>
    <message>
        <source>cannot start the demo origins: %1</source>
        <translation>cannot start the demo origins: %1</translation>
    </message>
    <message>
        <source>cannot write the demo CA to a temporary file: %1</source>
        <translation>cannot write the demo CA to a temporary file: %1</translation>
    </message>
    <message>
        <source>no domain given. Usage: sslrec-cli scan DOMAIN [options]</source>
        <translation>no domain given. Usage: sslrec-cli scan DOMAIN [options]</translation>
    </message>
    <message>
        <source>one domain per scan; got %1</source>
        <translation>one domain per scan; got %1</translation>
    </message>
    <message>
        <source>Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, validate every origin&apos;s certificate, and recommend the most secure proxy mode per origin.</source>
        <translation>Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, validate every origin&apos;s certificate, and recommend the most secure proxy mode per origin.</translation>
    </message>
    <message>
        <source>The domain to scan, e.g. example.com or https://example.com/shop.</source>
        <translation>The domain to scan, e.g. example.com or https://example.com/shop.</translation>
    </message>
    <message>
        <source>Scan the built-in demo origins on loopback (no network needed).</source>
        <translation>Scan the built-in demo origins on loopback (no network needed).</translation>
    </message>
    <message>
        <source>Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. A scan killed midway keeps what it had; continue it with --resume.</source>
        <translation>Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. A scan killed midway keeps what it had; continue it with --resume.</translation>
    </message>
    <message>
        <source>Let --out replace an existing file.</source>
        <translation>Let --out replace an existing file.</translation>
    </message>
    <message>
        <source>Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages.</source>
        <translation>Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages.</translation>
    </message>
    <message>
        <source>No progress line and no summary table.</source>
        <translation>No progress line and no summary table.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli scan --help&apos; for the options.</source>
        <translation>. Run &apos;sslrec-cli scan --help&apos; for the options.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, 3 some origins could not be judged, 130 interrupted (the --out file can be resumed).
</source>
        <translation>
Exit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, 3 some origins could not be judged, 130 interrupted (the --out file can be resumed).
</translation>
    </message>
    <message>
        <source>the scan file can no longer be written (%1); the scan goes on, but what follows is not saved</source>
        <translation>the scan file can no longer be written (%1); the scan goes on, but what follows is not saved</translation>
    </message>
    <message>
        <source>sslrec-cli: interrupted; finishing with what was fetched...
</source>
        <translation>sslrec-cli: interrupted; finishing with what was fetched...
</translation>
    </message>
    <message>
        <source>the scan file %1 is incomplete: the last writes failed</source>
        <translation>the scan file %1 is incomplete: the last writes failed</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>note: %1
</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <translation>RECOMMENDED</translation>
    </message>
    <message>
        <source>API VALUE</source>
        <translation>API VALUE</translation>
    </message>
    <message>
        <source>KEY REASON</source>
        <translation>KEY REASON</translation>
    </message>
    <message>
        <source>(no origin was scanned)
</source>
        <translation>(no origin was scanned)
</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CertificatePanel</name>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>Names (SAN):</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Serial:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>Findings of this certificate</source>
        <translation>Findings of this certificate</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Certificate PEM</source>
        <translation>Certificate PEM</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Copy PEM</translation>
    </message>
    <message>
        <source>Copy the certificate in PEM format to the clipboard</source>
        <translation>Copy the certificate in PEM format to the clipboard</translation>
    </message>
    <message>
        <source>Sa&amp;ve PEM…</source>
        <translation>Sa&amp;ve PEM…</translation>
    </message>
    <message>
        <source>Save the certificate in PEM format to a file</source>
        <translation>Save the certificate in PEM format to a file</translation>
    </message>
    <message>
        <source>  (self-signed)</source>
        <translation>  (self-signed)</translation>
    </message>
    <message>
        <source>none (no subjectAltName: browsers and validating proxies reject it)</source>
        <translation>none (no subjectAltName: browsers and validating proxies reject it)</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>expired %1 days ago</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>not valid yet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>%1 to %2 — %3</translation>
    </message>
    <message>
        <source>, %1 bits</source>
        <translation>, %1 bits</translation>
    </message>
    <message>
        <source>, curve %1</source>
        <translation>, curve %1</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation> (CA)</translation>
    </message>
    <message>
        <source>No findings for this certificate.</source>
        <translation>No findings for this certificate.</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>Save Certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM certificates (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>Could not save %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ChainView</name>
    <message>
        <source>Chain as served (leaf first):</source>
        <translation>Chain as served (leaf first):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certificate chain</translation>
    </message>
    <message>
        <source>Connection findings:</source>
        <translation>Connection findings:</translation>
    </message>
    <message>
        <source>Connection findings</source>
        <translation>Connection findings</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>TLS session</translation>
    </message>
    <message>
        <source>No TLS report for this origin yet.</source>
        <translation>No TLS report for this origin yet.</translation>
    </message>
    <message>
        <source>%1: no TLS connection on port %2 (%3).</source>
        <translation>%1: no TLS connection on port %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2.</source>
        <translation>%1: the TLS handshake failed: %2.</translation>
    </message>
    <message>
        <source>%1: the certificate is valid for this hostname. Trusted via %2.</source>
        <translation>%1: the certificate is valid for this hostname. Trusted via %2.</translation>
    </message>
    <message>
        <source>%1: a validating proxy rejects this certificate: %2 (trust: %3).</source>
        <translation>%1: a validating proxy rejects this certificate: %2 (trust: %3).</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>see the findings</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>leaf</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Protocol: %1
Cipher: %2
ALPN: %3
Key exchange: %4
OCSP stapling: %5
Address: %6 port %7</source>
        <translation>Protocol: %1
Cipher: %2
ALPN: %3
Key exchange: %4
OCSP stapling: %5
Address: %6 port %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No session (%1).</source>
        <translation>No session (%1).</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CompareDialog</name>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>%1…, %2, expires %3</source>
        <translation>%1…, %2, expires %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>Changes in %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes between the scans</source>
        <translation>Changes between the scans</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n recommendation changed</numerusform>
            <numerusform>%n recommendations changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) changed</source>
        <translation>
            <numerusform>%n certificate changed</numerusform>
            <numerusform>%n certificates changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page verdict(s) changed</source>
        <translation>
            <numerusform>%n page verdict changed</numerusform>
            <numerusform>%n page verdicts changed</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the same origins, recommendations, certificates and page verdicts.</source>
        <translation>No changes: the same origins, recommendations, certificates and page verdicts.</translation>
    </message>
    <message>
        <source>The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).</source>
        <translation>The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Page verdicts</source>
        <translation>Page verdicts</translation>
    </message>
    <message>
        <source>Origins only in the newer scan</source>
        <translation>Origins only in the newer scan</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>Origins only in the older scan</source>
        <translation>Origins only in the older scan</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DemoSite</name>
    <message>
        <source>Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.</source>
        <translation>Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DiffDocument</name>
    <message>
        <source>⋯ 1 unchanged line hidden</source>
        <translation>⋯ 1 unchanged line hidden</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines hidden</source>
        <translation>⋯ %1 unchanged lines hidden</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ExportDialog</name>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Every origin, page and certificate, for scripts (docs/json-format.md)</source>
        <translation>Every origin, page and certificate, for scripts (docs/json-format.md)</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>One row per page; the origins go to a second file ending in -origins.csv</source>
        <translation>One row per page; the origins go to a second file ending in -origins.csv</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>&amp;HTML report</translation>
    </message>
    <message>
        <source>A self-contained report with verdicts, certificates and the diffs of differing pages</source>
        <translation>A self-contained report with verdicts, certificates and the diffs of differing pages</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <source>The HTML report as a printable PDF</source>
        <translation>The HTML report as a printable PDF</translation>
    </message>
    <message>
        <source>Cloud&amp;flare settings</source>
        <translation>Cloud&amp;flare settings</translation>
    </message>
    <message>
        <source>Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes</source>
        <translation>Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.</source>
        <translation>Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose a file for the %1, or untick it.</source>
        <translation>Choose a file for the %1, or untick it.</translation>
    </message>
    <message>
        <source>Tick at least one report to export.</source>
        <translation>Tick at least one report to export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::FileField</name>
    <message>
        <source>none</source>
        <extracomment>No file chosen</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::HeadersTable</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Response headers, HTTP and HTTPS</source>
        <translation>Response headers, HTTP and HTTPS</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New Scan…</source>
        <translation>&amp;New Scan…</translation>
    </message>
    <message>
        <source>Back to the start page to enter a domain</source>
        <translation>Back to the start page to enter a domain</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>&amp;Start Scan</translation>
    </message>
    <message>
        <source>Scan the &amp;Demo Site</source>
        <translation>Scan the &amp;Demo Site</translation>
    </message>
    <message>
        <source>Pause or resume fetching (Ctrl+Shift+P)</source>
        <translation>Pause or resume fetching (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>&amp;Cancel Scan</translation>
    </message>
    <message>
        <source>Stop the scan; each origin is judged on what was fetched (Ctrl+.)</source>
        <translation>Stop the scan; each origin is judged on what was fetched (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Find Page…</source>
        <translation>&amp;Find Page…</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>Show &amp;Results</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;About sslrec</source>
        <translation>&amp;About sslrec</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>Menu title (the noun): the menu of scan actions</extracomment>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>sslrec</source>
        <translation>sslrec</translation>
    </message>
    <message>
        <source>%1 — sslrec</source>
        <translation>%1 — sslrec</translation>
    </message>
    <message>
        <source>%1 — %2 — sslrec</source>
        <translation>%1 — %2 — sslrec</translation>
    </message>
    <message>
        <source> Notes: %1</source>
        <translation> Notes: %1</translation>
    </message>
    <message>
        <source>Scan of %1 cancelled.</source>
        <translation>Scan of %1 cancelled.</translation>
    </message>
    <message>
        <source>Scan of %1 finished.</source>
        <translation>Scan of %1 finished.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message>
        <source>Scanning the demo site on this computer…</source>
        <translation>Scanning the demo site on this computer…</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3, scanned %4.</source>
        <extracomment>%1 is a file name, %2 &quot;N origins&quot;, %3 &quot;N pages&quot;, %4 a date and time</extracomment>
        <translation>Opened %1: %2, %3, scanned %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n origin</numerusform>
            <numerusform>%n origins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 has not been compared yet.</source>
        <translation>%1%2 has not been compared yet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Menu action that continues a paused scan</extracomment>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>About sslrec</source>
        <translation>About sslrec</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds, for every origin behind a domain, the most secure TLS mode a reverse proxy can use to reach it without breaking the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds, for every origin behind a domain, the most secure TLS mode a reverse proxy can use to reach it without breaking the site.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ModeLadderModel</name>
    <message>
        <source>521 Web server is down</source>
        <translation>521 Web server is down</translation>
    </message>
    <message>
        <source>522 Connection timed out</source>
        <translation>522 Connection timed out</translation>
    </message>
    <message>
        <source>525 SSL handshake failed</source>
        <translation>525 SSL handshake failed</translation>
    </message>
    <message>
        <source>526 Invalid SSL certificate</source>
        <translation>526 Invalid SSL certificate</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>safe</source>
        <extracomment>Whether a proxy mode keeps the site working: &quot;safe&quot;, or it &quot;breaks&quot; the site</extracomment>
        <translation>safe</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>breaks</translation>
    </message>
    <message>
        <source>Recommended: the most secure mode that keeps the site working</source>
        <translation>Recommended: the most secure mode that keeps the site working</translation>
    </message>
    <message>
        <source>Cloudflare API value: %1</source>
        <translation>Cloudflare API value: %1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Safe?</source>
        <translation>Safe?</translation>
    </message>
    <message>
        <source>Visitors would get</source>
        <translation>Visitors would get</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginDetails</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <source>Mode ladder</source>
        <translation>Mode ladder</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>Reasons for the recommendation</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>Show pages</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Different</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Not judged yet</translation>
    </message>
    <message>
        <source>Search path, status or reason (Ctrl+F)</source>
        <translation>Search path, status or reason (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Search pages</translation>
    </message>
    <message>
        <source>Pages of the origin</source>
        <translation>Pages of the origin</translation>
    </message>
    <message>
        <source>Double-click or press Enter to compare the page side by side</source>
        <translation>Double-click or press Enter to compare the page side by side</translation>
    </message>
    <message>
        <source>Select an origin to see its verdict, pages and certificate.</source>
        <translation>Select an origin to see its verdict, pages and certificate.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API value: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API value: &lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <source>Advice: redirect HTTP to HTTPS at the edge.</source>
        <translation>Advice: redirect HTTP to HTTPS at the edge.</translation>
    </message>
    <message>
        <source>robots.txt: %1</source>
        <translation>robots.txt: %1</translation>
    </message>
    <message>
        <source>%1: still scanning — the verdict comes when every sampled page is compared.</source>
        <translation>%1: still scanning — the verdict comes when every sampled page is compared.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginsModel</name>
    <message>
        <source>no HTTPS: %1</source>
        <translation>no HTTPS: %1</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connection failed</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>handshake failed: %1</translation>
    </message>
    <message>
        <source>valid, 1 day left</source>
        <translation>valid, 1 day left</translation>
    </message>
    <message>
        <source>valid, %1 days left</source>
        <translation>valid, %1 days left</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>scanning…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>The value of Cloudflare&apos;s &quot;ssl&quot; zone setting for this mode</source>
        <translation>The value of Cloudflare&apos;s &quot;ssl&quot; zone setting for this mode</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>API value</source>
        <translation>API value</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <source>HTTP ok</source>
        <translation>HTTP ok</translation>
    </message>
    <message>
        <source>HTTPS ok</source>
        <translation>HTTPS ok</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Different</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <source>Distinct URLs found on this origin</source>
        <translation>Distinct URLs found on this origin</translation>
    </message>
    <message>
        <source>Pages chosen and fetched over both schemes</source>
        <translation>Pages chosen and fetched over both schemes</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTP</source>
        <translation>Sampled pages that answered over HTTP</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTPS</source>
        <translation>Sampled pages that answered over HTTPS</translation>
    </message>
    <message>
        <source>Pages with a verdict</source>
        <translation>Pages with a verdict</translation>
    </message>
    <message>
        <source>The value to set in Cloudflare&apos;s API (zone setting &quot;ssl&quot;)</source>
        <translation>The value to set in Cloudflare&apos;s API (zone setting &quot;ssl&quot;)</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>The scan ended before this origin was judged (it was cancelled or interrupted). Continue it with: sslrec-cli scan --resume FILE</source>
        <translation>The scan ended before this origin was judged (it was cancelled or interrupted). Continue it with: sslrec-cli scan --resume FILE</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffDialog</name>
    <message>
        <source>%1%2 — HTTP vs HTTPS</source>
        <translation>%1%2 — HTTP vs HTTPS</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffView</name>
    <message>
        <source>&amp;Normalised</source>
        <translation>&amp;Normalised</translation>
    </message>
    <message>
        <source>Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies.</source>
        <translation>Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies.</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>Only &amp;changes</translation>
    </message>
    <message>
        <source>Hide unchanged lines except a few around each difference</source>
        <translation>Hide unchanged lines except a few around each difference</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Previous Difference</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>Previous difference (Shift+F8)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Next Difference</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>Next difference (F8)</translation>
    </message>
    <message>
        <source>&amp;Body (HTTP left, HTTPS right)</source>
        <translation>&amp;Body (HTTP left, HTTPS right)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Headers</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%2&lt;/b&gt; — %3, score %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</source>
        <translation>&lt;b&gt;%1%2&lt;/b&gt; — %3, score %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</translation>
    </message>
    <message>
        <source>&amp;Headers (%1 differ)</source>
        <translation>&amp;Headers (%1 differ)</translation>
    </message>
    <message>
        <source>The bodies of this page were not kept: the scan file does not hold them (it could not be written), and in memory sslrec keeps differing pages only, up to a budget.</source>
        <translation>The bodies of this page were not kept: the scan file does not hold them (it could not be written), and in memory sslrec keeps differing pages only, up to a budget.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>difference %1 of %2</source>
        <translation>difference %1 of %2</translation>
    </message>
    <message>
        <source>no differences after masking noise; the status, type or raw bytes differ (untick Normalised)</source>
        <translation>no differences after masking noise; the status, type or raw bytes differ (untick Normalised)</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>no differences</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PagesModel</name>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ProgressPanel</name>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation>Pages compared</translation>
    </message>
    <message>
        <source>%v of %m pages compared</source>
        <translation>%v of %m pages compared</translation>
    </message>
    <message>
        <source>Elapsed time and estimate</source>
        <translation>Elapsed time and estimate</translation>
    </message>
    <message>
        <source>Progress per origin</source>
        <translation>Progress per origin</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>  %1 of %2 origins done</source>
        <translation>  %1 of %2 origins done</translation>
    </message>
    <message>
        <source>Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued</source>
        <translation>Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimating…</translation>
    </message>
    <message>
        <source>Cancelled: %1 (origins judged on what was fetched)</source>
        <translation>Cancelled: %1 (origins judged on what was fetched)</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>Took %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n origin</numerusform>
            <numerusform>%n origins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::RateGraph</name>
    <message>
        <source>Requests per second, last 60 seconds</source>
        <translation>Requests per second, last 60 seconds</translation>
    </message>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>Requests per second over the last minute</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>no requests yet</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>max %1 · 60 s</source>
        <translation>max %1 · 60 s</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ResultsView</name>
    <message>
        <source>Origins and their recommended modes</source>
        <translation>Origins and their recommended modes</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanController</name>
    <message>
        <source>The demo site did not start: %1</source>
        <translation>The demo site did not start: %1</translation>
    </message>
    <message>
        <source>Scans are not being saved: no temporary folder can be created in %1 (%2). Free some space there to save scans.</source>
        <translation>Scans are not being saved: no temporary folder can be created in %1 (%2). Free some space there to save scans.</translation>
    </message>
    <message>
        <source>This scan is not being saved: %1</source>
        <translation>This scan is not being saved: %1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanFiles</name>
    <message>
        <source>sslrec scans (*.sslrec);;All files (*)</source>
        <translation>sslrec scans (*.sslrec);;All files (*)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (this window)</source>
        <translation>%1, scanned %2 (this window)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (%3)</source>
        <translation>%1, scanned %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>&amp;Open Scan…</translation>
    </message>
    <message>
        <source>Open a saved scan (.sslrec) to see its results offline</source>
        <translation>Open a saved scan (.sslrec) to see its results offline</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save Scan &amp;As…</source>
        <translation>Save Scan &amp;As…</translation>
    </message>
    <message>
        <source>Save the scan with every page body, to reopen it later without the network</source>
        <translation>Save the scan with every page body, to reopen it later without the network</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings</source>
        <translation>Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Scan…</source>
        <translation>Co&amp;mpare with Another Scan…</translation>
    </message>
    <message>
        <source>Show what changed between this scan and a saved one</source>
        <translation>Show what changed between this scan and a saved one</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>Open Scan</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent scans</source>
        <translation>No recent scans</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Save Scan As</source>
        <translation>Save Scan As</translation>
    </message>
    <message>
        <source>This scan cannot be saved: it was not written to a scan file (see the earlier message).</source>
        <translation>This scan cannot be saved: it was not written to a scan file (see the earlier message).</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Saving to %1…</translation>
    </message>
    <message>
        <source>Saved the scan to %1.</source>
        <translation>Saved the scan to %1.</translation>
    </message>
    <message>
        <source>Export is available once the scan has finished.</source>
        <translation>Export is available once the scan has finished.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <source>Compare with Scan</source>
        <translation>Compare with Scan</translation>
    </message>
    <message>
        <source>Comparing is available once the scan has finished.</source>
        <translation>Comparing is available once the scan has finished.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanOptionsPanel</name>
    <message>
        <source>Scan &amp;options</source>
        <translation>Scan &amp;options</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>Show scan options</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (--max-pages)</source>
        <translation>Page pairs sampled per origin (--max-pages)</translation>
    </message>
    <message>
        <source>Max &amp;pages per origin:</source>
        <translation>Max &amp;pages per origin:</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (--concurrency). Be gentle with small servers.</source>
        <translation>Parallel requests per origin and scheme (--concurrency). Be gentle with small servers.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concurrency:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The current proxy mode is not known</extracomment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The proxy mode in use today (--current-mode); sslrec never recommends a weaker one</source>
        <translation>The proxy mode in use today (--current-mode); sslrec never recommends a weaker one</translation>
    </message>
    <message>
        <source>Current &amp;mode:</source>
        <translation>Current &amp;mode:</translation>
    </message>
    <message>
        <source>www.example.com:192.0.2.10 (one per line)</source>
        <translation>www.example.com:192.0.2.10 (one per line)</translation>
    </message>
    <message>
        <source>Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)</source>
        <translation>Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)</translation>
    </message>
    <message>
        <source>Resolve pins</source>
        <translation>Resolve pins</translation>
    </message>
    <message>
        <source>&amp;Resolve pins:</source>
        <translation>&amp;Resolve pins:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Extra CA file</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (--ca-file)</source>
        <translation>Also trust the CA certificates in this PEM file (--ca-file)</translation>
    </message>
    <message>
        <source>Extra C&amp;A file:</source>
        <translation>Extra C&amp;A file:</translation>
    </message>
    <message>
        <source>Trust Cloudflare &amp;Origin CA roots</source>
        <translation>Trust Cloudflare &amp;Origin CA roots</translation>
    </message>
    <message>
        <source>Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)</source>
        <translation>Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)</translation>
    </message>
    <message>
        <source>Obey rules for sslrec, else for *</source>
        <translation>Obey rules for sslrec, else for *</translation>
    </message>
    <message>
        <source>Obey only rules that name sslrec</source>
        <translation>Obey only rules that name sslrec</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey (--robots). &apos;Only rules that name sslrec&apos; is for auditing your own staging site.</source>
        <translation>Which robots.txt rules to obey (--robots). &apos;Only rules that name sslrec&apos; is for auditing your own staging site.</translation>
    </message>
    <message>
        <source>Ro&amp;bots.txt:</source>
        <translation>Ro&amp;bots.txt:</translation>
    </message>
    <message>
        <source>User-Agent header sent with every request (--user-agent)</source>
        <translation>User-Agent header sent with every request (--user-agent)</translation>
    </message>
    <message>
        <source>&amp;User agent:</source>
        <translation>&amp;User agent:</translation>
    </message>
    <message>
        <source>Seed URL file</source>
        <translation>Seed URL file</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)</source>
        <translation>One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)</translation>
    </message>
    <message>
        <source>S&amp;eed URLs:</source>
        <translation>S&amp;eed URLs:</translation>
    </message>
    <message>
        <source>Access log file</source>
        <translation>Access log file</translation>
    </message>
    <message>
        <source>Log files (*.log *access*);;All files (*)</source>
        <translation>Log files (*.log *access*);;All files (*)</translation>
    </message>
    <message>
        <source>A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)</source>
        <translation>A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>Access &amp;log:</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read; choose an existing file or clear the field</source>
        <translation>%1 &apos;%2&apos; cannot be read; choose an existing file or clear the field</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>The extra CA file</translation>
    </message>
    <message>
        <source>The user agent is empty; enter one or use the default: %1</source>
        <translation>The user agent is empty; enter one or use the default: %1</translation>
    </message>
    <message>
        <source>The seed URL file</source>
        <translation>The seed URL file</translation>
    </message>
    <message>
        <source>The access log</source>
        <translation>The access log</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanView</name>
    <message>
        <source>Site tree</source>
        <translation>Site tree</translation>
    </message>
    <message>
        <source>Pages as they are discovered; folders show the worst verdict below them. Enter opens a page&apos;s diff.</source>
        <translation>Pages as they are discovered; folders show the worst verdict below them. Enter opens a page&apos;s diff.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Certificates expiring within this many days are flagged as expiring soon</source>
        <translation>Certificates expiring within this many days are flagged as expiring soon</translation>
    </message>
    <message>
        <source>Warn when a certificate &amp;expires within:</source>
        <translation>Warn when a certificate &amp;expires within:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the bodies of differing pages during a live scan, for the side-by-side view</source>
        <translation>Memory for the bodies of differing pages during a live scan, for the side-by-side view</translation>
    </message>
    <message>
        <source>&amp;Memory for page bodies:</source>
        <translation>&amp;Memory for page bodies:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>System language (%1)</translation>
    </message>
    <message>
        <source>Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan&apos;s evidence.</source>
        <translation>Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan&apos;s evidence.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SideBySideView</name>
    <message>
        <source>HTTP body</source>
        <translation>HTTP body</translation>
    </message>
    <message>
        <source>HTTPS body</source>
        <translation>HTTPS body</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SiteTreeModel</name>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::StartPage</name>
    <message>
        <source>Which SSL/TLS mode can your proxy use?</source>
        <translation>Which SSL/TLS mode can your proxy use?</translation>
    </message>
    <message>
        <source>sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares them and checks each origin&apos;s certificate. It only reads (GET), obeys robots.txt and recommends, per origin, the most secure mode that keeps the site working.</source>
        <translation>sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares them and checks each origin&apos;s certificate. It only reads (GET), obeys robots.txt and recommends, per origin, the most secure mode that keeps the site working.</translation>
    </message>
    <message>
        <source>example.com or https://example.com/shop</source>
        <translation>example.com or https://example.com/shop</translation>
    </message>
    <message>
        <source>Domain to scan</source>
        <translation>Domain to scan</translation>
    </message>
    <message>
        <source>A host name, or paste a URL: its host and path are used</source>
        <translation>A host name, or paste a URL: its host and path are used</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>The button that starts a scan (a verb)</extracomment>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Start scanning this domain (Enter)</source>
        <translation>Start scanning this domain (Enter)</translation>
    </message>
    <message>
        <source>Domain hint</source>
        <translation>Domain hint</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Recent scans</translation>
    </message>
    <message>
        <source>Double-click or press Enter to scan again</source>
        <translation>Double-click or press Enter to scan again</translation>
    </message>
    <message>
        <source>Scan the &amp;demo site</source>
        <translation>Scan the &amp;demo site</translation>
    </message>
    <message>
        <source>A small fictitious site served on this computer (no network needed); each origin shows another outcome</source>
        <translation>A small fictitious site served on this computer (no network needed); each origin shows another outcome</translation>
    </message>
    <message>
        <source>Enter a domain such as example.com, or paste a URL.</source>
        <translation>Enter a domain such as example.com, or paste a URL.</translation>
    </message>
    <message>
        <source>Will scan %1</source>
        <translation>Will scan %1</translation>
    </message>
    <message>
        <source>, starting at %1</source>
        <translation>, starting at %1</translation>
    </message>
    <message>
        <source>, %1 port %2</source>
        <translation>, %1 port %2</translation>
    </message>
    <message>
        <source> and its subdomains</source>
        <translation> and its subdomains</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::verdictstyle</name>
    <message>
        <source>not sampled</source>
        <extracomment>States of a page pair in the site tree: the HTTP and HTTPS pages are the &quot;same&quot; or &quot;different&quot;</extracomment>
        <translation>not sampled</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>fetching</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>comparing</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>different</source>
        <translation>different</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
</TS>
