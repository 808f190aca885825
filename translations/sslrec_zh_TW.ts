<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Find the most secure proxy TLS mode each origin of a domain supports.</source>
        <translation>找出一個網域的每個原始伺服器所能支援的最安全的代理 TLS 模式。</translation>
    </message>
    <message>
        <source>A domain to scan right away, or a saved scan (.sslrec) to open.</source>
        <translation>要立即掃描的網域，或要開啟的已儲存掃描（.sslrec）。</translation>
    </message>
    <message>
        <source>Scan the built-in demo site on loopback.</source>
        <translation>掃描本機迴環位址上的內建示範網站。</translation>
    </message>
    <message>
        <source>Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>本次執行使用此語言（en、de、zh_CN、zh_TW），而不是偏好設定中選擇的語言或系統語言。</translation>
    </message>
    <message>
        <source>Cannot start the scan</source>
        <translation>無法開始掃描</translation>
    </message>
</context>
<context>
    <name>sslrec</name>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; 不是 %3 到 %4 之間的數字</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1：&apos;%2&apos; 不存在</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a readable file</source>
        <translation>--%1：&apos;%2&apos; 不是可讀的檔案</translation>
    </message>
    <message>
        <source>Pin HOST to ADDRESS for both ports, like curl&apos;s --resolve without a port. SNI and Host stay HOST. Repeatable.</source>
        <translation>將 HOST 在兩個埠上都固定到 ADDRESS，類似於不帶埠的 curl --resolve。SNI 和 Host 仍為 HOST。可重複。</translation>
    </message>
    <message>
        <source>Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).</source>
        <translation>不解析沒有 --resolve 固定的主機名（它們會被報告為無法解析）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file when validating. Repeatable.</source>
        <translation>驗證時額外信任此 PEM 檔案中的 CA 憑證。可重複。</translation>
    </message>
    <message>
        <source>Do not trust the bundled Cloudflare Origin CA roots.</source>
        <translation>不信任內建的 Cloudflare Origin CA 根憑證。</translation>
    </message>
    <message>
        <source>Do not trust the system&apos;s root certificates.</source>
        <translation>不信任系統的根憑證。</translation>
    </message>
    <message>
        <source>The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker.</source>
        <translation>目前使用的代理模式（off、flexible、full、full_strict、strict）；絕不建議更弱的模式。</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (default 100).</source>
        <translation>每個原始伺服器抽樣的頁面對數（預設 100）。</translation>
    </message>
    <message>
        <source>Origins (hostnames) per scan (default 25).</source>
        <translation>每次掃描的原始伺服器（主機名）數（預設 25）。</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (default 4).</source>
        <translation>每個原始伺服器和協定的平行請求數（預設 4）。</translation>
    </message>
    <message>
        <source>Milliseconds between requests to one origin and scheme (default 0).</source>
        <translation>對同一原始伺服器和協定的兩次請求之間的毫秒數（預設 0）。</translation>
    </message>
    <message>
        <source>User-Agent header (default sslrec/&lt;version&gt; (+&lt;docs&gt;)).</source>
        <translation>User-Agent 請求標頭（預設 sslrec/&lt;版本&gt; (+&lt;文件&gt;)）。</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey: &apos;all&apos; (sslrec, else *; default) or &apos;named-only&apos; (only rules naming sslrec).</source>
        <translation>遵守哪些 robots.txt 規則：&apos;all&apos;（針對 sslrec 的規則，否則 *；預設）或 &apos;named-only&apos;（僅點名 sslrec 的規則）。</translation>
    </message>
    <message>
        <source>Scan only the domain itself (and www.), not subdomains found while crawling.</source>
        <translation>只掃描網域本身（及 www.），不掃描爬取時發現的子網域。</translation>
    </message>
    <message>
        <source>File with one URL or path per line, sampled when the crawl finds too few pages.</source>
        <translation>每行一個 URL 或路徑的檔案；在爬取發現的頁面太少時用於抽樣。</translation>
    </message>
    <message>
        <source>Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few.</source>
        <translation>Web 伺服器存取記錄（combined 或 common 格式）；在爬取發現的頁面太少時，從中抽取請求最多的路徑。</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTP service (default 80).</source>
        <translation>原始伺服器 HTTP 服務的埠（預設 80）。</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTPS service (default 443).</source>
        <translation>原始伺服器 HTTPS 服務的埠（預設 443）。</translation>
    </message>
    <message>
        <source>HTTP proxy for unpinned hosts, as http://HOST:PORT (&apos;none&apos; to ignore the system proxy).</source>
        <translation>用於未固定主機的 HTTP 代理，格式為 http://HOST:PORT（&apos;none&apos; 表示忽略系統代理）。</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 15).</source>
        <translation>請求在多少秒無進展後失敗（預設 15）。</translation>
    </message>
    <message>
        <source>Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded.</source>
        <translation>每個回應保留的正文位元組數，單位 KiB（預設 5120）；其餘部分被丟棄並記錄截斷。</translation>
    </message>
    <message>
        <source>Days before expiry that count as &apos;expires soon&apos; (default 30).</source>
        <translation>到期前多少天算作「即將到期」（預設 30）。</translation>
    </message>
    <message>
        <source>Stop the whole scan after this many seconds (default: no limit).</source>
        <translation>整個掃描在多少秒後停止（預設：不限）。</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos; is not HOST:ADDRESS (for example www.example.com:192.0.2.10)</source>
        <translation>--resolve &apos;%1&apos; 不是 HOST:ADDRESS 格式（例如 www.example.com:192.0.2.10）</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve &apos;%1&apos;：&apos;%2&apos; 不是 IPv4 或 IPv6 位址</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not a valid hostname</source>
        <translation>--resolve &apos;%1&apos;：&apos;%2&apos; 不是有效的主機名</translation>
    </message>
    <message>
        <source>--user-agent must not be empty</source>
        <translation>--user-agent 不能為空</translation>
    </message>
    <message>
        <source>--current-mode &apos;%1&apos; is not one of: %2</source>
        <translation>--current-mode &apos;%1&apos; 不是以下之一：%2</translation>
    </message>
    <message>
        <source>--robots &apos;%1&apos; is not &apos;all&apos; or &apos;named-only&apos;</source>
        <translation>--robots &apos;%1&apos; 既不是 &apos;all&apos; 也不是 &apos;named-only&apos;</translation>
    </message>
    <message>
        <source>--proxy &apos;%1&apos; is not http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>--proxy &apos;%1&apos; 既不是 http://HOST:PORT 也不是 socks5://HOST:PORT</translation>
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
        <translation>用法：sslrec-cli 命令 [選項]

