package vhlo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
)

// opInfo describes one VHLO op (Appendix A): the versions it is valid in
// ("" until = still current) and its inherent attributes in properties order.
type opInfo struct {
	name, since, until string
	props              []string
}

// ops indexes opTable by full op name ("vhlo.add_v1").
var ops = func() map[string]*opInfo {
	m := make(map[string]*opInfo, len(opTable))
	for i := range opTable {
		m["vhlo."+opTable[i].name] = &opTable[i]
	}
	return m
}()

func init() {
	// Every VHLO attribute is a required property (VHLO_AnyAttr), so a
	// properties entry is just the attribute references in sorted-name order.
	for name, info := range ops {
		specs := make([]mlirbc.PropSpec, len(info.props))
		for i, p := range info.props {
			specs[i] = mlirbc.PropSpec{Name: p}
		}
		mlirbc.RegisterOpProperties(name, specs)
	}
	mlirbc.RegisterModuleConverter("vhlo", Convert)
}

// parseVersion reads "1.2.3".
func parseVersion(s string) (stablehlo.Version, bool) {
	v, err := stablehlo.ParseVersion(s)
	return v, err == nil
}

// baseName splits "vhlo.dot_general_v2" into "dot_general" and 2.
func baseName(full string) (string, int, error) {
	s := strings.TrimPrefix(full, "vhlo.")
	i := strings.LastIndex(s, "_v")
	if i < 0 {
		return "", 0, fmt.Errorf("vhlo: malformed op name %s", full)
	}
	n, err := strconv.Atoi(s[i+2:])
	if err != nil {
		return "", 0, fmt.Errorf("vhlo: malformed op name %s", full)
	}
	return s[:i], n, nil
}
