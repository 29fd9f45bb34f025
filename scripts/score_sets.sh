#!/usr/bin/env bash
# Score one or more gold directories (NAME.txt + NAME.gold.json) and print one line each.
#   scripts/score_sets.sh tests/articles ../shared/eval/dev
# CODE=DIR runs the extraction of another checkout (a git worktree) with this venv;
# EVP=PREFIX keeps the events as PREFIX<dir name>.jsonl (default /tmp/ev-).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
CODE=${CODE:-$here}
EVP=${EVP:-/tmp/ev-}
for d in "$@"; do
  out="${EVP}$(basename "$d").jsonl"
  PYTHONPATH=$CODE "$here/.venv/bin/wirestream" extract "$d"/*.txt > "$out" || echo "extract failed on some article of $d (see above)" >&2
  python3 "$here/../shared/eval/score.py" "$d" "$out" --json | python3 -c "
import json, sys
r = json.load(sys.stdin)
print('%-14s ent %.3f single %.3f quote %.3f spk %.3f rel %.3f (P %.2f R %.2f)' % (sys.argv[1],
      r['entity_f1'], r['entity_single_cluster'], r['quote_f1'], r['quote_speaker_f1'], r['relation_f1'],
      r['relation_p'], r['relation_r']))" "$(basename "$d")"
done
