package stablehlo

// Canonicalize puts a module read from any source into the one canonical form the
// rest of hlovm (and Equal) relies on: attributes equal to their op's default are
// removed, and equivalent spellings are unified. Every reader calls it last.
func Canonicalize(m *Module) {
	// Filled in with the per-op default table (owned by the VHLO work).
}
