"""User packs: a seller's own phrases, words, allowed hosts and phrase rules, Vale-style.

``packs = ["./house-rules"]`` in the configuration names folders (or single ``.toml`` files)
in the format of msglint's own ``rules/``:

* a ``*.toml`` file at the top of the folder may hold ``[[rule]]`` entries (new phrase rules:
  ``code`` with the user's own prefix, never ``MSG``; ``slug``, ``severity``, ``summary``,
  ``message``, ``bad``, ``good`` and ``[rule.phrases.<lang>]`` sections), ``words`` (added to
  the spelling word list) and ``allowed-domains`` (hosts links may point to);
* ``lang/<lang>.toml`` adds phrase sections: ``[MSG601] match = [...]`` extends msglint's
  section, ``[ACME001]`` gives a user rule phrases in that language.

Everything is validated when the configuration is loaded; an error is a ConfigError (exit 2)
that names the file, the line and the key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from msglint.core.config import ConfigError
from msglint.core.packs import (
    SEVERITIES,
    PackError,
    Packs,
    RuleMeta,
    UserPacks,
    packs_dir,
    parsed_file,
    rule_meta,
    shipped_rules,
)

#: The check every user rule runs (``msglint/checks/phrase_rule.py``): its phrases, its message.
PHRASE_RULE_CHECK = "phrase_rule:phrase_rule"
#: Keys of a phrase section (``rules/lang/README.md``).
SECTION_KEYS = ("match", "exclude", "unless", "require")

_CODE = re.compile(r"[A-Z][A-Z0-9]{0,11}\d{3}")
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_LANG = re.compile(r"[a-z]{2,3}")
_TOP_KEYS = ("family", "rule", "words", "allowed-domains")
_RULE_REQUIRED = ("code", "slug", "severity", "summary", "message", "bad", "good", "phrases")
_RULE_OPTIONAL = ("guideline", "source", "source-url", "checked", "flags", "ignores", "example-name", "example-config")


class _File:
    """A user pack file: its data and its lines, to say where a key is."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path = path
        self.shown = shown
        import tomllib  # here: a run without user packs does not import the TOML parser (#14)

        try:
            self.data = parsed_file(path)
            self.lines = path.read_text(encoding="utf-8").splitlines()
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{shown}: invalid TOML: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{shown}: cannot read pack file: {exc}") from None
        self.rule_starts = [i for i, ln in enumerate(self.lines) if ln.strip().startswith("[[rule]]")]

    def line(self, key: str, start: int = 0, header: str | None = None) -> int:
        """1-based line of ``key = ...`` (after table ``header`` if given) from line ``start``."""
        i = start
        if header is not None:
            for j in range(start, len(self.lines)):
                if self.lines[j].strip().replace(" ", "").startswith(header):
                    i = j
                    break
        pattern = re.compile(rf'\s*"?{re.escape(key)}"?\s*=')
        for j in range(i, len(self.lines)):
            if pattern.match(self.lines[j]):
                return j + 1
        return i + 1

    def header_line(self, header: str) -> int:
        """1-based line of table ``header`` (``[MSG601]``), 1 if not found."""
        for j, ln in enumerate(self.lines):
            if ln.strip().replace(" ", "").startswith(header):
                return j + 1
        return 1

    def error(self, line: int, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.shown}:{line}: key {key!r}: {problem}")

    def value_line(self, value: str, start: int, fallback: int) -> int:
        """Line where string ``value`` (a pattern) is written, from ``start``; else ``fallback``."""
        escaped = value.replace("\\", "\\\\")
        for j in range(max(start - 1, 0), len(self.lines)):
            if value in self.lines[j] or escaped in self.lines[j]:
                return j + 1
        return fallback


def _files_of(entry: str, base: Path) -> tuple[list[Path], list[Path]]:
    """(top-level pack files, lang files) of a pack folder or file."""
    path = (base / entry).resolve() if not Path(entry).is_absolute() else Path(entry)
    if path.is_file() and path.suffix == ".toml":
        return ([], [path]) if path.parent.name == "lang" else ([path], [])
    if path.is_dir():
        return sorted(path.glob("*.toml")), sorted((path / "lang").glob("*.toml"))
    raise ConfigError(f"key 'packs': pack {entry!r} not found (no folder or .toml file {path})")


