<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Find the most secure proxy TLS mode each origin of a domain supports.</source>
        <translation>找出一个域名的每个源站所能支持的最安全的代理 TLS 模式。</translation>
    </message>
    <message>
        <source>A domain to scan right away, or a saved scan (.sslrec) to open.</source>
        <translation>要立即扫描的域名，或要打开的已保存扫描（.sslrec）。</translation>
    </message>
    <message>
        <source>Scan the built-in demo site on loopback.</source>
        <translation>扫描本机回环地址上的内置演示站点。</translation>
    </message>
    <message>
        <source>Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation>本次运行使用此语言（en、de、zh_CN、zh_TW），而不是首选项中选择的语言或系统语言。</translation>
    </message>
    <message>
        <source>Cannot start the scan</source>
        <translation>无法开始扫描</translation>
    </message>
</context>
<context>
    <name>sslrec</name>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; 不是 %3 到 %4 之间的数字</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1：&apos;%2&apos; 不存在</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a readable file</source>
        <translation>--%1：&apos;%2&apos; 不是可读的文件</translation>
    </message>
    <message>
        <source>Pin HOST to ADDRESS for both ports, like curl&apos;s --resolve without a port. SNI and Host stay HOST. Repeatable.</source>
        <translation>将 HOST 在两个端口上都固定到 ADDRESS，类似于不带端口的 curl --resolve。SNI 和 Host 仍为 HOST。可重复。</translation>
    </message>
    <message>
        <source>Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).</source>
        <translation>不解析没有 --resolve 固定的主机名（它们会被报告为无法解析）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file when validating. Repeatable.</source>
        <translation>验证时额外信任此 PEM 文件中的 CA 证书。可重复。</translation>
    </message>
    <message>
        <source>Do not trust the bundled Cloudflare Origin CA roots.</source>
        <translation>不信任内置的 Cloudflare Origin CA 根证书。</translation>
    </message>
    <message>
        <source>Do not trust the system&apos;s root certificates.</source>
        <translation>不信任系统的根证书。</translation>
    </message>
    <message>
        <source>The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker.</source>
        <translation>当前使用的代理模式（off、flexible、full、full_strict、strict）；绝不推荐更弱的模式。</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (default 100).</source>
        <translation>每个源站抽样的页面对数（默认 100）。</translation>
    </message>
    <message>
        <source>Origins (hostnames) per scan (default 25).</source>
        <translation>每次扫描的源站（主机名）数（默认 25）。</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (default 4).</source>
        <translation>每个源站和协议的并行请求数（默认 4）。</translation>
    </message>
    <message>
        <source>Milliseconds between requests to one origin and scheme (default 0).</source>
        <translation>对同一源站和协议的两次请求之间的毫秒数（默认 0）。</translation>
    </message>
    <message>
        <source>User-Agent header (default sslrec/&lt;version&gt; (+&lt;docs&gt;)).</source>
        <translation>User-Agent 请求头（默认 sslrec/&lt;版本&gt; (+&lt;文档&gt;)）。</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey: &apos;all&apos; (sslrec, else *; default) or &apos;named-only&apos; (only rules naming sslrec).</source>
        <translation>遵守哪些 robots.txt 规则：&apos;all&apos;（针对 sslrec 的规则，否则 *；默认）或 &apos;named-only&apos;（仅点名 sslrec 的规则）。</translation>
    </message>
    <message>
        <source>Scan only the domain itself (and www.), not subdomains found while crawling.</source>
        <translation>只扫描域名本身（及 www.），不扫描爬取时发现的子域名。</translation>
    </message>
    <message>
        <source>File with one URL or path per line, sampled when the crawl finds too few pages.</source>
        <translation>每行一个 URL 或路径的文件；在爬取发现的页面太少时用于抽样。</translation>
    </message>
    <message>
        <source>Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few.</source>
        <translation>Web 服务器访问日志（combined 或 common 格式）；在爬取发现的页面太少时，从中抽取请求最多的路径。</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTP service (default 80).</source>
        <translation>源站 HTTP 服务的端口（默认 80）。</translation>
    </message>
    <message>
        <source>Port of the origins&apos; HTTPS service (default 443).</source>
        <translation>源站 HTTPS 服务的端口（默认 443）。</translation>
    </message>
    <message>
        <source>HTTP proxy for unpinned hosts, as http://HOST:PORT (&apos;none&apos; to ignore the system proxy).</source>
        <translation>用于未固定主机的 HTTP 代理，格式为 http://HOST:PORT（&apos;none&apos; 表示忽略系统代理）。</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 15).</source>
        <translation>请求在多少秒无进展后失败（默认 15）。</translation>
    </message>
    <message>
        <source>Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded.</source>
        <translation>每个响应保留的正文字节数，单位 KiB（默认 5120）；其余部分被丢弃并记录截断。</translation>
    </message>
    <message>
        <source>Days before expiry that count as &apos;expires soon&apos; (default 30).</source>
        <translation>到期前多少天算作“即将到期”（默认 30）。</translation>
    </message>
    <message>
        <source>Stop the whole scan after this many seconds (default: no limit).</source>
        <translation>整个扫描在多少秒后停止（默认：不限）。</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos; is not HOST:ADDRESS (for example www.example.com:192.0.2.10)</source>
        <translation>--resolve &apos;%1&apos; 不是 HOST:ADDRESS 格式（例如 www.example.com:192.0.2.10）</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>--resolve &apos;%1&apos;：&apos;%2&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <source>--resolve &apos;%1&apos;: &apos;%2&apos; is not a valid hostname</source>
        <translation>--resolve &apos;%1&apos;：&apos;%2&apos; 不是有效的主机名</translation>
    </message>
    <message>
        <source>--user-agent must not be empty</source>
        <translation>--user-agent 不能为空</translation>
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
        <translation>用法：sslrec-cli 命令 [选项]

