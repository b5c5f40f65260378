#!/usr/bin/env bash
# GPU check of the CUDA tier (issue 15). Two halves:
#
#   cuda/gpu_check.sh prepare   here, where Go, ../shared and .venv are: builds
#                               the test binaries and vmtrace (linux/amd64),
#                               records the kernels tier 1 builds for the
#                               conformance suites and the corpus, and packs
#                               them with the suites and the corpus into
#                               .gpu/check/bundle.tgz (ignored by git; carry
#                               .gpu/check). About 3 minutes on 2 busy cores.
#   cuda/gpu_check.sh [run]     on the GPU machine, from the repository root:
#                               unpacks the bundle (or builds with Go if there
#                               is Go and no bundle), runs the GPU tests and the
#                               conformance suites on the CUDA tier, and writes
#                               a summary to $OUT/gpu_check.txt and every log
#                               to $OUT/gpu_check_logs.txt. Under 8 minutes:
#                               each step gets what is left of a 7.5-minute
#                               budget, and a step cut short says so.
#
# The shared test data travels only inside the bundle, for this check; it is
# never committed.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
CHECK=$ROOT/.gpu/check

prepare() {
	set -e
	local shared=${HLOVM_SHARED:-$ROOT/../shared}
	[ -d "$shared/conformance/stablehlo-testdata" ] || { echo "no shared test data at $shared" >&2; exit 1; }
	rm -rf "$CHECK/stage" && mkdir -p "$CHECK/stage/bin" "$CHECK/stage/shared/conformance" "$CHECK/stage/shared/corpus"
	echo "[prepare] building test binaries and vmtrace (linux/amd64, stripped)"
	for p in cuda fusion cudatier tiers vm/conform; do
		GOOS=linux GOARCH=amd64 go test -c -ldflags="-s -w" -o "$CHECK/stage/bin/$(basename $p).test" ./$p/
	done
	GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o "$CHECK/stage/bin/vmtrace" ./cmd/vmtrace
	echo "[prepare] recording the kernels tier 1 builds (both conformance suites, the corpus) and compiling them with NVRTC"
	HLOVM_CUDA_KERNELS_OUT="$CHECK/stage/kernels.jsonl" go test -count=1 -run TestSuiteKernelsCompile -v ./cudatier/ | grep -E "distinct kernels|^(ok|FAIL|---)"
	cp -r "$shared/conformance/stablehlo-interpret" "$shared/conformance/stablehlo-testdata" "$CHECK/stage/shared/conformance/"
	cp -r "$shared/corpus/jax-0.11.2" "$CHECK/stage/shared/corpus/"
	git rev-parse HEAD >"$CHECK/stage/commit"
	tar czf "$CHECK/bundle.tgz" -C "$CHECK/stage" .
	rm -rf "$CHECK/stage"
	echo "[prepare] $(du -h "$CHECK/bundle.tgz" | cut -f1) in $CHECK/bundle.tgz (commit $(git rev-parse --short HEAD))"
}

# --- the GPU machine ---

START=$(date +%s)
BUDGET=${GPU_CHECK_BUDGET:-450} # seconds for every step together
OUTDIR=${OUT:-/tmp/gpu_check_out}
SUMMARY=$OUTDIR/gpu_check.txt
LOGS=$OUTDIR/gpu_check_logs.txt
W=/tmp/hlovm-gpu-check

say() { echo "$*" | tee -a "$SUMMARY"; }
elapsed() { echo $(($(date +%s) - START)); }

