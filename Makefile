# hlovm — see README.md. `make test` is what CI runs; `make demo` is the quick start.
GO      ?= go
BIN     := bin
FUZZTIME ?= 60s

.PHONY: all build test vet fmt-check demo fuzz bench cross clean

all: build

build:
	$(GO) build ./...
	$(GO) build -o $(BIN)/vmtrace ./cmd/vmtrace

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Every test, under the race detector.
test: fmt-check vet
	$(GO) test -race -count=1 ./...

# The quick start: read a JAX program in its text and portable-artifact forms and
# print what hlovm makes of it.
demo: build
	@echo "== vmtrace print (JAX text) =="
	$(BIN)/vmtrace print ../shared/corpus/jax-0.11.2/while_fori/module.mlir
	@echo "== vmtrace print (VHLO 1.20.0 portable artifact, as JAX sends it) =="
	$(BIN)/vmtrace print ../shared/corpus/jax-0.11.2/while_fori/module.vhlo-1.20.0.bc

# Run each reader's fuzz target for FUZZTIME (crashers land in testdata/fuzz and
# become regression tests).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./stablehlo/mlirbc/
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./stablehlo/mlirtext/

bench:
	$(GO) test -run '^$$' -bench . -benchtime 20x ./stablehlo/...

clean:
	rm -rf $(BIN)
