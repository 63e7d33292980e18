#!/usr/bin/env bash
# Proves that kg's exports open in the real tools analysts use, on two
# graphs: the seed article ingested with `kg ingest` and exported with
# `kg export`/`kg vocab`, and the hand-made fixture of graph/export's Go
# tests (hostile labels: quotes, line breaks, <>&, RTL marks, emoji).
#
#   rapper (raptor2-utils)  parses N-Quads, N-Triples, Turtle and TriG, and the
#                           vocabulary, with no warning; equal triple sets
#   oxigraph (npm)          loads the N-Quads; SPARQL answers who met Khamenei when
#   jsonld (npm)            expands the JSON-LD to the same quads as the N-Quads
#   networkx (python3)      reads GraphML and GEXF 1.3: counts and attributes
#   csv (python3)           reads nodes.csv and edges.csv
#   graphviz                renders the DOT export to SVG without a warning
#   cytoscape (npm)         loads the Cytoscape.js JSON headless
#
# Needs: go, node + npm, rapper, dot, python3 with networkx (Debian:
# raptor2-utils graphviz python3-networkx). npm packages are pinned in
# scripts/interop/package-lock.json and installed with `npm ci`.
# Usage: bash scripts/interop.sh          build, export and check both graphs
#        bash scripts/interop.sh DIR...   only check export directories made
#                                         elsewhere (graph.* files, csv/, vocab.*)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3}
[[ -x $PY ]] || PY=python3

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 not found: install $2"; }
need go "Go"
need node "Node.js"
need npm "npm"
need rapper "raptor2-utils"
need dot "graphviz"
"$PY" -c 'import networkx' 2>/dev/null || fail "$PY cannot import networkx: install python3-networkx"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(
  cd scripts/interop
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
)

# rap FORMAT FILE: parse with rapper, fail on any warning or error, print
# the sorted N-Quads to FILE.rap and the count.
rap() {
  local fmt=$1 file=$2
  if ! rapper -i "$fmt" -o nquads "$file" >"$file.rap.unsorted" 2>"$file.rap.err"; then
    cat "$file.rap.err" >&2; fail "rapper cannot parse $file as $fmt"
  fi
  if grep -iqE 'warning|error' "$file.rap.err"; then
    grep -iE 'warning|error' "$file.rap.err" | head -5 >&2; fail "rapper warns about $file"
  fi
  LC_ALL=C sort "$file.rap.unsorted" >"$file.rap"
  wc -l <"$file.rap" | tr -d ' '
}

check_dir() {
  local d=$1
  echo "== checks of $2 ($d)"
  local nq nt ttl trig
  nq=$(rap nquads "$d/graph.nq") || exit 1
  nt=$(rap ntriples "$d/graph.nt") || exit 1
  ttl=$(rap turtle "$d/graph.ttl") || exit 1
  trig=$(rap trig "$d/graph.trig") || exit 1
  [[ $nq == "$(grep -c . "$d/graph.nq")" ]] || fail "rapper reads $nq quads of $(grep -c . "$d/graph.nq") lines in graph.nq"
  cmp -s "$d/graph.nq.rap" "$d/graph.trig.rap" || fail "graph.trig and graph.nq hold different quads"
  cmp -s "$d/graph.nt.rap" "$d/graph.ttl.rap" || fail "graph.ttl and graph.nt hold different triples"
  local distinct
  distinct=$(sed -E 's/ <[^>]*> \.$/ ./' "$d/graph.nq.rap" | LC_ALL=C sort -u | wc -l | tr -d ' ')
  [[ $distinct == "$nt" ]] || fail "graph.nt has $nt triples, graph.nq $distinct distinct triples"
  echo "ok   rapper parses graph.nq ($nq quads) = graph.trig ($trig), graph.nt ($nt triples) = graph.ttl ($ttl) = distinct triples of graph.nq; no warnings"
  local v=()
  local c
  for f in ttl:turtle nt:ntriples trig:trig nq:nquads; do
    c=$(rap "${f#*:}" "$d/vocab.${f%%:*}") || exit 1
    v+=("$c")
  done
  [[ ${v[0]} == "${v[1]}" && ${v[1]} == "${v[2]}" && ${v[2]} == "${v[3]}" ]] || fail "vocabulary triple counts differ: ${v[*]}"
  cmp -s "$d/vocab.ttl.rap" "$d/vocab.nt.rap" || fail "vocab.ttl and vocab.nt differ"
  echo "ok   rapper parses the vocabulary as Turtle, N-Triples, TriG and N-Quads: ${v[0]} triples each; no warnings"

  node scripts/interop/rdf.js "$d"
  "$PY" scripts/interop/graphs.py "$d"
  node scripts/interop/cytoscape.js "$d"

  if ! dot -Tsvg "$d/graph.dot" -o "$d/graph.svg" 2>"$d/dot.err"; then
    cat "$d/dot.err" >&2; fail "graphviz cannot render graph.dot"
  fi
  [[ ! -s $d/dot.err ]] && true || { cat "$d/dot.err" >&2; fail "graphviz warns about graph.dot"; }
  local want svgnodes
  want=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["nodes"])' "$d/expected.json")
  svgnodes=$(grep -c 'class="node"' "$d/graph.svg" || true)
  [[ $svgnodes == "$want" ]] || fail "graph.svg draws $svgnodes nodes, want $want"
  echo "ok   $(dot -V 2>&1) renders graph.dot to SVG: $svgnodes nodes, no warnings"
}

if (($#)); then
  for d in "$@"; do check_dir "$d" "$d"; done
  echo "interop: all checks passed"
  exit 0
fi

echo "== build kg"
go build -o "$tmp/kg" ./cmd/kg
kg() { "$tmp/kg" "$@"; }

echo "== seed graph: kg ingest examples/putin-khamenei-2015-11-23.ar.txt, kg export every format"
seed=$tmp/seed
mkdir -p "$seed"
kg ingest --db "$tmp/seed.db" -q examples/putin-khamenei-2015-11-23.ar.txt >/dev/null
for f in nquads ntriples turtle trig jsonld graphml gexf dot cyjs; do
  kg export --db "$tmp/seed.db" --format "$f" -o "$seed" 2>/dev/null
done
kg export --db "$tmp/seed.db" --format csv -o "$seed/csv" 2>/dev/null
for f in turtle:ttl ntriples:nt trig:trig nquads:nq jsonld:jsonld; do
  kg vocab --format "${f%%:*}" -o "$seed/vocab.${f#*:}"
done
ls "$seed" | tr '\n' ' '; echo

echo "== fixture graph: go test ./graph/export (KG_EXPORT_DIR)"
fix=$tmp/fixture
mkdir -p "$fix"
KG_EXPORT_DIR="$fix" go test -count=1 -run 'TestWriteDirEveryFormat|TestWriteVocab' ./graph/export >/dev/null
ls "$fix" | tr '\n' ' '; echo

check_dir "$seed" "the seed article"
check_dir "$fix" "the Go test fixture"
echo "interop: all checks passed"
