#!/usr/bin/env bash
# Byte-identity check for speed work: runs `kg extract --keep-low-confidence`
# (jsonl and table formats) over the example article, the dev articles and
# the team's own articles, and writes the outputs to DIR. Compare two runs
# with `cmp` only (never print the dev outputs: they hold check articles).
#   bash scripts/samecheck.sh /tmp/before   # on the old commit
#   bash scripts/samecheck.sh /tmp/after    # on the new one
#   for f in /tmp/before/*; do cmp "$f" "/tmp/after/${f##*/}"; done
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: samecheck.sh DIR}
shared=${KG_SHARED:-../shared}
mkdir -p "$out"
go build -o "$out/kg.bin" ./cmd/kg
run() { # name, inputs...
  local name=$1
  shift
  "$out/kg.bin" extract -q --workers 1 --keep-low-confidence --format jsonl "$@" >"$out/$name.jsonl"
  "$out/kg.bin" extract -q --workers 1 --keep-low-confidence "$@" >"$out/$name.txt"
}
run examples "$shared/examples/"
run dev "$shared/eval/dev/docs/articles.jsonl"
run own eval/own/docs/articles.jsonl
rm "$out/kg.bin"
