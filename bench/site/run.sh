#!/bin/bash
# sslrec's whole-site benchmarks (issue #10; the GUI stall of issue #7).
# Serves real and generated static sites through a private nginx on loopback
# over HTTP and HTTPS (test CA made here with openssl), then measures, in
# the same invocation, the peer crawler (wget2 --recursive --spider) and
# sslrec on the same pages. Docs: docs/performance.md.
#
#   bench/site/run.sh [all|site|dynamic|fetch|large|saved|gui|startup]...
#
#   site     PostgreSQL 15 manual (postgresql-doc-15, ~1,170 pages): wget2 over
#            each scheme, then sslrec-cli scan of the whole site; table + ratio
#   dynamic  the same manual, each page served with a line of its own (nginx
#            sub_filter adds the request's id and time before </body>), so no
#            HTTP/HTTPS pair is byte-identical and every one is compared
#   fetch    the manual's pages over both schemes through the fetch layer
#            alone: sslrec's Fetcher (libcurl) against QNetworkAccessManager
#            set up as sslrec used it until session 6 (bench_fetch)
#   large    a generated site of $LARGE_PAGES (20000) pages: sslrec-cli peak RSS
#            and wall time (and wget2 on both schemes when LARGE_WGET2=1)
#   saved    opens the large scan's file (or a synthetic 20,000-pair file when
#            there is none) and builds the GUI's views: time to first results
#   gui      the main window (offscreen) scans the PostgreSQL manual while a
#            5 ms timer on the GUI thread records the event loop's worst stall
#   startup  sslrec-cli --version and the GUI's first window (hyperfine)
#   all      every one of the above (the default)
#
# Environment: BUILD (build directory, default build/release), WORK (scratch
# directory, default a new one under /tmp, removed unless KEEP=1),
# CONCURRENCY (sslrec --concurrency, default: sslrec's own default),
# ROUNDS (site and dynamic: run wget2 and sslrec this many times, alternating
# on the same server, and print each round's ratio and their median; default 1),
# HTTP2=on|off (offer h2 on the HTTPS listener; default on), LARGE_PAGES,
# PROFILE=perf (record sslrec's runs with perf record into $WORK; PERF_ARGS).
set -u
cd "$(dirname "$0")/../.." || exit 1
ROOT=$PWD
. bench/site/common.sh

BUILD=${BUILD:-$ROOT/build/release}
HTTP2=${HTTP2:-on}
LARGE_PAGES=${LARGE_PAGES:-20000}
ROUNDS=${ROUNDS:-1}
ADDR_DOCS=127.0.83.1
ADDR_GEN=127.0.83.2
HOST_DOCS=pgdocs.bench.test
HOST_GEN=gen.bench.test
DOCS=/usr/share/doc/postgresql-doc-15/html

REMOVE_WORK=0
if [ -z "${WORK:-}" ]; then
    WORK=$(mktemp -d /tmp/sslrec-bench-XXXXXX)
    # mktemp makes it 0700; nginx's workers (nobody, when started as root)
    # must read the generated site inside it, or every page is a 403.
    chmod 755 "$WORK"
    [ "${KEEP:-0}" = 1 ] || REMOVE_WORK=1
fi
trap 'nginx_stop; [ "$REMOVE_WORK" = 1 ] && rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
CLI=$BUILD/bin/sslrec-cli
GUI=$BUILD/bin/sslrec
SCAN_OPTS=(--no-dns --max-pages 100000 --max-origins 2 --ca-file "$WORK/pki/ca.pem" -q)
[ -n "${CONCURRENCY:-}" ] && SCAN_OPTS+=(--concurrency "$CONCURRENCY")

build_targets() {
    local missing=() t
    for t in "$@"; do
        case $t in
            sslrec-cli) [ -x "$CLI" ] || missing+=("$t") ;;
            sslrec) [ -x "$GUI" ] || missing+=("$t") ;;
            *) [ -x "$BUILD/bench/$t" ] || missing+=("$t") ;;
        esac
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ -f "$BUILD/CMakeCache.txt" ] || { echo "bench: no build in $BUILD; run cmake --preset release first" >&2; exit 1; }
    echo "bench: building ${missing[*]} in $BUILD" >&2
    cmake --build "$BUILD" --target "${missing[@]##*/}" >&2 || exit 1
}

machine() {
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "tools: $(wget2 --version 2>/dev/null | head -1), $(/usr/sbin/nginx -v 2>&1), sslrec $("$CLI" --version 2>/dev/null | tail -1) on $(curl-config --version 2>/dev/null)"
}

ports() {
    HTTP_PORT=$(free_port 18080)
    HTTPS_PORT=$(free_port 18443)
    [ "$HTTPS_PORT" = "$HTTP_PORT" ] && HTTPS_PORT=$(free_port $((HTTP_PORT + 1)))
}

