"""The rule documentation: one HTML page per rule, generated from the packs.

``msglint web`` serves these pages at ``/rules/`` and ``/rules/<CODE>/``; ``msglint docs --out
site/`` (or ``python -m msglint.web.build``) writes the same pages as static files
(``site/rules/<CODE>/index.html``), so every link between them is relative and works in both.
No framework is needed here: the pages are plain strings, every pack value escaped.
"""

from __future__ import annotations

from functools import cache
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.packs import RuleMeta

_SUPPRESS_HTML = "<!-- msglint: disable-next-line={code} -- the reason -->"
_SUPPRESS_TEXT = "{{# msglint: disable-next-line={code} -- the reason #}}"


def _page(title: str, body: str, depth: int) -> str:
    up = "../" * depth
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="{up}static/style.css">
</head>
<body class="doc">
<header class="top"><a class="brand" href="{up}rules/">msglint rules</a></header>
<main class="doc-main">
{body}
</main>
</body>
</html>
"""


def _p(text: str) -> str:
    return "".join(f"<p>{escape(par.strip())}</p>" for par in text.split("\n\n") if par.strip())


@cache
def _example_findings(code: str) -> tuple[tuple[int, int, str, str], ...]:
    """What msglint reports on the rule's own bad example (line, column, code, message)."""
    import msglint

    rule = next(r for r in msglint.rules() if r.code == code)
    try:
        cfg = dict(rule.example_config)
        diags = msglint.lint(rule.bad, rule.example_name, config=cfg or None)
    except Exception:  # a broken example must not break the documentation
        return ()
    return tuple((d.line, d.column, d.code, d.message) for d in diags if d.code == code)


def rule_page(rule: RuleMeta) -> str:
    """``/rules/<CODE>/``: the guideline quoted, what is flagged and not, bad and good example."""
    source = escape(rule.source)
    if rule.source_url:
        source = f'<a href="{escape(rule.source_url, quote=True)}" rel="noreferrer">{source}</a>'
    badges = [f'<span class="sev sev-{escape(rule.severity)}">{escape(rule.severity)}</span>']
    if rule.fixable:
        badges.append('<span class="badge fixable">safe fix</span>')
    if rule.deprecated:
        badges.append('<span class="badge">deprecated</span>')
    findings = "".join(
        f"<li><code>{line}:{col}</code> {escape(code)} {escape(msg)}</li>"
        for line, col, code, msg in _example_findings(rule.code)
    )
    found = f'<h2>What msglint reports on the bad example</h2><ul class="found">{findings}</ul>' if findings else ""
    ignores = f"<h2>Does not flag</h2>{_p(rule.ignores)}" if rule.ignores else ""
    fix = (
        "<p><code>msglint check --fix</code> (or <em>Apply safe fixes</em> on the web page, or the editor's "
        "quick fix) repairs it.</p>"
        if rule.fixable
        else ""
    )
    body = f"""
<nav class="crumbs"><a href="../">All rules</a> / {escape(rule.family)} {escape(rule.family_name)}</nav>
<h1><span class="code">{escape(rule.code)}</span> <span class="slug">{escape(rule.slug)}</span> {" ".join(badges)}</h1>
<p class="summary">{escape(rule.summary)}</p>
<h2>Guideline</h2>
<blockquote class="guideline">{_p(rule.guideline)}<footer>&mdash; {source}</footer></blockquote>
<h2>Flags</h2>
{_p(rule.flags)}
{ignores}
<h2>Bad</h2>
<pre class="example bad">{escape(rule.bad)}</pre>
<h2>Good</h2>
<pre class="example good">{escape(rule.good)}</pre>
{found}
<h2>Fix or silence it</h2>
{fix}
<p>Where the finding is deliberate, say why next to it:</p>
<pre>{escape(_SUPPRESS_HTML.format(code=rule.code))}
{escape(_SUPPRESS_TEXT.format(code=rule.code))}</pre>
<p>or turn it off in <code>msglint.toml</code>: <code>ignore = ["{escape(rule.code)}"]</code>.</p>
"""
    return _page(f"{rule.code} {rule.slug} - msglint", body, depth=2)


def index_page() -> str:
    """``/rules/``: every rule, by family."""
    import msglint

    rows: list[str] = []
    family = None
    for r in msglint.rules():
        if r.family != family:
            family = r.family
            rows.append(f'<tr class="family"><th colspan="4">{escape(r.family)} {escape(r.family_name)}</th></tr>')
        fix = "safe fix" if r.fixable else ""
        rows.append(
            f'<tr><td><a href="{escape(r.code)}/">{escape(r.code)}</a></td><td><code>{escape(r.slug)}</code></td>'
            f'<td>{escape(r.summary)}</td><td><span class="sev sev-{escape(r.severity)}">{escape(r.severity)}</span> '
            f"{fix}</td></tr>"
        )
    body = f"""
<h1>msglint rules</h1>
<p>Every rule msglint applies to a seller's message, with the Amazon guideline it enforces.
<code>msglint explain CODE</code> shows the same in a terminal.</p>
<table class="rules">
<thead><tr><th>code</th><th>slug</th><th>what it flags</th><th>severity</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
"""
    return _page("msglint rules", body, depth=1)
