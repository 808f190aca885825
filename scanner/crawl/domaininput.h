#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace sslrec {

/// A domain as the user typed it, reduced to what a scan needs.
///
/// Accepted forms: `example.com`, `Example.COM.` (lower-cased, one trailing dot
/// dropped), `https://example.com/start?x=1` (scheme http/https only; the path
/// becomes the start path), `example.com:8443`, internationalised names
/// (`bücher.example` becomes `xn--bcher-kva.example`), IPv4 (`192.0.2.1`) and
/// IPv6 literals (`[::1]`, `[::1]:8443`, or a bare `::1`). `localhost` is the
/// only single-label name accepted (local test servers); any other single label
/// is a bare TLD and refused. Underscores are tolerated inside labels other
/// than the last because real web hosts use them. User info (`user@`) is
/// refused rather than silently dropped. Fragments are ignored.
struct DomainInput
{
    QString host;                     ///< ACE form, lower case, no trailing dot; IPv6 without brackets
    bool isIpLiteral = false;         ///< host is an IPv4 or IPv6 address
    std::optional<QString> scheme;    ///< "http" or "https" when the user typed one
    std::optional<QString> startPath; ///< path and query the user gave (not just "/"), percent-encoded
    std::optional<int> port;          ///< explicit port, 1..65535

    /// The host as it appears in a URL: IPv6 literals in brackets.
    QString urlHost() const;

    /// Parses user input. Failure codes: input.empty, input.spaces,
    /// input.scheme, input.nohost, input.userinfo, input.port, input.tld,
    /// input.characters, input.label, input.length, input.ip, input.idn.
    static Result<DomainInput> parse(const QString &text);
};

} // namespace sslrec
