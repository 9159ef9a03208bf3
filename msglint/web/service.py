"""The HTTP API's work, without a web framework: validate a request, lint or fix, answer JSON.

Requests are stateless: a request names the message (``source``), how to read it (``filename``
or ``dialect``), the buyer (``marketplace``, ``language``), the contact ``reason`` and rule
``options`` (the configuration keys that concern one message). Nothing in a request reaches the
file system or the network: the file name is only a name (its folder is dropped), and the keys
that would (``languagetool-url``, ``cache-dir``, ``exclude``, ``per-file-ignores``) are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from msglint.web.catalog import DIALECTS, marketplaces, reasons

if TYPE_CHECKING:
    from msglint import Diagnostic
    from msglint.core.packs import RuleMeta

#: Configuration keys a request may set under ``options`` (msglint.toml's spelling or with '_').
OPTION_KEYS = frozenset(
    {
        "select",
        "ignore",
        "extend-select",
        "allowed-domains",
        "words",
        "order-placeholders",
        "placeholders",
        "single-brace-placeholders",
        "max-width-px",
        "severity",
        "alias-domains",
    }
)
REQUEST_KEYS = frozenset({"source", "filename", "dialect", "marketplace", "language", "reason", "options"})
_LANG = re.compile(r"^[a-z]{2,3}$")
_MAX_NAME = 255


class RequestError(Exception):
    """A request msglint cannot answer; ``status`` is the HTTP status (400 unless said)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class LintRequest:
    source: str
    filename: str
    marketplace: str | None = None
    language: str | None = None
    reason: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


def _safe_name(name: str) -> str:
    """Only the last component: a request never names a file on this machine."""
    base = re.split(r"[/\\]", name)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable())[:_MAX_NAME]
    return base if base not in ("", ".", "..") else "message"


