<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Find the most secure proxy TLS mode each origin of a domain supports.</source>
        <translation>Ermittelt für jeden Origin einer Domain den sichersten TLS-Modus, den ein Proxy nutzen kann.</translation>
    </message>
    <message>
        <source>A domain to scan right away, or a saved scan (.sslrec) to open.</source>
        <translation>Eine Domain, die sofort gescannt wird, oder ein gespeicherter Scan (.sslrec), der geöffnet wird.</translation>
    </message>
    <message>
        <source>Scan the built-in demo site on loopback.</source>
        <translation>Die eingebaute Demo-Site auf Loopback scannen.</translation>
    </message>
    <message>
        <source>Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>Diese Sprache für diesen Start verwenden (en, de, zh_CN, zh_TW) statt der in den Einstellungen gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>Cannot start the scan</source>
        <translation>Der Scan kann nicht starten</translation>
    </message>
</context>
<context>
    <name>sslrec</name>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; ist keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1: &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a readable file</source>
        <translation>--%1: &apos;%2&apos; ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>Pin HOST to ADDRESS for both ports, like curl&apos;s --resolve without a port. SNI and Host stay HOST. Repeatable.</source>
        <translation>HOST für beide Ports an ADRESSE binden, wie curls --resolve ohne Port. SNI und Host bleiben HOST. Wiederholbar.</translation>
    </message>
    <message>
        <source>Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).</source>
        <translation>Hostnamen ohne --resolve-Bindung nicht auflösen (sie werden als nicht auflösbar gemeldet).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file when validating. Repeatable.</source>
        <translation>Beim Validieren zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Do not trust the bundled Cloudflare Origin CA roots.</source>
        <translation>Den mitgelieferten Cloudflare-Origin-CA-Wurzeln nicht vertrauen.</translation>
    </message>
    <message>
        <source>Do not trust the system&apos;s root certificates.</source>
        <translation>Den Wurzelzertifikaten des Systems nicht vertrauen.</translation>
    </message>
    <message>
        <source>The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker.</source>
        <translation>Der heute verwendete Proxy-Modus (off, flexible, full, full_strict, strict); nie einen schwächeren empfehlen.</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (default 100).</source>
        <translation>Stichprobe an Seitenpaaren je Origin (Standard 100).</translation>
    </message>
    <message>
        <source>Origins (hostnames) per scan (default 25).</source>
        <translation>Origins (Hostnamen) je Scan (Standard 25).</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (default 4).</source>
        <translation>Parallele Anfragen je Origin und Schema (Standard 4).</translation>
    </message>
    <message>
        <source>Milliseconds between requests to one origin and scheme (default 0).</source>
        <translation>Millisekunden zwischen Anfragen an einen Origin und ein Schema (Standard 0).</translation>
    </message>
    <message>
        <source>User-Agent header (default sslrec/&lt;version&gt; (+&lt;docs&gt;)).</source>
        <translation>User-Agent-Header (Standard sslrec/&lt;Version&gt; (+&lt;Doku&gt;)).</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey: &apos;all&apos; (sslrec, else *; default) or &apos;named-only&apos; (only rules naming sslrec).</source>
        <translation>Welche robots.txt-Regeln befolgt werden: &apos;all&apos; (sslrec, sonst *; Standard) oder &apos;named-only&apos; (nur Regeln, die sslrec nennen).</translation>
    </message>
    <message>
        <source>Scan only the domain itself (and www.), not subdomains found while crawling.</source>
        <translation>Nur die Domain selbst (und www.) scannen, nicht die beim Crawlen gefundenen Subdomains.</translation>
    </message>
    <message>
        <source>File with one URL or path per line, sampled when the crawl finds too few pages.</source>
        <translation>Datei mit einer URL oder einem Pfad pro Zeile; wird verwendet, wenn der Crawl zu wenige Seiten findet.</translation>
    </message>
    <message>
        <source>Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few.</source>
        <translation>Zugriffsprotokoll eines Webservers (Combined- oder Common-Format); seine meistabgerufenen Pfade werden verwendet, wenn der Crawl zu wenige findet.</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTP service (default 80).</source>
        <translation>Port des HTTP-Dienstes der Origins (Standard 80).</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTPS service (default 443).</source>
        <translation>Port des HTTPS-Dienstes der Origins (Standard 443).</translation>
    </message>
    <message>
        <source>HTTP proxy for unpinned hosts, as http://HOST:PORT (&apos;none&apos; to ignore the system proxy).</source>
        <translation>HTTP-Proxy für nicht gebundene Hosts, als http://HOST:PORT (&apos;none&apos;, um den System-Proxy zu ignorieren).</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 15).</source>
        <translation>Sekunden ohne Fortschritt, bevor eine Anfrage fehlschlägt (Standard 15).</translation>
    </message>
    <message>
        <source>Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded.</source>
        <translation>Behaltene Body-Bytes je Antwort, in KiB (Standard 5120); der Rest wird verworfen und die Kürzung vermerkt.</translation>
    </message>
    <message>
        <source>Days before expiry that count as &apos;expires soon&apos; (default 30).</source>
        <translation>Tage vor Ablauf, die als &apos;läuft bald ab&apos; gelten (Standard 30).</translation>
    </message>
    <message>
        <source>Stop the whole scan after this many seconds (default: no limit).</source>
        <translation>Den ganzen Scan nach so vielen Sekunden beenden (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos; is not HOST:ADDRESS (for example www.example.com:192.0.2.10)</source>
        <translation>--resolve &apos;%1&apos; hat nicht die Form HOST:ADRESSE (zum Beispiel www.example.com:192.0.2.10)</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve &apos;%1&apos;: &apos;%2&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not a valid hostname</source>
        <translation>--resolve &apos;%1&apos;: &apos;%2&apos; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>--user-agent must not be empty</source>
        <translation>--user-agent darf nicht leer sein</translation>
    </message>
    <message>
        <source>--current-mode &apos;%1&apos; is not one of: %2</source>
        <translation>--current-mode &apos;%1&apos; ist keiner von: %2</translation>
    </message>
    <message>
        <source>--robots &apos;%1&apos; is not &apos;all&apos; or &apos;named-only&apos;</source>
        <translation>--robots &apos;%1&apos; ist weder &apos;all&apos; noch &apos;named-only&apos;</translation>
    </message>
    <message>
        <source>--proxy &apos;%1&apos; is not http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>--proxy &apos;%1&apos; hat weder die Form http://HOST:PORT noch socks5://HOST:PORT</translation>
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
        <translation>Aufruf: sslrec-cli BEFEHL [OPTIONEN]

Ermittelt für jeden Origin hinter einer Domain den sichersten TLS-Modus, mit
dem ein Reverse Proxy (wie Cloudflare) ihn erreichen kann, ohne die Site zu
beschädigen.

Befehle:
  scan DOMAIN [Optionen]        crawlen, jede Stichprobenseite über HTTP und
                                HTTPS abrufen, vergleichen, Zertifikate
                                prüfen und je Origin einen Modus empfehlen
  scan --demo                   die eingebauten Demo-Origins auf Loopback scannen
  compare HTTP_DATEI HTTPS_DATEI  beurteilen, ob zwei Bodys dieselbe Seite sind
  report SCAN.sslrec (--json|--csv|--html|--pdf) DATEI
                                einen gespeicherten Scan exportieren
  diff ALT.sslrec NEU.sslrec    was sich zwischen zwei Scans geändert hat

Optionen:
  -h, --help       diese Hilfe zeigen (BEFEHL --help für die Optionen eines Befehls)
  -v, --version    die Version ausgeben

Exit-Codes:
  0    fertig (scan: jeder Origin hat ein Urteil)
  1    der Befehl ist fehlgeschlagen (unlesbare oder beschädigte Datei, Schreibfehler, ...)
  2    falsche Argumente, oder ein Befehl, den dieser Build nicht enthält
  3    Scan beendet, aber mindestens ein Origin konnte nicht beurteilt werden
  4    diff: die beiden Scans unterscheiden sich
  130  unterbrochen; eine mit --out geschriebene Scan-Datei kann fortgesetzt werden

Dokumentation: docs/user-guide.md, sslrec-cli(1).
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;sslrec-cli --help&apos; for the list of commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. &apos;sslrec-cli --help&apos; listet die Befehle auf.</translation>
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
        <translation>Aufruf: sslrec-cli compare HTTP_DATEI HTTPS_DATEI [OPTIONEN]

Beurteilt, ob zwei Antwort-Bodys, gespeichert von der HTTP- und der
HTTPS-Version einer URL, trotz dynamischem Rauschen (Zeitstempel, Tokens,
wechselnde Blöcke) dieselbe Seite sind. Gibt das Urteil, eine Bewertung
(1 = identisch) und den Grund aus.

Optionen:
  --json                  ein JSON-Objekt ausgeben (verdict, score, reason,
                          reason_code, near_threshold, details)
  --content-type TYP      Content-Type beider Bodys (Standard: erkannt)
  --http-status N         HTTP-Status der HTTP-Antwort (Standard 200)
  --https-status N        HTTP-Status der HTTPS-Antwort (Standard 200)
  --url URL               die URL der Seite, damit Selbstlinks schemaneutral verglichen werden
  --refetch DATEI         ein zweiter HTTP-Abruf der Seite, um ihr Rauschen zu messen
  -h, --help              diese Hilfe zeigen

Exit-Codes: 0 verglichen (egal mit welchem Urteil), 1 eine Datei war nicht
lesbar, 2 falsche Argumente.
</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. Check the path and its permissions.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2. Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>compare: %1. Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare: %1. &apos;sslrec-cli compare --help&apos; zeigt den Aufruf.</translation>
    </message>
    <message>
        <source>compare needs exactly two files, the HTTP body and the HTTPS body (got %1). Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare braucht genau zwei Dateien, den HTTP-Body und den HTTPS-Body (erhalten: %1). &apos;sslrec-cli compare --help&apos; zeigt den Aufruf.</translation>
    </message>
    <message>
        <source>compare: a status must be a number from 0 to 999 (0 = no response).</source>
        <translation>compare: ein Status muss eine Zahl von 0 bis 999 sein (0 = keine Antwort).</translation>
    </message>
    <message>
        <source>compare: &apos;%1&apos; is not a URL with a host name.</source>
        <translation>compare: &apos;%1&apos; ist keine URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>verdict: %1
score:   %2
reason:  %3 (%4)
</source>
        <translation>Urteil:    %1
Bewertung: %2
Grund:     %3 (%4)
</translation>
    </message>
    <message>
        <source>note:    close to the line; --refetch with a second HTTP fetch would measure the page&apos;s noise
</source>
        <translation>Hinweis:   knapp an der Grenze; --refetch mit einem zweiten HTTP-Abruf würde das Rauschen der Seite messen
</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>%1… %2, expires %3</source>
        <translation>%1… %2, läuft ab %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4)
