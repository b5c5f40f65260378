// Package crosscheck holds only tests: it checks that the scalar programs
// package structural compiles region bodies into compute exactly what the
// element-wise kernels (package interp/elementwise) compute for the same ops.
// It is a separate package so that structural's own tests do not depend on a
// sibling kernel package.
package crosscheck