def parse_request(data: Any) -> LintRequest:
    """Validate the JSON body of ``/lint`` and ``/fix``; every problem is a RequestError."""
    if not isinstance(data, dict):
        raise RequestError("the request body must be a JSON object")
    unknown = sorted(set(data) - REQUEST_KEYS)
    if unknown:
        raise RequestError(
            f"unknown field(s) {', '.join(map(repr, unknown))} (known: {', '.join(sorted(REQUEST_KEYS))})"
        )
    source = data.get("source")
    if source is None:
        raise RequestError("missing field 'source' (the message text)")
    if not isinstance(source, str):
        raise RequestError("field 'source' must be a string")
    filename, dialect = data.get("filename"), data.get("dialect")
    if filename is not None and dialect is not None:
        raise RequestError("give 'filename' or 'dialect', not both")
    if filename is not None:
        if not isinstance(filename, str):
            raise RequestError("field 'filename' must be a string")
        name = _safe_name(filename)
    else:
        dialect = "auto" if dialect is None else dialect
        if not isinstance(dialect, str) or dialect.lower() not in DIALECTS:
            raise RequestError(f"unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
        name = DIALECTS[dialect.lower()]
    market = _opt_str(data, "marketplace")
    if market is not None:
        market = market.lower()
        if market not in marketplaces():
            raise RequestError(f"unknown marketplace {market!r} (known: {', '.join(marketplaces())})")
    language = _opt_str(data, "language")
    if language is not None:
        language = language.lower()
        if not _LANG.match(language):
            raise RequestError(f"language {language!r} must be an ISO 639-1 code such as 'de'")
    reason = _opt_str(data, "reason")
    if reason is not None:
        if reason not in reasons():
            raise RequestError(f"unknown reason {reason!r} (known: {', '.join(reasons())})")
        if _has_front_matter(source):
            raise RequestError("the source has front matter: declare 'reason:' there, not in the request")
        if name.lower().endswith(".eml"):
            raise RequestError("a reason applies to templates, not to .eml mails")
    options = data.get("options", {})
    if options is None:
        options = {}
    if not isinstance(options, dict):
        raise RequestError("field 'options' must be an object of configuration keys")
    opts: dict[str, Any] = {}
    for key, value in options.items():
        k = str(key).replace("_", "-")
        if k not in OPTION_KEYS:
            raise RequestError(
                f"option {key!r} is not allowed in a request (allowed: {', '.join(sorted(OPTION_KEYS))})"
            )
        opts[k] = value
    return LintRequest(source, name, market, language, reason, opts)


def _opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RequestError(f"field {key!r} must be a string")
    return value


def _has_front_matter(source: str) -> bool:
    return source.startswith(("---", "\ufeff---"))


def _front_matter(reason: str) -> str:
    return f"---\nreason: {reason}\n---\n"


def _shift(diags: list[Diagnostic], prefix: str) -> list[Diagnostic]:
    """Diagnostics of ``prefix + source`` moved back onto ``source`` (the prefix is ours)."""
    n_chars, n_lines = len(prefix), prefix.count("\n")
    out = []
    for d in diags:
        if d.start < n_chars:  # about the injected front matter itself: the top of the message
            out.append(replace(d, line=1, column=1, end_line=1, end_column=1, start=0, end=0, fix=None))
            continue
        fix = d.fix
        if fix is not None:
            edits = []
            for e in fix.edits:
                loc = e.location
                if loc is not None:
                    loc = (loc[0] - n_lines, loc[1], loc[2] - n_lines, loc[3])
                edits.append(replace(e, start=e.start - n_chars, end=e.end - n_chars, location=loc))
            fix = replace(fix, edits=tuple(edits))
        out.append(
            replace(
                d,
                line=d.line - n_lines,
                end_line=d.end_line - n_lines,
                start=d.start - n_chars,
                end=d.end - n_chars,
                fix=fix,
            )
        )
    return out


def _kw(req: LintRequest) -> dict[str, Any]:
    """The library's keyword arguments: the options are validated as msglint.toml keys are."""
    return {"marketplace": req.marketplace, "language": req.language, "config": dict(req.options)}


def lint(req: LintRequest) -> list[Diagnostic]:
    """The diagnostics of the request's message, as ``msglint check`` finds them."""
    import msglint

    try:
        kw = _kw(req)
        if req.reason:
            prefix = _front_matter(req.reason)
            return _shift(msglint.lint(prefix + req.source, req.filename, **kw), prefix)
        return msglint.lint(req.source, req.filename, **kw)
    except msglint.ConfigError as exc:
        raise RequestError(str(exc)) from None


def lint_json(req: LintRequest, docs_url: str | None = None) -> list[dict[str, Any]]:
    return [d.to_json(docs_url) for d in lint(req)]


def fix_json(req: LintRequest, docs_url: str | None = None) -> dict[str, Any]:
    """The message with every safe fix applied (as ``msglint check --fix``) and what is left."""
    import msglint

    try:  # a mail's diagnostics carry no fixes: it comes back unchanged, as with --fix
        kw = _kw(req)
        if req.reason:
            prefix = _front_matter(req.reason)
            out = msglint.fix(prefix + req.source, req.filename, **kw)
            text = out.text[len(prefix) :] if out.text.startswith(prefix) else out.text
            remaining = _shift(list(out.remaining), prefix)
        else:
            out = msglint.fix(req.source, req.filename, **kw)
            text, remaining = out.text, list(out.remaining)
    except msglint.ConfigError as exc:
        raise RequestError(str(exc)) from None
    return {"source": text, "fixed": out.fixed, "diagnostics": [d.to_json(docs_url) for d in remaining]}


def rule_json(r: RuleMeta) -> dict[str, Any]:
    return {
        "code": r.code,
        "slug": r.slug,
        "family": r.family,
        "family_name": r.family_name,
        "severity": r.severity,
        "summary": r.summary,
        "fixable": r.fixable,
        "deprecated": r.deprecated,
        "guideline": r.guideline,
        "source": r.source,
        "source_url": r.source_url,
        "flags": r.flags,
        "ignores": r.ignores,
        "bad": r.bad,
        "good": r.good,
    }


def rules_json() -> list[dict[str, Any]]:
    import msglint

    return [rule_json(r) for r in msglint.rules()]