</source>
        <translation>Vergleich von %1 (%2) mit %3 (%4)
</translation>
    </message>
    <message>
        <source>Origins added: %1
</source>
        <translation>Neue Origins: %1
</translation>
    </message>
    <message>
        <source>Origins gone: %1
</source>
        <translation>Weggefallene Origins: %1
</translation>
    </message>
    <message>
        <source>Recommendation changed:
</source>
        <translation>Empfehlung geändert:
</translation>
    </message>
    <message>
        <source>Certificate changed:
</source>
        <translation>Zertifikat geändert:
</translation>
    </message>
    <message>
        <source>Page verdict changed:
</source>
        <translation>Seitenurteil geändert:
</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message>
        <source>Show what changed between two saved scans: origins that appeared or disappeared, recommendations, certificates (fingerprint, validity) and page verdicts.</source>
        <translation>Zeigt, was sich zwischen zwei gespeicherten Scans geändert hat: hinzugekommene oder weggefallene Origins, Empfehlungen, Zertifikate (Fingerabdruck, Gültigkeit) und Seitenurteile.</translation>
    </message>
    <message>
        <source>The older scan file.</source>
        <translation>Die ältere Scan-Datei.</translation>
    </message>
    <message>
        <source>The newer scan file.</source>
        <translation>Die neuere Scan-Datei.</translation>
    </message>
    <message>
        <source>Print the differences as one JSON object.</source>
        <translation>Die Unterschiede als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli diff --help&apos; for the options.</source>
        <translation>. &apos;sslrec-cli diff --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.