wget2_run() { # label scheme address
    local label=$1 scheme=$2 address=$3 port
    [ "$scheme" = http ] && port=$HTTP_PORT || port=$HTTPS_PORT
    rm -rf "$WORK/wget2-$label"
    mkdir -p "$WORK/wget2-$label"
    measure "$label" "$WORK/nginx" wget2 --no-config --recursive --spider --level=0 --tries=1 --no-hsts \
        --no-verbose --ca-certificate="$WORK/pki/ca.pem" --directory-prefix="$WORK/wget2-$label" \
        "$scheme://$address:$port/"
}

# PROFILE=perf: sslrec's runs are recorded with perf record (PERF_ARGS, default
# -g) into $WORK/perf-LABEL.data (keep them with KEEP=1); their times then
# include perf's overhead.
profile_wrap() { # label
    WRAP=()
    [ "${PROFILE:-}" = perf ] && WRAP=(perf record ${PERF_ARGS:--g} -o "$WORK/perf-$1.data" --)
}

sslrec_run() { # label host address extra-args...
    local label=$1 host=$2 address=$3; shift 3
    profile_wrap "$label"
    measure "$label" "$WORK/nginx" "${WRAP[@]}" "$CLI" scan "$host" --resolve "$host:$address" \
        --http-port "$HTTP_PORT" --https-port "$HTTPS_PORT" "${SCAN_OPTS[@]}" "$@"
}

