# hlovm — see README.md. `make test` is what CI runs; `make demo` is the quick start.
GO      ?= go
BIN     := bin
FUZZTIME ?= 60s

.PHONY: all build test vet fmt-check demo fuzz bench cross clean venv python pytest pytest-compat pytest-newest

# The Python side (python/jax_hlovm, tests/): a virtualenv in .venv from a
# Python >= 3.12 (jax 0.11+ needs it), with the pins of python/requirements.txt.
VENV    := .venv
VPY     := $(VENV)/bin/python
# The compatibility set runs under the previous jax line (python/requirements-compat.txt).
VENV_COMPAT := .venv-compat
COMPAT_TESTS := tests/test_quickstart.py tests/test_runtime.py tests/test_x64.py
# The newest lane: whatever jax/jaxlib the package index serves today
# (unpinned, --upgrade), so a new JAX that breaks hlovm is found here first.
VENV_NEWEST := .venv-newest
NEWEST_PKGS := jax jaxlib flax optax numpy scipy ml_dtypes pytest llvmlite

all: build

build:
	$(GO) build ./...
	$(GO) build -o $(BIN)/vmtrace ./cmd/vmtrace

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Every test, under the race detector; then the pytest suite on hlovm vs CPU.
# The virtualenv comes first: Go tests use its llvmlite (the native tier).
test: fmt-check vet venv
	$(GO) test -race -count=1 ./...
	$(MAKE) pytest pytest-compat pytest-newest

$(VENV)/.pins: python/requirements.txt
	py=$$(python/find-python.sh) && $$py -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -r python/requirements.txt
	touch $@

venv: $(VENV)/.pins

# Build the plugin library (go build -buildmode=c-shared) and install the package.
python: venv
	$(VPY) -m pip install -q --force-reinstall --no-deps ./python

pytest: python
	$(VPY) -m pytest -q tests

$(VENV_COMPAT)/.pins: python/requirements-compat.txt
	py=$$(python/find-python.sh) && $$py -m venv $(VENV_COMPAT)
	$(VENV_COMPAT)/bin/python -m pip install -q --upgrade pip
	$(VENV_COMPAT)/bin/python -m pip install -q -r python/requirements-compat.txt
	touch $@

pytest-compat: $(VENV_COMPAT)/.pins
	$(VENV_COMPAT)/bin/python -m pip install -q --force-reinstall --no-deps ./python
	$(VENV_COMPAT)/bin/python -m pytest -q $(COMPAT_TESTS)

# Skipped, saying so, when the package index cannot be reached; any other
# failure (install or tests) fails the lane.
pytest-newest:
	@set -e; py=$$(python/find-python.sh); \
	if [ ! -x $(VENV_NEWEST)/bin/python ]; then $$py -m venv $(VENV_NEWEST); fi; \
	probe=$$(mktemp -d); \
	if ! $(VENV_NEWEST)/bin/python -m pip download -q --no-deps -d $$probe jax >/dev/null 2>&1; then \
		rm -rf $$probe; \
		echo "pytest-newest: SKIPPED: the package index is unreachable, so the newest jax cannot be installed"; \
		exit 0; \
	fi; \
	rm -rf $$probe; \
	$(VENV_NEWEST)/bin/python -m pip install -q --upgrade pip; \
	$(VENV_NEWEST)/bin/python -m pip install -q --upgrade $(NEWEST_PKGS); \
	$(VENV_NEWEST)/bin/python -m pip install -q --force-reinstall --no-deps ./python; \
	$(VENV_NEWEST)/bin/python -c "import jax, jaxlib; from jaxlib.mlir.dialects import stablehlo; print('pytest-newest: jax', jax.__version__, 'jaxlib', jaxlib.__version__, 'StableHLO', stablehlo.get_current_version())"; \
	$(VENV_NEWEST)/bin/python -m pytest -q tests

# The quick start: JAX on hlovm (python/demo.py), which also writes the program
# JAX compiled in its text and portable-artifact forms to DEMO_OUT; then print
# what hlovm's reader makes of each. Needs nothing outside the repository.
DEMO_OUT := $(BIN)/demo
demo: build python
	@echo "== JAX on hlovm (python/demo.py) =="
	rm -rf $(DEMO_OUT)
	$(VPY) python/demo.py $(DEMO_OUT)
	@echo "== vmtrace print (JAX text: jax.jit(f).lower(...).as_text()) =="
	$(BIN)/vmtrace print $(DEMO_OUT)/demo.mlir
	@echo "== vmtrace print (VHLO portable artifact, as JAX sends it to a plugin) =="
	$(BIN)/vmtrace print $(DEMO_OUT)/demo.vhlo-*.bc

# Run each fuzz target for FUZZTIME, one after the other: the bytecode reader,
# the text parser, the bytecode compiler and verifier, and the runner (any text
# that reads; valid programs with mutated attributes, shapes and operands).
# Crashers land in the package's testdata/fuzz and become regression tests.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./stablehlo/mlirbc/
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./stablehlo/mlirtext/
	$(GO) test -run '^$$' -fuzz '^FuzzCompile$$' -fuzztime $(FUZZTIME) ./bytecode/
	$(GO) test -run '^$$' -fuzz '^FuzzCompileRun$$' -fuzztime $(FUZZTIME) ./vm/vmtest/
	$(GO) test -run '^$$' -fuzz '^FuzzMutateRun$$' -fuzztime $(FUZZTIME) ./vm/vmtest/

# The Go benchmarks beside the code (a few iterations each: a smoke run with
# figures), then hlovm against JAX's CPU backend in one process (bench/bench.py):
# the table goes to bench/results/<date>-<machine>.md/.json and bench/RESULTS.md.
# Under 15 minutes on 2 cores. BENCHFLAGS passes options (python bench/bench.py -h).
BENCHTIME ?= 5x
BENCHFLAGS ?= --tiers 0,fused
bench: python
	$(GO) test -run '^$$' -bench . -benchtime $(BENCHTIME) ./bytecode/... ./interp/... ./vm/... ./stablehlo/...
	$(VPY) bench/bench.py $(BENCHFLAGS)

# The macOS (Apple silicon) plugin and wheel, cross-built here: zig cc (the
# ziglang pip package, pinned in python/requirements.txt) is cgo's compiler and
# linker, with metal/darwin-sdk supplying the one mach header and the framework
# stubs its macOS libc lacks. Writes dist/libhlovm_pjrt.dylib and
# dist/jax_hlovm-*-macosx_11_0_arm64.whl, then checks the Mach-O (metal/).
DARWIN_SDK := $(CURDIR)/metal/darwin-sdk
DARWIN_GO := CGO_ENABLED=1 GOOS=darwin GOARCH=arm64 \
	CC="$(CURDIR)/$(VPY) -m ziglang cc -target aarch64-macos -I$(DARWIN_SDK) -F$(DARWIN_SDK)/Frameworks -L$(DARWIN_SDK)/usr/lib" $(GO)
.PHONY: wheel-macos
wheel-macos: venv
	$(DARWIN_GO) vet ./...
	mkdir -p dist
	$(DARWIN_GO) build -buildmode=c-shared -trimpath -o dist/libhlovm_pjrt.dylib ./pjrt
	rm -f dist/libhlovm_pjrt.h
	$(VPY) metal/macos_wheel.py dist/libhlovm_pjrt.dylib dist
	HLOVM_MACOS_DYLIB=$(CURDIR)/dist/libhlovm_pjrt.dylib $(GO) test -count=1 -run MacOSDylib ./metal/

clean:
	rm -rf $(BIN)
