#!/usr/bin/env bash
# Benchmark of the Daten-Check profiler against DuckDB SUMMARIZE and wc -l.
#
# Usage (from the repository root):
#   bench/datacheck/run.sh [-g GEN_DIR] [-r ROWS] [-n RUNS] [-o OUT_DIR]
#     -g  directory holding gen_csv.go (default ../shared/bench)
#     -r  rows to generate (default 10000000: the 1.2 GB file)
#     -n  runs per tool; medians are reported (default 3)
#     -o  working directory for the data, binary and DuckDB (default bench/out/datacheck)
#     -w  also time the WebAssembly engine on the 100 MB file (810,000 rows) in
#         headless Chromium (needs chromium)
#
# Prints throughput (MB/s), peak RSS, the ratios to DuckDB SUMMARIZE
# (npm package @duckdb/node-api, installed into OUT_DIR) and to wc -l on the
# same file, and whether every planted error was found.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
gen="$root/../shared/bench"
rows=10000000
runs=3
out="$root/bench/out/datacheck"
wasm=0
while getopts "g:r:n:o:w" opt; do
	case $opt in
	g) gen=$OPTARG ;;
	r) rows=$OPTARG ;;
	n) runs=$OPTARG ;;
	o) out=$OPTARG ;;
	w) wasm=1 ;;
	*) sed -n '2,15p' "$0"; exit 2 ;;
	esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
gen=$(cd "$gen" && pwd)
data="$out/rechnungen_$rows.csv"

if [ ! -s "$data" ]; then
	echo "generating $data ..."
	(cd "$gen" && go run gen_csv.go -rows "$rows") > "$data.tmp"
	mv "$data.tmp" "$data"
fi
bytes=$(stat -L -c %s "$data")
echo "file: $data ($bytes bytes), $(nproc) cores, runs: $runs, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

(cd "$root" && go build -pgo="$root/bench/datacheck/default.pgo" -o "$out/lotse" ./cmd/lotse && go build -o "$out/planted" ./bench/datacheck/planted)

duck="$out/duckdb"
if [ ! -d "$duck/node_modules/@duckdb/node-api" ]; then
	echo "installing @duckdb/node-api into $duck ..."
	mkdir -p "$duck"
	(cd "$duck" && { [ -f package.json ] || echo '{"private":true,"type":"module"}' > package.json; } &&
		npm install --no-audit --no-fund --loglevel=error @duckdb/node-api >/dev/null)
fi
cp "$root/bench/datacheck/duckdb_summarize.mjs" "$duck/"

cat "$data" > /dev/null # warm the page cache

# measure NAME CMD...: runs CMD, records wall seconds and peak RSS (KB).
declare -A secs rss cpu
measure() {
	local name=$1
	shift
	local t
	/usr/bin/time -f "%e %M %U %S" "$@" > "$out/$name.stdout" 2> "$out/$name.stderr" || true
	t=$(tail -n1 "$out/$name.stderr")
	local wall
	wall=$(echo "$t" | cut -d' ' -f1)
	if [ "$name" = duckdb ]; then
		# DuckDB's own timing of SUMMARIZE, without node's start-up
		wall=$(tail -n1 "$out/$name.stdout")
	fi
	last=$wall
	secs[$name]+="$wall "
	rss[$name]+="$(echo "$t" | cut -d' ' -f2) "
	cpu[$name]+="$(echo "$t" | awk '{print $3 + $4}') "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for i in $(seq "$runs"); do
	# interleave the tools so that noise from other work on the machine hits all of them
	measure datacheck "$out/lotse" datacheck --json "$data"
	line="run $i: datacheck $last s"
	measure duckdb node "$duck/duckdb_summarize.mjs" "$data"
	line="$line, DuckDB SUMMARIZE $last s"
	measure wc wc -l "$data"
	echo "$line, wc -l $last s"
done

report() {
	local name=$1 t m c
	t=$(echo "${secs[$name]}" | median)
	m=$(echo "${rss[$name]}" | median)
	c=$(echo "${cpu[$name]}" | median)
	printf "%-28s %8.2f s %9.1f MB/s %8.1f MB peak RSS %8.2f s CPU (process)\n" "$2" "$t" "$(echo "$bytes / $t / 1000000" | bc -l)" "$(echo "$m / 1024" | bc -l)" "$c"
}
echo
echo "medians of $runs runs:"
report datacheck "lotse datacheck --json"
report duckdb "DuckDB SUMMARIZE"
report wc "wc -l"
td=$(echo "${secs[datacheck]}" | median)
tk=$(echo "${secs[duckdb]}" | median)
tw=$(echo "${secs[wc]}" | median)
printf "datacheck throughput = %.2f × DuckDB SUMMARIZE, %.3f × wc -l\n" "$(echo "$tk / $td" | bc -l)" "$(echo "$tw / $td" | bc -l)"
printf "peak RSS of datacheck (max of runs): %.1f MB\n" "$(echo "$(echo "${rss[datacheck]}" | tr ' ' '\n' | sort -g | tail -n1) / 1024" | bc -l)"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine distorts the figures)"
echo
echo "planted errors:"
status=0
"$out/planted" < "$out/datacheck.stdout" || status=$?

if [ "$wasm" = 1 ]; then
	small="$out/rechnungen_810000.csv"
	[ -s "$small" ] || (cd "$gen" && go run gen_csv.go -rows 810000) > "$small"
	echo
	echo "WebAssembly engine (target: 100 MB in under 10 s):"
	(cd "$root/datacheck/wasm" && go generate)
	(cd "$root" && go run ./bench/datacheck/wasmbench -file "$small")
fi
exit $status