为域名背后的每个源站找出反向代理（类似 Cloudflare）在不破坏网站的前提下
可以使用的最安全的 TLS 模式。

命令：
  scan 域名 [选项]              爬取，通过 HTTP 和 HTTPS 获取每个抽样页面，
                                比较，验证证书，并为每个源站推荐一个模式
  scan --demo                   扫描内置的回环演示源站
  compare HTTP文件 HTTPS文件    判断两个正文是否为同一页面
  report 扫描.sslrec (--json|--csv|--html|--pdf) 文件
                                导出已保存的扫描
  diff 旧.sslrec 新.sslrec      两次扫描之间有何变化

选项：
  -h, --help       显示此帮助（命令 --help 显示该命令的选项）
  -v, --version    显示版本

退出码：
  0    完成（scan：每个源站都有结论）
  1    命令失败（文件无法读取或已损坏、写入错误等）
  2    参数错误，或此版本未实现该命令
  3    扫描已完成，但至少有一个源站无法判定
  4    diff：两次扫描不同
  130  已中断；用 --out 写入的扫描文件可以继续

文档：docs/user-guide.md，sslrec-cli(1)。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;sslrec-cli --help&apos; for the list of commands.</source>
        <translation>未知命令 &apos;%1&apos;。运行 &apos;sslrec-cli --help&apos; 查看命令列表。</translation>
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
        <translation>用法：sslrec-cli compare HTTP文件 HTTPS文件 [选项]

判断从同一 URL 的 HTTP 和 HTTPS 版本保存的两个响应正文，在去除动态噪声
（时间戳、令牌、轮换区块）后是否为同一页面。输出结论、分数（1 = 完全相同）
和原因。

选项：
  --json                  输出一个 JSON 对象（verdict、score、reason、
                          reason_code、near_threshold、details）
  --content-type 类型     两个正文的 Content-Type（默认：自动识别）
  --http-status N         HTTP 响应的状态码（默认 200）
  --https-status N        HTTPS 响应的状态码（默认 200）
  --url URL               页面的 URL，使自身链接的比较与协议无关
  --refetch 文件          对该页面的第二次 HTTP 获取，用于测量其噪声
  -h, --help              显示此帮助

退出码：0 已比较（无论结论如何），1 有文件无法读取，2 参数错误。
</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. Check the path and its permissions.</source>
        <translation>无法读取 &apos;%1&apos;：%2。请检查路径及其权限。</translation>
    </message>
    <message>
        <source>compare: %1. Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare：%1。运行 &apos;sslrec-cli compare --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>compare needs exactly two files, the HTTP body and the HTTPS body (got %1). Run &apos;sslrec-cli compare --help&apos; for usage.</source>
        <translation>compare 需要恰好两个文件：HTTP 正文和 HTTPS 正文（收到 %1 个）。运行 &apos;sslrec-cli compare --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>compare: a status must be a number from 0 to 999 (0 = no response).</source>
        <translation>compare：状态码必须是 0 到 999 之间的数字（0 = 无响应）。</translation>
    </message>
    <message>
        <source>compare: &apos;%1&apos; is not a URL with a host name.</source>
        <translation>compare：&apos;%1&apos; 不是带主机名的 URL。</translation>
    </message>
    <message>
        <source>verdict: %1
score:   %2
reason:  %3 (%4)
</source>
        <translation>结论：%1
分数：%2
原因：%3（%4）
</translation>
    </message>
    <message>
        <source>note:    close to the line; --refetch with a second HTTP fetch would measure the page&apos;s noise
</source>
        <translation>提示：接近阈值；用 --refetch 提供第二次 HTTP 获取可以测量页面自身的噪声
</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>无证书</translation>
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
        <translation>无效</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4)
</source>
        <translation>比较 %1（%2）与 %3（%4）
</translation>
    </message>
    <message>
        <source>Origins added: %1
</source>
        <translation>新增的源站：%1
</translation>
    </message>
    <message>
        <source>Origins gone: %1
</source>
        <translation>消失的源站：%1
</translation>
    </message>
    <message>
        <source>Recommendation changed:
</source>
        <translation>推荐已变化：
</translation>
    </message>
    <message>
        <source>Certificate changed:
</source>
        <translation>证书已变化：
</translation>
    </message>
    <message>
        <source>Page verdict changed:
</source>
        <translation>页面结论已变化：
</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>没有变化。
</translation>
    </message>
    <message>
        <source>Show what changed between two saved scans: origins that appeared or disappeared, recommendations, certificates (fingerprint, validity) and page verdicts.</source>
        <translation>显示两次已保存扫描之间的变化：出现或消失的源站、推荐、证书（指纹、有效期）以及页面结论。</translation>
    </message>
    <message>
        <source>The older scan file.</source>
        <translation>较早的扫描文件。</translation>
    </message>
    <message>
        <source>The newer scan file.</source>
        <translation>较新的扫描文件。</translation>
    </message>
    <message>
        <source>Print the differences as one JSON object.</source>
        <translation>以一个 JSON 对象输出差异。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli diff --help&apos; for the options.</source>
        <translation>。运行 &apos;sslrec-cli diff --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.
