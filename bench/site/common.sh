# Shared by bench/site/run.sh: packages, the test PKI, a private nginx on
# loopback, and the measuring wrapper. Sourced, not run.

# Debian packages a benchmark needs; installs the missing ones with apt-get
# (as root, or through sudo) and remembers what it installed for the report.
BENCH_INSTALLED=""
need_packages() {
    local missing=()
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "bench: installing ${missing[*]} with apt-get" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2 ||
        { echo "bench: cannot install ${missing[*]}; install them and run again" >&2; exit 1; }
    BENCH_INSTALLED="$BENCH_INSTALLED ${missing[*]}"
}

# A throw-away CA and one server certificate for every benchmark hostname and
# address: make_pki DIR NAME... ADDRESS... (arguments with a digit first are
# addresses). Writes DIR/ca.pem, DIR/server.pem (leaf + CA), DIR/server.key.
make_pki() {
    local dir=$1; shift
    mkdir -p "$dir"
    local san="" a
    for a in "$@"; do
        case $a in
            [0-9]*) san="$san,IP:$a" ;;
            *) san="$san,DNS:$a" ;;
        esac
    done
    san=${san#,}
    (
        cd "$dir" || exit 1
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
            -subj "/CN=sslrec bench CA" -keyout ca.key -out ca.pem \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null &&
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$1" \
            -keyout server.key -out server.csr 2>/dev/null &&
        printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$san" > server.ext &&
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -sha256 \
            -extfile server.ext -out leaf.pem 2>/dev/null &&
        cat leaf.pem ca.pem > server.pem
    ) || { echo "bench: openssl could not make the test PKI in $dir" >&2; exit 1; }
}

# A port nobody listens on, from $1 upwards.
free_port() {
    local port=$1
    while ss -Htln "sport = :$port" 2>/dev/null | grep -q .; do
        port=$((port + 1))
    done
    echo "$port"
}

# nginx_start PREFIX PKI_DIR HTTP_PORT HTTPS_PORT HTTP2(on|off) ADDRESS:DOCROOT...
# One private nginx (never the system one): every path under PREFIX, one
# worker, HTTP and HTTPS on each loopback ADDRESS, access log unbuffered in a
# space-separated format bench_count reads. Sets NGINX_PID. NGINX_SERVER_EXTRA,
# when set, goes into every server block (the dynamic benchmark's sub_filter).
nginx_start() {
    local prefix=$1 pki=$2 http_port=$3 https_port=$4 h2=$5; shift 5
    mkdir -p "$prefix/logs" "$prefix/temp"
    local nginx=${SSLREC_NGINX:-/usr/sbin/nginx}
    local servers="" spec address root http2=""
    [ "$h2" = on ] && http2=" http2"
    for spec in "$@"; do
        address=${spec%%:*}
        root=${spec#*:}
        servers="$servers
    server {
        listen $address:$http_port;
        server_name _;
        root \"$root\";
        index index.html;
        ${NGINX_SERVER_EXTRA:-}
    }
    server {
        listen $address:$https_port ssl$http2;
        server_name _;
        ssl_certificate \"$pki/server.pem\";
        ssl_certificate_key \"$pki/server.key\";
        root \"$root\";
        index index.html;
        ${NGINX_SERVER_EXTRA:-}
    }"
    done
    cat > "$prefix/nginx.conf" <<EOF
# Written by bench/site/run.sh; private to one benchmark run.
worker_processes 1;
daemon off;
pid "$prefix/nginx.pid";
lock_file "$prefix/nginx.lock";
error_log "$prefix/logs/error.log" warn;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format bench '\$server_port \$request_method \$status \$body_bytes_sent \$server_protocol \$request_uri';
    access_log "$prefix/logs/access.log" bench;
    client_body_temp_path "$prefix/temp/client_body";
    proxy_temp_path "$prefix/temp/proxy";
    fastcgi_temp_path "$prefix/temp/fastcgi";
    uwsgi_temp_path "$prefix/temp/uwsgi";
    scgi_temp_path "$prefix/temp/scgi";
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 60s;
    keepalive_requests 100000;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:bench:1m;
$servers
}
EOF
    "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log" &
    NGINX_PID=$!
    local i
    for i in $(seq 1 100); do
        if ss -Htln "sport = :$https_port" | grep -q . && ss -Htln "sport = :$http_port" | grep -q .; then
            return 0
        fi
        kill -0 "$NGINX_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "bench: nginx did not start; its error log:" >&2
    tail -20 "$prefix/logs/error.log" >&2
    exit 1
}

