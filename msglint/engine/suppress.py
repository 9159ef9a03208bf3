"""Inline suppressions: ``<!-- msglint: disable=MSG201 -->`` and ``{# msglint: ... #}``.

A template author silences one finding deliberately, in the file, where a reviewer sees it (and
can give a reason after `` -- ``). A silence that silences nothing is stale: it is reported as
MSG002 (unused-suppression), and a directive msglint cannot read, or that names an unknown rule,
as MSG003 (invalid-suppression), so a typo never silently disables nothing or everything.

Directives (HTML comments in HTML; the template's own comments in every kind of file, in its
dialect's syntax: ``{# #}``, ``{{!-- --}}``, ``{* *}``, ``{% comment %}``, ``<#-- -->``,
``{{-- --}}``, PHP's ``//`` and ``/* */``; only these in plain text, where an HTML comment would
be visible to the buyer):

- ``disable=CODES`` ... ``enable=CODES``: a range, from the comment to the matching ``enable``
  (or the end of the file). ``disable`` with no list means every rule; ``enable`` likewise.
- ``disable-next-line=CODES``: the line after the comment.
- ``disable-line=CODES``: the comment's own line(s).
- ``disable-file=CODES``: the whole file, wherever the comment is (for findings about the whole
  message, such as a missing order number, and for templates whose top belongs to a layout).

CODES are codes, slugs or family prefixes, comma-separated, as in ``--select``. The engine calls
:func:`apply` after the checks with the codes active for the file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msglint.core.config import ConfigError
from msglint.core.diagnostics import Diagnostic, Finding

if TYPE_CHECKING:
    from msglint.engine.linter import Linter
    from msglint.model.document import Document

UNUSED = "MSG002"
INVALID = "MSG003"
ACTIONS = ("disable", "enable", "disable-next-line", "disable-line", "disable-file")

#: Bodies longer than this are not directives (a directive is one short line).
_MAX_BODY = 2000
_HEAD = re.compile(r"\s*msglint\s*:", re.I)
# action, then optionally "=" and a list of tokens; anything else left over is an error.
_ACTION = re.compile(r"\s*([A-Za-z][A-Za-z-]{0,40})\s*")
_TOKENS = re.compile(r"=\s*([\w-]{1,40}(?:\s*,\s*[\w-]{1,40}){0,100})\s*")
# "msglint disable=..." (colon forgotten): reported, not silently ignored.
_NO_COLON = re.compile(r"\s*msglint\s+(disable-next-line|disable-line|disable-file|disable|enable)\b", re.I)
_REASON = re.compile(r"\s--(?:\s|$)")


@dataclass
class Directive:
    """One parsed suppression comment."""

    action: str
    #: user token -> the codes it names; empty dict: every rule
    tokens: dict[str, frozenset[str]]
    start: int  # source span of the whole comment
    end: int
    reason: str
    used: set[str] = field(default_factory=set)

    @property
    def codes(self) -> frozenset[str] | None:
        if not self.tokens:
            return None
        return frozenset().union(*self.tokens.values())


@dataclass
class _Range:
    directive: Directive
    start: int
    end: int
    codes: frozenset[str] | None  # None: every rule ...
    excepted: frozenset[str] = frozenset()  # ... but these (re-enabled)

    def covers(self, code: str) -> bool:
        if self.codes is None:
            return code not in self.excepted
        return code in self.codes


def _comment_bodies(doc: Document) -> Iterable[tuple[int, int, str, int]]:
    """(comment start, comment end, body, body offset) of every comment that may be a directive."""
    for c in doc.comments:
        if "msglint" in c.body and len(c.body) <= _MAX_BODY:
            yield c.start, c.end, c.body, c.start + 4
    src = doc.source
    for tc in doc.template_comments():
        # the template's own comments, in the dialect's syntax: {# #}, {{!-- --}}, {* *},
        # {% comment %}, <#-- -->, {{-- --}}, PHP's // and /* */
        if tc.body_end - tc.body_start > _MAX_BODY:
            continue
        body = src[tc.body_start : tc.body_end]
        if "msglint" in body:
            yield tc.start, tc.end, body, tc.body_start


def parse_directives(doc: Document, linter: Linter) -> tuple[list[Directive], list[tuple[int, int, str]]]:
    """The directives of ``doc`` in source order, and the problems found in them (MSG003)."""
    from msglint.core.selectors import resolve_selectors

    directives: list[Directive] = []
    problems: list[tuple[int, int, str]] = []
    for start, end, body, boff in sorted(_comment_bodies(doc)):
        head = _HEAD.match(body)
        if head is None:
            if (near := _NO_COLON.match(body)) is not None:
                problems.append(
                    (
                        boff + near.start(1),
                        boff + near.end(1),
                        f"'msglint {near.group(1)}' is not read as a suppression: write 'msglint: {near.group(1)}'",
                    )
                )
            continue
        pos = head.end()
        m = _REASON.search(body, pos)
        spec_end, reason = (m.start(), body[m.end() :].strip()) if m else (len(body), "")
        am = _ACTION.match(body, pos, spec_end)
        action = am.group(1).lower() if am else ""
        if am is None or action not in ACTIONS:
            word = am.group(1) if am else body[pos:spec_end].strip()[:40]
            problems.append(
                (
                    boff + (am.start(1) if am else pos),
                    boff + (am.end(1) if am else spec_end),
                    f"unknown suppression {word!r}: use one of {', '.join(ACTIONS)} (e.g. "
                    "'msglint: disable-next-line=MSG201')",
                )
            )
            continue
        pos = am.end()
        tokens: dict[str, frozenset[str]] = {}
        if pos < spec_end:
            tm = _TOKENS.match(body, pos, spec_end)
            if tm is None or tm.end() != spec_end:
                problems.append(
                    (
                        boff + pos,
                        boff + spec_end,
                        f"cannot read {body[pos:spec_end].strip()[:60]!r} after 'msglint: {action}': "
                        "expected '=CODE,...' (a reason goes after ' -- ')",
                    )
                )
                continue
            for tok_m in re.finditer(r"[\w-]+", tm.group(1)):
                tok = tok_m.group()
                try:
                    tokens[tok] = frozenset(resolve_selectors([tok], linter.rules, "suppression"))
                except ConfigError:
                    tok_at = boff + tm.start(1) + tok_m.start()
                    problems.append(
                        (
                            tok_at,
                            tok_at + len(tok),
                            f"unknown rule {tok!r} in suppression: it silences nothing (see 'msglint rules')",
                        )
                    )
            if not tokens:  # every token was unknown: do not fall back to "every rule"
                continue
        directives.append(Directive(action, tokens, start, end, reason))
    return directives, problems


def _ranges(directives: list[Directive], doc: Document) -> tuple[list[_Range], list[tuple[Directive, int, int]]]:
    """Offset ranges of disable/enable pairs, and line ranges of the line directives."""
    ranges: list[_Range] = []
    open_: list[_Range] = []
    lines: list[tuple[Directive, int, int]] = []
    for d in directives:
        codes = d.codes
        if d.action == "disable":
            open_.append(_Range(d, d.start, len(doc.source) + 1, codes))
        elif d.action == "enable":
            still: list[_Range] = []
            for r in open_:
                r.end = d.start
                ranges.append(r)
                if codes is None:
                    continue
                if r.codes is None:
                    still.append(_Range(r.directive, d.start, len(doc.source) + 1, None, r.excepted | codes))
                elif r.codes - codes:
                    still.append(_Range(r.directive, d.start, len(doc.source) + 1, r.codes - codes))
            open_ = still
        elif d.action == "disable-file":
            ranges.append(_Range(d, 0, len(doc.source) + 1, codes))
        elif d.action == "disable-next-line":
            line = doc.position(d.end)[0] + 1
            lines.append((d, line, line))
        else:  # disable-line
            lines.append((d, doc.position(d.start)[0], doc.position(d.end)[0]))
    ranges.extend(open_)
    return ranges, lines


def _silenced_spans(ranges: list[_Range], diags: list[Diagnostic]) -> dict[str, tuple[list[int], list[int]]]:
    """Per rule code, the merged spans (sorted starts, their ends) in which a range directive
    silences a diagnostic of that code; marks each directive with the codes it silenced.

    A range is asked once per code that has diagnostics (a bisection in that code's sorted
    starts), and a diagnostic looks up its code's merged spans by bisection: comparing every
    diagnostic with every range was quadratic (a 777 KB fuzz input with 33,000 emoji findings and
    ~500 directives spent 19 s there, #14)."""
    starts: dict[str, list[int]] = {}
    for diag in diags:
        starts.setdefault(diag.code, []).append(diag.start)
    for positions in starts.values():
        positions.sort()
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in ranges:
        for code, positions in starts.items():
            if not r.covers(code):
                continue
            i = bisect.bisect_left(positions, r.start)
            if i < len(positions) and positions[i] < r.end:
                r.directive.used.add(code)
                spans.setdefault(code, []).append((r.start, r.end))
    merged: dict[str, tuple[list[int], list[int]]] = {}
    for code, found in spans.items():
        found.sort()
        lo: list[int] = []
        hi: list[int] = []
        for a, b in found:
            if lo and a <= hi[-1]:
                hi[-1] = max(hi[-1], b)
            else:
                lo.append(a)
                hi.append(b)
        merged[code] = (lo, hi)
    return merged


def apply(linter: Linter, doc: Document, active: frozenset[str], diags: list[Diagnostic]) -> list[Diagnostic]:
    """Drop suppressed diagnostics; add MSG002/MSG003 for stale and unreadable directives."""
    directives, problems = parse_directives(doc, linter)
    if not directives and not problems:
        return diags
    ranges, lines = _ranges(directives, doc)
    by_line: dict[int, list[Directive]] = {}  # line -> its line directives (O(1) per diagnostic)
    for d, first, last in lines:
        for line in range(first, last + 1):
            by_line.setdefault(line, []).append(d)
    silenced = _silenced_spans(ranges, diags)
    kept: list[Diagnostic] = []
    for diag in diags:
        hit = False
        spans = silenced.get(diag.code)
        if spans is not None:
            j = bisect.bisect_right(spans[0], diag.start) - 1
            hit = j >= 0 and diag.start < spans[1][j]
        for d in by_line.get(diag.line, ()):
            codes = d.codes
            if codes is None or diag.code in codes:
                d.used.add(diag.code)
                hit = True
        if not hit:
            kept.append(diag)

    if UNUSED in active:
        rule = linter.rules[UNUSED]
        # A rule that could not run here (a run-wide note keyed "CODE-...", e.g. "MSG404-off"
        # when no LanguageTool server is configured) cannot prove a silence stale.
        idle = {key.split("-", 1)[0] for key in getattr(linter, "notes", {})}
        active = active - idle
        for d in directives:
            if d.action == "enable":
                continue
            if not d.tokens:
                what = None if d.used else f"'msglint: {d.action}'"
            else:
                stale = [
                    tok
                    for tok, codes in d.tokens.items()
                    if codes & active and not codes & d.used and not codes <= {UNUSED, INVALID}
                ]
                what = f"{', '.join(stale)} in 'msglint: {d.action}'" if stale else None
            if what is not None:
                reason = f" ({d.reason})" if d.reason else ""
                message = (
                    f"unused suppression: {what}{reason} silences nothing here; "
                    "remove it so that it cannot hide a future problem"
                )
                kept.append(linter.diagnostic(doc, rule, Finding(d.start, d.end, message)))
    if INVALID in active:
        rule = linter.rules[INVALID]
        for s, e, message in problems:
            kept.append(linter.diagnostic(doc, rule, Finding(s, e, message)))
    return kept


__all__ = ["ACTIONS", "Directive", "apply", "parse_directives"]
