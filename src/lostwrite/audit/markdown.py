"""The audit as a Markdown report whose table renders on a code host."""

from __future__ import annotations

from lostwrite.audit.model import Audit

RISK_LABEL = {"critical": "🔴 critical", "medium": "🟡 medium", "low": "🟢 low"}
STATUS_LABEL = {"at risk": "⚠️ at risk", "ok": "✅ OK", "fixed": "✅ fixed"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    """An inline code span, with a longer fence when the text holds a backtick."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def render(audit: Audit) -> str:
    totals = audit.totals()
    status = totals["status"]
    risk = totals["risk"]
    lines = [
        "# lostwrite audit",
        "",
        f"{len(audit.rows)} write sites examined: **{status.get('at risk', 0)} at risk**, "
        f"{status.get('ok', 0)} OK, {status.get('fixed', 0)} fixed since the baseline. "
        f"Risk: {risk.get('critical', 0)} critical, {risk.get('medium', 0)} medium, "
        f"{risk.get('low', 0)} low.",
        "",
        "| Pattern | At risk | OK | Fixed |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {code} | {at} | {ok} | {fixed} |" for code, at, ok, fixed in audit.by_pattern()]
    lines += ["", "| Location | Pattern | Write | Risk | Status |", "|---|---|---|---|---|"]
    for row in audit.rows:
        verdict = STATUS_LABEL[row.status]
        reason = f" ({row.reason})" if row.status != "at risk" else f": {row.reason}"
        call = _code(_cell(row.call)) if row.call else ""
        lines.append(
            f"| `{_cell(row.location)}` | {row.code} {row.slug} | {call} | "
            f"{RISK_LABEL.get(row.risk, row.risk)} | {verdict}{_cell(reason)} |"
        )
    if audit.errors:
        lines += ["", "## Not scanned", ""]
        lines += [f"- `{_cell(path)}`: {_cell(message)}" for path, message in audit.errors]
    return "\n".join(lines) + "\n"
