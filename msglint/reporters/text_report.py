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
    line = d.source_line.expandtabs(1)
    if not line.strip():
        return []
    if len(line) > 160:  # very long lines (minified HTML): show a window around the column
        lo = max(0, d.column - 60)
        line, col = line[lo : lo + 160], d.column - lo
    else:
        col = d.column
    width = max(1, (d.end_column - d.column) if d.end_line == d.line else len(line) - col + 1)
    width = min(width, max(1, len(line) - col + 1))
    gutter = f"{d.line:>5} | "
    caret = " " * (len(gutter) + col - 1) + "^" * width
    if color:
        caret = _RED + caret + _RESET
    return [gutter + line, caret]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def render(
    diags: list[Diagnostic],
    files: int = 0,
    statistics: bool = False,
    color: bool = False,
    rules: dict[str, RuleMeta] | None = None,
    **_: Any,
) -> str:
    lines: list[str] = []
    for d in diags:
        sev = d.severity
        if color:
            sev_c = _RED if sev == "error" else _YELLOW
            loc = f"{_BOLD}{d.path}{_RESET}:{d.line}:{d.column}:"
            head = f"{loc} {sev_c}{d.code}{_RESET} {_CYAN}[{d.rule}]{_RESET} {d.message}"
        else:
            head = f"{d.path}:{d.line}:{d.column}: {d.code} [{d.rule}] {d.message}"
        if sev == "warning":
            head += " (warning)"
        lines.append(head)
        if color:
            lines.extend(_excerpt(d, color))
    if statistics and diags:
        lines.append("")
        counts = Counter((d.code, d.rule) for d in diags)
        for (code, slug), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{n:>5}  {code}  {slug}")
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
