"""The rule runner: select rules, parse a file once, run the bound checks, sort the results.

The engine holds no policy. Which rules exist, what they say and which data they use comes
from the packs (``msglint.packs``); what each check does lives in ``msglint.checks``.
"""

from __future__ import annotations

import fnmatch
import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from msglint.config import Config, ConfigError
from msglint.diagnostics import Diagnostic, Finding, Fix
from msglint.document import Document, parse
from msglint.packs import RuleMeta, load_rules, marketplaces

CheckFn = Callable[[Document, "Context"], Iterable[Finding]]

#: File types linted when a folder is given (explicit files are linted whatever their name).
DEFAULT_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".txt", ".text", ".j2", ".jinja", ".jinja2", ".liquid", ".hbs",
     ".mustache", ".tpl", ".twig", ".eml"}
)
SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".ruff_cache",
     ".pytest_cache"}
)

INPUT_RULE = "MSG001"


def resolve_selectors(tokens: Iterable[str], rules: dict[str, RuleMeta], what: str) -> set[str]:
    """Codes named by ``tokens``: a code, a slug, or a code prefix (``MSG2``, ``MSG``)."""
    by_slug = {r.slug: r.code for r in rules.values()}
    out: set[str] = set()
    for raw in tokens:
        tok = raw.strip()
        if not tok:
            continue
        up = tok.upper()
        if up in rules:
            out.add(up)
        elif tok.lower() in by_slug:
            out.add(by_slug[tok.lower()])
        elif up.startswith("MSG") and (matched := [c for c in rules if c.startswith(up)]):
            out.update(matched)
        elif up == "ALL":
            out.update(rules)
        else:
            raise ConfigError(f"{what}: unknown rule {tok!r} (see 'msglint rules')")
    return out


@dataclass
class Context:
    """What a check may read besides the document: its rule, its data, the configuration."""

    rule: RuleMeta
    config: Config
    cache: dict[str, Any]  # shared by all rules for one document (e.g. detected language)
    #: notes for the user about the whole run (e.g. "MSG404 is off"), keyed to print each once
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        return self.rule.data

    @property
    def marketplace(self) -> str | None:
        return self.cache.get("marketplace")

    @property
    def languages(self) -> tuple[str, ...]:
        """The buyer's languages, or () when nothing says (then wording rules detect)."""
        langs: tuple[str, ...] = self.cache.get("languages", ())
        return langs


def _buyer_languages(doc: Document, config: Config) -> tuple[str | None, tuple[str, ...]]:
    fm = doc.front_matter
    fm_lang = fm.get("language") if fm else None
    fm_mp = fm.get("marketplace") if fm else None
    mp = (fm_mp if isinstance(fm_mp, str) else None) or doc.meta.get("marketplace") or config.marketplace
    if config.language:
        return mp, (config.language.lower(),)
    if isinstance(fm_lang, str) and fm_lang:
        return mp, (fm_lang.lower(),)
    if mp:
        info = marketplaces().get(mp.lower())
        if info:
            return mp.lower(), tuple(info.get("languages", ()))
    return mp, ()