為網域背後的每個原始伺服器找出反向代理（類似 Cloudflare）在不破壞網站的前提下
可以使用的最安全的 TLS 模式。

命令：
  scan 網域 [選項]              爬取，透過 HTTP 和 HTTPS 擷取每個抽樣頁面，
                                比較，驗證憑證，並為每個原始伺服器建議一個模式
  scan --demo                   掃描內建的迴環示範原始伺服器
  compare HTTP檔案 HTTPS檔案    判斷兩個正文是否為同一頁面
  report 掃描.sslrec (--json|--csv|--html|--pdf) 檔案
                                匯出已儲存的掃描
  diff 舊.sslrec 新.sslrec      兩次掃描之間有何變化

選項：
  -h, --help       顯示此說明（命令 --help 顯示該命令的選項）
  -v, --version    顯示版本

結束代碼：
  0    完成（scan：每個原始伺服器都有結論）
  1    命令失敗（檔案無法讀取或已損壞、寫入錯誤等）
  2    引數錯誤，或此版本未實現該命令
  3    掃描已完成，但至少有一個原始伺服器無法判定
  4    diff：兩次掃描不同
  130  已中斷；用 --out 寫入的掃描檔案可以繼續

文件：docs/user-guide.md，sslrec-cli(1)。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;sslrec-cli --help&apos; for the list of commands.</source>
        <translation>未知命令 &apos;%1&apos;。執行 &apos;sslrec-cli --help&apos; 檢視命令清單。</translation>
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
        <translation>用法：sslrec-cli compare HTTP檔案 HTTPS檔案 [選項]

判斷從同一 URL 的 HTTP 和 HTTPS 版本儲存的兩個回應正文，在去除動態雜訊
（時間戳、權杖、輪換區塊）後是否為同一頁面。輸出結論、分數（1 = 完全相同）
和原因。

選項：
  --json                  輸出一個 JSON 物件（verdict、score、reason、
                          reason_code、near_threshold、details）
  --content-type 類型     兩個正文的 Content-Type（預設：自動識別）
  --http-status N         HTTP 回應的狀態碼（預設 200）
  --https-status N        HTTPS 回應的狀態碼（預設 200）
  --url URL               頁面的 URL，使自身連結的比較與協定無關
  --refetch 檔案          對該頁面的第二次 HTTP 擷取，用於測量其雜訊
  -h, --help              顯示此說明

結束代碼：0 已比較（無論結論如何），1 有檔案無法讀取，2 引數錯誤。
</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. Check the path and its permissions.</source>
        <translation>無法讀取 &apos;%1&apos;：%2。請檢查路徑及其許可權。</translation>
    </message>
    <message>
        <source>compare: %1. Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare：%1。執行 &apos;sslrec-cli compare --help&apos; 檢視用法。</translation>
    </message>
    <message>
        <source>compare needs exactly two files, the HTTP body and the HTTPS body (got %1). Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare 需要恰好兩個檔案：HTTP 正文和 HTTPS 正文（收到 %1 個）。執行 &apos;sslrec-cli compare --help&apos; 檢視用法。</translation>
    </message>
    <message>
        <source>compare: a status must be a number from 0 to 999 (0 = no response).</source>
        <translation>compare：狀態碼必須是 0 到 999 之間的數字（0 = 無回應）。</translation>
    </message>
    <message>
        <source>compare: &apos;%1&apos; is not a URL with a host name.</source>
        <translation>compare：&apos;%1&apos; 不是帶主機名的 URL。</translation>
    </message>
    <message>
        <source>verdict: %1
score:   %2
reason:  %3 (%4)
</source>
        <translation>結論：%1
分數：%2
原因：%3（%4）
</translation>
    </message>
    <message>
        <source>note:    close to the line; --refetch with a second HTTP fetch would measure the page&apos;s noise
</source>
        <translation>提示：接近閾值；用 --refetch 提供第二次 HTTP 擷取可以測量頁面自身的雜訊
</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>無憑證</translation>
    </message>
    <message>
        <source>%1… %2, expires %3</source>
        <translation>%1… %2，到期 %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4)
</source>
        <translation>比較 %1（%2）與 %3（%4）
</translation>
    </message>
    <message>
        <source>Origins added: %1
</source>
        <translation>新增的原始伺服器：%1
</translation>
    </message>
    <message>
        <source>Origins gone: %1
</source>
        <translation>消失的原始伺服器：%1
</translation>
    </message>
    <message>
        <source>Recommendation changed:
</source>
        <translation>建議已變化：
</translation>
    </message>
    <message>
        <source>Certificate changed:
</source>
        <translation>憑證已變化：
</translation>
    </message>
    <message>
        <source>Page verdict changed:
</source>
        <translation>頁面結論已變化：
