"""Configuration: ``[tool.msglint]`` in pyproject.toml or the top level of msglint.toml.

Every key is validated; an unknown key, a wrong type or an unknown rule is a ConfigError that
names it (exit code 2), never a silent default. Codes are checked against the packs by the
engine, which knows them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """The user's configuration is wrong; the message says where and why."""


@dataclass(frozen=True)
class Config:
    marketplace: str | None = None
    language: str | None = None
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    order_placeholders: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()  # extra placeholder regexes
    single_brace_placeholders: bool = True
    max_width_px: int = 600
    languagetool_url: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    alias_domains: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    cache_dir: str | None = None
    #: base URL of the rule documentation pages (``url`` in JSON, ``helpUri`` in SARIF, editor links)
    docs_url: str | None = None
    #: folder the config file lives in: per-file-ignores and exclude globs are relative to it
    root: str | None = None
    source: str | None = None  # the file it came from, for messages

    def with_overrides(self, **kw: Any) -> Config:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


_STR_LISTS = {
    "select",
    "ignore",
    "extend-select",
    "allowed-domains",
    "words",
    "order-placeholders",
    "placeholders",
    "alias-domains",
    "exclude",
}
_STRS = {"marketplace", "language", "languagetool-url", "cache-dir", "docs-url"}
_INTS = {"max-width-px"}
_BOOLS = {"single-brace-placeholders"}
_TABLES = {"per-file-ignores", "severity"}
KNOWN_KEYS = _STR_LISTS | _STRS | _INTS | _BOOLS | _TABLES


def _attr(key: str) -> str:
    return key.replace("-", "_")


def from_mapping(data: dict[str, Any], source: str = "<config>", root: str | None = None) -> Config:
    """Validate ``data`` (the parsed TOML table) into a Config."""
    kw: dict[str, Any] = {"source": source, "root": root}
    for key, value in data.items():
        where = f"{source}: key {key!r}"
        if key not in KNOWN_KEYS:
            close = [k for k in sorted(KNOWN_KEYS) if k.replace("-", "") == key.replace("_", "").replace("-", "")]
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(sorted(KNOWN_KEYS))})"
            raise ConfigError(f"{source}: unknown key {key!r}{hint}")
        if key in _STR_LISTS:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where} must be a list of strings")
            kw[_attr(key)] = tuple(value)
        elif key in _STRS:
            if not isinstance(value, str):
                raise ConfigError(f"{where} must be a string")
            kw[_attr(key)] = value
        elif key in _INTS:
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where} must be a positive integer")
            kw[_attr(key)] = value
        elif key in _BOOLS:
            if not isinstance(value, bool):
                raise ConfigError(f"{where} must be true or false")
            kw[_attr(key)] = value
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where} must be a table of glob = [codes]")
            pfi = []
            for glob, codes in value.items():
                if isinstance(codes, str):
                    codes = [codes]
                if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                    raise ConfigError(f"{where}: {glob!r} must map to a list of codes")
                pfi.append((glob, tuple(codes)))
            kw["per_file_ignores"] = tuple(pfi)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f'{where} must be a table of CODE = "error"|"warning"')
            sev = []
            for code, level in value.items():
                if level not in ("error", "warning", "off"):
                    raise ConfigError(f'{where}: {code} = {level!r} must be "error", "warning" or "off"')
                sev.append((code, level))
            kw["severity"] = tuple(sev)
    for key in ("order_placeholders", "placeholders"):
        for pattern in kw.get(key, ()):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{source}: key {key.replace('_', '-')!r}: bad regex {pattern!r}: {exc}") from None
    return Config(**kw)


def load_file(path: Path) -> Config:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("msglint", {})
    return from_mapping(data, str(path), str(path.parent.resolve()))


def discover(start: Path) -> Path | None:
    """The nearest msglint.toml, or pyproject.toml with [tool.msglint], from ``start`` upwards."""
    start = start.resolve()
    for folder in (start, *start.parents):
        cand = folder / "msglint.toml"
        if cand.is_file():
            return cand
        pp = folder / "pyproject.toml"
        if pp.is_file():
            try:
                text = pp.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if "[tool.msglint" in text:
                return pp
    return None


def load(explicit: str | None = None, cwd: Path | None = None) -> Config:
    if explicit:
        p = Path(explicit)
        if not p.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        return load_file(p)
    found = discover(cwd or Path.cwd())
    return load_file(found) if found else Config()


__all__ = ["Config", "ConfigError", "KNOWN_KEYS", "discover", "from_mapping", "load", "load_file"]
