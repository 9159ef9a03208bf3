"""Configuration: ``[tool.msglint]`` in pyproject.toml or the top level of msglint.toml.

Every key is validated; an unknown key, a wrong type, an unknown marketplace, language or URL
is a ConfigError that names it (exit code 2), never a silent default. Codes are checked against
the packs by the engine, which knows them.

Like ruff, the closest configuration to each file applies (:class:`Resolver`): the nearest
folder, from the file's own upwards, holding ``msglint.toml`` or a ``pyproject.toml`` whose
parsed content has a ``[tool.msglint]`` table. ``msglint.toml`` wins when both are in one folder.
``extend = "../msglint.toml"`` inherits a parent configuration; ``--config`` overrides all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """The user's configuration is wrong; the message says where and why."""


#: What a folder walk never enters unless ``exclude`` is set (``extend-exclude`` adds to it).
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".git",
    ".hg",
    ".svn",
    ".msglint_cache",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
)
CONFIG_NAMES = ("msglint.toml", "pyproject.toml")  # in order of precedence within one folder


def _check_value(attr: str, value: Any, where: str) -> Any:
    """Validate one value of a known key (marketplace, language, URL); return it normalised."""
    from msglint.core import values

    check = {
        "marketplace": values.marketplace,
        "language": values.language,
        "languagetool_url": values.http_url,
        "placeholder_links": _placeholder_links,
        "encoding": values.encoding,
    }
    fn = check.get(attr)
    if fn is None or value is None:
        return value
    try:
        return fn(value)
    except values.ValueProblem as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _placeholder_links(value: str) -> str:
    from msglint.core.values import ValueProblem

    if value not in PLACEHOLDER_LINKS:
        raise ValueProblem(f"must be one of {', '.join(repr(v) for v in PLACEHOLDER_LINKS)}, not {value!r}")
    return value


@dataclass(frozen=True)
class Config:
    """The settings of one configuration (a file, ``extend``-ed files, the command line).

    Every dataclass here has a docstring: without one, ``dataclass`` builds ``__doc__`` from
    ``inspect.signature``, ~0.1-0.5 ms per class at every start (#14)."""

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
    #: None: each rule's own default (the ``max-width-px`` option of MSG105 and MSG305, 600)
    max_width_px: int | None = None
    #: bytes: larger files are MSG001 "too large", enforced while reading (msglint.model.decode)
    max_file_size: int = 10 * 1024 * 1024
    languagetool_url: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    alias_domains: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    cache_dir: str | None = None
    #: base URL of the rule documentation pages (``url`` in JSON, ``helpUri`` in SARIF, editor links)
    docs_url: str | None = None
    #: ``[rules.CODE]`` tables: (code or slug, ((option, value), ...)), checked by the engine
    #: against the options each rule declares in its pack
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    #: user packs (folders or .toml files), resolved against ``root``; loaded by the engine
    packs: tuple[str, ...] = ()
    #: the template dialect of files whose suffix names none (msglint.model.dialects); None: from
    #: the content. Checked against the known dialects by the engine.
    dialect: str | None = None
    #: (glob, dialect): the dialect of the files a glob matches, before anything else
    per_file_dialect: tuple[tuple[str, str], ...] = ()
    #: the encoding (Python codec name) of files that are not UTF-8 and declare none
    #: (``<meta charset>``, ``<?xml encoding>``, front matter ``encoding:`` win); None: recognised
    encoding: str | None = None
    #: (glob, codec): the encoding of the files a glob matches, before ``encoding``
    per_file_encoding: tuple[tuple[str, str], ...] = ()
    #: links whose target is a placeholder named neither as the shop nor as Amazon:
    #: "by-name" (not judged), "external" (MSG201), "ignore" (no placeholder link is judged)
    placeholder_links: str = "by-name"
    #: folder the config file lives in: per-file-ignores and exclude globs are relative to it
    root: str | None = None
    source: str | None = None  # the file it came from, for messages
    #: where each key's value came from (key -> config file or "command line"), for --show-settings
    origins: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def with_overrides(self, origin: str = "library argument", **kw: Any) -> Config:
        """A copy with the given values (None: unchanged), each validated as if read from a file."""
        given = {k: v for k, v in kw.items() if v is not None}
        if not given:
            return self
        checked = {k: _check_value(k, v, f"{origin} {k.replace('_', '-')!r}") for k, v in given.items()}
        origins = dict(self.origins)
        origins.update({k.replace("_", "-"): origin for k in checked})
        return replace(self, origins=tuple(origins.items()), **checked)


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
    "extend-exclude",
    "packs",
}
_STRS = {
    "marketplace",
    "language",
    "languagetool-url",
    "cache-dir",
    "docs-url",
    "extend",
    "dialect",
    "placeholder-links",
    "encoding",
}
_INTS = {"max-width-px", "max-file-size"}
_BOOLS = {"single-brace-placeholders", "force-exclude", "respect-gitignore"}
_TABLES = {"per-file-ignores", "severity", "rules", "per-file-dialect", "per-file-encoding"}
PLACEHOLDER_LINKS = ("by-name", "external", "ignore")
KNOWN_KEYS = _STR_LISTS | _STRS | _INTS | _BOOLS | _TABLES