def load_packs(paths: Sequence[str] = (), base: str | Path | None = None, root: Path | None = None) -> Packs:
    """The packs of a configuration: msglint's own plus the user packs ``paths`` (folders or
    ``.toml`` files, relative to ``base``, the configuration file's folder). A bad user pack
    raises ConfigError naming file, line and key."""
    if not paths:
        return Packs.shipped(root)
    rules = shipped_rules(root)
    user = load_user_packs(paths, Path(base) if base else Path.cwd(), rules, root or packs_dir())
    return Packs({**rules, **user.rules}, root, user)


def load_user_packs(entries: Any, base: Path, shipped: dict[str, RuleMeta], root: Path) -> UserPacks:
    """Read and validate the user packs ``entries`` (relative to ``base``)."""
    out = UserPacks()
    tops: list[_File] = []
    langs: list[_File] = []
    for entry in entries:
        top, lang = _files_of(entry, base)
        tops += [_File(p, _shown(p, base)) for p in top]
        langs += [_File(p, _shown(p, base)) for p in lang]
    out.sources = tuple(f.shown for f in (*tops, *langs))
    taken_slugs = {r.slug: r.code for r in shipped.values()}
    for f in tops:
        _read_top(f, out, shipped, taken_slugs)
    known_sections = {name for p in (root / "lang").glob("*.toml") for name in parsed_file(p) if name != "language"}
    known_sections |= set(out.rules)
    for f in langs:
        _read_lang(f, out, known_sections)
    return out


