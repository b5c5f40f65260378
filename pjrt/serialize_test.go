package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestSerializeFormat(t *testing.T) {
	s := &source{code: []byte("func.func @main() {}"), opts: []byte{1, 2, 3}}
	b := encodeExecutable(s)
	got, err := decodeExecutable(b)
	if err != nil || !bytes.Equal(got.code, s.code) || !bytes.Equal(got.opts, s.opts) {
		t.Fatalf("round trip: %v %v", got, err)
	}
	for name, bad := range map[string][]byte{
		"magic":    append([]byte("XLAEXEC!"), b[8:]...),
		"version":  append(append([]byte{}, b[:8]...), append([]byte{9, 0, 0, 0}, b[12:]...)...),
		"short":    b[:len(b)-1],
		"trailing": append(append([]byte{}, b...), 0),
	} {
		if _, err := decodeExecutable(bad); err == nil || !strings.Contains(err.Error(), "hlovm") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
