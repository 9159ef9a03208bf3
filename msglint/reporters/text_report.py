"""``--format text``: ``path:line:col: CODE [slug] message``, like ruff; excerpts on a TTY."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic
    from msglint.core.packs import RuleMeta

#: Control characters (C0 except tab and line feed, DEL, C1) are shown as escapes, never written raw:
#: a NUL or an escape sequence from a linted file must not reach the terminal.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def escape_controls(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` (tab and line feed kept)."""
    return text.translate(_CONTROLS)


_BOLD, _RED, _YELLOW, _CYAN, _DIM, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[2m", "\x1b[0m"


def _excerpt(d: Diagnostic, color: bool) -> list[str]:
    """The offending line with carets under the flagged text, placed by display width (a CJK
    character or an emoji takes two columns), control characters shown escaped. A long line is
    cut to a window around the column without copying the whole line."""
    from msglint.reporters.terminal import display_width

    length = d.line_length()
    col = min(max(1, d.column), length + 1)
    if length > 160:  # very long lines (minified HTML): show a window around the column
        lo = max(0, col - 60)
        line, col = d.line_slice(lo + 1, lo + 161).expandtabs(1), col - lo
    else:
        line = d.source_line.expandtabs(1)
    if not line.strip():
        return []
    end = d.end_column - (d.column - col) if d.end_line == d.line else len(line) + 1
    end = min(max(end, col + 1), len(line) + 1)
    before, flagged = escape_controls(line[: col - 1]), escape_controls(line[col - 1 : end - 1])
    gutter = f"{d.line:>5} | "
    caret = " " * (len(gutter) + display_width(before)) + "^" * max(1, display_width(flagged))
    if color:
        caret = _RED + caret + _RESET
    return [gutter + escape_controls(line), caret]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def render(
    diags: list[Diagnostic],
    files: int = 0,
    statistics: bool = False,
    color: bool = False,
    rules: dict[str, RuleMeta] | None = None,
    show_source: bool | None = None,
    **_: Any,
) -> str:
    """``show_source`` (default: when colouring) adds the offending line and carets."""
    lines: list[str] = []
    excerpts = color if show_source is None else show_source
    for d in diags:
        sev = d.severity
        path, message = escape_controls(d.path), escape_controls(d.message)
        if color:
            sev_c = _RED if sev == "error" else _YELLOW
            loc = f"{_BOLD}{path}{_RESET}:{d.line}:{d.column}:"
            head = f"{loc} {sev_c}{d.code}{_RESET} {_CYAN}[{d.rule}]{_RESET} {message}"
        else:
            head = f"{path}:{d.line}:{d.column}: {d.code} [{d.rule}] {message}"
        if sev == "warning":
            head += " (warning)"
        lines.append(head)
        if excerpts:
            lines.extend(_excerpt(d, color))
        if d.note:
            lines.append(f"  note: {escape_controls(d.note)}")
    if statistics and diags:
        lines.append("")
        lines.append(statistics_table(diags))
    nfiles = len({d.path for d in diags})
    if diags:
        errors = sum(1 for d in diags if d.severity == "error")
        fixable = sum(1 for d in diags if d.fix is not None)
        warnings = len(diags) - errors
        summary = f"{_plural(len(diags), 'problem')} in {_plural(nfiles, 'file')}"
        summary += f" ({_plural(errors, 'error')}, {_plural(warnings, 'warning')})"
        if fixable:
            summary += f"; {fixable} fixable with --fix"
        lines.append(("\n" if lines else "") + summary)
    else:
        lines.append(f"No problems in {_plural(files, 'file')}.")
    return "\n".join(lines)


def _coverage(rule: RuleMeta) -> str:
    """A rule's own account of what it covers today, when its check module has ``coverage()``
    (MSG403: the languages with and without a dictionary, read from rules/languages.toml)."""
    import importlib

    module, _, _ = rule.check.partition(":")
    try:
        mod = importlib.import_module(f"msglint.checks.{module}")
    except ImportError:
        return ""
    fn = getattr(mod, "coverage", None)
    return str(fn()) if callable(fn) else ""


def statistics(diags: list[Diagnostic]) -> list[dict[str, Any]]:
    """Per-rule counts, most frequent first (``--statistics``; the JSON form in ``--format json``)."""
    counts = Counter((d.code, d.rule) for d in diags)
    fixable = Counter((d.code, d.rule) for d in diags if d.fix is not None)
    return [
        {"code": code, "rule": slug, "count": n, "fixable": fixable[(code, slug)]}
        for (code, slug), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def statistics_table(diags: list[Diagnostic]) -> str:
    return "\n".join(f"{s['count']:>5}  {s['code']}  {s['rule']}" for s in statistics(diags))


def explain_text(rule: RuleMeta) -> str:
    """``msglint explain``: the rule's documentation from its pack."""
    parts = [
        f"{rule.code} {rule.slug} ({rule.family} {rule.family_name}; default severity: {rule.severity}"
        + ("; fixable" if rule.fixable else "")
        + ")",
        "",
        rule.summary,
        "",
        "Guideline:",
        *("  > " + ln for ln in rule.guideline.splitlines()),
        f"  -- {rule.source}"
        + (f" <{rule.source_url}>" if rule.source_url else "")
        + (f" (checked {rule.checked})" if rule.checked else ""),
        "",
        "Flags: " + rule.flags,
    ]
    if rule.how_to_fix:
        parts += ["", "How to fix: " + rule.how_to_fix]
    if rule.ignores:
        parts += ["", "Does not flag: " + rule.ignores]
    if rule.options:
        parts += ["", f"Options ([tool.msglint.rules.{rule.code}]):"]
        parts += [f"  {o.describe()}" + (f": {o.doc}" if o.doc else "") for o in rule.options.values()]
    coverage = _coverage(rule)
    if coverage:
        parts += ["", coverage]
    parts += ["", "Bad:", *("    " + ln for ln in rule.bad.strip("\n").splitlines())]
    parts += ["", "Good:", *("    " + ln for ln in rule.good.strip("\n").splitlines())]
    return escape_controls("\n".join(parts))
