package stablehlo

import (
	"fmt"
	"strconv"
	"strings"
)

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

// ParseVersion reads "1.2.3".
func ParseVersion(s string) (Version, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return Version{}, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", s)
	}
	var v [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Version{}, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", s)
		}
		v[i] = n
	}
	return Version{Major: v[0], Minor: v[1], Patch: v[2]}, nil
}

// MinimumVersion is the oldest VHLO version the reader accepts.
var MinimumVersion = Version{0, 9, 0}
