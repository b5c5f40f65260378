package vhlo

import (
	"fmt"
	"os"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

func TestDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	m, err := readBytecode(t, p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(stablehlo.Print(m))
}
