"""One-line readable forms of events for `wirestream tail --pretty`."""
from __future__ import annotations


def _short(text: str, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def pretty(topic_kind: str, ev: dict) -> str:
    kind = ev.get("type", topic_kind)
    art = ev.get("article_id", "?")
    if kind == "entity":
        titles = f" — {', '.join(ev['titles'])}" if ev.get("titles") else ""
        return f"[{art}] entity {ev['label']:<4} {ev['name']} ({len(ev.get('mentions', []))} mentions){titles}"
    if kind == "quote":
        who = (ev.get("speaker") or {}).get("name") or "?"
        return f"[{art}] quote  {who}: «{_short(ev['text'])}» ({ev['kind']}, {ev.get('cue') or '-'})"
    if kind == "relation":
        role = f" as {ev['role']}" if ev.get("role") else ""
        return (f"[{art}] {ev['subject']['name']} —{ev['predicate']}→ {ev['object']['name']}{role}"
                f" ({ev.get('confidence', 0):.2f}) «{_short(ev['evidence']['text'], 70)}»")
    return (f"[{ev.get('key') or '?'}] dead letter at {ev.get('stage')}: {ev.get('reason')}"
            f" {_short(ev.get('detail', ''), 80)}")