Pages only one scan sampled are reported but are not a change.
</source>
        <translation>
Exit-Codes: 0 keine Änderungen, 4 etwas hat sich geändert, 1 eine Scan-Datei ist nicht lesbar, 2 falsche Argumente.
Seiten, die nur in einer Stichprobe vorkommen, werden gemeldet, zählen aber nicht als Änderung.
</translation>
    </message>
    <message>
        <source>give two scan files, the older first: &apos;sslrec-cli diff old.sslrec new.sslrec&apos;.</source>
        <translation>Geben Sie zwei Scan-Dateien an, die ältere zuerst: &apos;sslrec-cli diff alt.sslrec neu.sslrec&apos;.</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation>Das Ergebnis als JSON in DATEI schreiben (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv.</source>
        <translation>Eine CSV-Zeile je Seitenpaar in DATEI schreiben, die Origin-Zusammenfassungen in DATEI-origins.csv.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Einen eigenständigen HTML-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Den Bericht als PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Export a saved scan (SCAN.sslrec, written by &apos;sslrec-cli scan --out&apos;) as a report, without the network.</source>
        <translation>Einen gespeicherten Scan (SCAN.sslrec, geschrieben von &apos;sslrec-cli scan --out&apos;) ohne Netzwerk als Bericht exportieren.</translation>
    </message>
    <message>
        <source>The scan file to read.</source>
        <translation>Die zu lesende Scan-Datei.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli report --help&apos; for the options.</source>
        <translation>. &apos;sslrec-cli report --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.
</source>
        <translation>
Exit-Codes: 0 geschrieben, 1 unlesbare Scan-Datei oder Schreibfehler, 2 falsche Argumente oder ein Format, das dieser Build nicht kennt.
</translation>
    </message>
    <message>
        <source>give exactly one scan file, e.g. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</source>
        <translation>Geben Sie genau eine Scan-Datei an, z. B. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</translation>
    </message>
    <message>
        <source>choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE.</source>
        <translation>Wählen Sie mindestens einen Bericht: --json DATEI, --csv DATEI, --html DATEI oder --pdf DATEI.</translation>
    </message>
    <message>
        <source>origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8</source>
        <translation>Origins %1/%2  Seiten %3/%4 verglichen  %5 Anfr./s  vergangen %6  Rest %7%8</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (pausiert)</translation>
    </message>
    <message>
        <source>--resume continues the scan stored in the file; leave out the domain and --demo.</source>
        <translation>--resume setzt den in der Datei gespeicherten Scan fort; lassen Sie Domain und --demo weg.</translation>
    </message>
    <message>
        <source>--demo scans the built-in demo origins; leave out the domain.</source>
        <translation>--demo scannt die eingebauten Demo-Origins; lassen Sie die Domain weg.</translation>
    </message>
    <message>
        <source>cannot start the demo origins: %1</source>
        <translation>Die Demo-Origins können nicht starten: %1</translation>
    </message>
    <message>
        <source>cannot write the demo CA to a temporary file: %1</source>
        <translation>Die Demo-CA kann nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no domain given. Usage: sslrec-cli scan DOMAIN [options]</source>
        <translation>Keine Domain angegeben. Aufruf: sslrec-cli scan DOMAIN [Optionen]</translation>
    </message>
    <message>
        <source>one domain per scan; got %1</source>
        <translation>Eine Domain je Scan; erhalten: %1</translation>
    </message>
    <message>
        <source>Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, validate every origin&apos;s certificate, and recommend the most secure proxy mode per origin.</source>
        <translation>DOMAIN scannen: eine Stichprobe ihrer Seiten crawlen, jede über HTTP und HTTPS abrufen, vergleichen, das Zertifikat jedes Origins prüfen und je Origin den sichersten Proxy-Modus empfehlen.</translation>
    </message>
    <message>
        <source>The domain to scan, e.g. example.com or https://example.com/shop.</source>
        <translation>Die zu scannende Domain, z. B. example.com oder https://example.com/shop.</translation>
    </message>
    <message>
        <source>Scan the built-in demo origins on loopback (no network needed).</source>
        <translation>Die eingebauten Demo-Origins auf Loopback scannen (kein Netzwerk nötig).</translation>
    </message>
    <message>
        <source>Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. A scan killed midway keeps what it had; continue it with --resume.</source>
        <translation>Den Scan fortlaufend in DATEI (.sslrec) speichern: jedes Seitenpaar, jeden Body, jedes Zertifikat und Urteil. Ein abgebrochener Scan behält, was er hatte; mit --resume geht es weiter.</translation>
    </message>
    <message>
        <source>Let --out replace an existing file.</source>
        <translation>--out darf eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages.</source>
        <translation>Den in DATEI gespeicherten, unterbrochenen Scan mit seinen Einstellungen fortsetzen, ohne gespeicherte Seiten erneut abzurufen.</translation>
    </message>
    <message>
        <source>No progress line and no summary table.</source>
        <translation>Keine Fortschrittszeile und keine Übersichtstabelle.</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli scan --help&apos; for the options.</source>
        <translation>. &apos;sslrec-cli scan --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, 3 some origins could not be judged, 130 interrupted (the --out file can be resumed).
</source>
        <translation>
Exit-Codes: 0 jeder Origin beurteilt, 1 Fehler (Datei nicht lesbar oder nicht schreibbar), 2 falsche Argumente, 3 manche Origins konnten nicht beurteilt werden, 130 unterbrochen (die --out-Datei kann fortgesetzt werden).
</translation>
    </message>
    <message>
        <source>the scan file can no longer be written (%1); the scan goes on, but what follows is not saved</source>
        <translation>Die Scan-Datei kann nicht mehr geschrieben werden (%1); der Scan läuft weiter, aber was folgt, wird nicht gespeichert</translation>
    </message>
    <message>
        <source>sslrec-cli: interrupted; finishing with what was fetched...
</source>
        <translation>sslrec-cli: unterbrochen; wird mit dem bisher Abgerufenen abgeschlossen...
</translation>
    </message>
    <message>
        <source>the scan file %1 is incomplete: the last writes failed</source>
        <translation>Die Scan-Datei %1 ist unvollständig: die letzten Schreibvorgänge sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <translation>EMPFOHLEN</translation>
    </message>
    <message>
        <source>API VALUE</source>
        <translation>API-WERT</translation>
    </message>
    <message>
        <source>KEY REASON</source>
        <translation>HAUPTGRUND</translation>
    </message>
    <message>
        <source>(no origin was scanned)
</source>
        <translation>(kein Origin wurde gescannt)
</translation>
    </message>
    <message>
        <source>Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)
