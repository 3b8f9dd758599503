"""The audit as one self-contained HTML file (no external assets) with sorting and filtering.

The table is rendered on the server side, so the file reads fine without JavaScript; a small
inline script adds click-to-sort headers, a text filter and pattern/risk/status selects.
"""

from __future__ import annotations

from html import escape

from lostwrite import __version__
from lostwrite.audit.model import RISK_ORDER, STATUS_ORDER, Audit

STYLE = """
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
  margin: 0; background: #f6f8fa; }
header, main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid var(--line); background: #fff; max-width: none; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.summary { color: var(--muted); margin: 0; }
.cards { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; }
.card strong { display: block; font-size: 1.3rem; }
form { display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
input, select { font: inherit; padding: .3rem .5rem; border: 1px solid #8c959f; border-radius: 4px; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eaeef2; white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid #0969da; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; }
.risk-critical { color: #a40e26; font-weight: 600; }
.risk-medium { color: #7d4e00; }
.risk-low { color: #1a7f37; }
.status-at-risk { color: #a40e26; font-weight: 600; }
.status-ok, .status-fixed { color: #1a7f37; }
.count { color: var(--muted); margin: .5rem 0; }
"""

SCRIPT = """
(function () {
  const table = document.getElementById("sites");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const form = document.getElementById("filters");
  const count = document.getElementById("count");
  function apply() {
    const text = form.q.value.trim().toLowerCase();
    const pattern = form.pattern.value, risk = form.risk.value, status = form.status.value;
    let shown = 0;
    for (const row of rows) {
      const ok = (!text || row.textContent.toLowerCase().includes(text)) &&
        (!pattern || row.dataset.code === pattern) && (!risk || row.dataset.risk === risk) &&
        (!status || row.dataset.status === status);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    count.textContent = shown + " of " + rows.length + " sites shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  table.querySelectorAll("th button").forEach((button) => {
    button.addEventListener("click", () => {
      const th = button.parentElement;
      const key = th.dataset.key;
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const value = (row) => row.dataset[key] || "";
      const numeric = key === "line" || key === "riskrank" || key === "statusrank";
      rows.sort((a, b) => {
        const x = value(a), y = value(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach((row) => body.appendChild(row));
    });
  });
  apply();
})();
"""


def _options(values: list[str], label: str) -> str:
    items = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return f'<option value="">all {escape(label)}</option>{items}'


def render(audit: Audit) -> str:
    totals = audit.totals()
    status = totals["status"]
    risk = totals["risk"]
    cards = [
        ("at risk", status.get("at risk", 0)),
        ("OK", status.get("ok", 0)),
        ("fixed", status.get("fixed", 0)),
        ("critical", risk.get("critical", 0)),
        ("medium", risk.get("medium", 0)),
        ("low", risk.get("low", 0)),
    ]
    card_html = "".join(
        f'<div class="card"><strong>{n}</strong>{escape(label)}</div>' for label, n in cards
    )
    pattern_rows = "".join(
        f"<tr><td>{escape(code)}</td><td>{at}</td><td>{ok}</td><td>{fixed}</td></tr>"
        for code, at, ok, fixed in audit.by_pattern()
    )
    body = []
    for row in audit.rows:
        status_class = row.status.replace(" ", "-")
        body.append(
            f'<tr data-code="{escape(row.code)}" data-risk="{escape(row.risk)}" '
            f'data-status="{escape(row.status)}" data-path="{escape(row.path)}" '
            f'data-line="{row.line}" data-riskrank="{RISK_ORDER.get(row.risk, 3)}" '
            f'data-statusrank="{STATUS_ORDER[row.status]}" data-call="{escape(row.call)}">'
            f"<td><code>{escape(row.location)}</code></td>"
            f"<td>{escape(row.code)} <small>{escape(row.slug)}</small></td>"
            f"<td><code>{escape(row.call)}</code></td>"
            f'<td class="risk-{escape(row.risk)}">{escape(row.risk)}</td>'
            f'<td class="status-{status_class}">{escape(row.status)}</td>'
            f"<td>{escape(row.reason)}</td></tr>"
        )
    errors = ""
    if audit.errors:
        items = "".join(f"<li><code>{escape(p)}</code>: {escape(m)}</li>" for p, m in audit.errors)
        errors = f'<section aria-labelledby="errors-h"><h2 id="errors-h">Not scanned</h2><ul>{items}</ul></section>'
    codes = sorted({r.code for r in audit.rows})
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lostwrite audit</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>lostwrite audit</h1>
<p class="summary">{len(audit.rows)} write sites examined by lostwrite {escape(__version__)}.</p>
</header>
<main>
<section aria-label="Totals" class="cards">{card_html}</section>
<section aria-labelledby="patterns-h">
<h2 id="patterns-h">Per pattern</h2>
<table><thead><tr><th scope="col">Pattern</th><th scope="col">At risk</th><th scope="col">OK</th><th scope="col">Fixed</th></tr></thead>
<tbody>{pattern_rows}</tbody></table>
</section>
<section aria-labelledby="sites-h">
<h2 id="sites-h">Write sites</h2>
<form id="filters" role="search">
<label>Search <input name="q" type="search" placeholder="path, call, reason"></label>
<label>Pattern <select name="pattern">{_options(codes, "patterns")}</select></label>
<label>Risk <select name="risk">{_options(["critical", "medium", "low"], "risks")}</select></label>
<label>Status <select name="status">{_options(["at risk", "ok", "fixed"], "statuses")}</select></label>
</form>
<p id="count" class="count" aria-live="polite">{len(audit.rows)} sites</p>
<table id="sites">
<thead><tr>
<th scope="col" data-key="path"><button type="button">Location</button></th>
<th scope="col" data-key="code"><button type="button">Pattern</button></th>
<th scope="col" data-key="call"><button type="button">Write</button></th>
<th scope="col" data-key="riskrank"><button type="button">Risk</button></th>
<th scope="col" data-key="statusrank"><button type="button">Status</button></th>
<th scope="col">Reason</th>
</tr></thead>
<tbody>
{"".join(body)}
</tbody>
</table>
</section>
{errors}
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