</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>沒有變化。
</translation>
    </message>
    <message>
        <source>Show what changed between two saved scans: origins that appeared or disappeared, recommendations, certificates (fingerprint, validity) and page verdicts.</source>
        <translation>顯示兩次已儲存掃描之間的變化：出現或消失的原始伺服器、建議、憑證（指紋、有效期）以及頁面結論。</translation>
    </message>
    <message>
        <source>The older scan file.</source>
        <translation>較早的掃描檔案。</translation>
    </message>
    <message>
        <source>The newer scan file.</source>
        <translation>較新的掃描檔案。</translation>
    </message>
    <message>
        <source>Print the differences as one JSON object.</source>
        <translation>以一個 JSON 物件輸出差異。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli diff --help&apos; for the options.</source>
        <translation>。執行 &apos;sslrec-cli diff --help&apos; 檢視選項。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.
Pages only one scan sampled are reported but are not a change.
</source>
        <translation>
結束代碼：0 沒有變化，4 有變化，1 掃描檔案無法讀取，2 引數錯誤。
只有一次掃描抽樣到的頁面會被報告，但不算作變化。
</translation>
    </message>
    <message>
        <source>give two scan files, the older first: &apos;sslrec-cli diff old.sslrec new.sslrec&apos;.</source>
        <translation>請給出兩個掃描檔案，較早的在前：&apos;sslrec-cli diff old.sslrec new.sslrec&apos;。</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation>將結果以 JSON 寫入檔案（&apos;-&apos; 表示標準輸出）。</translation>
    </message>
    <message>
        <source>Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv.</source>
        <translation>每個頁面對寫一行 CSV 到檔案，原始伺服器彙總寫入 檔案-origins.csv。</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>將獨立的 HTML 報告寫入檔案。</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>將報告以 PDF 寫入檔案。</translation>
    </message>
    <message>
        <source>Export a saved scan (SCAN.sslrec, written by &apos;sslrec-cli scan --out&apos;) as a report, without the network.</source>
        <translation>無需網路，將已儲存的掃描（SCAN.sslrec，由 &apos;sslrec-cli scan --out&apos; 寫入）匯出為報告。</translation>
    </message>
    <message>
        <source>The scan file to read.</source>
        <translation>要讀取的掃描檔案。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli report --help&apos; for the options.</source>
        <translation>。執行 &apos;sslrec-cli report --help&apos; 檢視選項。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.
</source>
        <translation>
結束代碼：0 已寫入，1 掃描檔案無法讀取或寫入錯誤，2 引數錯誤或此版本不支援該格式。
</translation>
    </message>
    <message>
        <source>give exactly one scan file, e.g. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</source>
        <translation>請給出恰好一個掃描檔案，例如 &apos;sslrec-cli report example.sslrec --json report.json&apos;。</translation>
    </message>
    <message>
        <source>choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE.</source>
        <translation>請至少選擇一種報告：--json 檔案、--csv 檔案、--html 檔案 或 --pdf 檔案。</translation>
    </message>
    <message>
        <source>origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8</source>
        <translation>原始伺服器 %1/%2  已比較頁面 %3/%4  %5 請求/秒  已用 %6  剩餘 %7%8</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  （已暫停）</translation>
    </message>
    <message>
        <source>--resume continues the scan stored in the file; leave out the domain and --demo.</source>
        <translation>--resume 繼續檔案中儲存的掃描；請不要再給出網域和 --demo。</translation>
    </message>
    <message>
        <source>--demo scans the built-in demo origins; leave out the domain.</source>
        <translation>--demo 掃描內建的示範原始伺服器；請不要再給出網域。</translation>
    </message>
    <message>
        <source>cannot start the demo origins: %1</source>
        <translation>無法啟動示範原始伺服器：%1</translation>
    </message>
    <message>
        <source>cannot write the demo CA to a temporary file: %1</source>
        <translation>無法將示範 CA 寫入暫存檔案：%1</translation>
    </message>
    <message>
        <source>no domain given. Usage: sslrec-cli scan DOMAIN [options]</source>
        <translation>未給出網域。用法：sslrec-cli scan 網域 [選項]</translation>
    </message>
    <message>
        <source>one domain per scan; got %1</source>
        <translation>每次掃描一個網域；收到的是 %1</translation>
    </message>
    <message>
        <source>Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, validate every origin&apos;s certificate, and recommend the most secure proxy mode per origin.</source>
        <translation>掃描網域：爬取其頁面樣本，透過 HTTP 和 HTTPS 分別擷取，比較，驗證每個原始伺服器的憑證，並為每個原始伺服器建議最安全的代理模式。</translation>
    </message>
    <message>
        <source>The domain to scan, e.g. example.com or https://example.com/shop.</source>
        <translation>要掃描的網域，例如 example.com 或 https://example.com/shop。</translation>
    </message>
    <message>
        <source>Scan the built-in demo origins on loopback (no network needed).</source>
        <translation>掃描迴環位址上的內建示範原始伺服器（無需網路）。</translation>
    </message>
    <message>
        <source>Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. A scan killed midway keeps what it had; continue it with --resume.</source>
        <translation>邊掃描邊儲存到檔案（.sslrec）：每個頁面對、正文、憑證和結論。中途被終止的掃描會保留已有內容；用 --resume 繼續。</translation>
    </message>
    <message>
        <source>Let --out replace an existing file.</source>
        <translation>允許 --out 替換已有檔案。</translation>
    </message>
    <message>
        <source>Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages.</source>
        <translation>按其設定繼續檔案中儲存的中斷掃描，不重新擷取已儲存的頁面。</translation>
    </message>
    <message>
        <source>No progress line and no summary table.</source>
        <translation>不顯示進度行和彙總表。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli scan --help&apos; for the options.</source>
        <translation>。執行 &apos;sslrec-cli scan --help&apos; 檢視選項。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, 3 some origins could not be judged, 130 interrupted (the --out file can be resumed).
</source>
        <translation>
