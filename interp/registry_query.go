package interp

// HasCustomCall reports whether a custom_call target has a builder, so that a
// package providing a fallback (vm/conform's check.* targets) can stand aside
// when a kernel package already registered the target.
func HasCustomCall(target string) bool { _, ok := customCalls[target]; return ok }