Pages only one scan sampled are reported but are not a change.
</source>
        <translation>
退出码：0 没有变化，4 有变化，1 扫描文件无法读取，2 参数错误。
只有一次扫描抽样到的页面会被报告，但不算作变化。
</translation>
    </message>
    <message>
        <source>give two scan files, the older first: &apos;sslrec-cli diff old.sslrec new.sslrec&apos;.</source>
        <translation>请给出两个扫描文件，较早的在前：&apos;sslrec-cli diff old.sslrec new.sslrec&apos;。</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation>将结果以 JSON 写入文件（&apos;-&apos; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv.</source>
        <translation>每个页面对写一行 CSV 到文件，源站汇总写入 文件-origins.csv。</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>将独立的 HTML 报告写入文件。</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>将报告以 PDF 写入文件。</translation>
    </message>
    <message>
        <source>Export a saved scan (SCAN.sslrec, written by &apos;sslrec-cli scan --out&apos;) as a report, without the network.</source>
        <translation>无需网络，将已保存的扫描（SCAN.sslrec，由 &apos;sslrec-cli scan --out&apos; 写入）导出为报告。</translation>
    </message>
    <message>
        <source>The scan file to read.</source>
        <translation>要读取的扫描文件。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli report --help&apos; for the options.</source>
        <translation>。运行 &apos;sslrec-cli report --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.
</source>
        <translation>
退出码：0 已写入，1 扫描文件无法读取或写入错误，2 参数错误或此版本不支持该格式。
</translation>
    </message>
    <message>
        <source>give exactly one scan file, e.g. &apos;sslrec-cli report example.sslrec --json report.json&apos;.</source>
        <translation>请给出恰好一个扫描文件，例如 &apos;sslrec-cli report example.sslrec --json report.json&apos;。</translation>
    </message>
    <message>
        <source>choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE.</source>
        <translation>请至少选择一种报告：--json 文件、--csv 文件、--html 文件 或 --pdf 文件。</translation>
    </message>
    <message>
        <source>origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8</source>
        <translation>源站 %1/%2  已比较页面 %3/%4  %5 请求/秒  已用 %6  剩余 %7%8</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  （已暂停）</translation>
    </message>
    <message>
        <source>--resume continues the scan stored in the file; leave out the domain and --demo.</source>
        <translation>--resume 继续文件中保存的扫描；请不要再给出域名和 --demo。</translation>
    </message>
    <message>
        <source>--demo scans the built-in demo origins; leave out the domain.</source>
        <translation>--demo 扫描内置的演示源站；请不要再给出域名。</translation>
    </message>
    <message>
        <source>cannot start the demo origins: %1</source>
        <translation>无法启动演示源站：%1</translation>
    </message>
    <message>
        <source>cannot write the demo CA to a temporary file: %1</source>
        <translation>无法将演示 CA 写入临时文件：%1</translation>
    </message>
    <message>
        <source>no domain given. Usage: sslrec-cli scan DOMAIN [options]</source>
        <translation>未给出域名。用法：sslrec-cli scan 域名 [选项]</translation>
    </message>
    <message>
        <source>one domain per scan; got %1</source>
        <translation>每次扫描一个域名；收到的是 %1</translation>
    </message>
    <message>
        <source>Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, validate every origin&apos;s certificate, and recommend the most secure proxy mode per origin.</source>
        <translation>扫描域名：爬取其页面样本，通过 HTTP 和 HTTPS 分别获取，比较，验证每个源站的证书，并为每个源站推荐最安全的代理模式。</translation>
    </message>
    <message>
        <source>The domain to scan, e.g. example.com or https://example.com/shop.</source>
        <translation>要扫描的域名，例如 example.com 或 https://example.com/shop。</translation>
    </message>
    <message>
        <source>Scan the built-in demo origins on loopback (no network needed).</source>
        <translation>扫描回环地址上的内置演示源站（无需网络）。</translation>
    </message>
    <message>
        <source>Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. A scan killed midway keeps what it had; continue it with --resume.</source>
        <translation>边扫描边保存到文件（.sslrec）：每个页面对、正文、证书和结论。中途被终止的扫描会保留已有内容；用 --resume 继续。</translation>
    </message>
    <message>
        <source>Let --out replace an existing file.</source>
        <translation>允许 --out 替换已有文件。</translation>
    </message>
    <message>
        <source>Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages.</source>
        <translation>按其设置继续文件中保存的中断扫描，不重新获取已保存的页面。</translation>
    </message>
    <message>
        <source>No progress line and no summary table.</source>
        <translation>不显示进度行和汇总表。</translation>
    </message>
    <message>
        <source>. Run &apos;sslrec-cli scan --help&apos; for the options.</source>
        <translation>。运行 &apos;sslrec-cli scan --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, 3 some origins could not be judged, 130 interrupted (the --out file can be resumed).
</source>
        <translation>