結束代碼：0 每個原始伺服器都已判定，1 失敗（檔案無法讀取或寫入），2 引數錯誤，3 部分原始伺服器無法判定，130 已中斷（--out 檔案可以繼續）。
</translation>
    </message>
    <message>
        <source>the scan file can no longer be written (%1); the scan goes on, but what follows is not saved</source>
        <translation>掃描檔案無法再寫入（%1）；掃描繼續，但之後的內容不會被儲存</translation>
    </message>
    <message>
        <source>sslrec-cli: interrupted; finishing with what was fetched...
</source>
        <translation>sslrec-cli：已中斷；正在用已擷取的內容完成……
</translation>
    </message>
    <message>
        <source>the scan file %1 is incomplete: the last writes failed</source>
        <translation>掃描檔案 %1 不完整：最後的寫入失敗</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>提示：%1
</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>原始伺服器</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>API VALUE</source>
        <translation>API 值</translation>
    </message>
    <message>
        <source>KEY REASON</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>(no origin was scanned)
</source>
        <translation>（沒有掃描任何原始伺服器）
</translation>
    </message>
    <message>
        <source>Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)
</source>
        <translation>樣本不同：%1 僅在較早的掃描中，%2 個僅在較新的掃描中（不算作變化）
</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 個頁面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CertificatePanel</name>
    <message>
        <source>Subject:</source>
        <translation>主體：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>簽發者：</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>名稱（SAN）：</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>金鑰：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>簽名：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>序號：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <source>Findings of this certificate</source>
        <translation>此憑證的發現</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>發現：</translation>
    </message>
    <message>
        <source>Certificate PEM</source>
        <translation>PEM 格式的憑證</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>複製 PEM(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the certificate in PEM format to the clipboard</source>
        <translation>將 PEM 格式的憑證複製到剪貼簿</translation>
    </message>
    <message>
        <source>Sa&amp;ve PEM…</source>
        <translation>儲存 PEM(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the certificate in PEM format to a file</source>
        <translation>將 PEM 格式的憑證儲存到檔案</translation>
    </message>
    <message>
        <source>  (self-signed)</source>
        <translation>  （自我簽署）</translation>
    </message>
    <message>
        <source>none (no subjectAltName: browsers and validating proxies reject it)</source>
        <translation>無（沒有 subjectAltName：瀏覽器和執行驗證的代理會拒絕它）</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>已過期 %1 天</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>%1 至 %2 — %3</translation>
    </message>
    <message>
        <source>, %1 bits</source>
        <translation>，%1 位元</translation>
    </message>
    <message>
        <source>, curve %1</source>
        <translation>，曲線 %1</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation>（CA）</translation>
    </message>
    <message>
        <source>No findings for this certificate.</source>
        <translation>此憑證沒有發現問題。</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>儲存憑證</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM 憑證 (*.pem);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>無法儲存 %1：%2。請選擇其他資料夾。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩餘 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ChainView</name>
    <message>
        <source>Chain as served (leaf first):</source>
        <translation>伺服器提供的憑證鏈（葉憑證在前）：</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>憑證鏈</translation>
    </message>
    <message>
        <source>Connection findings:</source>
        <translation>連線方面的發現：</translation>
    </message>
    <message>
        <source>Connection findings</source>
        <translation>連線方面的發現</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>TLS 工作階段</translation>
    </message>
    <message>
        <source>No TLS report for this origin yet.</source>
        <translation>此原始伺服器還沒有 TLS 報告。</translation>
    </message>
    <message>
        <source>%1: no TLS connection on port %2 (%3).</source>
        <translation>%1：埠 %2 上沒有 TLS 連線（%3）。</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2.</source>
        <translation>%1：TLS 握手失敗：%2。</translation>
    </message>
    <message>
        <source>%1: the certificate is valid for this hostname. Trusted via %2.</source>
        <translation>%1：憑證對此主機名有效。透過 %2 受信任。</translation>
    </message>
    <message>
        <source>%1: a validating proxy rejects this certificate: %2 (trust: %3).</source>
        <translation>%1：執行驗證的代理會拒絕此憑證：%2（信任：%3）。</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>請檢視發現</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>葉憑證</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根憑證</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>中間憑證</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Protocol: %1
Cipher: %2
ALPN: %3
Key exchange: %4
OCSP stapling: %5
Address: %6 port %7</source>
        <translation>協定：%1
加密套件：%2
ALPN：%3
金鑰交換：%4
OCSP 裝訂：%5
位址：%6 埠 %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No session (%1).</source>
        <translation>沒有工作階段（%1）。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CompareDialog</name>
    <message>
        <source>no certificate</source>
        <translation>無憑證</translation>
    </message>
    <message>
        <source>%1…, %2, expires %3</source>
        <translation>%1…，%2，到期 %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>%1 中的變化</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>從 &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;到 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes between the scans</source>
        <translation>兩次掃描之間的變化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之後</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n 項建議已變化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) changed</source>
        <translation>
            <numerusform>%n 個憑證已變化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page verdict(s) changed</source>
        <translation>
            <numerusform>%n 個頁面結論已變化</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the same origins, recommendations, certificates and page verdicts.</source>
        <translation>沒有變化：原始伺服器、建議、憑證和頁面結論都相同。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Page verdicts</source>
        <translation>頁面結論</translation>
    </message>
    <message>
        <source>Origins only in the newer scan</source>
        <translation>僅在較新掃描中的原始伺服器</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>掃描於</translation>
    </message>
    <message>
        <source>Origins only in the older scan</source>
        <translation>僅在較早掃描中的原始伺服器</translation>
    </message>
    <message>
        <source>The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).</source>
        <translation>樣本不同：%1僅在較早的掃描中，%2 個僅在較新的掃描中（不算作變化）。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 個頁面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DemoSite</name>
    <message>
        <source>Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.</source>
        <translation>無法將示範 CA 寫入暫存檔案（%1）。請檢查暫存目錄是否可寫。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DiffDocument</name>
    <message>
        <source>⋯ 1 unchanged line hidden</source>
        <translation>⋯ 隱藏了 1 行未變化的內容</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines hidden</source>
        <translation>⋯ 隱藏了 %1 行未變化的內容</translation>
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
        <translation>每個原始伺服器、頁面和憑證，供指令碼使用（docs/json-format.md）</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>One row per page; the origins go to a second file ending in -origins.csv</source>
        <translation>每個頁面一行；原始伺服器寫入第二個以 -origins.csv 結尾的檔案</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>HTML 報告(&amp;H)</translation>
    </message>
    <message>
        <source>A self-contained report with verdicts, certificates and the diffs of differing pages</source>
        <translation>包含結論、憑證以及不同頁面差異的獨立報告</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF 報告(&amp;P)</translation>
    </message>
    <message>
        <source>The HTML report as a printable PDF</source>
        <translation>可列印的 PDF 版 HTML 報告</translation>
    </message>
    <message>
        <source>Cloud&amp;flare settings</source>
        <translation>Cloudflare 設定(&amp;F)</translation>
    </message>
    <message>
        <source>Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes</source>
        <translation>針對建議模式、可直接應用的 Cloudflare API（curl）和 Terraform 程式碼片段</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出 %1</translation>
    </message>
    <message>
        <source>Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.</source>
        <translation>將 %1 的掃描寫成報告。每個勾選的報告寫入各自的檔案；已有檔案會被替換。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>匯出檔案</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a file for the %1, or untick it.</source>
        <translation>請為%1選擇檔案，或取消勾選。</translation>
    </message>
    <message>
        <source>Tick at least one report to export.</source>
        <translation>請至少勾選一種要匯出的報告。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已寫入：%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::FileField</name>
    <message>
        <source>none</source>
        <extracomment>No file chosen</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>瀏覽%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::HeadersTable</name>
    <message>
        <source>Header</source>
        <translation>回應標頭</translation>
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
        <translation>HTTP 和 HTTPS 的回應標頭</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Scan…</source>
        <translation>新增掃描(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to the start page to enter a domain</source>
        <translation>返回起始頁輸入網域</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>開始掃描(&amp;S)</translation>
    </message>
    <message>
        <source>Scan the &amp;Demo Site</source>
        <translation>掃描示範網站(&amp;D)</translation>
    </message>
    <message>
        <source>Pause or resume fetching (Ctrl+Shift+P)</source>
        <translation>暫停或繼續擷取（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>取消掃描(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the scan; each origin is judged on what was fetched (Ctrl+.)</source>
        <translation>停止掃描；每個原始伺服器按已擷取的內容判定（Ctrl+.）</translation>
    </message>
    <message>
        <source>&amp;Find Page…</source>
        <translation>尋找頁面(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>顯示結果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About sslrec</source>
        <translation>關於 sslrec(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>Menu title (the noun): the menu of scan actions</extracomment>
        <translation>掃描(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
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
        <translation> 備註：%1</translation>
    </message>
    <message>
        <source>Scan of %1 cancelled.</source>
        <translation>%1 的掃描已取消。</translation>
    </message>
    <message>
        <source>Scan of %1 finished.</source>
        <translation>%1 的掃描已完成。</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <source>Scanning the demo site on this computer…</source>
        <translation>正在掃描本機上的示範網站…</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3, scanned %4.</source>
        <extracomment>%1 is a file name, %2 &quot;N origins&quot;, %3 &quot;N pages&quot;, %4 a date and time</extracomment>
        <translation>已開啟 %1：%2，%3，掃描於 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n 個原始伺服器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 個頁面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 has not been compared yet.</source>
        <translation>%1%2 尚未比較。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Menu action that continues a paused scan</extracomment>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>About sslrec</source>
        <translation>關於 sslrec</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds, for every origin behind a domain, the most secure TLS mode a reverse proxy can use to reach it without breaking the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;為網域背後的每個原始伺服器找出反向代理在不破壞網站的前提下可以使用的最安全的 TLS 模式。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ModeLadderModel</name>
    <message>
        <source>521 Web server is down</source>
        <translation>521 Web 伺服器已關閉</translation>
    </message>
    <message>
        <source>522 Connection timed out</source>
        <translation>522 連線超時</translation>
    </message>
    <message>
        <source>525 SSL handshake failed</source>
        <translation>525 SSL 握手失敗</translation>
    </message>
    <message>
        <source>526 Invalid SSL certificate</source>
        <translation>526 SSL 憑證無效</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（目前）</translation>
    </message>
    <message>
        <source>safe</source>
        <extracomment>Whether a proxy mode keeps the site working: &quot;safe&quot;, or it &quot;breaks&quot; the site</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>會出問題</translation>
    </message>
    <message>
        <source>Recommended: the most secure mode that keeps the site working</source>
        <translation>建議：能保持網站正常執行的最安全模式</translation>
    </message>
    <message>
        <source>Cloudflare API value: %1</source>
        <translation>Cloudflare API 值：%1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Safe?</source>
        <translation>安全？</translation>
    </message>
    <message>
        <source>Visitors would get</source>
        <translation>訪客將看到</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginDetails</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>結論(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>頁面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>憑證(&amp;C)</translation>
    </message>
    <message>
        <source>Mode ladder</source>
        <translation>模式階梯</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>建議的原因</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>顯示頁面</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有頁面</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Search path, status or reason (Ctrl+F)</source>
        <translation>搜尋路徑、狀態或原因（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>搜尋頁面</translation>
    </message>
    <message>
        <source>Pages of the origin</source>
        <translation>原始伺服器的頁面</translation>
    </message>
    <message>
        <source>Double-click or press Enter to compare the page side by side</source>
        <translation>雙擊或按Enter 鍵並排比較頁面</translation>
    </message>
    <message>
        <source>Select an origin to see its verdict, pages and certificate.</source>
        <translation>選擇一個原始伺服器以檢視其結論、頁面和憑證。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API value: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;%1：&lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API 值：&lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>（無變化）</translation>
    </message>
    <message>
        <source>Advice: redirect HTTP to HTTPS at the edge.</source>
        <translation>建議：在邊緣將 HTTP 重新導向到 HTTPS。</translation>
    </message>
    <message>
        <source>robots.txt: %1</source>
        <translation>robots.txt：%1</translation>
    </message>
    <message>
        <source>%1: still scanning — the verdict comes when every sampled page is compared.</source>
        <translation>%1：仍在掃描 — 每個抽樣頁面比較完畢後給出結論。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginsModel</name>
    <message>
        <source>no HTTPS: %1</source>
        <translation>無 HTTPS：%1</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>握手失敗：%1</translation>
    </message>
    <message>
        <source>valid, 1 day left</source>
        <translation>有效，剩餘 1 天</translation>
    </message>
    <message>
        <source>valid, %1 days left</source>
        <translation>有效，剩餘 %1 天</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>掃描中…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <source>The value of Cloudflare&apos;s &quot;ssl&quot; zone setting for this mode</source>
        <translation>此模式對應的 Cloudflare 「ssl」 區域設定值</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原始伺服器</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>API value</source>
        <translation>API 值</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已發現</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>已抽樣</translation>
    </message>
    <message>
        <source>HTTP ok</source>
        <translation>HTTP 正常</translation>
    </message>
    <message>
        <source>HTTPS ok</source>
        <translation>HTTPS 正常</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>已比較</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Distinct URLs found on this origin</source>
        <translation>在此原始伺服器上發現的不同 URL</translation>
    </message>
    <message>
        <source>Pages chosen and fetched over both schemes</source>
        <translation>選中並透過兩種協定擷取的頁面</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTP</source>
        <translation>透過 HTTP 回應的抽樣頁面</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTPS</source>
        <translation>透過 HTTPS 回應的抽樣頁面</translation>
    </message>
    <message>
        <source>Pages with a verdict</source>
        <translation>已有結論的頁面</translation>
    </message>
    <message>
        <source>The value to set in Cloudflare&apos;s API (zone setting &quot;ssl&quot;)</source>
        <translation>在 Cloudflare API 中設定的值（區域設定 「ssl」）</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>The scan ended before this origin was judged (it was cancelled or interrupted). Continue it with: sslrec-cli scan --resume FILE</source>
        <translation>掃描在判定此原始伺服器之前結束了（被取消或中斷）。可以這樣繼續：sslrec-cli scan --resume 檔案</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffDialog</name>
    <message>
        <source>%1%2 — HTTP vs HTTPS</source>
        <translation>%1%2 — HTTP 對比 HTTPS</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffView</name>
    <message>
        <source>&amp;Normalised</source>
        <translation>正規化(&amp;N)</translation>
    </message>
    <message>
        <source>Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies.</source>
        <translation>顯示比較器看到的內容：可見文字，易變權杖已遮蔽。關閉時：原始正文。</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>僅變化(&amp;C)</translation>
    </message>
    <message>
        <source>Hide unchanged lines except a few around each difference</source>
        <translation>隱藏未變化的行，僅保留每處差異周圍的幾行</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>上一處差異(&amp;P)</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>上一處差異（Shift+F8）</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一處差異(&amp;N)</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>下一處差異（F8）</translation>
    </message>
    <message>
        <source>&amp;Body (HTTP left, HTTPS right)</source>
        <translation>正文(&amp;B)（左 HTTP，右 HTTPS）</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>回應標頭(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%2&lt;/b&gt; — %3, score %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</source>
        <translation>&lt;b&gt;%1%2&lt;/b&gt; — %3，分數 %4&lt;br&gt;%5&lt;br&gt;HTTP：%6 · HTTPS：%7</translation>
    </message>
    <message>
        <source>&amp;Headers (%1 differ)</source>
        <translation>回應標頭(&amp;H)（%1 項不同）</translation>
    </message>
    <message>
        <source>The bodies of this page were not kept: the scan file does not hold them (it could not be written), and in memory sslrec keeps differing pages only, up to a budget.</source>
        <translation>此頁面的正文未保留：掃描檔案中沒有（無法寫入），而記憶體中 sslrec 只在預算範圍內保留不同的頁面。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>difference %1 of %2</source>
        <translation>第 %1 處差異，共 %2 處</translation>
    </message>
    <message>
        <source>no differences after masking noise; the status, type or raw bytes differ (untick Normalised)</source>
        <translation>遮蔽雜訊後沒有差異；狀態碼、類型或原始位元組不同（取消勾選「正規化」）</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>沒有差異</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PagesModel</name>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
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
        <translation>分數</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原始伺服器</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ProgressPanel</name>
    <message>
        <source>Idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation>已比較的頁面</translation>
    </message>
    <message>
        <source>%v of %m pages compared</source>
        <translation>已比較 %v / %m 個頁面</translation>
    </message>
    <message>
        <source>Elapsed time and estimate</source>
        <translation>已用時間和估計</translation>
    </message>
    <message>
        <source>Progress per origin</source>
        <translation>每個原始伺服器的進度</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在掃描 %1…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>已暫停：%1</translation>
    </message>
    <message>
        <source>  %1 of %2 origins done</source>
        <translation>  %2 個原始伺服器中已完成 %1 個</translation>
    </message>
    <message>
        <source>Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued</source>
        <translation>已用 %1 · 剩餘 %2 · 已傳送 %3 個請求，%4 個進行中，%5 個排隊中</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>估算中…</translation>
    </message>
    <message>
        <source>Cancelled: %1 (origins judged on what was fetched)</source>
        <translation>已取消：%1（原始伺服器按已擷取的內容判定）</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>用時 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n 個原始伺服器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::RateGraph</name>
    <message>
        <source>Requests per second, last 60 seconds</source>
        <translation>每秒請求數，最近 60 秒</translation>
    </message>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>最近一分鐘的每秒請求數</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>尚無請求</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 請求/秒</translation>
    </message>
    <message>
        <source>max %1 · 60 s</source>
        <translation>最大 %1 · 60 秒</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ResultsView</name>
    <message>
        <source>Origins and their recommended modes</source>
        <translation>原始伺服器及其建議模式</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanController</name>
    <message>
        <source>The demo site did not start: %1</source>
        <translation>示範網站未能啟動：%1</translation>
    </message>
    <message>
        <source>Scans are not being saved: no temporary folder can be created in %1 (%2). Free some space there to save scans.</source>
        <translation>掃描未被儲存：無法在 %1 中建立暫存資料夾（%2）。請在那裡騰出空間以儲存掃描。</translation>
    </message>
    <message>
        <source>This scan is not being saved: %1</source>
        <translation>此掃描未被儲存：%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanFiles</name>
    <message>
        <source>sslrec scans (*.sslrec);;All files (*)</source>
        <translation>sslrec 掃描 (*.sslrec);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (this window)</source>
        <translation>%1，掃描於 %2（本視窗）</translation>
    </message>
    <message>
        <source>%1, scanned %2 (%3)</source>
        <translation>%1，掃描於 %2（%3）</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>無法比較：%1</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>開啟掃描(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scan (.sslrec) to see its results offline</source>
        <translation>開啟已儲存的掃描（.sslrec），離線檢視其結果</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Save Scan &amp;As…</source>
        <translation>掃描另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the scan with every page body, to reopen it later without the network</source>
        <translation>連同每個頁面的正文一起儲存掃描，以便以後無需網路重新開啟</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings</source>
        <translation>將已完成的掃描寫為 JSON、CSV、HTML、PDF 或 Cloudflare 設定</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Scan…</source>
        <translation>與另一次掃描比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what changed between this scan and a saved one</source>
        <translation>顯示此掃描與已儲存掃描之間的變化</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>開啟掃描</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent scans</source>
        <translation>沒有最近的掃描</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>Save Scan As</source>
        <translation>掃描另存為</translation>
    </message>
    <message>
        <source>This scan cannot be saved: it was not written to a scan file (see the earlier message).</source>
        <translation>無法儲存此掃描：它沒有被寫入掃描檔案（請參閱之前的訊息）。</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>正在儲存到 %1…</translation>
    </message>
    <message>
        <source>Saved the scan to %1.</source>
        <translation>掃描已儲存到 %1。</translation>
    </message>
    <message>
        <source>Export is available once the scan has finished.</source>
        <translation>掃描完成後才能匯出。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已匯出 %1。</translation>
    </message>
    <message>
        <source>Compare with Scan</source>
        <translation>與掃描比較</translation>
    </message>
    <message>
        <source>Comparing is available once the scan has finished.</source>
        <translation>掃描完成後才能比較。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanOptionsPanel</name>
    <message>
        <source>Scan &amp;options</source>
        <translation>掃描選項(&amp;O)</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>顯示掃描選項</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (--max-pages)</source>
        <translation>每個原始伺服器抽樣的頁面對數（--max-pages）</translation>
    </message>
    <message>
        <source>Max &amp;pages per origin:</source>
        <translation>每個原始伺服器最多頁面數(&amp;P)：</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (--concurrency). Be gentle with small servers.</source>
        <translation>每個原始伺服器和協定的平行請求數（--concurrency）。請善待小型伺服器。</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>並行數(&amp;C)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The current proxy mode is not known</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>The proxy mode in use today (--current-mode); sslrec never recommends a weaker one</source>
        <translation>目前使用的代理模式（--current-mode）；sslrec 絕不建議更弱的模式</translation>
    </message>
    <message>
        <source>Current &amp;mode:</source>
        <translation>目前模式(&amp;M)：</translation>
    </message>
    <message>
        <source>www.example.com:192.0.2.10 (one per line)</source>
        <translation>www.example.com:192.0.2.10（每行一個）</translation>
    </message>
    <message>
        <source>Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)</source>
        <translation>將主機名固定到位址，以稽核代理背後的原始伺服器（--resolve HOST:ADDRESS）</translation>
    </message>
    <message>
        <source>Resolve pins</source>
        <translation>解析固定</translation>
    </message>
    <message>
        <source>&amp;Resolve pins:</source>
        <translation>解析固定(&amp;R)：</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>額外的 CA 檔案</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (--ca-file)</source>
        <translation>額外信任此 PEM 檔案中的 CA 憑證（--ca-file）</translation>
    </message>
    <message>
        <source>Extra C&amp;A file:</source>
        <translation>額外的 CA 檔案(&amp;A)：</translation>
    </message>
    <message>
        <source>Trust Cloudflare &amp;Origin CA roots</source>
        <translation>信任 Cloudflare Origin CA 根憑證(&amp;O)</translation>
    </message>
    <message>
        <source>Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)</source>
        <translation>Origin CA 憑證被代理接受，但不被瀏覽器接受（用 --no-origin-ca 關閉）</translation>
    </message>
    <message>
        <source>Obey rules for sslrec, else for *</source>
        <translation>遵守針對 sslrec 的規則，否則遵守 * 的規則</translation>
    </message>
    <message>
        <source>Obey only rules that name sslrec</source>
        <translation>只遵守點名 sslrec 的規則</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey (--robots). &apos;Only rules that name sslrec&apos; is for auditing your own staging site.</source>
        <translation>遵守哪些 robots.txt 規則（--robots）。「只遵守點名 sslrec 的規則」用於稽核您自己的測試網站。</translation>
    </message>
    <message>
        <source>Ro&amp;bots.txt:</source>
        <translation>Robots.txt(&amp;B)：</translation>
    </message>
    <message>
        <source>User-Agent header sent with every request (--user-agent)</source>
        <translation>每個請求傳送的 User-Agent 請求標頭（--user-agent）</translation>
    </message>
    <message>
        <source>&amp;User agent:</source>
        <translation>User-Agent(&amp;U)：</translation>
    </message>
    <message>
        <source>Seed URL file</source>
        <translation>種子 URL 檔案</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔案 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)</source>
        <translation>每行一個 URL 或路徑，在爬取發現的頁面太少時用於抽樣（--seed-urls）</translation>
    </message>
    <message>
        <source>S&amp;eed URLs:</source>
        <translation>種子 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>Access log file</source>
        <translation>存取記錄檔案</translation>
    </message>
    <message>
        <source>Log files (*.log *access*);;All files (*)</source>
        <translation>記錄檔案 (*.log *access*);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)</source>
        <translation>Web 伺服器存取記錄；在爬取發現的頁面太少時，從中抽取請求最多的路徑（--access-log）</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>存取記錄(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read; choose an existing file or clear the field</source>
        <translation>無法讀取%1 &apos;%2&apos;；請選擇一個存在的檔案或清空該欄位</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>額外的 CA 檔案</translation>
    </message>
    <message>
        <source>The user agent is empty; enter one or use the default: %1</source>
        <translation>User-Agent 為空；請輸入一個或使用預設值：%1</translation>
    </message>
    <message>
        <source>The seed URL file</source>
        <translation>種子 URL 檔案</translation>
    </message>
    <message>
        <source>The access log</source>
        <translation>存取記錄</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanView</name>
    <message>
        <source>Site tree</source>
        <translation>網站樹狀圖</translation>
    </message>
    <message>
        <source>Pages as they are discovered; folders show the worst verdict below them. Enter opens a page&apos;s diff.</source>
        <translation>頁面按發現順序顯示；資料夾顯示其下最差的結論。按Enter 鍵開啟頁面的差異。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Certificates expiring within this many days are flagged as expiring soon</source>
        <translation>在這麼多天內到期的憑證會被標記為即將到期</translation>
    </message>
    <message>
        <source>Warn when a certificate &amp;expires within:</source>
        <translation>憑證到期前多少天發出警告(&amp;E)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the bodies of differing pages during a live scan, for the side-by-side view</source>
        <translation>即時掃描期間用於儲存不同頁面正文的記憶體，供並排檢視使用</translation>
    </message>
    <message>
        <source>&amp;Memory for page bodies:</source>
        <translation>頁面正文記憶體(&amp;M)：</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系統語言（%1）</translation>
    </message>
    <message>
        <source>Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan&apos;s evidence.</source>
        <translation>立即生效；正在進行的掃描會繼續。原因和發現保持英文：它們是掃描的證據。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SideBySideView</name>
    <message>
        <source>HTTP body</source>
        <translation>HTTP 正文</translation>
    </message>
    <message>
        <source>HTTPS body</source>
        <translation>HTTPS 正文</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SiteTreeModel</name>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::StartPage</name>
    <message>
        <source>Which SSL/TLS mode can your proxy use?</source>
        <translation>您的代理可以使用哪種 SSL/TLS 模式？</translation>
    </message>
    <message>
        <source>sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares them and checks each origin&apos;s certificate. It only reads (GET), obeys robots.txt and recommends, per origin, the most secure mode that keeps the site working.</source>
        <translation>sslrec 爬取網站的一部分樣本，透過 HTTP 和 HTTPS 分別擷取每個頁面並進行比較，同時檢查每個原始伺服器的憑證。它只讀取（GET），遵守 robots.txt，並為每個原始伺服器建議能保持網站正常執行的最安全模式。</translation>
    </message>
    <message>
        <source>example.com or https://example.com/shop</source>
        <translation>example.com 或 https://example.com/shop</translation>
    </message>
    <message>
        <source>Domain to scan</source>
        <translation>要掃描的網域</translation>
    </message>
    <message>
        <source>A host name, or paste a URL: its host and path are used</source>
        <translation>主機名，或貼上一個 URL：使用其中的主機和路徑</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>The button that starts a scan (a verb)</extracomment>
        <translation>掃描(&amp;S)</translation>
    </message>
    <message>
        <source>Start scanning this domain (Enter)</source>
        <translation>開始掃描此網域（Enter）</translation>
    </message>
    <message>
        <source>Domain hint</source>
        <translation>網域提示</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>最近的掃描</translation>
    </message>
    <message>
        <source>Double-click or press Enter to scan again</source>
        <translation>雙擊或按Enter 鍵再次掃描</translation>
    </message>
    <message>
        <source>Scan the &amp;demo site</source>
        <translation>掃描示範網站(&amp;D)</translation>
    </message>
    <message>
        <source>A small fictitious site served on this computer (no network needed); each origin shows another outcome</source>
        <translation>在本機上執行的一個虛構小網站（無需網路）；每個原始伺服器展示一種不同的結果</translation>
    </message>
    <message>
        <source>Enter a domain such as example.com, or paste a URL.</source>
        <translation>請輸入網域，例如 example.com，或貼上一個 URL。</translation>
    </message>
    <message>
        <source>Will scan %1</source>
        <translation>將掃描 %1</translation>
    </message>
    <message>
        <source>, starting at %1</source>
        <translation>，從 %1 開始</translation>
    </message>
    <message>
        <source>, %1 port %2</source>
        <translation>，%1 埠 %2</translation>
    </message>
    <message>
        <source> and its subdomains</source>
        <translation> 及其子網域</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::verdictstyle</name>
    <message>
        <source>not sampled</source>
        <extracomment>States of a page pair in the site tree: the HTTP and HTTPS pages are the &quot;same&quot; or &quot;different&quot;</extracomment>
        <translation>未抽樣</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>擷取中</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>比較中</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
</context>
</TS>
