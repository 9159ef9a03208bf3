"""Grammar (MSG404) from a LanguageTool server, through its documented HTTP API.

``POST {url}/v2/check`` with form fields ``text`` and ``language`` answers JSON whose
``matches`` carry ``offset``, ``length``, ``message`` and ``rule.id``. Plain ``urllib`` is used,
not language-tool-python: that package costs ~0.26 s to import (requests) and is built around
starting a local Java server it downloads; we only need one POST to a server the user runs.

Answers are cached on disk, keyed by sha256 of (url, language, options, text), so re-running on
unchanged templates asks nothing. LanguageTool offsets count UTF-16 code units (Java strings);
they are converted back to Python string offsets. Network trouble is never a diagnostic: the
caller gets :class:`GrammarUnavailable` and reports it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from msglint.core.diskcache import cache_root, read_verified, write_verified

TIMEOUT = 5.0
OFF_NOTE = (
    'MSG404 grammar is off: set languagetool-url (e.g. "http://localhost:8081") in '
    "[tool.msglint] or msglint.toml to check grammar with a LanguageTool server"
)
MAX_TEXT = 20000  # characters sent; LanguageTool's public limit is 20 000 too


class GrammarUnavailable(Exception):
    """The server could not be asked or answered nonsense; the message says why."""


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # Python offsets in the text that was checked
    end: int
    message: str
    rule_id: str
    replacements: tuple[str, ...]


def _cache_file(cache_dir: str | None, key: str) -> Path:
    return cache_root(cache_dir) / "languagetool" / f"{key}.json"


def _utf16_to_index(text: str) -> list[int]:
    """Map each UTF-16 offset to a Python index (only needed when ``text`` has astral chars)."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return table


def _post(url: str, fields: dict[str, str]) -> dict[str, object]:
    import json
    import urllib.error
    import urllib.parse
    import urllib.request

    endpoint = url.rstrip("/")
    # A data: URL is a canned answer (the rule's documented example runs offline with one).
    if not endpoint.endswith("/v2/check") and not endpoint.startswith("data:"):
        endpoint += "/v2/check"
    body = urllib.parse.urlencode(fields).encode("utf-8")
    req = urllib.request.Request(
        endpoint,
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 - user's URL
            raw = resp.read(10_000_000)
    except urllib.error.HTTPError as exc:
        raise GrammarUnavailable(f"{endpoint} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GrammarUnavailable(f"cannot reach {endpoint}: {reason}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise GrammarUnavailable(f"{endpoint} did not answer LanguageTool JSON") from None
    if not isinstance(data, dict):
        raise GrammarUnavailable(f"{endpoint} did not answer LanguageTool JSON")
    return data


def check(
    text: str,
    language: str,
    url: str,
    cache_dir: str | None = None,
    disabled_rules: tuple[str, ...] = (),
    disabled_categories: tuple[str, ...] = (),
) -> list[Match]:
    """LanguageTool's matches for ``text``, from the disk cache when it was asked before."""
    import hashlib  # here, not at the top: the engine imports this module for OFF_NOTE at start-up
    import json

    text = text[:MAX_TEXT]
    fields = {"text": text, "language": language}
    if disabled_rules:
        fields["disabledRules"] = ",".join(disabled_rules)
    if disabled_categories:
        fields["disabledCategories"] = ",".join(disabled_categories)
    key = hashlib.sha256(
        json.dumps(
            [url.rstrip("/"), language, fields.get("disabledRules", ""), fields.get("disabledCategories", ""), text]
        ).encode("utf-8")
    ).hexdigest()
    path = _cache_file(cache_dir, key)
    raw = read_verified(path)  # None when missing, damaged or foreign: asked again, rewritten
    data: object = None
    if raw is not None:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            data = None
    if not isinstance(data, dict):
        data = _post(url, fields)
        write_verified(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return _matches(data, text)


def _matches(data: dict[str, object], text: str) -> list[Match]:
    raw = data.get("matches")
    if not isinstance(raw, list):
        raise GrammarUnavailable("LanguageTool answer has no 'matches'")
    table = _utf16_to_index(text) if any(ord(c) > 0xFFFF for c in text) else None
    out: list[Match] = []
    for m in raw:
        if not isinstance(m, dict):
            continue
        offset, length = m.get("offset"), m.get("length")
        if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
            continue
        start, end = offset, offset + length
        if table is not None:
            if end >= len(table):
                continue
            start, end = table[start], table[end]
        if end > len(text):
            continue
        rule = m.get("rule")
        rule_id = str(rule.get("id", "")) if isinstance(rule, dict) else ""
        reps = m.get("replacements")
        replacements = tuple(
            str(r["value"]) for r in (reps if isinstance(reps, list) else []) if isinstance(r, dict) and "value" in r
        )[:3]
        out.append(Match(start, end, str(m.get("message", "")).strip(), rule_id, replacements))
    return out