def _attr(key: str) -> str:
    return key.replace("-", "_")


def from_mapping(
    data: dict[str, Any], source: str = "<config>", root: str | None = None, base: Config | None = None
) -> Config:
    """Validate ``data`` (the parsed TOML table) into a Config (over ``base``, for ``extend``)."""
    kw: dict[str, Any] = _parse_mapping(data, source)
    kw.pop("extend", None)
    origins = dict(base.origins) if base is not None else {}
    origins.update({k: source for k in data})
    kw.update(source=source, root=root, origins=tuple(origins.items()))
    if base is None:
        return Config(**kw)
    if base.rule_options and "rule_options" in kw:  # the child's [rules.CODE] values win
        kw["rule_options"] = base.rule_options + kw["rule_options"]
    if base.root and root and base.root != root:
        if "packs" not in kw and base.packs:  # the parent's packs stay relative to its folder
            kw["packs"] = tuple(str(Path(base.root) / p) for p in base.packs)
        kw.setdefault("per_file_ignores", ())
        # the parent's globs stay relative to the parent's folder
        inherited = tuple((_anchor(g, base.root), c) for g, c in base.per_file_ignores)
        kw["per_file_ignores"] = inherited + kw["per_file_ignores"]
        if "exclude" not in kw:
            kw["exclude"] = tuple(_anchor(g, base.root) for g in base.exclude)
        if "extend_exclude" not in kw:
            kw["extend_exclude"] = tuple(_anchor(g, base.root) for g in base.extend_exclude)
        # the child's globs first (the first match wins), the parent's relative to its folder
        inherited_enc = tuple((_anchor(g, base.root), e) for g, e in base.per_file_encoding)
        kw["per_file_encoding"] = kw.get("per_file_encoding", ()) + inherited_enc
    else:
        if "per_file_ignores" in kw:
            kw["per_file_ignores"] = base.per_file_ignores + kw["per_file_ignores"]
        if "per_file_encoding" in kw:
            kw["per_file_encoding"] = kw["per_file_encoding"] + base.per_file_encoding
    return replace(base, **kw)


def _anchor(glob: str, root: str) -> str:
    """A glob relative to ``root`` made absolute, so that it keeps its meaning in a child config.
    A bare name (``*.eml``, ``drafts``) matches at any depth and stays as it is."""
    import os

    if "/" not in glob.strip("/") and not glob.startswith("/"):
        return glob
    return os.path.join(root, glob.lstrip("/")) if not os.path.isabs(glob) else glob