def _shown(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def _strings(f: _File, value: Any, key: str, line: int) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise f.error(line, key, "must be a list of strings")
    return value


def _read_top(f: _File, out: UserPacks, shipped: dict[str, RuleMeta], taken_slugs: dict[str, str]) -> None:
    for key, value in f.data.items():
        if key not in _TOP_KEYS:
            raise f.error(
                f.line(key),
                key,
                f"unknown key (a pack file has {', '.join(_TOP_KEYS)}; phrases go in lang/<lang>.toml)",
            )
        if key == "words":
            out.words += tuple(_strings(f, value, key, f.line(key)))
        elif key == "allowed-domains":
            out.allowed_domains += tuple(_strings(f, value, key, f.line(key)))
    family = f.data.get("family", {})
    if not isinstance(family, dict):
        raise f.error(f.line("family"), "family", "must be a table (name, prefix)")
    for key in family:
        if key not in ("name", "prefix"):
            where = f.line(key, f.header_line("[family]") - 1)
            raise f.error(
                where,
                f"family.{key}",
                "unknown key ([family] has name and prefix; put words and allowed-domains above it)",
            )
    rules = f.data.get("rule", [])
    if not isinstance(rules, list):
        raise f.error(f.line("rule"), "rule", "must be [[rule]] tables")
    for n, raw in enumerate(rules):
        start = f.rule_starts[n] if n < len(f.rule_starts) else 0
        meta = _read_rule(f, raw, start, family, shipped, out)
        if meta.slug in taken_slugs:
            raise f.error(
                f.line("slug", start), "slug", f"{meta.slug!r} is already the slug of {taken_slugs[meta.slug]}"
            )
        taken_slugs[meta.slug] = meta.code
        out.rules[meta.code] = meta


def _read_rule(
    f: _File, raw: Any, start: int, family: dict[str, Any], shipped: dict[str, RuleMeta], out: UserPacks
) -> RuleMeta:
    if not isinstance(raw, dict):
        raise f.error(start + 1, "rule", "must be a table")
    for key in raw:
        if key not in _RULE_REQUIRED and key not in _RULE_OPTIONAL:
            known = ", ".join((*_RULE_REQUIRED, *_RULE_OPTIONAL))
            raise f.error(f.line(key, start), key, f"unknown key in a [[rule]] (known: {known})")
    missing = [k for k in _RULE_REQUIRED if k not in raw]
    if missing:
        raise f.error(
            start + 1, missing[0], f"a user rule needs {', '.join(_RULE_REQUIRED)}; this one lacks {', '.join(missing)}"
        )
    for key in ("code", "slug", "severity", "summary", "message", "bad", "good"):
        if not isinstance(raw[key], str):
            raise f.error(f.line(key, start), key, "must be a string")
    code = raw["code"]
    line = f.line("code", start)
    if code.upper().startswith("MSG"):
        raise f.error(line, "code", f"{code!r}: MSG codes are msglint's own; give your rules your own prefix (ACME001)")
    if not _CODE.fullmatch(code):
        raise f.error(line, "code", f"{code!r} is not a rule code: capital letters then three digits (ACME001)")
    if code in shipped or code in out.rules:
        raise f.error(line, "code", f"{code!r} is defined twice")
    if not _SLUG.fullmatch(raw["slug"]):
        raise f.error(f.line("slug", start), "slug", f"{raw['slug']!r} must be lower-case words joined by '-'")
    if raw["severity"] not in SEVERITIES:
        raise f.error(
            f.line("severity", start), "severity", f"{raw['severity']!r} must be one of {', '.join(SEVERITIES)}"
        )
    try:
        raw["message"].format(phrase="x", where="")
    except (KeyError, IndexError, ValueError) as exc:
        raise f.error(
            f.line("message", start), "message", f"only {{phrase}} and {{where}} may be filled in ({exc})"
        ) from None
    phrases = raw["phrases"]
    if not isinstance(phrases, dict) or not phrases:
        raise f.error(f.line("phrases", start), "phrases", "must be a table of [rule.phrases.<lang>] sections")
    for lang, section in phrases.items():
        header = f"[rule.phrases.{lang}]"
        _section(f, lang, code, section, f"phrases.{lang}", f.line("phrases", start), header, start, out)
    merged = {k: v for k, v in raw.items() if k != "phrases" and k != "message"}
    merged["check"] = PHRASE_RULE_CHECK
    merged.setdefault("guideline", raw["summary"])
    merged.setdefault("source", f"user pack {f.shown}")
    merged["data"] = {"message": raw["message"]}
    fam = {"prefix": family.get("prefix", re.sub(r"\d+$", "", code)), "name": family.get("name", "")}
    try:
        return rule_meta(merged, fam, f.shown)
    except PackError as exc:
        raise ConfigError(f"{f.shown}:{start + 1}: {exc}") from None


def _section(
    f: _File,
    lang: str,
    name: str,
    section: Any,
    key: str,
    line: int,
    header: str | None,
    start: int,
    out: UserPacks,
) -> None:
    """Validate one phrase section and record it as an addition to ``lang/<lang>``."""
    if not _LANG.fullmatch(lang):
        raise f.error(line, key, f"{lang!r} is not a language code (en, de, fr...)")
    if not isinstance(section, dict):
        raise f.error(line, key, "must be a table of match/exclude/unless/require lists")
    at = f.line("match", start, header) if header else line
    for sub, patterns in section.items():
        sub_line = f.line(sub, start, header) if header else line
        if sub not in SECTION_KEYS:
            raise f.error(sub_line, f"{key}.{sub}", f"unknown key (a phrase section has {', '.join(SECTION_KEYS)})")
        for p in _strings(f, patterns, f"{key}.{sub}", sub_line):
            at_line = f.value_line(p, sub_line, sub_line)
            out.patterns.append((lang, name, sub, p, f"{f.shown}:{at_line}: key '{key}.{sub}'"))
    if not section.get("match"):
        raise f.error(at, f"{key}.match", "a phrase section needs match = [patterns]")
    out.files.setdefault(f"lang/{lang}", []).append({name: section})


def _read_lang(f: _File, out: UserPacks, known: set[str]) -> None:
    lang = f.path.stem
    for name, section in f.data.items():
        if name == "language":
            if section != lang:
                raise f.error(f.line(name), name, f"{section!r} does not match the file name ({lang}.toml)")
            continue
        header = f"[{name}]"
        line = f.line(name) if not isinstance(section, dict) else f.header_line(header)
        if name not in known:
            raise f.error(
                line, name, "unknown phrase section: a section of msglint's rules/lang files or a user rule code"
            )
        if not isinstance(section, dict):
            raise f.error(line, name, "must be a table [SECTION] of match/exclude/unless/require")
        for sub, patterns in section.items():
            sub_line = f.line(sub, 0, header)
            if sub not in SECTION_KEYS:
                raise f.error(
                    sub_line, f"{name}.{sub}", f"unknown key (a phrase section has {', '.join(SECTION_KEYS)})"
                )
            for p in _strings(f, patterns, f"{name}.{sub}", sub_line):
                at_line = f.value_line(p, sub_line, sub_line)
                out.patterns.append((lang, name, sub, p, f"{f.shown}:{at_line}: key '{name}.{sub}'"))
        out.files.setdefault(f"lang/{lang}", []).append({name: section})


__all__ = ["PHRASE_RULE_CHECK", "SECTION_KEYS", "load_packs", "load_user_packs"]
