#pragma once

#include "recommend/originevidence.h"

namespace sslrec {

/// The decision rules of DESIGN.md, "How a recommendation is reached", as
/// one pure function: the highest proxy mode that will not break the origin,
/// never weaker than the current mode, with reasons a person can check.
OriginVerdict recommend(const OriginEvidence &evidence);

/// The per-mode ladder alone (safe or not, why, the visitor's error).
QList<ModeAssessment> assessModes(const OriginEvidence &evidence);

} // namespace sslrec