def _parse_mapping(data: dict[str, Any], source: str) -> dict[str, Any]:
    kw: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{source}: key {key!r}"
        if key not in KNOWN_KEYS:
            from msglint.core.values import did_you_mean

            close = [k for k in sorted(KNOWN_KEYS) if k.replace("-", "") == key.replace("_", "").replace("-", "")]
            hint = f" (did you mean {close[0]!r}?)" if close else did_you_mean(key, sorted(KNOWN_KEYS))
            hint = hint or f" (known keys: {', '.join(sorted(KNOWN_KEYS))})"
            raise ConfigError(f"{source}: unknown key {key!r}{hint}")
        if key in _STR_LISTS:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where} must be a list of strings")
            if key in ("select", "ignore", "extend-select") and any(not v.strip() for v in value):
                raise ConfigError(f"{where}: an empty rule name (use codes, slugs or prefixes such as 'MSG2')")
            kw[_attr(key)] = tuple(value)
        elif key in _STRS:
            if not isinstance(value, str):
                raise ConfigError(f"{where} must be a string")
            kw[_attr(key)] = _check_value(_attr(key), value, where)
        elif key in _INTS:
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where} must be a positive integer")
            kw[_attr(key)] = value
        elif key in _BOOLS:
            if not isinstance(value, bool):
                raise ConfigError(f"{where} must be true or false")
            kw[_attr(key)] = value
        elif key == "per-file-ignores":
            kw["per_file_ignores"] = _per_file_ignores(value, where)
        elif key == "per-file-dialect":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(f'{where} must be a table of glob = "dialect"')
            kw["per_file_dialect"] = tuple(value.items())
        elif key == "per-file-encoding":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(f'{where} must be a table of glob = "encoding"')
            kw["per_file_encoding"] = tuple(
                (glob, _check_value("encoding", name, f"{where}: {glob!r}")) for glob, name in value.items()
            )
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f'{where} must be a table of CODE = "error"|"warning"')
            sev = []
            for code, level in value.items():
                if level not in ("error", "warning", "off"):
                    raise ConfigError(f'{where}: {code} = {level!r} must be "error", "warning" or "off"')
                sev.append((code, level))
            kw["severity"] = tuple(sev)
        elif key == "rules":
            kw["rule_options"] = _rule_tables(value, source)
    _check_regexes(kw, source)
    return kw


def _check_regexes(kw: dict[str, Any], source: str) -> None:
    """Each user regex compiles on its own and cannot match empty text (a placeholder at every
    position); they are compiled one by one at run time too (model.placeholders.PatternSet)."""
    for key in ("order_placeholders", "placeholders"):
        for pattern in kw.get(key, ()):
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{source}: key {key.replace('_', '-')!r}: bad regex {pattern!r}: {exc}") from None
            if compiled.fullmatch("") is not None:
                raise ConfigError(f"{source}: key {key.replace('_', '-')!r}: regex {pattern!r} matches the empty text")


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table of glob = [codes]")
    pfi = []
    for glob, codes in value.items():
        if isinstance(codes, str):
            codes = [codes]
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ConfigError(f"{where}: {glob!r} must map to a list of codes")
        pfi.append((glob, tuple(codes)))
    return tuple(pfi)


def _rule_tables(value: Any, source: str) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    """``[rules.CODE]`` tables as (code or slug, ((option, value), ...)); the engine checks them
    against the options each rule declares."""
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: key 'rules' must be a table of [rules.CODE] tables of options")
    opts = []
    for code, table in value.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: key 'rules.{code}' must be a table of option = value")
        # lists as tuples: a Config is hashable (one Linter per configuration)
        opts.append((code, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in table.items())))
    return tuple(opts)


