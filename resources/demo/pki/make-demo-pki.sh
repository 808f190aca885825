#!/bin/sh
# Regenerates the demo PKI in this directory. Run once; the output is committed
# so every build serves the same certificates. Demo-only, loopback-only keys:
# see README.md. Needs the openssl CLI (3.x).
#
# `openssl ca` is used (not `req -x509` / `x509 -req`) because only it can set
# an explicit validity window in OpenSSL 3.0: the certificates are valid from
# 2020 (so a machine whose clock is behind still accepts them) until 2125.
set -eu
cd "$(dirname "$0")"

START=20200101000000Z
END=21250101000000Z
DOMAIN=demo.sslrec.test

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/index.txt"

cat > "$tmp/ca.cnf" <<EOF_CNF
[ca]
default_ca = demo_ca
[demo_ca]
database = $tmp/index.txt
new_certs_dir = $tmp
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
rand_serial = yes
[policy_any]
commonName = supplied
organizationName = optional
[v3_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[v3_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:\${ENV::LEAF_HOST}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid,issuer
[v3_selfsigned_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:\${ENV::LEAF_HOST}
subjectKeyIdentifier = hash
EOF_CNF

newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
csr() { openssl req -new -key "$1" -subj "$2" -out "$3"; }
sign() { # sign CSR OUT EXTENSIONS [CA options...]
    in=$1; out=$2; ext=$3; shift 3
    openssl ca -batch -notext -config "$tmp/ca.cnf" -startdate "$START" -enddate "$END" \
        -extensions "$ext" -in "$in" -out "$out" "$@"
}

export LEAF_HOST=unused

# Root CA, self-signed.
newkey ca.key
csr ca.key "/O=sslrec demo/CN=sslrec demo root CA (loopback only, not a real CA)" "$tmp/ca.csr"
sign "$tmp/ca.csr" ca.pem v3_ca -selfsign -keyfile ca.key

# Leaves signed by the root, one per HTTPS origin that should validate
# (blog's certificate is valid too: its problem is content, not TLS).
for host in "$DOMAIN" "www.$DOMAIN" "blog.$DOMAIN" "private.$DOMAIN"; do
    LEAF_HOST=$host
    newkey "$host.key"
    csr "$host.key" "/CN=$host" "$tmp/$host.csr"
    sign "$tmp/$host.csr" "$host.pem" v3_leaf -cert ca.pem -keyfile ca.key
done

# shop: a self-signed leaf, so a validating proxy must refuse it (-> full).
LEAF_HOST="shop.$DOMAIN"
newkey "$LEAF_HOST.key"
csr "$LEAF_HOST.key" "/CN=$LEAF_HOST" "$tmp/$LEAF_HOST.csr"
sign "$tmp/$LEAF_HOST.csr" "$LEAF_HOST.pem" v3_selfsigned_leaf -selfsign -keyfile "$LEAF_HOST.key"

chmod 644 ./*.key ./*.pem
echo "demo PKI written to $(pwd)"