</source>
        <translation>Stichproben unterscheiden sich: %1 nur im älteren Scan, %2 nur im neueren (zählt nicht als Änderung)
</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CertificatePanel</name>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>Namen (SAN):</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
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
        <translation>Befunde zu diesem Zertifikat</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Certificate PEM</source>
        <translation>Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the certificate in PEM format to the clipboard</source>
        <translation>Das Zertifikat im PEM-Format in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve PEM…</source>
        <translation>PEM &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the certificate in PEM format to a file</source>
        <translation>Das Zertifikat im PEM-Format in einer Datei speichern</translation>
    </message>
    <message>
        <source>  (self-signed)</source>
        <translation>  (selbstsigniert)</translation>
    </message>
    <message>
        <source>none (no subjectAltName: browsers and validating proxies reject it)</source>
        <translation>keine (kein subjectAltName: Browser und validierende Proxys lehnen es ab)</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>%1 bis %2 — %3</translation>
    </message>
    <message>
        <source>, %1 bits</source>
        <translation>, %1 Bit</translation>
    </message>
    <message>
        <source>, curve %1</source>
        <translation>, Kurve %1</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation> (CA)</translation>
    </message>
    <message>
        <source>No findings for this certificate.</source>
        <translation>Keine Befunde zu diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ChainView</name>
    <message>
        <source>Chain as served (leaf first):</source>
        <translation>Kette wie ausgeliefert (Blatt zuerst):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Connection findings:</source>
        <translation>Befunde zur Verbindung:</translation>
    </message>
    <message>
        <source>Connection findings</source>
        <translation>Befunde zur Verbindung</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>TLS-Sitzung</translation>
    </message>
    <message>
        <source>No TLS report for this origin yet.</source>
        <translation>Noch kein TLS-Bericht für diesen Origin.</translation>
    </message>
    <message>
        <source>%1: no TLS connection on port %2 (%3).</source>
        <translation>%1: keine TLS-Verbindung auf Port %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2.</source>
        <translation>%1: der TLS-Handshake ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1: the certificate is valid for this hostname. Trusted via %2.</source>
        <translation>%1: das Zertifikat ist für diesen Hostnamen gültig. Vertraut über %2.</translation>
    </message>
    <message>
        <source>%1: a validating proxy rejects this certificate: %2 (trust: %3).</source>
        <translation>%1: ein validierender Proxy lehnt dieses Zertifikat ab: %2 (Vertrauen: %3).</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>siehe die Befunde</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Protocol: %1
Cipher: %2
ALPN: %3
Key exchange: %4
OCSP stapling: %5
Address: %6 port %7</source>
        <translation>Protokoll: %1