退出码：0 每个源站都已判定，1 失败（文件无法读取或写入），2 参数错误，3 部分源站无法判定，130 已中断（--out 文件可以继续）。
</translation>
    </message>
    <message>
        <source>the scan file can no longer be written (%1); the scan goes on, but what follows is not saved</source>
        <translation>扫描文件无法再写入（%1）；扫描继续，但之后的内容不会被保存</translation>
    </message>
    <message>
        <source>sslrec-cli: interrupted; finishing with what was fetched...
</source>
        <translation>sslrec-cli：已中断；正在用已获取的内容完成……
</translation>
    </message>
    <message>
        <source>the scan file %1 is incomplete: the last writes failed</source>
        <translation>扫描文件 %1 不完整：最后的写入失败</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>提示：%1
</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>源站</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <translation>推荐</translation>
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
        <translation>（没有扫描任何源站）
</translation>
    </message>
    <message>
        <source>Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)
</source>
        <translation>样本不同：%1 仅在较早的扫描中，%2 个仅在较新的扫描中（不算作变化）
</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CertificatePanel</name>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>名称（SAN）：</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>序列号：</translation>
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
        <translation>此证书的发现</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>Certificate PEM</source>
        <translation>PEM 格式的证书</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>复制 PEM(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the certificate in PEM format to the clipboard</source>
        <translation>将 PEM 格式的证书复制到剪贴板</translation>
    </message>
    <message>
        <source>Sa&amp;ve PEM…</source>
        <translation>保存 PEM(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the certificate in PEM format to a file</source>
        <translation>将 PEM 格式的证书保存到文件</translation>
    </message>
    <message>
        <source>  (self-signed)</source>
        <translation>  （自签名）</translation>
    </message>
    <message>
        <source>none (no subjectAltName: browsers and validating proxies reject it)</source>
        <translation>无（没有 subjectAltName：浏览器和执行验证的代理会拒绝它）</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>已过期 %1 天</translation>
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
        <translation>，%1 位</translation>
    </message>
    <message>
        <source>, curve %1</source>
        <translation>，曲线 %1</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation>（CA）</translation>
    </message>
    <message>
        <source>No findings for this certificate.</source>
        <translation>此证书没有发现问题。</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM 证书 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>无法保存 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ChainView</name>
    <message>
        <source>Chain as served (leaf first):</source>
        <translation>服务器提供的证书链（叶证书在前）：</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Connection findings:</source>
        <translation>连接方面的发现：</translation>
    </message>
    <message>
        <source>Connection findings</source>
        <translation>连接方面的发现</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>TLS 会话</translation>
    </message>
    <message>
        <source>No TLS report for this origin yet.</source>
        <translation>此源站还没有 TLS 报告。</translation>
    </message>
    <message>
        <source>%1: no TLS connection on port %2 (%3).</source>
        <translation>%1：端口 %2 上没有 TLS 连接（%3）。</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed: %2.</source>
        <translation>%1：TLS 握手失败：%2。</translation>
    </message>
    <message>
        <source>%1: the certificate is valid for this hostname. Trusted via %2.</source>
        <translation>%1：证书对此主机名有效。通过 %2 受信任。</translation>
    </message>
    <message>
        <source>%1: a validating proxy rejects this certificate: %2 (trust: %3).</source>
        <translation>%1：执行验证的代理会拒绝此证书：%2（信任：%3）。</translation>
    </message>
    <message>
        <source>see the findings</source>
        <translation>请查看发现</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>叶证书</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>中间证书</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Protocol: %1
Cipher: %2
ALPN: %3
Key exchange: %4
OCSP stapling: %5
Address: %6 port %7</source>
        <translation>协议：%1
密码套件：%2
ALPN：%3
密钥交换：%4
OCSP 装订：%5
地址：%6 端口 %7</translation>
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
        <translation>没有会话（%1）。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::CompareDialog</name>
    <message>
        <source>no certificate</source>
        <translation>无证书</translation>
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
        <translation>无效</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>%1 中的变化</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;到 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes between the scans</source>
        <translation>两次扫描之间的变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed</source>
        <translation>
            <numerusform>%n 项推荐已变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) changed</source>
        <translation>
            <numerusform>%n 个证书已变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page verdict(s) changed</source>
        <translation>
            <numerusform>%n 个页面结论已变化</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the same origins, recommendations, certificates and page verdicts.</source>
        <translation>没有变化：源站、推荐、证书和页面结论都相同。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Page verdicts</source>
        <translation>页面结论</translation>
    </message>
    <message>
        <source>Origins only in the newer scan</source>
        <translation>仅在较新扫描中的源站</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>扫描于</translation>
    </message>
    <message>
        <source>Origins only in the older scan</source>
        <translation>仅在较早扫描中的源站</translation>
    </message>
    <message>
        <source>The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).</source>
        <translation>样本不同：%1仅在较早的扫描中，%2 个仅在较新的扫描中（不算作变化）。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DemoSite</name>
    <message>
        <source>Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.</source>
        <translation>无法将演示 CA 写入临时文件（%1）。请检查临时目录是否可写。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::DiffDocument</name>
    <message>
        <source>⋯ 1 unchanged line hidden</source>
        <translation>⋯ 隐藏了 1 行未变化的内容</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines hidden</source>
        <translation>⋯ 隐藏了 %1 行未变化的内容</translation>
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
        <translation>每个源站、页面和证书，供脚本使用（docs/json-format.md）</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>One row per page; the origins go to a second file ending in -origins.csv</source>
        <translation>每个页面一行；源站写入第二个以 -origins.csv 结尾的文件</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>HTML 报告(&amp;H)</translation>
    </message>
    <message>
        <source>A self-contained report with verdicts, certificates and the diffs of differing pages</source>
        <translation>包含结论、证书以及不同页面差异的独立报告</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF 报告(&amp;P)</translation>
    </message>
    <message>
        <source>The HTML report as a printable PDF</source>
        <translation>可打印的 PDF 版 HTML 报告</translation>
    </message>
    <message>
        <source>Cloud&amp;flare settings</source>
        <translation>Cloudflare 设置(&amp;F)</translation>
    </message>
    <message>
        <source>Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes</source>
        <translation>针对推荐模式、可直接应用的 Cloudflare API（curl）和 Terraform 代码片段</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.</source>
        <translation>将 %1 的扫描写成报告。每个勾选的报告写入各自的文件；已有文件会被替换。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a file for the %1, or untick it.</source>
        <translation>请为%1选择文件，或取消勾选。</translation>
    </message>
    <message>
        <source>Tick at least one report to export.</source>
        <translation>请至少勾选一种要导出的报告。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::FileField</name>
    <message>
        <source>none</source>
        <extracomment>No file chosen</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::HeadersTable</name>
    <message>
        <source>Header</source>
        <translation>响应头</translation>
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
        <translation>HTTP 和 HTTPS 的响应头</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Scan…</source>
        <translation>新建扫描(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to the start page to enter a domain</source>
        <translation>返回起始页输入域名</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>开始扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Scan the &amp;Demo Site</source>
        <translation>扫描演示站点(&amp;D)</translation>
    </message>
    <message>
        <source>Pause or resume fetching (Ctrl+Shift+P)</source>
        <translation>暂停或继续获取（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>取消扫描(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the scan; each origin is judged on what was fetched (Ctrl+.)</source>
        <translation>停止扫描；每个源站按已获取的内容判定（Ctrl+.）</translation>
    </message>
    <message>
        <source>&amp;Find Page…</source>
        <translation>查找页面(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>显示结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About sslrec</source>
        <translation>关于 sslrec(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>Menu title (the noun): the menu of scan actions</extracomment>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <translation> 备注：%1</translation>
    </message>
    <message>
        <source>Scan of %1 cancelled.</source>
        <translation>%1 的扫描已取消。</translation>
    </message>
    <message>
        <source>Scan of %1 finished.</source>
        <translation>%1 的扫描已完成。</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Scanning the demo site on this computer…</source>
        <translation>正在扫描本机上的演示站点…</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3, scanned %4.</source>
        <extracomment>%1 is a file name, %2 &quot;N origins&quot;, %3 &quot;N pages&quot;, %4 a date and time</extracomment>
        <translation>已打开 %1：%2，%3，扫描于 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n 个源站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 has not been compared yet.</source>
        <translation>%1%2 尚未比较。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Menu action that continues a paused scan</extracomment>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>About sslrec</source>
        <translation>关于 sslrec</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds, for every origin behind a domain, the most secure TLS mode a reverse proxy can use to reach it without breaking the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sslrec %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;为域名背后的每个源站找出反向代理在不破坏网站的前提下可以使用的最安全的 TLS 模式。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ModeLadderModel</name>
    <message>
        <source>521 Web server is down</source>
        <translation>521 Web 服务器已关闭</translation>
    </message>
    <message>
        <source>522 Connection timed out</source>
        <translation>522 连接超时</translation>
    </message>
    <message>
        <source>525 SSL handshake failed</source>
        <translation>525 SSL 握手失败</translation>
    </message>
    <message>
        <source>526 Invalid SSL certificate</source>
        <translation>526 SSL 证书无效</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>safe</source>
        <extracomment>Whether a proxy mode keeps the site working: &quot;safe&quot;, or it &quot;breaks&quot; the site</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>会出问题</translation>
    </message>
    <message>
        <source>Recommended: the most secure mode that keeps the site working</source>
        <translation>推荐：能保持网站正常运行的最安全模式</translation>
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
        <translation>访问者将看到</translation>
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
        <translation>结论(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <source>Mode ladder</source>
        <translation>模式阶梯</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation>推荐的原因</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>显示页面</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有页面</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Search path, status or reason (Ctrl+F)</source>
        <translation>搜索路径、状态或原因（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>搜索页面</translation>
    </message>
    <message>
        <source>Pages of the origin</source>
        <translation>源站的页面</translation>
    </message>
    <message>
        <source>Double-click or press Enter to compare the page side by side</source>
        <translation>双击或按回车键并排比较页面</translation>
    </message>
    <message>
        <source>Select an origin to see its verdict, pages and certificate.</source>
        <translation>选择一个源站以查看其结论、页面和证书。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;%1: &lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API value: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;%1：&lt;span style=&quot;background:%2;color:%3&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;&lt;/span&gt;&amp;nbsp; Cloudflare API 值：&lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>（无变化）</translation>
    </message>
    <message>
        <source>Advice: redirect HTTP to HTTPS at the edge.</source>
        <translation>建议：在边缘将 HTTP 重定向到 HTTPS。</translation>
    </message>
    <message>
        <source>robots.txt: %1</source>
        <translation>robots.txt：%1</translation>
    </message>
    <message>
        <source>%1: still scanning — the verdict comes when every sampled page is compared.</source>
        <translation>%1：仍在扫描 — 每个抽样页面比较完毕后给出结论。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::OriginsModel</name>
    <message>
        <source>no HTTPS: %1</source>
        <translation>无 HTTPS：%1</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <source>valid, 1 day left</source>
        <translation>有效，剩余 1 天</translation>
    </message>
    <message>
        <source>valid, %1 days left</source>
        <translation>有效，剩余 %1 天</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>扫描中…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>The value of Cloudflare&apos;s &quot;ssl&quot; zone setting for this mode</source>
        <translation>此模式对应的 Cloudflare “ssl” 区域设置值</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>源站</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>API value</source>
        <translation>API 值</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>已抽样</translation>
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
        <translation>已比较</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Distinct URLs found on this origin</source>
        <translation>在此源站上发现的不同 URL</translation>
    </message>
    <message>
        <source>Pages chosen and fetched over both schemes</source>
        <translation>选中并通过两种协议获取的页面</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTP</source>
        <translation>通过 HTTP 响应的抽样页面</translation>
    </message>
    <message>
        <source>Sampled pages that answered over HTTPS</source>
        <translation>通过 HTTPS 响应的抽样页面</translation>
    </message>
    <message>
        <source>Pages with a verdict</source>
        <translation>已有结论的页面</translation>
    </message>
    <message>
        <source>The value to set in Cloudflare&apos;s API (zone setting &quot;ssl&quot;)</source>
        <translation>在 Cloudflare API 中设置的值（区域设置 “ssl”）</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>The scan ended before this origin was judged (it was cancelled or interrupted). Continue it with: sslrec-cli scan --resume FILE</source>
        <translation>扫描在判定此源站之前结束了（被取消或中断）。可以这样继续：sslrec-cli scan --resume 文件</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffDialog</name>
    <message>
        <source>%1%2 — HTTP vs HTTPS</source>
        <translation>%1%2 — HTTP 对比 HTTPS</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PageDiffView</name>
    <message>
        <source>&amp;Normalised</source>
        <translation>规范化(&amp;N)</translation>
    </message>
    <message>
        <source>Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies.</source>
        <translation>显示比较器看到的内容：可见文本，易变令牌已屏蔽。关闭时：原始正文。</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>仅变化(&amp;C)</translation>
    </message>
    <message>
        <source>Hide unchanged lines except a few around each difference</source>
        <translation>隐藏未变化的行，仅保留每处差异周围的几行</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F8)</source>
        <translation>上一处差异（Shift+F8）</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <source>Next difference (F8)</source>
        <translation>下一处差异（F8）</translation>
    </message>
    <message>
        <source>&amp;Body (HTTP left, HTTPS right)</source>
        <translation>正文(&amp;B)（左 HTTP，右 HTTPS）</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>响应头(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1%2&lt;/b&gt; — %3, score %4&lt;br&gt;%5&lt;br&gt;HTTP: %6 · HTTPS: %7</source>
        <translation>&lt;b&gt;%1%2&lt;/b&gt; — %3，分数 %4&lt;br&gt;%5&lt;br&gt;HTTP：%6 · HTTPS：%7</translation>
    </message>
    <message>
        <source>&amp;Headers (%1 differ)</source>
        <translation>响应头(&amp;H)（%1 项不同）</translation>
    </message>
    <message>
        <source>The bodies of this page were not kept: the scan file does not hold them (it could not be written), and in memory sslrec keeps differing pages only, up to a budget.</source>
        <translation>此页面的正文未保留：扫描文件中没有（无法写入），而内存中 sslrec 只在预算范围内保留不同的页面。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>difference %1 of %2</source>
        <translation>第 %1 处差异，共 %2 处</translation>
    </message>
    <message>
        <source>no differences after masking noise; the status, type or raw bytes differ (untick Normalised)</source>
        <translation>屏蔽噪声后没有差异；状态码、类型或原始字节不同（取消勾选“规范化”）</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>没有差异</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::PagesModel</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
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
        <translation>分数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>源站</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ProgressPanel</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Pages compared</source>
        <translation>已比较的页面</translation>
    </message>
    <message>
        <source>%v of %m pages compared</source>
        <translation>已比较 %v / %m 个页面</translation>
    </message>
    <message>
        <source>Elapsed time and estimate</source>
        <translation>已用时间和估计</translation>
    </message>
    <message>
        <source>Progress per origin</source>
        <translation>每个源站的进度</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
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
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>  %1 of %2 origins done</source>
        <translation>  %2 个源站中已完成 %1 个</translation>
    </message>
    <message>
        <source>Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued</source>
        <translation>已用 %1 · 剩余 %2 · 已发送 %3 个请求，%4 个进行中，%5 个排队中</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>估算中…</translation>
    </message>
    <message>
        <source>Cancelled: %1 (origins judged on what was fetched)</source>
        <translation>已取消：%1（源站按已获取的内容判定）</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Took %1 · %2</source>
        <translation>用时 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s)</source>
        <translation>
            <numerusform>%n 个源站</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sslrec::ui::RateGraph</name>
    <message>
        <source>Requests per second, last 60 seconds</source>
        <translation>每秒请求数，最近 60 秒</translation>
    </message>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>最近一分钟的每秒请求数</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>尚无请求</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
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
        <translation>源站及其推荐模式</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanController</name>
    <message>
        <source>The demo site did not start: %1</source>
        <translation>演示站点未能启动：%1</translation>
    </message>
    <message>
        <source>Scans are not being saved: no temporary folder can be created in %1 (%2). Free some space there to save scans.</source>
        <translation>扫描未被保存：无法在 %1 中创建临时文件夹（%2）。请在那里腾出空间以保存扫描。</translation>
    </message>
    <message>
        <source>This scan is not being saved: %1</source>
        <translation>此扫描未被保存：%1</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanFiles</name>
    <message>
        <source>sslrec scans (*.sslrec);;All files (*)</source>
        <translation>sslrec 扫描 (*.sslrec);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1, scanned %2 (this window)</source>
        <translation>%1，扫描于 %2（本窗口）</translation>
    </message>
    <message>
        <source>%1, scanned %2 (%3)</source>
        <translation>%1，扫描于 %2（%3）</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>打开扫描(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scan (.sslrec) to see its results offline</source>
        <translation>打开已保存的扫描（.sslrec），离线查看其结果</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save Scan &amp;As…</source>
        <translation>扫描另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the scan with every page body, to reopen it later without the network</source>
        <translation>连同每个页面的正文一起保存扫描，以便以后无需网络重新打开</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings</source>
        <translation>将已完成的扫描写为 JSON、CSV、HTML、PDF 或 Cloudflare 设置</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Scan…</source>
        <translation>与另一次扫描比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what changed between this scan and a saved one</source>
        <translation>显示此扫描与已保存扫描之间的变化</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>打开扫描</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent scans</source>
        <translation>没有最近的扫描</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Save Scan As</source>
        <translation>扫描另存为</translation>
    </message>
    <message>
        <source>This scan cannot be saved: it was not written to a scan file (see the earlier message).</source>
        <translation>无法保存此扫描：它没有被写入扫描文件（请参阅之前的消息）。</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>正在保存到 %1…</translation>
    </message>
    <message>
        <source>Saved the scan to %1.</source>
        <translation>扫描已保存到 %1。</translation>
    </message>
    <message>
        <source>Export is available once the scan has finished.</source>
        <translation>扫描完成后才能导出。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Compare with Scan</source>
        <translation>与扫描比较</translation>
    </message>
    <message>
        <source>Comparing is available once the scan has finished.</source>
        <translation>扫描完成后才能比较。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanOptionsPanel</name>
    <message>
        <source>Scan &amp;options</source>
        <translation>扫描选项(&amp;O)</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>显示扫描选项</translation>
    </message>
    <message>
        <source>Page pairs sampled per origin (--max-pages)</source>
        <translation>每个源站抽样的页面对数（--max-pages）</translation>
    </message>
    <message>
        <source>Max &amp;pages per origin:</source>
        <translation>每个源站最多页面数(&amp;P)：</translation>
    </message>
    <message>
        <source>Parallel requests per origin and scheme (--concurrency). Be gentle with small servers.</source>
        <translation>每个源站和协议的并行请求数（--concurrency）。请善待小型服务器。</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The current proxy mode is not known</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>The proxy mode in use today (--current-mode); sslrec never recommends a weaker one</source>
        <translation>当前使用的代理模式（--current-mode）；sslrec 绝不推荐更弱的模式</translation>
    </message>
    <message>
        <source>Current &amp;mode:</source>
        <translation>当前模式(&amp;M)：</translation>
    </message>
    <message>
        <source>www.example.com:192.0.2.10 (one per line)</source>
        <translation>www.example.com:192.0.2.10（每行一个）</translation>
    </message>
    <message>
        <source>Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)</source>
        <translation>将主机名固定到地址，以审查代理背后的源站（--resolve HOST:ADDRESS）</translation>
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
        <translation>额外的 CA 文件</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (--ca-file)</source>
        <translation>额外信任此 PEM 文件中的 CA 证书（--ca-file）</translation>
    </message>
    <message>
        <source>Extra C&amp;A file:</source>
        <translation>额外的 CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>Trust Cloudflare &amp;Origin CA roots</source>
        <translation>信任 Cloudflare Origin CA 根证书(&amp;O)</translation>
    </message>
    <message>
        <source>Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)</source>
        <translation>Origin CA 证书被代理接受，但不被浏览器接受（用 --no-origin-ca 关闭）</translation>
    </message>
    <message>
        <source>Obey rules for sslrec, else for *</source>
        <translation>遵守针对 sslrec 的规则，否则遵守 * 的规则</translation>
    </message>
    <message>
        <source>Obey only rules that name sslrec</source>
        <translation>只遵守点名 sslrec 的规则</translation>
    </message>
    <message>
        <source>Which robots.txt rules to obey (--robots). &apos;Only rules that name sslrec&apos; is for auditing your own staging site.</source>
        <translation>遵守哪些 robots.txt 规则（--robots）。“只遵守点名 sslrec 的规则”用于审查您自己的预发布站点。</translation>
    </message>
    <message>
        <source>Ro&amp;bots.txt:</source>
        <translation>Robots.txt(&amp;B)：</translation>
    </message>
    <message>
        <source>User-Agent header sent with every request (--user-agent)</source>
        <translation>每个请求发送的 User-Agent 请求头（--user-agent）</translation>
    </message>
    <message>
        <source>&amp;User agent:</source>
        <translation>User-Agent(&amp;U)：</translation>
    </message>
    <message>
        <source>Seed URL file</source>
        <translation>种子 URL 文件</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)</source>
        <translation>每行一个 URL 或路径，在爬取发现的页面太少时用于抽样（--seed-urls）</translation>
    </message>
    <message>
        <source>S&amp;eed URLs:</source>
        <translation>种子 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>Access log file</source>
        <translation>访问日志文件</translation>
    </message>
    <message>
        <source>Log files (*.log *access*);;All files (*)</source>
        <translation>日志文件 (*.log *access*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)</source>
        <translation>Web 服务器访问日志；在爬取发现的页面太少时，从中抽取请求最多的路径（--access-log）</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>访问日志(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read; choose an existing file or clear the field</source>
        <translation>无法读取%1 &apos;%2&apos;；请选择一个存在的文件或清空该字段</translation>
    </message>
    <message>
        <source>The extra CA file</source>
        <translation>额外的 CA 文件</translation>
    </message>
    <message>
        <source>The user agent is empty; enter one or use the default: %1</source>
        <translation>User-Agent 为空；请输入一个或使用默认值：%1</translation>
    </message>
    <message>
        <source>The seed URL file</source>
        <translation>种子 URL 文件</translation>
    </message>
    <message>
        <source>The access log</source>
        <translation>访问日志</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::ScanView</name>
    <message>
        <source>Site tree</source>
        <translation>站点树</translation>
    </message>
    <message>
        <source>Pages as they are discovered; folders show the worst verdict below them. Enter opens a page&apos;s diff.</source>
        <translation>页面按发现顺序显示；文件夹显示其下最差的结论。按回车键打开页面的差异。</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Certificates expiring within this many days are flagged as expiring soon</source>
        <translation>在这么多天内到期的证书会被标记为即将到期</translation>
    </message>
    <message>
        <source>Warn when a certificate &amp;expires within:</source>
        <translation>证书到期前多少天发出警告(&amp;E)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the bodies of differing pages during a live scan, for the side-by-side view</source>
        <translation>实时扫描期间用于保存不同页面正文的内存，供并排视图使用</translation>
    </message>
    <message>
        <source>&amp;Memory for page bodies:</source>
        <translation>页面正文内存(&amp;M)：</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan&apos;s evidence.</source>
        <translation>立即生效；正在进行的扫描会继续。原因和发现保持英文：它们是扫描的证据。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::StartPage</name>
    <message>
        <source>Which SSL/TLS mode can your proxy use?</source>
        <translation>您的代理可以使用哪种 SSL/TLS 模式？</translation>
    </message>
    <message>
        <source>sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares them and checks each origin&apos;s certificate. It only reads (GET), obeys robots.txt and recommends, per origin, the most secure mode that keeps the site working.</source>
        <translation>sslrec 爬取网站的一部分样本，通过 HTTP 和 HTTPS 分别获取每个页面并进行比较，同时检查每个源站的证书。它只读取（GET），遵守 robots.txt，并为每个源站推荐能保持网站正常运行的最安全模式。</translation>
    </message>
    <message>
        <source>example.com or https://example.com/shop</source>
        <translation>example.com 或 https://example.com/shop</translation>
    </message>
    <message>
        <source>Domain to scan</source>
        <translation>要扫描的域名</translation>
    </message>
    <message>
        <source>A host name, or paste a URL: its host and path are used</source>
        <translation>主机名，或粘贴一个 URL：使用其中的主机和路径</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <extracomment>The button that starts a scan (a verb)</extracomment>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Start scanning this domain (Enter)</source>
        <translation>开始扫描此域名（回车）</translation>
    </message>
    <message>
        <source>Domain hint</source>
        <translation>域名提示</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>最近的扫描</translation>
    </message>
    <message>
        <source>Double-click or press Enter to scan again</source>
        <translation>双击或按回车键再次扫描</translation>
    </message>
    <message>
        <source>Scan the &amp;demo site</source>
        <translation>扫描演示站点(&amp;D)</translation>
    </message>
    <message>
        <source>A small fictitious site served on this computer (no network needed); each origin shows another outcome</source>
        <translation>在本机上运行的一个虚构小站点（无需网络）；每个源站展示一种不同的结果</translation>
    </message>
    <message>
        <source>Enter a domain such as example.com, or paste a URL.</source>
        <translation>请输入域名，例如 example.com，或粘贴一个 URL。</translation>
    </message>
    <message>
        <source>Will scan %1</source>
        <translation>将扫描 %1</translation>
    </message>
    <message>
        <source>, starting at %1</source>
        <translation>，从 %1 开始</translation>
    </message>
    <message>
        <source>, %1 port %2</source>
        <translation>，%1 端口 %2</translation>
    </message>
    <message>
        <source> and its subdomains</source>
        <translation> 及其子域名</translation>
    </message>
</context>
<context>
    <name>sslrec::ui::verdictstyle</name>
    <message>
        <source>not sampled</source>
        <extracomment>States of a page pair in the site tree: the HTTP and HTTPS pages are the &quot;same&quot; or &quot;different&quot;</extracomment>
        <translation>未抽样</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>获取中</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>比较中</translation>
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
        <translation>错误</translation>
    </message>
</context>
</TS>
