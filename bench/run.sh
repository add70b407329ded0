#!/usr/bin/env bash
# bench/run.sh: benchmark gwlint against Vale on the three workloads of
# issue 6 and write bench/RESULTS.md. See bench/README.md.
#
# Usage: bench/run.sh [--quick] [--out FILE]
#   --quick     smoke run with few repetitions (not a measurement)
#   --out FILE  where to write the results (default: bench/RESULTS.md)
#
# Prerequisites:
#   - Go 1.26 or later on PATH, and a C compiler (Vale's tree-sitter parsers
#     use cgo);
#   - the Go module proxy, the first time only, to build Vale 3.26.0 (about
#     10 minutes on 2 cores; the binary is cached in
#     ${XDG_CACHE_HOME:-$HOME/.cache}/gwlint-bench/vale-3.26.0);
#   - hyperfine and GNU time: installed with apt-get when missing (as root,
#     or through sudo).
# Everything else lives in a temporary directory removed at exit.
set -euo pipefail

readonly vale_version=3.26.0
# v3.26.0 pins a github.com/andybalholm/cascadia pseudo-version that the Go
# module proxy refuses; v1.3.5 is the release it corresponds to.
readonly cascadia_version=v1.3.5

usage() {
	sed -n '5,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

quick=0
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/RESULTS.md
while (($#)); do
	case $1 in
	--quick) quick=1 ;;
	--out)
		[[ $# -ge 2 ]] || { usage >&2; exit 2; }
		out=$(realpath -m "$2")
		shift
		;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
	shift
done

# Repetitions. The single document is cheap and noisy, so it gets many runs;
# the two large workloads take seconds per run.
if ((quick)); then
	single_warmup=1 single_runs=3 large_warmup=0 large_runs=2 rss_reps=1 benchtime=3x
else
	single_warmup=3 single_runs=30 large_warmup=1 large_runs=5 rss_reps=3 benchtime=1s
fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d "${TMPDIR:-/tmp}/gwlint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=$work/results
corpus=$work/corpus
mkdir -p "$results"

log() { printf '==> %s\n' "$*" >&2; }

# ensure_tools installs hyperfine and GNU time from Debian when missing.
ensure_tools() {
	local missing=()
	command -v hyperfine >/dev/null || missing+=(hyperfine)
	[[ -x /usr/bin/time ]] || missing+=(time)
	((${#missing[@]})) || return 0
	log "installing ${missing[*]}"
	local sudo=()
	[[ $(id -u) -eq 0 ]] || sudo=(sudo)
	"${sudo[@]}" apt-get install -y "${missing[@]}" ||
		{ "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y "${missing[@]}"; }
}

# build_vale builds Vale from a throwaway module in the temporary directory
# and caches the binary; it prints the binary's path.
build_vale() {
	local cache=${XDG_CACHE_HOME:-$HOME/.cache}/gwlint-bench/vale-$vale_version
	local bin=$cache/vale
	if [[ -x $bin ]] && "$bin" --version | grep -qF "$vale_version"; then
		printf '%s\n' "$bin"
		return
	fi
	log "building Vale $vale_version (first run only; about 10 minutes)"
	local module=$work/vale-module
	mkdir -p "$module" "$cache"
	cat >"$module/go.mod" <<-EOF
		module gwlint-bench/vale

		go 1.26

		require github.com/vale-cli/vale/v3 v$vale_version

		replace github.com/andybalholm/cascadia => github.com/andybalholm/cascadia $cascadia_version
	EOF
	(cd "$module" && GOFLAGS=-mod=mod GOWORK=off CGO_ENABLED=1 go build \
		-ldflags "-X main.version=$vale_version" -o "$bin.tmp" github.com/vale-cli/vale/v3/cmd/vale) >&2
	mv "$bin.tmp" "$bin"
	printf '%s\n' "$bin"
}

# gwlint_version prints gwlint's version with the commit it was built from.
gwlint_version() {
	local commit dirty=""
	commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
	if [[ -n $(GIT_OPTIONAL_LOCKS=0 git -C "$root" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
		dirty=" with uncommitted changes"
	fi
	printf '%s (commit %s%s)\n' "$("$gwlint" version)" "$commit" "$dirty"
}

ensure_tools
log "building gwlint and the benchmark tools"
bin=$work/bin
(cd "$root" && go build -o "$bin/gwlint" ./cmd/gwlint && go build -o "$bin/corpus" ./bench/corpus &&
	go build -o "$bin/results" ./bench/results)
gwlint=$bin/gwlint
vale=$(build_vale)
vale_ini=$root/bench/vale/.vale.ini

log "generating the corpus"
"$bin/corpus" -testdata "$root/testdata" -out "$corpus" >&2
declare -A target=(
	[single]=$corpus/single/report-15k.txt
	[docs]=$corpus/docs
	[big]=$corpus/big/report-10m.txt
)

# Both linters run from the temporary directory, so that no .gwlint.yaml or
# .vale.ini of the repository is picked up: built-in rules versus the
# three-rule style, nothing else.
cd "$work"
gwlint_argv() { argv=("$gwlint" lint --quiet --format json "$@"); }
vale_argv() { argv=("$vale" --config "$vale_ini" --output=JSON "$@"); }

# quoted prints argv as one command line that hyperfine -N splits back into
# the same words.
quoted() {
	local line
	printf -v line '%q ' "${argv[@]}"
	printf '%s' "${line% }"
}

log "checking that Vale finds what gwlint finds (single document)"
gwlint_argv "${target[single]}"
"${argv[@]}" >"$results/check-gwlint.json" || true
vale_argv "${target[single]}"
"${argv[@]}" >"$results/check-vale.json" || true
printf '  %-24s %5s   %-20s %5s\n' "gwlint rule" found "Vale rule" found >&2
"$bin/results" check -gwlint "$results/check-gwlint.json" -vale "$results/check-vale.json" >&2

# measure_rss runs argv rss_reps times under GNU time -v and keeps its
# output for the finding counts. Exit status 1 (findings) is expected; the
# report checks the status GNU time recorded.
measure_rss() {
	local name=$1 k
	for ((k = 1; k <= rss_reps; k++)); do
		/usr/bin/time -v -o "$results/rss-$name-$k.txt" "${argv[@]}" \
			>"$results/out-$name.json" 2>"$results/err-$name.txt" || true
	done
}

for key in single docs big; do
	if [[ $key == single ]]; then
		warmup=$single_warmup runs=$single_runs
	else
		warmup=$large_warmup runs=$large_runs
	fi
	gwlint_argv "${target[$key]}"
	gwlint_line=$(quoted)
	vale_argv "${target[$key]}"
	vale_line=$(quoted)
	log "timing workload $key (hyperfine: $warmup warm-up, $runs runs)"
	hyperfine --style basic -N --ignore-failure --warmup "$warmup" --runs "$runs" \
		--export-json "$results/hyperfine-$key.json" -n gwlint "$gwlint_line" -n vale "$vale_line" >&2
	log "peak RSS on workload $key ($rss_reps runs each)"
	gwlint_argv "${target[$key]}"
	measure_rss "gwlint-$key"
	vale_argv "${target[$key]}"
	measure_rss "vale-$key"
done
log "peak RSS of gwlint on the first 100 documents"
gwlint_argv "$corpus"/docs/doc-00[0-9][0-9].txt
measure_rss gwlint-docs100

# One string, run with eval, so that RESULTS.md shows exactly what ran.
bench_cmd="go test ./lint -run '^\$' -bench '^Benchmark(Lint200Paragraphs|RuleCorpus)\$' -benchtime $benchtime -cpu 1"
log "rule benchmark: $bench_cmd"
(cd "$root" && eval "$bench_cmd") >"$results/gobench.txt" 2>&1 ||
	log "the rule benchmark failed; RESULTS.md says so"

settings="single: $single_warmup warm-up + $single_runs runs; docs and big: $large_warmup warm-up + $large_runs runs"
settings+="; peak RSS: max of $rss_reps run(s); go bench -benchtime $benchtime"
report_flags=(-results "$results" -corpus "$corpus" -out "$out" -load-start "$load_start"
	-gwlint-version "$(gwlint_version)" -vale-version "$("$vale" --version)"
	-go-version "$(go version)" -hyperfine-version "$(hyperfine --version)"
	-settings "$settings" -bench-cmd "$bench_cmd")
if ((quick)); then
	report_flags+=(-quick)
fi
"$bin/results" report "${report_flags[@]}"
log "wrote $out"
sed -n '/^## Targets/,/^## Findings/p' "$out" | sed '$d' >&2