# step NAME MAXSECONDS DIR CMD...: runs CMD in DIR under what is left of the
# budget, logs everything, and puts the lines that matter in the summary.
step() {
	local name=$1 max=$2 dir=$3
	shift 3
	local left=$((BUDGET - $(elapsed)))
	local limit=$((max < left ? max : left))
	if [ "$limit" -lt 10 ]; then
		say "== $name: NOT RUN (budget spent at $(elapsed) s)"
		return
	fi
	echo "[$(elapsed) s] $name (limit $limit s) ..." >&2
	local log=$W/logs/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_').log
	local t0=$(date +%s)
	(cd "$dir" && timeout -k 5 "$limit" "$@") >"$log" 2>&1
	local rc=$? t=$(($(date +%s) - t0))
	local verdict="ok"
	[ $rc -ne 0 ] && verdict="FAILED (exit $rc)"
	[ $rc -eq 124 ] && verdict="CUT SHORT at $limit s (exit 124)"
	say "== $name: $verdict in $t s"
	# Test verdicts, skips with their reasons, the tests' own summaries.
	grep -E -- '^(--- |    --- |ok |FAIL|PASS$|Benchmark)|conformance: |kernels|launches|on the GPU|disagree|passes on tier 0, not|panicked|SKIP|skip|NVRTC|compute capability|notice|unusable|device cuda|hlovm:' "$log" |
		grep -v '^=== ' | cut -c1-400 | head -n 80 | tee -a "$SUMMARY" >&2
	{
		echo "######## $name: $verdict in $t s: $*"
		cat "$log"
	} >>"$LOGS"
}

findNVRTC() {
	[ -n "${HLOVM_NVRTC:-}" ] && return
	local c
	for c in "$ROOT"/.venv/lib/python3*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12 \
		$(python3 -c 'import site,sys; print(" ".join(site.getsitepackages()+[site.getusersitepackages()]))' 2>/dev/null | tr ' ' '\n' | sed 's|$|/nvidia/cu13/lib/libnvrtc.so.13|') \
		$(python3 -c 'import site; print(" ".join(site.getsitepackages()))' 2>/dev/null | tr ' ' '\n' | sed 's|$|/nvidia/cuda_nvrtc/lib/libnvrtc.so.12|') \
		/usr/local/cuda/lib64/libnvrtc.so.13 /usr/local/cuda/lib64/libnvrtc.so.12 /usr/local/cuda/lib64/libnvrtc.so; do
		if [ -f "$c" ]; then
			export HLOVM_NVRTC=$c
			return
		fi
	done
}

