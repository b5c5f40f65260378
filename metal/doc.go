// Package metal is the start of the Metal tier (issue 10). What runs on
// Linux today: fusion.EmitMSL writes kernels as MSL, and metal/shim runs
// them on the CPU to check their arithmetic; darwin-sdk holds the stubs the
// darwin/arm64 cross build links against (make wheel-macos), and this
// package's test checks the library that build writes.
package metal
