package mlirbc

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// robustFiles are real files small enough to try every prefix of.
func robustFiles(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	dir := sharedDir(t)
	for _, p := range []string{
		"conformance/stablehlo-vhlo/vhlo_emit_version_api.1_1_0.mlir.bc",
		"corpus/jax-0.11.2/dot/module.mlirbc",
		"corpus/jax-0.11.2/sort/module.mlirbc",
		"corpus/jax-0.11.2/cond_switch/module.mlirbc",
		"corpus/jax-0.11.2/linalg_cpu_customcalls/module.mlirbc",
	} {
		data, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Logf("skipping missing %s", p)
			continue
		}
		out[p] = data
	}
	if len(out) == 0 {
		t.Skip("no robustness input files in shared/")
	}
	return out
}

// Every strict prefix of a real file must be rejected with an error.
func TestTruncatedPrefixes(t *testing.T) {
	for name, data := range robustFiles(t) {
		for n := 0; n < len(data); n++ {
			if m, err := Read(data[:n]); err == nil {
				t.Errorf("%s: prefix of %d/%d bytes read without error (%d ops)", name, n, len(data), len(m.Ops))
			}
			if _, err := Inspect(data[:n]); err == nil {
				t.Errorf("%s: Inspect of a %d/%d prefix succeeded", name, n, len(data))
			}
		}
	}
}

// Random byte flips must never panic (errors or successful reads are fine).
func TestRandomCorruption(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	iters := 1500
	if testing.Short() {
		iters = 300
	}
	for name, data := range robustFiles(t) {
		buf := make([]byte, len(data))
		for i := 0; i < iters; i++ {
			copy(buf, data)
			for k := 1 + rng.Intn(4); k > 0; k-- {
				pos := rng.Intn(len(buf))
				switch rng.Intn(3) {
				case 0:
					buf[pos] ^= 1 << rng.Intn(8)
				case 1:
					buf[pos] = byte(rng.Intn(256))
				default:
					buf[pos] = 0
				}
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s: panic on corrupted input (iteration %d): %v", name, i, r)
					}
				}()
				_, _ = Read(buf)
				_, _ = Inspect(buf)
			}()
		}
	}
}

// fuzzSeeds reads the corpus and conformance bytecode files.
func fuzzSeeds(tb testing.TB) [][]byte {
	var out [][]byte
	dir := sharedDir(tb)
	for _, pat := range []string{"corpus/*/*/*.mlirbc", "corpus/*/*/*.bc", "conformance/stablehlo-vhlo/*.bc"} {
		files, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				out = append(out, data)
			}
		}
	}
	return out
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("ML\xefR"))
	f.Add([]byte("ML\xefR\x0dx\x00"))
	f.Add(base().bytes())
	s := base()
	s.ir = moduleWith(1, 2, cat(enc(1), []byte{0x04}, enc(0), enc(1), enc(0)), cat(enc(2), []byte{0x02}, enc(0), enc(1), enc(0)))
	f.Add(s.bytes())
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared")); err == nil {
		for _, seed := range fuzzSeeds(f) {
			f.Add(seed)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Read(data)
		_, _ = Inspect(data)
	})
}

func BenchmarkRead(b *testing.B) {
	files := sharedGlob(b, "corpus/*/*/module.mlirbc")
	var all [][]byte
	total := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, data := range all {
			if _, err := Read(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