run() {
	mkdir -p "$OUTDIR"
	: >"$SUMMARY"
	: >"$LOGS"
	rm -rf "$W" && mkdir -p "$W/logs" "$W/cache"
	say "hlovm GPU check (cuda/gpu_check.sh), $(date -u '+%Y-%m-%d %H:%M UTC')"
	say "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || echo 'nvidia-smi: none')"
	if [ -f "$CHECK/bundle.tgz" ]; then
		tar xzf "$CHECK/bundle.tgz" -C "$W"
		say "bundle: built at commit $(cat "$W/commit"); repository here at $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
	elif command -v go >/dev/null; then
		say "no bundle: building with $(go version)"
		mkdir -p "$W/bin"
		for p in cuda fusion cudatier tiers vm/conform; do go test -c -o "$W/bin/$(basename $p).test" ./$p/ || say "build of $p failed"; done
		go build -o "$W/bin/vmtrace" ./cmd/vmtrace || say "build of vmtrace failed"
		[ -d "${HLOVM_SHARED:-$ROOT/../shared}" ] && ln -s "${HLOVM_SHARED:-$ROOT/../shared}" "$W/shared"
	else
		say "no bundle at $CHECK/bundle.tgz and no Go: run 'cuda/gpu_check.sh prepare' where Go is and carry .gpu/check"
		exit 1
	fi
	findNVRTC
	export HLOVM_SHARED=$W/shared HLOVM_CACHE_DIR=$W/cache
	say "NVRTC: ${HLOVM_NVRTC:-not found (GPU tests will skip, saying so)}"
	local kernels=()
	[ -f "$W/kernels.jsonl" ] && kernels=(env HLOVM_CUDA_KERNELS="$W/kernels.jsonl") && say "kernel file: $(wc -l <"$W/kernels.jsonl") kernels tier 1 builds for the suites and the corpus"
	local B=$W/bin

	step "cuda: driver and NVRTC (TestRunKernel, CUBIN, PTX)" 60 cuda "$B/cuda.test" -test.v -test.count=1
	step "cudatier: device kernels vs tier 0 (f32/f64/i32/i1), kernel file, fallback, corpus on the GPU" 180 cudatier \
		${kernels[@]+"${kernels[@]}"} "$B/cudatier.test" -test.v -test.short -test.count=1
	step "cudatier benchmarks: fused kernel over 2^26 f32 on resident data (HBM) and with today's copies (PCIe)" 60 cudatier \
		"$B/cudatier.test" -test.run '^$' -test.bench Device -test.benchtime 20x
	step "vm/conform: both suites on tier 0 and on the CUDA tier (HLOVM_BACKEND=cuda, every region promoted, every kernel size)" 150 vm/conform \
		env HLOVM_BACKEND=cuda "$B/conform.test" -test.v -test.count=1 -test.run 'TestConformance/.*/tier-(0|cuda)$'
	step "fusion: every emitted kernel compiled, run on the GPU vs the portable executor; edge cases" 150 fusion \
		${kernels[@]+"${kernels[@]}"} "$B/fusion.test" -test.v -test.count=1 -test.run 'CUDA'
	local corpus=$W/shared/corpus/jax-0.11.2
	for prog in model_mlp_train_step:cold model_mlp_train_step:warm ew_f64:cold ew_transcendental:cold; do
		step "vmtrace tiers ${prog%%:*} on the CUDA tier (${prog##*:} kernel cache)" 40 . \
			env HLOVM_BACKEND=cuda HLOVM_CUDA_MIN_ELEMENTS=0 "$B/vmtrace" tiers "$corpus/${prog%%:*}/module.vhlo-1.20.0.bc" \
			--inputs "$corpus/${prog%%:*}/io.npz" --runs 3 --threshold 0
	done
	for suite in stablehlo-interpret stablehlo-testdata; do
		step "vmtrace conform $suite, tier 0" 40 . env HLOVM_TIERS=0 HLOVM_BACKEND=cpu "$B/vmtrace" conform "$W/shared/conformance/$suite"
		step "vmtrace conform $suite, CUDA tier (HLOVM_BACKEND=cuda HLOVM_HOT_THRESHOLD=0)" 60 . \
			env HLOVM_BACKEND=cuda HLOVM_HOT_THRESHOLD=0 HLOVM_CUDA_MIN_ELEMENTS=0 "$B/vmtrace" conform "$W/shared/conformance/$suite"
		local l0=$W/logs/vmtrace_conform_${suite//-/_}__tier_0.log
		local lc
		lc=$(ls "$W"/logs/vmtrace_conform_${suite//-/_}__CUDA_tier*.log 2>/dev/null | head -1)
		if [ -f "$l0" ] && [ -n "$lc" ]; then
			local only
			only=$(comm -13 <(grep '^FAIL ' "$l0" | cut -d: -f1 | sort) <(grep '^FAIL ' "$lc" | cut -d: -f1 | sort))
			say "   $suite: cases failing on the CUDA tier and not on tier 0: $(echo -n "$only" | grep -c . || true)"
			[ -n "$only" ] && echo "$only" | head -n 30 | sed 's/^/     /' | tee -a "$SUMMARY" >&2
		fi
	done
	step "tiers (short): the tier machinery and report with the GPU present" 60 tiers "$B/tiers.test" -test.short -test.count=1
	say "total $(elapsed) s; load at end $(cut -d' ' -f1-3 /proc/loadavg)"
}

case "${1:-run}" in
prepare) prepare ;;
run) run ;;
*)
	echo "usage: $0 [prepare|run]" >&2
	exit 2
	;;
esac
