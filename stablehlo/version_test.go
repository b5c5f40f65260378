package stablehlo

import "testing"

func TestParseVersion(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Version
		ok   bool
	}{
		{"1.25.3", Version{1, 25, 3}, true},
		{"0.9.0", Version{0, 9, 0}, true},
		{"1.25", Version{}, false},
		{"1.x.0", Version{}, false},
		{"1.-2.0", Version{}, false},
		{"", Version{}, false},
	} {
		got, err := ParseVersion(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseVersion(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if !MinimumVersion.Less(CurrentVersion) || CurrentVersion != (Version{1, 25, 3}) {
		t.Errorf("versions: minimum %v, current %v (jax 0.12.1 sends 1.25.3)", MinimumVersion, CurrentVersion)
	}
}
