#pragma once

// Times the differ on 1 MB page pairs (raw and normalised; similar, all
// different, repeated lines, one very long line); prints one line per case.
void benchDiffer();