def read_table(path: Path) -> dict[str, Any] | None:
    """The msglint table of a config file: the whole of msglint.toml, ``[tool.msglint]`` of a
    pyproject.toml (None when it has none). Parsed, never searched as text; the result is kept
    in the cache under the file's content (:func:`_cached_table`), so a run whose configuration
    files did not change neither imports nor runs the TOML parser."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    key = _table_key(path, raw)
    found, table = _cached_table(key)
    if found:
        return table
    import tomllib  # pure Python: importing it and parsing a pyproject.toml cost ~5 ms (#14)

    try:
        data = tomllib.loads(raw.decode())  # what tomllib.load does with the bytes
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML: the file is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("msglint") if isinstance(tool, dict) else None
        if table is None:
            _store_table(key, None)
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.msglint] must be a table")
        _store_table(key, table)
        return table
    _store_table(key, data)
    return data


def _table_key(path: Path, raw: bytes) -> str:
    """The cache entry of a config file's content: its bytes (not its size and modification
    time, which an editor's quick second save can leave unchanged), whether it is a
    pyproject.toml (only its [tool.msglint] is kept), and msglint's version."""
    import hashlib

    from msglint.core.version import __version__

    kind = "pyproject" if path.name == "pyproject.toml" else "msglint"
    return hashlib.sha256(f"config|{__version__}|{kind}|".encode() + raw).hexdigest()


def _cached_table(key: str) -> tuple[bool, dict[str, Any] | None]:
    """(True, table) from the cache, or (False, None) when there is no entry or it does not
    verify (size and SHA-256 header, then strict JSON: ``{"table": object or null}``); the
    file is then parsed again and the entry rewritten."""
    import json

    from msglint.core.diskcache import cache_root, read_verified

    blob = read_verified(cache_root() / "config" / f"{key}.json")
    if blob is None:
        return False, None
    try:
        data = json.loads(blob)
    except ValueError:
        return False, None
    if not isinstance(data, dict) or set(data) != {"table"}:
        return False, None
    table = data["table"]
    if table is not None and not isinstance(table, dict):
        return False, None
    return True, table


def _json_exact(value: Any) -> bool:
    """A TOML value that JSON gives back unchanged: no date or time (JSON has none)."""
    if isinstance(value, dict):
        return all(_json_exact(v) for v in value.values())
    if isinstance(value, list):
        return all(_json_exact(v) for v in value)
    return isinstance(value, (str, int, float, bool))