nginx_stop() {
    [ -n "${NGINX_PID:-}" ] || return 0
    kill "$NGINX_PID" 2>/dev/null
    wait "$NGINX_PID" 2>/dev/null
    NGINX_PID=""
}

# Lines in the access log so far (requests nginx completed).
log_lines() {
    wc -l < "$1/logs/access.log"
}

# measure LABEL ACCESS_PREFIX COMMAND...: runs COMMAND under /usr/bin/time
# and appends one result line to $RESULTS:
#   label requests wall_s user_s sys_s maxrss_kib exit_code round
# (round: $ROUND, default 1; print_table compares runs of the same round)
measure() {
    local label=$1 prefix=$2; shift 2
    local before after timefile="$WORK/time-$label.txt" rc
    sleep 0.3 # let the log catch up with the previous run's last request
    before=$(log_lines "$prefix")
    /usr/bin/time -f '%e %U %S %M' -o "$timefile" "$@" > "$WORK/out-$label.txt" 2> "$WORK/err-$label.txt"
    rc=$?
    sleep 0.3
    after=$(log_lines "$prefix")
    echo "$label $((after - before)) $(tail -1 "$timefile") $rc ${ROUND:-1}" >> "$RESULTS"
    echo "bench: $label done (exit $rc, $((after - before)) requests, $(tail -1 "$timefile" | cut -d' ' -f1) s)" >&2
}

# Prints $RESULTS as a table, plus sslrec/wget2 ratios when both are there:
# per round (the runs of one round follow each other on the same server),
# and with several rounds their median and range.
print_table() {
    awk '
    function median(a, n,    i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { label[NR]=$1; req[NR]=$2; wall[NR]=$3; cpu[NR]=$4+$5; rss[NR]=$6; rc[NR]=$7; round[NR]=($8 == "" ? 1 : $8) }
    END {
        printf "%-22s %9s %9s %9s %9s %10s %5s\n", "run", "requests", "wall s", "req/s", "cpu s", "peak RSS", "exit"
        for (i = 1; i <= NR; i++) {
            r = round[i]
            if (r > rounds) rounds = r
            rps = wall[i] > 0 ? req[i] / wall[i] : 0
            name = label[i] (round[NR] > 1 || r > 1 ? " #" r : "")
            printf "%-22s %9d %9.2f %9.0f %9.2f %7.1f MiB %5d\n", name, req[i], wall[i], rps, cpu[i], rss[i] / 1024, rc[i]
            if (label[i] ~ /^wget2/) { wget_wall[r] += wall[i]; wget_cpu[r] += cpu[i]; wget_req[r] += req[i] }
            if (label[i] ~ /^sslrec/) { s_wall[r] = wall[i]; s_cpu[r] = cpu[i]; s_req[r] = req[i]; s_label = label[i] }
        }
        for (r = 1; r <= rounds; r++) {
            if (!(wget_wall[r] > 0 && s_wall[r] > 0))
                continue
            suffix = rounds > 1 ? " #" r : ""
            printf "%-22s %9d %9.2f %9.0f %9.2f\n", "wget2 both schemes" suffix, wget_req[r], wget_wall[r], wget_req[r] / wget_wall[r], wget_cpu[r]
            printf "ratio %s / wget2 (both schemes)%s: wall %.2fx, cpu %.2fx, requests %.2fx\n", s_label, suffix,
                   s_wall[r] / wget_wall[r], s_cpu[r] / wget_cpu[r], s_req[r] / wget_req[r]
            n++; wr[n] = s_wall[r] / wget_wall[r]; cr[n] = s_cpu[r] / wget_cpu[r]
            lo = (n == 1 || wr[n] < lo) ? wr[n] : lo; hi = (n == 1 || wr[n] > hi) ? wr[n] : hi
        }
        if (n > 1)
            printf "ratio over %d rounds: wall median %.2fx (%.2f-%.2fx), cpu median %.2fx\n", n, median(wr, n), lo, hi, median(cr, n)
    }' "$RESULTS"
}
