"""Rule packs: the knowledge of msglint, kept as data in ``rules/``.

A pack file (``rules/msg*.toml``) describes a family of rules: code, slug, severity, summary,
the guideline it enforces (quoted, with its source and the date the quote was checked), a bad
and a good example, and the rule's own data (domain lists, thresholds). Per-language phrase
lists live in ``rules/lang/<lang>.toml`` and marketplaces in ``rules/marketplaces.toml``,
so adding a phrase, a language or a marketplace touches no code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

SEVERITIES = ("error", "warning")


class PackError(Exception):
    """A rule pack is malformed (a bug in ``rules/``, not in the user's input)."""


OPTION_TYPES = ("int", "float", "bool", "str", "list[str]")


@dataclass(frozen=True)
class Option:
    """A rule option, declared in the pack: ``name = {type = "int", default = 2, min = 1, doc = "..."}``.

    ``type`` is one of :data:`OPTION_TYPES`; ``min``/``max`` bound a number, ``choices`` lists
    the allowed values of a ``str`` (or of each item of a ``list[str]``)."""

    name: str
    type: str
    default: Any
    doc: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None

    def check(self, value: Any) -> str | None:
        """Why ``value`` is not valid for this option, or None."""
        t = self.type
        if t == "bool":
            ok = isinstance(value, bool)
        elif t == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif t == "float":
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif t == "str":
            ok = isinstance(value, str)
        else:
            ok = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        if not ok:
            kind = {"int": "an integer", "float": "a number", "bool": "true or false", "str": "a string"}
            return f"must be {kind.get(t, 'a list of strings')}"
        if t in ("int", "float"):
            if self.min is not None and value < self.min:
                return f"must be at least {_num(self.min)}"
            if self.max is not None and value > self.max:
                return f"must be at most {_num(self.max)}"
        if self.choices is not None:
            items = value if isinstance(value, (list, tuple)) else [value]
            bad = [v for v in items if v not in self.choices]
            if bad:
                return f"{bad[0]!r} is not one of {', '.join(map(repr, self.choices))}"
        return None

    def describe(self) -> str:
        """``max-line-breaks (int >= 1, default 2)``: for messages and docs."""
        bounds = ""
        if self.min is not None and self.max is not None:
            bounds = f" {_num(self.min)}..{_num(self.max)}"
        elif self.min is not None:
            bounds = f" >= {_num(self.min)}"
        elif self.max is not None:
            bounds = f" <= {_num(self.max)}"
        return f"{self.name} ({self.type}{bounds}, default {self.default!r})"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_OPTION_KEYS = {"type", "default", "doc", "min", "max", "choices"}


def parse_options(raw: Any, where: str) -> dict[str, Option]:
    """The ``[rule.options]`` table of a pack entry, validated (``where`` names it in errors)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise PackError(f"{where}: options must be a table of name = {{type, default}}")
    out: dict[str, Option] = {}
    for name, spec in raw.items():
        at = f"{where}: option {name!r}"
        if not isinstance(spec, dict):
            raise PackError(f"{at} must be a table {{type = ..., default = ...}}")
        unknown = set(spec) - _OPTION_KEYS
        if unknown:
            raise PackError(f"{at} has unknown keys {sorted(unknown)} (known: {', '.join(sorted(_OPTION_KEYS))})")
        if spec.get("type") not in OPTION_TYPES:
            raise PackError(f"{at}: type must be one of {', '.join(OPTION_TYPES)}, not {spec.get('type')!r}")
        if "default" not in spec:
            raise PackError(f"{at} lacks a default")
        for key in ("min", "max"):
            if key in spec and (not isinstance(spec[key], (int, float)) or isinstance(spec[key], bool)):
                raise PackError(f"{at}: {key} must be a number")
        choices = spec.get("choices")
        if choices is not None and (not isinstance(choices, list) or not all(isinstance(c, str) for c in choices)):
            raise PackError(f"{at}: choices must be a list of strings")
        opt = Option(
            name=name,
            type=spec["type"],
            default=spec["default"],
            doc=str(spec.get("doc", "")).strip(),
            min=spec.get("min"),
            max=spec.get("max"),
            choices=tuple(choices) if choices is not None else None,
        )
        problem = opt.check(opt.default)
        if problem:
            raise PackError(f"{at}: default {opt.default!r} {problem}")
        out[name] = opt
    return out


@dataclass(frozen=True)
class RuleMeta:
    """A rule as its pack declares it (``[[rule]]``), with the check it is bound to."""

    code: str
    slug: str
    family: str
    family_name: str
    severity: str
    summary: str
    check: str  # "package.module:function" below msglint.checks (derived from code and slug)
    guideline: str
    source: str
    source_url: str
    checked: str
    flags: str
    ignores: str
    bad: str
    good: str
    example_name: str  # file name the examples are linted as (picks html/text/eml)
    example_config: dict[str, Any]
    fixable: bool
    deprecated: bool
    #: the rule's data: its ``[rule.data]`` table plus the default of every option
    data: dict[str, Any] = field(default_factory=dict)
    #: the options a user may set (``[tool.msglint.rules.CODE]``), declared in ``[rule.options]``
    options: dict[str, Option] = field(default_factory=dict)
    #: "document" (run on each file) or "project" (run once over every file's summary, engine.py)
    scope: str = "document"
    #: one line telling the seller what to do (``how-to-fix`` in the pack)
    how_to_fix: str = ""


_PACKS_DIR: list[Path] = []


def packs_dir() -> Path:
    """The shipped packs' folder (where it is, not what is in it: found once per process)."""
    if not _PACKS_DIR:
        here = Path(__file__).resolve().parent.parent  # the msglint package
        shipped = here / "_packs"
        _PACKS_DIR.append(shipped if shipped.is_dir() else here.parent / "rules")  # else a checkout
    return _PACKS_DIR[0]


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse a pack file, through a JSON cache keyed on its path, size and mtime.

    tomllib is pure Python: parsing the shipped packs and data files (29 files, 0.5 MB) costs
    about 90 ms of CPU, which every CLI start would pay (a pre-commit hook starts often);
    reading and verifying their cached JSON costs about 13 ms (2-core development machine,
    December 2026: rules 30 -> 8 ms, data files 62 -> 5 ms). JSON, not pickle: loading a cache
    file must never be able to run code. TOML dates become ISO strings on both paths, so a
    cached and a fresh read give the same data. Any problem with the cache falls back to parsing.
    """
    import json

    from msglint.core.diskcache import cache_root, read_verified, write_verified

    cached: Path | None = None
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is not None:
        import hashlib

        key = hashlib.sha1(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
        cached = cache_root() / "packs" / f"{key}.json"
        blob = read_verified(cached)  # None when missing, damaged or foreign: parsed again, rewritten
        if blob is not None:
            try:
                data = json.loads(blob)
                if isinstance(data, dict):
                    return data
            except ValueError:
                pass
    import tomllib  # only on a cache miss: the import alone costs ~4 ms (#14)

    with path.open("rb") as fh:
        text = json.dumps(tomllib.load(fh), default=str, ensure_ascii=False)
    if cached is not None and write_verified(cached, text.encode("utf-8")):
        from msglint.core.diskcache import prune_once

        prune_once(cached.parent)  # old versions' entries (and anchor folders) would stay for good
    result: dict[str, Any] = json.loads(text)
    return result


_REQUIRED = ("code", "slug", "severity", "summary", "guideline", "source", "checked", "bad", "good")

#: The package of each rule family below ``msglint.checks`` (one module per rule, named by its slug).
FAMILY_PACKAGES = {
    "MSG0": "msg0_input",
    "MSG1": "msg1_media",
    "MSG2": "msg2_links",
    "MSG3": "msg3_layout",
    "MSG4": "msg4_language",
    "MSG5": "msg5_review",
    "MSG6": "msg6_purpose",
    "MSG7": "msg7_metadata",
}


def check_path(code: str, slug: str) -> str:
    """Where a rule's check lives: ``msg1_media.emoji:emoji`` for MSG101 ``emoji``.

    The convention is the link from a pack entry to its code (tests/test_conventions.py)."""
    name = slug.replace("-", "_")
    return f"{FAMILY_PACKAGES.get(code[:4], code[:4].lower())}.{name}:{name}"


def rule_meta(raw: dict[str, Any], fam: dict[str, Any], file: str) -> RuleMeta:
    """One ``[[rule]]`` entry of a pack file as a RuleMeta (``file`` names it in errors)."""
    code = raw["code"]
    if raw["severity"] not in SEVERITIES:
        raise PackError(f"{file}: {code} has severity {raw['severity']!r}")
    where = f"{file}: {code}"
    options = parse_options(raw.get("options"), where)
    data = dict(raw.get("data", {}))
    clash = sorted(set(options) & set(data))
    if clash:
        raise PackError(f"{where}: {', '.join(clash)} is both an option and data")
    data.update({name: opt.default for name, opt in options.items()})
    meta = RuleMeta(
        code=code,
        slug=raw["slug"],
        family=fam.get("prefix", code[:4]),
        family_name=fam.get("name", ""),
        severity=raw["severity"],
        summary=raw["summary"].strip(),
        check=raw.get("check") or check_path(code, raw["slug"]),
        guideline=raw.get("guideline", "").strip(),
        source=raw.get("source", "").strip(),
        source_url=raw.get("source-url", ""),
        checked=str(raw.get("checked", "")),
        flags=raw.get("flags", raw["summary"]).strip(),
        ignores=raw.get("ignores", "").strip(),
        bad=raw["bad"],
        good=raw["good"],
        example_name=raw.get("example-name", "example.html"),
        example_config=raw.get("example-config", {}),
        fixable=bool(raw.get("fixable", False)),
        deprecated=bool(raw.get("deprecated", False)),
        data=data,
        options=options,
        scope=raw.get("scope", "document"),
        how_to_fix=" ".join(str(raw.get("how-to-fix", "")).split()),
    )
    if meta.scope not in ("document", "project"):
        raise PackError(f"{file}: {meta.code} has scope {meta.scope!r}")
    return meta


#: The small per-path cache of parsed pack files: path -> (size, mtime_ns, parsed data). The
#: parsed dicts are shared by every Packs object and never mutated; what is composed from them
#: (rules, merged phrase files, user packs) belongs to one Packs object, one configuration.
_PARSED: dict[str, tuple[int, int, dict[str, Any]]] = {}


def parsed_file(path: Path) -> dict[str, Any]:
    """``path`` parsed (through the disk cache of :func:`_read_toml`), {} if it does not exist."""
    try:
        st = path.stat()
    except OSError:
        return {}
    key = str(path)
    hit = _PARSED.get(key)
    if hit is not None and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
        return hit[2]
    data = _read_toml(path)
    _PARSED[key] = (st.st_size, st.st_mtime_ns, data)
    return data


#: RuleMeta objects (immutable) of a pack file, by the identity of its parsed data: a new
#: configuration does not build them again while the file is unchanged.
_FILE_RULES: dict[str, tuple[dict[str, Any], list[RuleMeta]]] = {}


def _file_rules(path: Path) -> list[RuleMeta]:
    pack = parsed_file(path)
    hit = _FILE_RULES.get(str(path))
    if hit is not None and hit[0] is pack:
        return hit[1]
    fam = pack.get("family", {})
    metas: list[RuleMeta] = []
    for raw in pack.get("rule", []):
        missing = [k for k in _REQUIRED if k not in raw]
        if missing:
            raise PackError(f"{path.name}: rule {raw.get('code', '?')} lacks {', '.join(missing)}")
        metas.append(rule_meta(raw, fam, path.name))
    _FILE_RULES[str(path)] = (pack, metas)
    return metas


def shipped_rules(root: Path | None = None) -> dict[str, RuleMeta]:
    """The rules of the shipped packs (``rules/msg*.toml``), by code, in code order."""
    rules: dict[str, RuleMeta] = {}
    for path in sorted((root or packs_dir()).glob("msg*.toml")):
        for meta in _file_rules(path):
            if meta.code in rules:
                raise PackError(f"{path.name}: duplicate rule code {meta.code}")
            rules[meta.code] = meta
    return dict(sorted(rules.items()))


class Packs:
    """The knowledge one configuration lints with: the rules, the data files (phrases per
    language, marketplaces, Amazon hosts, languages...) and the user's packs merged into them.

    Built once per configuration (:meth:`load`) and handed to the ``Linter``, which gives it to
    every check as ``ctx.packs``; two configurations with different packs run side by side in
    one process. Data files are read when first asked for (a run that needs no phrase file
    reads none). ``memo`` keeps what is derived from these packs (compiled phrase sections,
    the set of Amazon hosts), so it is built once per configuration too.
    """

    def __init__(self, rules: dict[str, RuleMeta], root: Path | None = None, user: UserPacks | None = None) -> None:
        self.rules = rules
        self.root = root or packs_dir()
        self.user: UserPacks = user if user is not None else UserPacks()
        self.memo: dict[Any, Any] = {}
        self._files: dict[str, dict[str, Any]] = {}

    @classmethod
    def shipped(cls, root: Path | None = None) -> Packs:
        """msglint's own packs, nothing added (user packs: ``msglint.core.userpacks.load_packs``)."""
        return cls(shipped_rules(root), root)

    def data(self, name: str) -> dict[str, Any]:
        """Data file ``name`` (``marketplaces``, ``lang/fr``...) with the user packs' additions;
        {} if neither the shipped packs nor a user pack has it."""
        got = self._files.get(name)
        if got is None:
            got = parsed_file(self.root / f"{name}.toml")
            extra = self.user.files.get(name)
            if extra:
                got = merge_sections(got, extra)
            self._files[name] = got
        return got

    def phrase_languages(self) -> tuple[str, ...]:
        """Languages that have a phrase file (``rules/lang/<lang>.toml`` or a user pack's)."""
        langs = self.memo.get("phrase_languages")
        if langs is None:
            shipped = {p.stem for p in (self.root / "lang").glob("*.toml")}
            user = {n.partition("/")[2] for n in self.user.files if n.startswith("lang/")}
            langs = self.memo["phrase_languages"] = tuple(sorted(shipped | user))
        result: tuple[str, ...] = langs
        return result

    def marketplaces(self) -> dict[str, dict[str, Any]]:
        data: dict[str, dict[str, Any]] = self.data("marketplaces").get("marketplaces", {})
        return data

    def memoised(self, key: Any, build: Callable[[], T]) -> T:
        """``build()`` once per Packs object (what is derived from these packs)."""
        try:
            found: T = self.memo[key]
            return found
        except KeyError:
            value = self.memo[key] = build()
            return value


@dataclass
class UserPacks:
    """What the user packs add (``msglint.core.userpacks``): rules, phrase sections per data
    file, words, allowed hosts."""

    rules: dict[str, RuleMeta] = field(default_factory=dict)
    #: data file name (``lang/en``) -> the sections each pack adds to it, in order
    files: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    words: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    #: every user pattern: (language, section, key, pattern, "file:line: key 'section.key'")
    patterns: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    #: the pack files read
    sources: tuple[str, ...] = ()


def derived(packs: Packs | None, key: Any, build: Callable[[Packs | None], T]) -> T:
    """``build(packs)``, once per Packs object (kept in ``packs.memo``); without packs (a
    Context built outside the engine: the shipped packs), built on every call."""
    if packs is None:
        return build(None)
    p = packs
    return p.memoised(key, lambda: build(p))


def merge_sections(base: dict[str, Any], extra: list[dict[str, Any]]) -> dict[str, Any]:
    """A phrase file with the sections of user packs added: lists of an existing section are
    extended (``match``, ``exclude``...), new sections added."""
    merged = dict(base)
    for add in extra:
        for name, table in add.items():
            if not isinstance(table, dict):
                continue
            cur = dict(merged.get(name) or {})
            for key, values in table.items():
                cur[key] = [*cur.get(key, []), *values]
            merged[name] = cur
    return merged


# ---- shortcuts to the shipped packs (scripts, tests, docs): each call reads them afresh ------
def load_rules() -> dict[str, RuleMeta]:
    """All rules of the shipped packs, by code, in code order."""
    return shipped_rules()


def load_data(name: str) -> dict[str, Any]:
    """A data file of the shipped packs, e.g. ``marketplaces`` or ``lang/fr``; {} if absent."""
    return parsed_file(packs_dir() / f"{name}.toml")


def phrase_languages() -> tuple[str, ...]:
    """Languages that have a shipped phrase file in ``rules/lang``."""
    return tuple(sorted(p.stem for p in (packs_dir() / "lang").glob("*.toml")))


def marketplaces() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = load_data("marketplaces").get("marketplaces", {})
    return data