Chiffre: %2
ALPN: %3
Schlüsselaustausch: %4
OCSP-Stapling: %5
Adresse: %6 Port %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No session (%1).</source>
        <translation>Keine Sitzung (%1).</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CompareDialog</name>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>%1…, %2, expires %3</source>
        <translation>%1…, %2, läuft ab %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;zu &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes between the scans</source>
        <translation>Änderungen zwischen den Scans</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n Empfehlung geändert</numerusform>
            <numerusform>%n Empfehlungen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) changed</source>
        <translation>
            <numerusform>%n Zertifikat geändert</numerusform>
            <numerusform>%n Zertifikate geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page verdict(s) changed</source>
        <translation>
            <numerusform>%n Seitenurteil geändert</numerusform>
            <numerusform>%n Seitenurteile geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the same origins, recommendations, certificates and page verdicts.</source>
        <translation>Keine Änderungen: dieselben Origins, Empfehlungen, Zertifikate und Seitenurteile.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Page verdicts</source>
        <translation>Seitenurteile</translation>
    </message>
    <message>
        <source>Origins only in the newer scan</source>
        <translation>Origins nur im neueren Scan</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
    <message>
        <source>Origins only in the older scan</source>
        <translation>Origins nur im älteren Scan</translation>
    </message>
    <message>
        <source>The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).</source>
        <translation>Die Stichproben unterscheiden sich: %1 nur im älteren Scan, %2 nur im neueren (zählt nicht als Änderung).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DemoSite</name>
    <message>
        <source>Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.</source>
        <translation>Die Demo-CA kann nicht in eine temporäre Datei geschrieben werden (%1). Prüfen Sie, ob das temporäre Verzeichnis beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DiffDocument</name>
    <message>
        <source>⋯ 1 unchanged line hidden</source>
        <translation>⋯ 1 unveränderte Zeile ausgeblendet</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines hidden</source>
        <translation>⋯ %1 unveränderte Zeilen ausgeblendet</translation>
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
        <translation>Jeder Origin, jede Seite und jedes Zertifikat, für Skripte (docs/json-format.md)</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>One row per page; the origins go to a second file ending in -origins.csv</source>
        <translation>Eine Zeile je Seite; die Origins kommen in eine zweite Datei mit der Endung -origins.csv</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>&amp;HTML-Bericht</translation>
    </message>
    <message>
        <source>A self-contained report with verdicts, certificates and the diffs of differing pages</source>
        <translation>Ein eigenständiger Bericht mit Urteilen, Zertifikaten und den Diffs abweichender Seiten</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>The HTML report as a printable PDF</source>
        <translation>Der HTML-Bericht als druckbares PDF</translation>
    </message>
    <message>
        <source>Cloud&amp;flare settings</source>
        <translation>Cloud&amp;flare-Einstellungen</translation>
    </message>
    <message>
        <source>Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes</source>
        <translation>Sofort anwendbare Cloudflare-API- (curl) und Terraform-Schnipsel für die empfohlenen Modi</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.</source>
        <translation>Den Scan von %1 als Berichte schreiben. Jeder angekreuzte Bericht kommt in seine Datei; vorhandene Dateien werden ersetzt.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a file for the %1, or untick it.</source>
        <translation>Wählen Sie eine Datei für %1 oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>Tick at least one report to export.</source>
        <translation>Kreuzen Sie mindestens einen Bericht zum Exportieren an.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::FileField</name>
    <message>
        <source>none</source>
        <extracomment>No file chosen</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
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
        <translation>Antwort-Header, HTTP und HTTPS</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New Scan…</source>
        <translation>&amp;Neuer Scan…</translation>
    </message>
    <message>
        <source>Back to the start page to enter a domain</source>
        <translation>Zurück zur Startseite, um eine Domain einzugeben</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>Scan &amp;starten</translation>
    </message>
    <message>
        <source>Scan the &amp;Demo Site</source>
        <translation>&amp;Demo-Site scannen</translation>
    </message>
    <message>
        <source>Pause or resume fetching (Ctrl+Shift+P)</source>
        <translation>Abrufen pausieren oder fortsetzen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>Scan &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the scan; each origin is judged on what was fetched (Ctrl+.)</source>
        <translation>Scan beenden; jeder Origin wird nach dem bisher Abgerufenen beurteilt (Strg+.)</translation>
    </message>
    <message>
        <source>&amp;Find Page…</source>
        <translation>Seite &amp;finden…</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>&amp;Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About sslrec</source>
        <translation>&amp;Über sslrec</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>Menu title (the noun): the menu of scan actions</extracomment>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <translation> Hinweise: %1</translation>
    </message>
    <message>
        <source>Scan of %1 cancelled.</source>
        <translation>Scan von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Scan of %1 finished.</source>
        <translation>Scan von %1 beendet.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanne %1…</translation>
    </message>
    <message>
        <source>Scanning the demo site on this computer…</source>
        <translation>Scanne die Demo-Site auf diesem Computer…</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3, scanned %4.</source>
        <extracomment>%1 is a file name, %2 &quot;N origins&quot;, %3 &quot;N pages&quot;, %4 a date and time</extracomment>
        <translation>%1 geöffnet: %2, %3, gescannt %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n Origin</numerusform>
            <numerusform>%n Origins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 has not been compared yet.</source>
        <translation>%1%2 ist noch nicht verglichen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Menu action that continues a paused scan</extracomment>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>About sslrec</source>
        <translation>Über sslrec</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds, for every origin behind a domain, the most secure TLS mode a reverse proxy can use to reach it without breaking the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ermittelt für jeden Origin hinter einer Domain den sichersten TLS-Modus, mit dem ein Reverse Proxy ihn erreichen kann, ohne die Site zu beschädigen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ModeLadderModel</name>
    <message>
        <source>521 Web server is down</source>
        <translation>521 Webserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>522 Connection timed out</source>
        <translation>522 Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>525 SSL handshake failed</source>
        <translation>525 SSL-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>526 Invalid SSL certificate</source>
        <translation>526 Ungültiges SSL-Zertifikat</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>safe</source>
        <extracomment>Whether a proxy mode keeps the site working: &quot;safe&quot;, or it &quot;breaks&quot; the site</extracomment>
        <translation>sicher</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>bricht</translation>
    </message>
    <message>
        <source>Recommended: the most secure mode that keeps the site working</source>
        <translation>Empfohlen: der sicherste Modus, mit dem die Site funktioniert</translation>
    </message>
    <message>
        <source>Cloudflare API value: %1</source>
        <translation>Cloudflare-API-Wert: %1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Safe?</source>
        <translation>Sicher?</translation>
    </message>
    <message>
        <source>Visitors would get</source>
        <translation>Besucher bekämen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginDetails</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Urteil</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Mode ladder</source>
        <translation>Modusleiter</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>Gründe für die Empfehlung</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>Seiten zeigen</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>Search path, status or reason (Ctrl+F)</source>
        <translation>Pfad, Status oder Grund suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Seiten suchen</translation>
    </message>
    <message>
        <source>Pages of the origin</source>
        <translation>Seiten des Origins</translation>
    </message>
    <message>
        <source>Double-click or press Enter to compare the page side by side</source>
        <translation>Doppelklick oder Eingabe vergleicht die Seite nebeneinander</translation>
    </message>
    <message>
        <source>Select an origin to see its verdict, pages and certificate.</source>
        <translation>Wählen Sie einen Origin, um Urteil, Seiten und Zertifikat zu sehen.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API value: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare-API-Wert: &lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <source>Advice: redirect HTTP to HTTPS at the edge.</source>
        <translation>Rat: HTTP an der Edge auf HTTPS umleiten.</translation>
    </message>
    <message>
        <source>robots.txt: %1</source>
        <translation>robots.txt: %1</translation>
    </message>
    <message>
        <source>%1: still scanning — the verdict comes when every sampled page is compared.</source>
        <translation>%1: wird noch gescannt — das Urteil folgt, wenn jede Stichprobenseite verglichen ist.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginsModel</name>
    <message>
        <source>no HTTPS: %1</source>
        <translation>kein HTTPS: %1</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>valid, 1 day left</source>
        <translation>gültig, noch 1 Tag</translation>
    </message>
    <message>
        <source>valid, %1 days left</source>
        <translation>gültig, noch %1 Tage</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>scannt…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>prüft…</translation>
    </message>
    <message>
        <source>The value of Cloudflare&apos;s &quot;ssl&quot; zone setting for this mode</source>
        <translation>Der Wert der Cloudflare-Zoneneinstellung &quot;ssl&quot; für diesen Modus</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>API value</source>
        <translation>API-Wert</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Stichprobe</translation>
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
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Hauptgrund</translation>
    </message>
    <message>
        <source>Distinct URLs found on this origin</source>
        <translation>Verschiedene auf diesem Origin gefundene URLs</translation>
    </message>
    <message>
        <source>Pages chosen and fetched over both schemes</source>
        <translation>Ausgewählte und über beide Schemata abgerufene Seiten</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTP</source>
        <translation>Stichprobenseiten, die über HTTP antworteten</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTPS</source>
        <translation>Stichprobenseiten, die über HTTPS antworteten</translation>
    </message>
    <message>
        <source>Pages with a verdict</source>
        <translation>Seiten mit Urteil</translation>
    </message>
    <message>
        <source>The value to set in Cloudflare&apos;s API (zone setting &quot;ssl&quot;)</source>
        <translation>Der Wert für Cloudflares API (Zoneneinstellung &quot;ssl&quot;)</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>The scan ended before this origin was judged (it was cancelled or interrupted). Continue it with: sslrec-cli scan --resume FILE</source>
        <translation>Der Scan endete, bevor dieser Origin beurteilt war (er wurde abgebrochen oder unterbrochen). Fortsetzen mit: sslrec-cli scan --resume DATEI</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffDialog</name>
    <message>
        <source>%1%2 — HTTP vs HTTPS</source>
        <translation>%1%2 — HTTP gegen HTTPS</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffView</name>
    <message>
        <source>&amp;Normalised</source>
        <translation>&amp;Normalisiert</translation>
    </message>
    <message>
        <source>Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies.</source>
        <translation>Zeigen, was der Vergleicher sah: sichtbarer Text mit maskierten flüchtigen Tokens. Aus: die rohen Bodys.</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>Nur Än&amp;derungen</translation>
    </message>
    <message>
        <source>Hide unchanged lines except a few around each difference</source>
        <translation>Unveränderte Zeilen ausblenden, bis auf einige um jeden Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>Vorheriger Unterschied (Umschalt+F8)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>Nächster Unterschied (F8)</translation>
    </message>
    <message>
        <source>&amp;Body (HTTP left, HTTPS right)</source>
        <translation>&amp;Body (HTTP links, HTTPS rechts)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%2&lt;/b&gt; — %3, score %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</source>
        <translation>&lt;b&gt;%1%2&lt;/b&gt; — %3, Bewertung %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</translation>
    </message>
    <message>
        <source>&amp;Headers (%1 differ)</source>
        <translation>&amp;Header (%1 abweichend)</translation>
    </message>
    <message>
        <source>The bodies of this page were not kept: the scan file does not hold them (it could not be written), and in memory sslrec keeps differing pages only, up to a budget.</source>
        <translation>Die Bodys dieser Seite wurden nicht behalten: die Scan-Datei enthält sie nicht (sie konnte nicht geschrieben werden), und im Speicher behält sslrec nur abweichende Seiten, bis zu einem Budget.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>difference %1 of %2</source>
        <translation>Unterschied %1 von %2</translation>
    </message>
    <message>
        <source>no differences after masking noise; the status, type or raw bytes differ (untick Normalised)</source>
        <translation>keine Unterschiede nach dem Maskieren von Rauschen; Status, Typ oder rohe Bytes weichen ab (Normalisiert abwählen)</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PagesModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
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
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
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
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation>Verglichene Seiten</translation>
    </message>
    <message>
        <source>%v of %m pages compared</source>
        <translation>%v von %m Seiten verglichen</translation>
    </message>
    <message>
        <source>Elapsed time and estimate</source>
        <translation>Vergangene Zeit und Schätzung</translation>
    </message>
    <message>
        <source>Progress per origin</source>
        <translation>Fortschritt je Origin</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Scanne %1…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>  %1 of %2 origins done</source>
        <translation>  %1 von %2 Origins fertig</translation>
    </message>
    <message>
        <source>Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued</source>
        <translation>Vergangen %1 · verbleibend %2 · %3 Anfragen gesendet, %4 laufend, %5 in der Warteschlange</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>schätze…</translation>
    </message>
    <message>
        <source>Cancelled: %1 (origins judged on what was fetched)</source>
        <translation>Abgebrochen: %1 (Origins nach dem Abgerufenen beurteilt)</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>Dauer %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n Origin</numerusform>
            <numerusform>%n Origins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::RateGraph</name>
    <message>
        <source>Requests per second, last 60 seconds</source>
        <translation>Anfragen pro Sekunde, letzte 60 Sekunden</translation>
    </message>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>Anfragen pro Sekunde in der letzten Minute</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>max %1 · 60 s</source>
        <translation>max. %1 · 60 s</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ResultsView</name>
    <message>
        <source>Origins and their recommended modes</source>
        <translation>Origins und ihre empfohlenen Modi</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanController</name>
    <message>
        <source>The demo site did not start: %1</source>
        <translation>Die Demo-Site ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Scans are not being saved: no temporary folder can be created in %1 (%2). Free some space there to save scans.</source>
        <translation>Scans werden nicht gespeichert: in %1 kann kein temporärer Ordner angelegt werden (%2). Schaffen Sie dort Platz, um Scans zu speichern.</translation>
    </message>
    <message>
        <source>This scan is not being saved: %1</source>
        <translation>Dieser Scan wird nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanFiles</name>
    <message>
        <source>sslrec scans (*.sslrec);;All files (*)</source>
        <translation>sslrec-Scans (*.sslrec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (this window)</source>
        <translation>%1, gescannt %2 (dieses Fenster)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (%3)</source>
        <translation>%1, gescannt %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>Scan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved scan (.sslrec) to see its results offline</source>
        <translation>Einen gespeicherten Scan (.sslrec) öffnen, um seine Ergebnisse offline zu sehen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save Scan &amp;As…</source>
        <translation>Scan speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the scan with every page body, to reopen it later without the network</source>
        <translation>Den Scan mit allen Seiten-Bodys speichern, um ihn später ohne Netzwerk wieder zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings</source>
        <translation>Den abgeschlossenen Scan als JSON, CSV, HTML, PDF oder Cloudflare-Einstellungen schreiben</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Scan…</source>
        <translation>Mit anderem Scan &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Show what changed between this scan and a saved one</source>
        <translation>Zeigen, was sich zwischen diesem und einem gespeicherten Scan geändert hat</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>Scan öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent scans</source>
        <translation>Keine zuletzt geöffneten Scans</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Save Scan As</source>
        <translation>Scan speichern unter</translation>
    </message>
    <message>
        <source>This scan cannot be saved: it was not written to a scan file (see the earlier message).</source>
        <translation>Dieser Scan kann nicht gespeichert werden: er wurde nicht in eine Scan-Datei geschrieben (siehe die frühere Meldung).</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichere nach %1…</translation>
    </message>
    <message>
        <source>Saved the scan to %1.</source>
        <translation>Scan nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export is available once the scan has finished.</source>
        <translation>Export ist möglich, sobald der Scan beendet ist.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Compare with Scan</source>
        <translation>Mit Scan vergleichen</translation>
    </message>
    <message>
        <source>Comparing is available once the scan has finished.</source>
        <translation>Vergleichen ist möglich, sobald der Scan beendet ist.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanOptionsPanel</name>
    <message>
        <source>Scan &amp;options</source>
        <translation>Scan-&amp;Optionen</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>Scan-Optionen zeigen</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (--max-pages)</source>
        <translation>Stichprobe an Seitenpaaren je Origin (--max-pages)</translation>
    </message>
    <message>
        <source>Max &amp;pages per origin:</source>
        <translation>Max. &amp;Seiten je Origin:</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (--concurrency). Be gentle with small servers.</source>
        <translation>Parallele Anfragen je Origin und Schema (--concurrency). Seien Sie sanft zu kleinen Servern.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The current proxy mode is not known</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The proxy mode in use today (--current-mode); sslrec never recommends a weaker one</source>
        <translation>Der heute verwendete Proxy-Modus (--current-mode); sslrec empfiehlt nie einen schwächeren</translation>
    </message>
    <message>
        <source>Current &amp;mode:</source>
        <translation>Aktueller &amp;Modus:</translation>
    </message>
    <message>
        <source>www.example.com:192.0.2.10 (one per line)</source>
        <translation>www.example.com:192.0.2.10 (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)</source>
        <translation>Hostnamen an Adressen binden, um den Origin hinter einem Proxy zu prüfen (--resolve HOST:ADRESSE)</translation>
    </message>
    <message>
        <source>Resolve pins</source>
        <translation>Resolve-Bindungen</translation>
    </message>
    <message>
        <source>&amp;Resolve pins:</source>
        <translation>&amp;Resolve-Bindungen:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (--ca-file)</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (--ca-file)</translation>
    </message>
    <message>
        <source>Extra C&amp;A file:</source>
        <translation>Zusätzliche C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>Trust Cloudflare &amp;Origin CA roots</source>
        <translation>Cloudflare-&amp;Origin-CA-Wurzeln vertrauen</translation>
    </message>
    <message>
        <source>Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)</source>
        <translation>Origin-CA-Zertifikate akzeptiert der Proxy, aber kein Browser (--no-origin-ca schaltet ab)</translation>
    </message>
    <message>
        <source>Obey rules for sslrec, else for *</source>
        <translation>Regeln für sslrec befolgen, sonst für *</translation>
    </message>
    <message>
        <source>Obey only rules that name sslrec</source>
        <translation>Nur Regeln befolgen, die sslrec nennen</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey (--robots). &apos;Only rules that name sslrec&apos; is for auditing your own staging site.</source>
        <translation>Welche robots.txt-Regeln befolgt werden (--robots). &apos;Nur Regeln, die sslrec nennen&apos; ist für die Prüfung Ihrer eigenen Staging-Site.</translation>
    </message>
    <message>
        <source>Ro&amp;bots.txt:</source>
        <translation>Ro&amp;bots.txt:</translation>
    </message>
    <message>
        <source>User-Agent header sent with every request (--user-agent)</source>
        <translation>User-Agent-Header, der mit jeder Anfrage gesendet wird (--user-agent)</translation>
    </message>
    <message>
        <source>&amp;User agent:</source>
        <translation>&amp;User-Agent:</translation>
    </message>
    <message>
        <source>Seed URL file</source>
        <translation>Datei mit Start-URLs</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)</source>
        <translation>Eine URL oder ein Pfad pro Zeile; verwendet, wenn der Crawl zu wenige Seiten findet (--seed-urls)</translation>
    </message>
    <message>
        <source>S&amp;eed URLs:</source>
        <translation>S&amp;tart-URLs:</translation>
    </message>
    <message>
        <source>Access log file</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Log files (*.log *access*);;All files (*)</source>
        <translation>Protokolldateien (*.log *access*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)</source>
        <translation>Ein Webserver-Zugriffsprotokoll; seine meistabgerufenen Pfade werden verwendet, wenn der Crawl zu wenige findet (--access-log)</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>Zugriffs&amp;protokoll:</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read; choose an existing file or clear the field</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden; wählen Sie eine vorhandene Datei oder leeren Sie das Feld</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>Die zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>The user agent is empty; enter one or use the default: %1</source>
        <translation>Der User-Agent ist leer; geben Sie einen ein oder nehmen Sie den Standard: %1</translation>
    </message>
    <message>
        <source>The seed URL file</source>
        <translation>Die Datei mit Start-URLs</translation>
    </message>
    <message>
        <source>The access log</source>
        <translation>Das Zugriffsprotokoll</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanView</name>
    <message>
        <source>Site tree</source>
        <translation>Site-Baum</translation>
    </message>
    <message>
        <source>Pages as they are discovered; folders show the worst verdict below them. Enter opens a page&apos;s diff.</source>
        <translation>Seiten, sobald sie gefunden werden; Ordner zeigen das schlechteste Urteil darunter. Eingabe öffnet den Diff einer Seite.</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Certificates expiring within this many days are flagged as expiring soon</source>
        <translation>Zertifikate, die innerhalb so vieler Tage ablaufen, werden als bald ablaufend markiert</translation>
    </message>
    <message>
        <source>Warn when a certificate &amp;expires within:</source>
        <translation>Warnen, wenn ein Zertifikat &amp;abläuft innerhalb von:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the bodies of differing pages during a live scan, for the side-by-side view</source>
        <translation>Speicher für die Bodys abweichender Seiten während eines laufenden Scans, für die Nebeneinander-Ansicht</translation>
    </message>
    <message>
        <source>&amp;Memory for page bodies:</source>
        <translation>&amp;Speicher für Seiten-Bodys:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan&apos;s evidence.</source>
        <translation>Gilt sofort; ein laufender Scan geht weiter. Gründe und Befunde bleiben englisch: sie sind die Belege des Scans.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SideBySideView</name>
    <message>
        <source>HTTP body</source>
        <translation>HTTP-Body</translation>
    </message>
    <message>
        <source>HTTPS body</source>
        <translation>HTTPS-Body</translation>
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
        <translation>Seite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::StartPage</name>
    <message>
        <source>Which SSL/TLS mode can your proxy use?</source>
        <translation>Welchen SSL/TLS-Modus kann Ihr Proxy verwenden?</translation>
    </message>
    <message>
        <source>sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares them and checks each origin&apos;s certificate. It only reads (GET), obeys robots.txt and recommends, per origin, the most secure mode that keeps the site working.</source>
        <translation>sslrec crawlt eine Stichprobe der Site, ruft jede Seite über HTTP und HTTPS ab, vergleicht sie und prüft das Zertifikat jedes Origins. Es liest nur (GET), befolgt robots.txt und empfiehlt je Origin den sichersten Modus, mit dem die Site weiter funktioniert.</translation>
    </message>
    <message>
        <source>example.com or https://example.com/shop</source>
        <translation>example.com oder https://example.com/shop</translation>
    </message>
    <message>
        <source>Domain to scan</source>
        <translation>Zu scannende Domain</translation>
    </message>
    <message>
        <source>A host name, or paste a URL: its host and path are used</source>
        <translation>Ein Hostname, oder fügen Sie eine URL ein: ihr Host und Pfad werden verwendet</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>The button that starts a scan (a verb)</extracomment>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Start scanning this domain (Enter)</source>
        <translation>Scan dieser Domain starten (Eingabe)</translation>
    </message>
    <message>
        <source>Domain hint</source>
        <translation>Hinweis zur Domain</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <source>Double-click or press Enter to scan again</source>
        <translation>Doppelklick oder Eingabe scannt erneut</translation>
    </message>
    <message>
        <source>Scan the &amp;demo site</source>
        <translation>&amp;Demo-Site scannen</translation>
    </message>
    <message>
        <source>A small fictitious site served on this computer (no network needed); each origin shows another outcome</source>
        <translation>Eine kleine erfundene Site, die auf diesem Computer läuft (kein Netzwerk nötig); jeder Origin zeigt ein anderes Ergebnis</translation>
    </message>
    <message>
        <source>Enter a domain such as example.com, or paste a URL.</source>
        <translation>Geben Sie eine Domain wie example.com ein oder fügen Sie eine URL ein.</translation>
    </message>
    <message>
        <source>Will scan %1</source>
        <translation>Scannt %1</translation>
    </message>
    <message>
        <source>, starting at %1</source>
        <translation>, beginnend bei %1</translation>
    </message>
    <message>
        <source>, %1 port %2</source>
        <translation>, %1-Port %2</translation>
    </message>
    <message>
        <source> and its subdomains</source>
        <translation> und seine Subdomains</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::verdictstyle</name>
    <message>
        <source>not sampled</source>
        <extracomment>States of a page pair in the site tree: the HTTP and HTTPS pages are the &quot;same&quot; or &quot;different&quot;</extracomment>
        <translation>nicht in der Stichprobe</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>wird abgerufen</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>wird verglichen</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
</TS>