bench_site() {
    need_packages wget2 postgresql-doc-15 nginx-core time
    build_targets sslrec-cli
    [ -f "$DOCS/index.html" ] || { echo "bench: $DOCS/index.html is missing" >&2; exit 1; }
    echo "== site: the PostgreSQL 15 manual ($(ls "$DOCS"/*.html | wc -l) HTML pages, $(du -sh "$DOCS" | cut -f1)) =="
    machine
    RESULTS=$WORK/results-site.txt
    : > "$RESULTS"
    ports
    nginx_start "$WORK/nginx" "$WORK/pki" "$HTTP_PORT" "$HTTPS_PORT" "$HTTP2" "$ADDR_DOCS:$DOCS"
    for ROUND in $(seq 1 "$ROUNDS"); do
        wget2_run wget2-http http "$ADDR_DOCS"
        wget2_run wget2-https https "$ADDR_DOCS"
        sslrec_run sslrec-cli "$HOST_DOCS" "$ADDR_DOCS" --out "$WORK/pgdocs.sslrec" --overwrite
    done
    nginx_stop
    print_table
    summarize_scan "$WORK/pgdocs.sslrec"
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The manual again, but dynamic: every response carries its request id and
# time, as pages with a CSRF token or a "generated at" line do, so every pair
# goes through the comparator (on the static manual every pair is
# byte-identical and none is parsed for comparison).
bench_dynamic() {
    need_packages wget2 postgresql-doc-15 nginx-core time
    build_targets sslrec-cli
    [ -f "$DOCS/index.html" ] || { echo "bench: $DOCS/index.html is missing" >&2; exit 1; }
    echo "== dynamic: the PostgreSQL 15 manual, each response with its own request id and time =="
    machine
    RESULTS=$WORK/results-dynamic.txt
    : > "$RESULTS"
    ports
    NGINX_SERVER_EXTRA='sub_filter "</body>" "<p class=served>request $request_id at $msec</p></body>"; sub_filter_once on;' \
        nginx_start "$WORK/nginx" "$WORK/pki" "$HTTP_PORT" "$HTTPS_PORT" "$HTTP2" "$ADDR_DOCS:$DOCS"
    for ROUND in $(seq 1 "$ROUNDS"); do
        wget2_run wget2-http http "$ADDR_DOCS"
        wget2_run wget2-https https "$ADDR_DOCS"
        sslrec_run sslrec-cli "$HOST_DOCS" "$ADDR_DOCS" --out "$WORK/dynamic.sslrec" --overwrite
    done
    nginx_stop
    print_table
    summarize_scan "$WORK/dynamic.sslrec"
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The verdicts of a scan, from its file (the JSON report is written after the
# measured run, so it does not count).
summarize_scan() {
    "$CLI" report "$1" --json "$1.json" || return
    python3 - "$1.json" <<'EOF'
import json, sys, collections
d = json.load(open(sys.argv[1]))
for o in d.get("origins", []):
    pages = o.get("pages", [])
    verdicts = collections.Counter(p.get("verdict") for p in pages)
    print("sslrec: %s -> %s, %d page pairs %s" % (o.get("origin"), o.get("recommended_mode"), len(pages), dict(verdicts)))
EOF
}

bench_large() {
    need_packages wget2 nginx-core time python3
    build_targets sslrec-cli
    local site=$WORK/gen-site
    if [ ! -f "$site/index.html" ]; then
        python3 bench/site/generate-site.py "$site" "$LARGE_PAGES" >&2 || exit 1
    fi
    echo "== large: a generated site of $LARGE_PAGES pages ($(du -sh "$site" | cut -f1)) =="
    machine
    RESULTS=$WORK/results-large.txt
    : > "$RESULTS"
    ports
    nginx_start "$WORK/nginx" "$WORK/pki" "$HTTP_PORT" "$HTTPS_PORT" "$HTTP2" "$ADDR_GEN:$site"
    if [ "${LARGE_WGET2:-0}" = 1 ]; then
        wget2_run wget2-http http "$ADDR_GEN"
        wget2_run wget2-https https "$ADDR_GEN"
    fi
    sslrec_run sslrec-cli "$HOST_GEN" "$ADDR_GEN" --out "$WORK/large.sslrec" --overwrite
    nginx_stop
    print_table
    summarize_scan "$WORK/large.sslrec"
    echo "scan file: $(du -h "$WORK/large.sslrec" | cut -f1)"
}

bench_saved() {
    build_targets savedscan/bench_savedscan
    local file=$WORK/large.sslrec
    echo "== saved: opening a saved scan and building the GUI's views (offscreen) =="
    if [ ! -f "$file" ]; then
        file=$WORK/synthetic.sslrec
        QT_QPA_PLATFORM=offscreen "$BUILD/bench/savedscan/bench_savedscan" --generate "$LARGE_PAGES" "$file" || exit 1
    fi
    QT_QPA_PLATFORM=offscreen "$BUILD/bench/savedscan/bench_savedscan" "$file"
}

bench_gui() {
    need_packages postgresql-doc-15 nginx-core
    build_targets gui/bench_guistall
    echo "== gui: the main window scans the PostgreSQL manual; 5 ms probe on the GUI thread =="
    machine
    ports
    nginx_start "$WORK/nginx" "$WORK/pki" "$HTTP_PORT" "$HTTPS_PORT" "$HTTP2" "$ADDR_DOCS:$DOCS"
    local opts=(--no-dns --max-pages 100000 --max-origins 2 --ca-file "$WORK/pki/ca.pem")
    [ -n "${CONCURRENCY:-}" ] && opts+=(--concurrency "$CONCURRENCY")
    profile_wrap guistall
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f 'bench_guistall: wall %e s, cpu %U+%S s, peak RSS %M KiB' \
        "${WRAP[@]}" "$BUILD/bench/gui/bench_guistall" "$HOST_DOCS" --resolve "$HOST_DOCS:$ADDR_DOCS" \
        --http-port "$HTTP_PORT" --https-port "$HTTPS_PORT" "${opts[@]}"
    nginx_stop
}

# The fetch layer alone, on the manual's pages: sslrec's Fetcher (libcurl)
# against QNetworkAccessManager as sslrec used it before (bench_fetch).
bench_fetch() {
    need_packages postgresql-doc-15 nginx-core
    build_targets fetch/bench_fetch
    echo "== fetch: every page of the PostgreSQL manual over both schemes, fetch layer only =="
    machine
    ports
    nginx_start "$WORK/nginx" "$WORK/pki" "$HTTP_PORT" "$HTTPS_PORT" "$HTTP2" "$ADDR_DOCS:$DOCS"
    (cd "$DOCS" && find . -name '*.html' | sed 's|^\.||' | sort) > "$WORK/paths.txt"
    "$BUILD/bench/fetch/bench_fetch" --host "$HOST_DOCS" --address "$ADDR_DOCS" --http-port "$HTTP_PORT" \
        --https-port "$HTTPS_PORT" --paths "$WORK/paths.txt" --concurrency "${CONCURRENCY:-4}"
    nginx_stop
}

bench_startup() {
    need_packages hyperfine
    build_targets sslrec-cli sslrec
    echo "== startup =="
    machine
    hyperfine --warmup 3 --runs 30 --export-json "$WORK/startup-cli.json" "$CLI --version" 2>&1 | sed -n '1,4p'
    # The GUI prints the time from process start to its first window's
    # expose and quits (app/gui/benchstartup.cpp).
    QT_QPA_PLATFORM=offscreen hyperfine --warmup 2 --runs 20 --export-json "$WORK/startup-gui.json" \
        "env SSLREC_BENCH_STARTUP=1 $GUI" 2>&1 | sed -n '1,4p'
    local i
    for i in 1 2 3 4 5; do
        QT_QPA_PLATFORM=offscreen SSLREC_BENCH_STARTUP=1 "$GUI" 2>&1 | grep 'first window'
    done | sort -t= -k2 -n | awk '{ a[NR] = $0 } END { print "median of 5: " a[3] }'
}

mkdir -p "$WORK"
make_pki "$WORK/pki" "$HOST_DOCS" "$HOST_GEN" "$ADDR_DOCS" "$ADDR_GEN"
[ $# -eq 0 ] && set -- all
for what in "$@"; do
    case $what in
        site) bench_site ;;
        dynamic) bench_dynamic ;;
        large) bench_large ;;
        saved) bench_saved ;;
        gui) bench_gui ;;
        fetch) bench_fetch ;;
        startup) bench_startup ;;
        all) bench_site; bench_dynamic; bench_fetch; bench_large; bench_saved; bench_gui; bench_startup ;;
        *) echo "usage: bench/site/run.sh [all|site|dynamic|fetch|large|saved|gui|startup]..." >&2; exit 2 ;;
    esac
done
[ -n "$BENCH_INSTALLED" ] && echo "installed with apt-get:$BENCH_INSTALLED"
echo "work directory: $WORK$([ "$REMOVE_WORK" = 1 ] && echo ' (removed)')"