@dataclass
class Linter:
    """Lints sources with one configuration. Cheap to build; checks are imported lazily."""

    config: Config = field(default_factory=Config)
    rules: dict[str, RuleMeta] = field(default_factory=load_rules)

    def __post_init__(self) -> None:
        cfg = self.config
        every = {c for c, r in self.rules.items() if not r.deprecated}
        selected = resolve_selectors(cfg.select, self.rules, "select") if cfg.select is not None else every
        selected |= resolve_selectors(cfg.extend_select, self.rules, "extend-select")
        selected -= resolve_selectors(cfg.ignore, self.rules, "ignore")
        self.severity: dict[str, str] = {c: r.severity for c, r in self.rules.items()}
        for token, level in cfg.severity:
            for code in resolve_selectors([token], self.rules, "severity"):
                if level == "off":
                    selected.discard(code)
                else:
                    self.severity[code] = level
        self.selected = frozenset(selected)
        self.per_file: list[tuple[str, frozenset[str]]] = [
            (glob, frozenset(resolve_selectors(codes, self.rules, f"per-file-ignores {glob!r}")))
            for glob, codes in cfg.per_file_ignores
        ]
        self._checks: dict[str, CheckFn] = {}
        #: run-wide notes from checks, printed once on stderr by the CLI (key -> text)
        self.notes: dict[str, str] = {}
        self._placeholder_re: re.Pattern[str] | None = None
        if cfg.placeholders or not cfg.single_brace_placeholders:
            from msglint.placeholders import compile_placeholders

            self._placeholder_re = compile_placeholders(cfg.placeholders, cfg.single_brace_placeholders)

    # ---- binding ---------------------------------------------------------------------------
    def check_for(self, code: str) -> CheckFn:
        fn = self._checks.get(code)
        if fn is None:
            module, _, name = self.rules[code].check.partition(":")
            mod = importlib.import_module(f"msglint.checks.{module}")
            fn = getattr(mod, name)
            self._checks[code] = fn
        return fn

    def active_codes(self, path: str) -> frozenset[str]:
        if not self.per_file:
            return self.selected
        rel = self._relative(path)
        drop: set[str] = set()
        for glob, codes in self.per_file:
            if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(os.path.basename(rel), glob):
                drop |= codes
        return self.selected - drop

    def _relative(self, path: str) -> str:
        root = self.config.root
        if root:
            try:
                return Path(path).resolve().relative_to(root).as_posix()
            except ValueError:
                pass
        return Path(path).as_posix()

    # ---- linting ---------------------------------------------------------------------------
    def parse(self, source: str, path: str) -> Document:
        return parse(source, path, placeholder_re=self._placeholder_re)

    def lint_source(self, source: str, path: str = "<string>") -> list[Diagnostic]:
        return self.lint_document(self.parse(source, path))

    def lint_document(self, doc: Document) -> list[Diagnostic]:
        codes = self.active_codes(doc.path)
        marketplace, langs = _buyer_languages(doc, self.config)
        cache: dict[str, Any] = {"marketplace": marketplace, "languages": langs}
        diags: list[Diagnostic] = []
        for code in sorted(codes):
            if code == INPUT_RULE:
                continue
            rule = self.rules[code]
            ctx = Context(rule, self.config, cache, self.notes)
            for f in self.check_for(code)(doc, ctx):
                diags.append(self._diagnostic(doc, rule, f))
        if "msglint" in doc.source:  # inline suppressions (msglint/suppress.py), after the checks
            from msglint.suppress import apply as apply_suppressions

            diags = apply_suppressions(self, doc, codes, diags)
        diags.sort(key=Diagnostic.sort_key)
        return diags

    def _diagnostic(self, doc: Document, rule: RuleMeta, f: Finding) -> Diagnostic:
        line, col = doc.position(f.start)
        end_line, end_col = doc.position(max(f.end, f.start))
        fix = f.fix
        if fix is not None:
            fix = Fix(
                fix.message,
                tuple(
                    replace(e, location=(*doc.position(e.start), *doc.position(e.end)))
                    for e in fix.edits
                ),
            )
        return Diagnostic(
            path=doc.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            code=rule.code,
            rule=rule.slug,
            severity=self.severity[rule.code],
            message=f.message,
            fix=fix,
            start=f.start,
            end=f.end,
            source_line=doc.line_text(line),
        )

    def input_error(self, path: str, message: str) -> list[Diagnostic]:
        """MSG001 for a file that cannot be read as text, if the rule is active."""
        if INPUT_RULE not in self.active_codes(path):
            return []
        rule = self.rules[INPUT_RULE]
        return [Diagnostic(path, 1, 1, 1, 1, rule.code, rule.slug, self.severity[rule.code], message)]

    def lint_bytes(self, data: bytes, path: str) -> list[Diagnostic]:
        from msglint.decode import DecodeError, decode_bytes

        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            return self.input_error(path, f"cannot read {os.path.basename(path) or path}: {exc}")
        return self.lint_source(decoded.text, path)

    def lint_file(self, path: str) -> list[Diagnostic]:
        """Lint one file. OSErrors propagate: the caller decides (the CLI exits 2)."""
        with open(path, "rb") as fh:
            data = fh.read()
        return self.lint_bytes(data, path)


def iter_files(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[str]:
    """Expand folders into the message files below them, in a stable order."""
    excl = tuple(exclude)
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() not in DEFAULT_SUFFIXES:
                        continue
                    full = os.path.join(root, name)
                    if excl and any(fnmatch.fnmatch(full, g) or fnmatch.fnmatch(name, g) for g in excl):
                        continue
                    yield full
        else:
            yield p
