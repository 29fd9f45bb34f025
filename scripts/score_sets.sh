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
  log=$(mktemp)
  PYTHONPATH=$CODE "$here/.venv/bin/wirestream" extract "$d"/*.txt > "$out" 2> "$log" || echo "extract failed on some article of $d (see above)" >&2
  cat "$log" >&2
  # an article whose extraction raised is logged and skipped: say so on the figures' line, not only in the log
  failed=$(grep -o '"failed":[0-9]*' "$log" | tail -1 | cut -d: -f2); rm -f "$log"
  python3 "$here/../shared/eval/score.py" "$d" "$out" --json | python3 -c "
import json, sys
r = json.load(sys.stdin)
print('%-14s ent %.3f single %.3f quote %.3f spk %.3f rel %.3f (P %.2f R %.2f)' % (sys.argv[1],
      r['entity_f1'], r['entity_single_cluster'], r['quote_f1'], r['quote_speaker_f1'], r['relation_f1'],
      r['relation_p'], r['relation_r']) + (' FAILED ARTICLES %s' % sys.argv[2] if sys.argv[2] not in ('', '0') else ''))" "$(basename "$d")" "${failed:-}"
done