def _store_table(key: str, table: dict[str, Any] | None) -> None:
    """Keep a parsed table for the next run, unless it holds a date or time (it would come
    back as a string, and the check of its key would differ): such a file is always parsed."""
    if table is not None and not _json_exact(table):
        return
    import json

    from msglint.core.diskcache import cache_root, prune_once, write_verified

    folder = cache_root() / "config"
    payload = json.dumps({"table": table}, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if write_verified(folder / f"{key}.json", payload):
        prune_once(folder)


def load_file(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """Read one config file (following ``extend``)."""
    resolved = path.resolve()
    if resolved in _seen:
        chain = " -> ".join(str(p) for p in (*_seen, resolved))
        raise ConfigError(f"{path}: 'extend' makes a cycle: {chain}")
    data = read_table(path)
    if data is None:
        data = {}
    base: Config | None = None
    parent = data.get("extend")
    if parent is not None:
        if not isinstance(parent, str) or not parent.strip():
            raise ConfigError(f"{path}: key 'extend' must be the path of a configuration file")
        target = (resolved.parent / Path(parent).expanduser()).resolve()
        if not target.is_file():
            raise ConfigError(f"{path}: key 'extend': no configuration file at {target}")
        base = load_file(target, (*_seen, resolved))
    return from_mapping(data, str(path), str(resolved.parent), base)


def find_in(folder: Path) -> tuple[Path | None, list[Path]]:
    """The configuration of ``folder`` itself (msglint.toml before pyproject.toml with
    [tool.msglint]) and the other candidates there that it shadows."""
    found: list[Path] = []
    for name in CONFIG_NAMES:
        cand = folder / name
        if not cand.is_file():
            continue
        if name == "pyproject.toml" and read_table(cand) is None:
            continue
        found.append(cand)
    return (found[0] if found else None), found[1:]


def discover(start: Path) -> Path | None:
    """The nearest configuration from ``start`` upwards (see :func:`find_in`)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        found, _ = find_in(folder)
        if found is not None:
            return found
    return None


def load(explicit: str | None = None, cwd: Path | None = None) -> Config:
    if explicit:
        p = Path(explicit)
        if not p.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        return load_file(p)
    found = discover(cwd or Path.cwd())
    return load_file(found) if found else Config()


class Resolver:
    """The configuration of each file: the closest one (hierarchical), or ``--config`` for all.

    ``overrides`` (command-line options) apply on top of every configuration. Folders are looked
    up once; ``shadowed`` collects config files hidden by another in the same folder (msglint.toml
    over pyproject.toml) so that the CLI can say so."""

    def __init__(self, explicit: str | None = None, cwd: Path | None = None, **overrides: Any) -> None:
        self.cwd = (cwd or Path.cwd()).resolve()
        self.overrides = {k: v for k, v in overrides.items() if v is not None}
        self.explicit: Config | None = None
        self._by_folder: dict[Path, Config | None] = {}
        self._by_file: dict[Path, Config] = {}
        self.shadowed: list[tuple[Path, Path]] = []
        if explicit:
            self.explicit = self._finish(load(explicit))
        fallback = discover(self.cwd)
        self.default = self._finish(self._file_config(fallback) if fallback else Config())

    def _finish(self, cfg: Config) -> Config:
        return cfg.with_overrides("command line", **self.overrides) if self.overrides else cfg

    def _file_config(self, path: Path) -> Config:
        key = path.resolve()
        cfg = self._by_file.get(key)
        if cfg is None:
            cfg = self._by_file[key] = load_file(path)
        return cfg

    def _folder(self, folder: Path) -> Config | None:
        if folder in self._by_folder:
            return self._by_folder[folder]
        found, shadowed = find_in(folder)
        for other in shadowed:
            self.shadowed.append((found, other))  # type: ignore[arg-type]
        cfg = self._finish(self._file_config(found)) if found is not None else None
        if cfg is None and folder.parent != folder:
            cfg = self._folder(folder.parent)
        self._by_folder[folder] = cfg
        return cfg

    def config_for(self, path: str | Path) -> Config:
        """The configuration that applies to ``path`` (a file, or a folder for its contents)."""
        if self.explicit is not None:
            return self.explicit
        p = Path(path)
        if str(path) == "-":
            return self.default
        p = (self.cwd / p) if not p.is_absolute() else p
        folder = p if p.is_dir() else p.parent
        try:
            folder = folder.resolve()
        except OSError:
            return self.default
        return self._folder(folder) or self.default


def show_settings(cfg: Config) -> str:
    """``--show-settings``: every key's resolved value and where it came from."""
    origins = dict(cfg.origins)
    lines = [f"# configuration file: {cfg.source or '(none: defaults)'}"]
    for f in fields(Config):
        if f.name in ("root", "source", "origins"):
            continue
        key = f.name.replace("_", "-")
        value = getattr(cfg, f.name)
        if value is None:
            lines.append(f"# {key} is not set  ({origins.get(key, 'default')})")
        else:
            lines.append(f"{key} = {_toml(value)}  # {origins.get(key, 'default')}")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        items = (f"{json.dumps(k)} = {json.dumps(v if isinstance(v, str) else list(v))}" for k, v in value)
        return "{ " + ", ".join(items) + " }"
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


__all__ = [
    "CONFIG_NAMES",
    "Config",
    "ConfigError",
    "DEFAULT_EXCLUDE",
    "KNOWN_KEYS",
    "Resolver",
    "discover",
    "find_in",
    "from_mapping",
    "load",
    "load_file",
    "read_table",
    "show_settings",
]
