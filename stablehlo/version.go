package stablehlo

import "fmt"

// Version is a StableHLO (VHLO) version.
type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

// Less orders versions.
func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

// CurrentVersion is the newest VHLO version the bytecode reader understands. The
// PJRT plugin advertises it as `stablehlo_current_version`, and JAX then sends that
// version or older.
var CurrentVersion = Version{1, 25, 3}

// MinimumVersion is the oldest VHLO version the reader accepts.
var MinimumVersion = Version{0, 9, 0}
