"""The rule runner: select rules, parse a file once, run the bound checks, sort the results.

The engine holds no policy. Which rules exist, what they say and which data they use comes
from the packs (``msglint.core.packs``); what each check does lives in ``msglint.checks``.
"""

from __future__ import annotations

import fnmatch
import functools
import gc
import importlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from msglint.core.config import Config, ConfigError
from msglint.core.context import Context
from msglint.core.diagnostics import Diagnostic, Edit, Finding, Fix, sort_diagnostics
from msglint.core.packs import Packs, RuleMeta
from msglint.core.selectors import resolve_selectors
from msglint.core.userpacks import load_packs

if TYPE_CHECKING:
    # project rules (summaries of front matter) are imported when a document has some (#14)
    from msglint.core.project import FileSummary, ProjectFinding

    # The document model is imported when a file is parsed, not with the Linter: a run whose
    # files all come from the result cache never imports it (#14).
    from msglint.model.decode import Decoded
    from msglint.model.document import Document
    from msglint.model.placeholders import Finder

CheckFn = Callable[["Document", "Context"], Iterable[Finding]]

INPUT_RULE = "MSG001"

_F = TypeVar("_F", bound=Callable[..., Any])


def _collector_paused(fn: _F) -> _F:
    """``fn`` with Python's cyclic garbage collector paused while it runs (the outermost call
    only; a caller or a user who paused it keeps it paused).

    Linting one document builds many long-lived objects at once (an element per tag, an edit
    per break, a hit per word) and frees them all at the end by reference counting: a 600 KB
    page of 100,000 ``<br/>`` made the collector run six full collections during the lint,
    ~0.5-0.9 s of ~1.5-1.8 s CPU, that found nothing to free (#14). Over all the fixtures and
    the saved slow fuzz inputs, a lint leaves at most a few hundred objects in cycles (an
    ``.eml`` part's email objects), which the next collection after the call frees.
    """

    @functools.wraps(fn)
    def paused(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return paused  # type: ignore[return-value]


def _buyer_languages(doc: Document, config: Config, packs: Packs) -> tuple[str | None, tuple[str, ...]]:
    fm = doc.front_matter
    fm_lang = fm.get("language") if fm else None
    fm_mp = fm.get("marketplace") if fm else None
    mp = (fm_mp if isinstance(fm_mp, str) else None) or doc.meta.get("marketplace") or config.marketplace
    if config.language:
        return mp, (config.language.lower(),)
    if isinstance(fm_lang, str) and fm_lang:
        return mp, (fm_lang.lower(),)
    if mp:
        info = packs.marketplaces().get(mp.lower())
        if info:
            return mp.lower(), tuple(info.get("languages", ()))
    return mp, ()


def rule_settings(config: Config, rules: dict[str, RuleMeta]) -> dict[str, dict[str, Any]]:
    """The option values ``config`` sets, validated against each rule's declared options:
    ``{code: rule.data with the values}`` for every rule the configuration changes. Global keys
    that are options too (``max-width-px``) set that option of every rule that declares it;
    ``[rules.CODE]`` tables win over them. A wrong key or value is a ConfigError naming it."""
    where = config.source or "<config>"
    values: dict[str, dict[str, Any]] = {}
    if config.max_width_px is not None:
        for code, rule in rules.items():
            if "max-width-px" in rule.options:
                values.setdefault(code, {})["max-width-px"] = config.max_width_px
    for token, items in config.rule_options:
        codes = resolve_selectors([token], rules, f"{where}: [rules.{token}]")
        for name, value in items:
            key = f"{where}: key 'rules.{token}.{name}'"
            declaring = [c for c in sorted(codes) if name in rules[c].options]
            if not declaring:
                known = sorted({o for c in codes for o in rules[c].options})
                listed = ", ".join(known) if known else "none"
                raise ConfigError(f"{key}: {token} has no option {name!r} (its options: {listed})")
            for code in declaring:
                problem = rules[code].options[name].check(value)
                if problem:
                    raise ConfigError(f"{key} {problem} (got {value!r})")
                values.setdefault(code, {})[name] = list(value) if isinstance(value, tuple) else value
    return {code: {**rules[code].data, **vals} for code, vals in values.items()}


@dataclass
class Linter:
    """Lints sources with one configuration. Cheap to build; checks are imported lazily.

    ``packs``: the rules and data to lint with; by default the shipped packs plus the user
    packs of ``config.packs`` (``core.userpacks.load_packs``), built here, once per Linter."""

    config: Config = field(default_factory=Config)
    packs: Packs = None  # type: ignore[assignment]  # None: load_packs(config.packs)

    def __post_init__(self) -> None:
        if self.packs is None:
            self.packs = load_packs(self.config.packs, self.config.root)
        self.rules: dict[str, RuleMeta] = self.packs.rules
        user = self.packs.user
        if user.words or user.allowed_domains:  # what user packs add to the configuration's lists
            self.config = replace(
                self.config,
                words=self.config.words + user.words,
                allowed_domains=self.config.allowed_domains + user.allowed_domains,
            )
        if user.patterns:
            from msglint.text.phrases import validate_user_patterns

            validate_user_patterns(user.patterns)
        cfg = self.config
        every = {c for c, r in self.rules.items() if not r.deprecated}
        if cfg.select is not None and not cfg.select and not cfg.extend_select:
            at = f"{cfg.source}: " if cfg.source else ""
            raise ConfigError(f"{at}'select' names no rule: nothing would be checked (omit it for every rule)")
        origins = dict(cfg.origins)

        def where(key: str) -> str:
            """Name the option or file the value was read from (its origin), for the message."""
            origin = origins.get(key)
            if origin == "command line":
                return f"--{key}"
            return f"{origin}: key {key!r}" if origin else key

        selected = resolve_selectors(cfg.select, self.rules, where("select")) if cfg.select is not None else every
        selected |= resolve_selectors(cfg.extend_select, self.rules, where("extend-select"))
        selected -= resolve_selectors(cfg.ignore, self.rules, where("ignore"))
        self.severity: dict[str, str] = {c: r.severity for c, r in self.rules.items()}
        for token, level in cfg.severity:
            for code in resolve_selectors([token], self.rules, where("severity")):
                if level == "off":
                    selected.discard(code)
                else:
                    self.severity[code] = level
        self.selected = frozenset(selected)
        #: per rule, its data with the options the configuration sets (rules it sets nothing for:
        #: absent, the check reads the pack's ``rule.data``)
        self.settings: dict[str, dict[str, Any]] = rule_settings(cfg, self.rules)
        self.per_file: list[tuple[str, frozenset[str]]] = [
            (glob, frozenset(resolve_selectors(codes, self.rules, f"{where('per-file-ignores')} {glob!r}")))
            for glob, codes in cfg.per_file_ignores
        ]
        self._checks: dict[str, CheckFn] = {}
        #: run-wide notes from checks, printed once on stderr by the CLI (key -> text)
        self.notes: dict[str, str] = {}
        self.placeholder_re: Finder | None = None
        if cfg.placeholders or not cfg.single_brace_placeholders:
            from msglint.model.placeholders import compile_placeholders

            self.placeholder_re = compile_placeholders(cfg.placeholders, cfg.single_brace_placeholders)
        self.extra_placeholders: Finder | None = None
        if cfg.placeholders:
            from msglint.model.placeholders import compile_union

            self.extra_placeholders = compile_union(cfg.placeholders, re.S)
        from msglint.model.dialects import DIALECTS

        known = ", ".join(sorted(DIALECTS))
        if cfg.dialect is not None and cfg.dialect not in DIALECTS:
            raise ConfigError(
                f"{cfg.source or '<config>'}: key 'dialect': unknown dialect {cfg.dialect!r} (known: {known})"
            )
        for glob, name in cfg.per_file_dialect:
            if name not in DIALECTS:
                raise ConfigError(
                    f"{cfg.source or '<config>'}: per-file-dialect {glob!r}: unknown dialect {name!r} (known: {known})"
                )
        #: rules whose check runs once over every file (see "Project rules" below)
        self.project_codes = frozenset(c for c in self.selected if self.rules[c].scope == "project")
        self.summaries: list[FileSummary] = []

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
            elif os.path.isabs(glob) and fnmatch.fnmatch(os.path.abspath(path), glob):
                drop |= codes  # inherited through `extend`: relative to the parent configuration's folder
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
    def dialect_of(self, path: str, source: str = "", start: int = 0) -> str:
        """The template dialect of ``path``: a per-file-dialect glob, the suffix, the
        configured dialect, the content (msglint.model.dialects)."""
        from msglint.model.dialects import dialect_for

        if self.config.per_file_dialect:
            rel = self._relative(path)
            for glob, name in self.config.per_file_dialect:
                if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(os.path.basename(rel), glob):
                    return name
        return dialect_for(path, source, start, self.config.dialect)

    def encoding_of(self, path: str) -> str | None:
        """The encoding the configuration names for ``path`` (a per-file-encoding glob, then
        ``encoding``), used when the file is not UTF-8 and declares none; None: recognised."""
        if self.config.per_file_encoding:
            rel = self._relative(path)
            for glob, name in self.config.per_file_encoding:
                if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(os.path.basename(rel), glob):
                    return name
                if os.path.isabs(glob) and fnmatch.fnmatch(os.path.abspath(path), glob):
                    return name  # inherited through `extend`: relative to the parent configuration's folder
        return self.config.encoding

    def decode(self, data: bytes, path: str) -> Decoded:
        """``data`` as text (msglint.model.decode) with the encoding the configuration names for
        ``path`` and the max-file-size limit; raises DecodeError."""
        from msglint.model.decode import decode_bytes

        return decode_bytes(data, self.encoding_of(path), self.config.max_file_size)

    def parse(self, source: str, path: str) -> Document:
        body_start = 0
        if source.startswith(("---", "\ufeff---")):
            from msglint.model.frontmatter import parse_front_matter

            fm = parse_front_matter(source)
            body_start = fm.end if fm else 0
        from msglint.model.document import parse

        return parse(
            source,
            path,
            placeholder_re=self.placeholder_re,
            dialect=self.dialect_of(path, source, body_start),
            extra_placeholders=self.extra_placeholders,
        )

    @_collector_paused
    def lint_source(self, source: str, path: str = "<string>") -> list[Diagnostic]:
        """Lint one text. A text of more characters than ``max-file-size`` is MSG001 "too large"
        like a file of more bytes (a file within the limit never decodes to more characters):
        a 16 MB string given to :func:`msglint.lint` took 18 s (#14)."""
        if len(source) > self.config.max_file_size:
            from msglint.model.decode import InputTooLarge

            size = len(source.encode("utf-8", "surrogatepass"))
            return self.read_error(path, InputTooLarge(self.config.max_file_size, size))
        if _may_be_mail(path) and _is_mail(path, source):  # .eml, or headers on stdin: one document per part (eml.py)
            from msglint.engine.mail import lint_mail
            from msglint.model.mail import encode_text

            return lint_mail(self, encode_text(source), path, source)
        return self.lint_document(self.parse(source, path))

    @_collector_paused
    def lint_document(self, doc: Document) -> list[Diagnostic]:
        codes = self.active_codes(doc.path)
        marketplace, langs = _buyer_languages(doc, self.config, self.packs)
        cache: dict[str, Any] = {"marketplace": marketplace, "languages": langs}
        diags: list[Diagnostic] = []
        # one string object per distinct message: a style sheet's 13,000 font overrides say the
        # same few things (2.6 MB of copies on a 1 MB input, #14)
        texts: dict[str, str] = {}
        for code in sorted(codes):
            if code == INPUT_RULE or code in self.project_codes:
                continue
            rule = self.rules[code]
            ctx = Context(rule, self.config, cache, self.notes, self.settings.get(code), self.packs)
            for f in self.check_for(code)(doc, ctx):
                diags.append(self.diagnostic(doc, rule, f, texts))
        if self.project_codes and doc.front_matter is not None:
            from msglint.engine.project import summarize

            self.summaries.append(summarize(doc))
        if "msglint" in doc.source:  # inline suppressions (msglint/suppress.py), after the checks
            from msglint.engine.suppress import apply as apply_suppressions

            diags = apply_suppressions(self, doc, codes, diags)
        sort_diagnostics(diags)
        return diags

    def diagnostic(self, doc: Document, rule: RuleMeta, f: Finding, texts: dict[str, str] | None = None) -> Diagnostic:
        """The Diagnostic of finding ``f``. ``texts``: the messages already used in this document,
        each kept once (an equal message reuses the first one's string)."""
        line, col = doc.position(f.start)
        end_line, end_col = doc.position(max(f.end, f.start))
        if end_line == line:
            end_line = line  # one int object for both (a line number above 256 is a new object)
        message = f.message
        if texts is not None:
            message = texts.setdefault(message, message)
        fix = f.fix
        if fix is not None and _edits_join_markup()(doc.source, ((e.start, e.end, e.content) for e in fix.edits)):
            fix = None  # the fix would turn text into markup (D16): reported, not offered
        if fix is not None:
            fix = Fix(
                fix.message if texts is None else texts.setdefault(fix.message, fix.message),
                # Edit(...) rather than dataclasses.replace: a third of the cost of a diagnostic
                # when a broken tag holds 20,000 links; both ends located in one call (#14)
                tuple(
                    Edit(e.start, e.end, e.content, _edit_location(doc, f, e, line, col, end_line, end_col))
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
            message=message,
            fix=fix,
            start=f.start,
            end=f.end,
            source=doc.source_text,
            note=f.note,
        )

    def input_error(self, path: str, message: str) -> list[Diagnostic]:
        """MSG001 for a file that cannot be read as text, if the rule is active."""
        if INPUT_RULE not in self.active_codes(path):
            return []
        rule = self.rules[INPUT_RULE]
        return [Diagnostic(path, 1, 1, 1, 1, rule.code, rule.slug, self.severity[rule.code], message)]

    @_collector_paused
    def lint_bytes(self, data: bytes, path: str) -> list[Diagnostic]:
        from msglint.model.decode import DecodeError, InputTooLarge

        if len(data) > self.config.max_file_size:
            return self.read_error(path, InputTooLarge(self.config.max_file_size, len(data)))
        if self.reads_as_mail(path, data):  # parsed from the bytes: each part is read in its own charset
            from msglint.engine.mail import lint_mail

            return lint_mail(self, data, path)
        try:
            decoded = self.decode(data, path)
        except DecodeError as exc:
            return self.read_error(path, exc)
        return self.lint_source(decoded.text, path)

    def reads_as_mail(self, path: str, head: bytes | str) -> bool:
        """Whether ``path`` (starting with ``head``) is linted as a mail, one document per part."""
        return _may_be_mail(path) and _is_mail(path, head)

    def read(self, path: str) -> bytes | list[Diagnostic]:
        """The bytes of file ``path``, read no further than ``max-file-size``, or the MSG001
        finding that it is too large. OSErrors propagate: the caller decides (the CLI exits 2)."""
        from msglint.model.decode import InputTooLarge, read_file

        try:
            return read_file(path, self.config.max_file_size)
        except InputTooLarge as exc:
            return self.read_error(path, exc)

    def lint_file(self, path: str) -> list[Diagnostic]:
        """Lint one file. OSErrors propagate: the caller decides (the CLI exits 2)."""
        data = self.read(path)
        return data if isinstance(data, list) else self.lint_bytes(data, path)

    def read_error(self, path: str, exc: Exception) -> list[Diagnostic]:
        """MSG001 for an input that could not be read as text (decoding, size)."""
        return self.input_error(path, f"cannot read {os.path.basename(path) or path}: {exc}")

    # ---- project rules ---------------------------------------------------------------------
    # A pack rule with ``scope = "project"`` (e.g. MSG704, one review request per order across
    # templates) is not run per document. ``lint_document`` records a picklable
    # :class:`FileSummary` (path + front matter entries with positions) of every document with
    # front matter; after all files, ``lint_project`` calls each project check once:
    # ``check(summaries: Sequence[FileSummary], ctx: Context) -> Iterable[ProjectFinding]``.
    # Parallel runners: a worker's summaries are in ``linter.summaries`` (``take_summaries()``
    # empties it); or call ``lint_project_files(paths)`` in the parent, which re-reads only the
    # front matter of the files it has no summary for.
    def take_summaries(self) -> list[FileSummary]:
        out, self.summaries = self.summaries, []
        return out

    def lint_project(
        self, summaries: Iterable[FileSummary] | None = None, context: Iterable[str] = ()
    ) -> list[Diagnostic]:
        """Run the project rules once over ``summaries`` (default: those recorded so far).

        ``context``: paths of files that are compared but not reported (the rest of the project,
        when pre-commit passes only the staged files); they count as the earlier ones."""
        if not self.project_codes:
            return []
        given = self.take_summaries() if summaries is None else summaries
        ctx_paths = frozenset(context)
        # One summary per path (a file linted twice, e.g. by --fix, is still one file).
        items = sorted({s.path: s for s in given}.values(), key=lambda s: (s.path not in ctx_paths, s.path))
        diags: list[Diagnostic] = []
        for code in sorted(self.project_codes):
            rule = self.rules[code]
            ctx = Context(rule, self.config, {}, self.notes, self.settings.get(code), self.packs)
            check: Callable[[list[FileSummary], Context], Iterable[ProjectFinding]]
            check = self.check_for(code)  # type: ignore[assignment]
            for f in check(items, ctx):
                if f.path in ctx_paths or code not in self.active_codes(f.path):
                    continue
                e = f.entry
                line, col, end_line, end_col = (e.line, e.column, e.end_line, e.end_column) if e else (1, 1, 1, 1)
                diags.append(
                    Diagnostic(
                        path=f.path,
                        line=line,
                        column=col,
                        end_line=end_line,
                        end_column=end_col,
                        code=rule.code,
                        rule=rule.slug,
                        severity=self.severity[code],
                        message=f.message,
                        start=e.start if e else 0,
                        end=e.end if e else 0,
                        source_line=e.source_line if e else "",
                    )
                )
        sort_diagnostics(diags)
        return diags

    def lint_project_files(self, paths: Iterable[str], context: Iterable[str] = ()) -> list[Diagnostic]:
        """:meth:`lint_project` for files linted elsewhere (a process pool) or here; ``context``
        files are read for comparison only (see :meth:`lint_project`)."""
        if not self.project_codes:
            return []
        from msglint.engine.project import summarize_file

        have = {s.path: s for s in self.take_summaries()}
        context = list(context)
        for p in [*paths, *context]:
            if p != "-" and p not in have:
                s = summarize_file(p, self.config.max_file_size, self.encoding_of(p))
                if s is not None:
                    have[p] = s
        return self.lint_project(have.values(), context)


def _edit_location(
    doc: Document, f: Finding, e: Edit, line: int, col: int, end_line: int, end_col: int
) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column) of edit ``e`` of finding ``f``, which is at (``line``,
    ``col``) to (``end_line``, ``end_col``): what ``SourceText.locate`` gives, reusing the
    finding's int objects where the edit starts (and ends) where the finding does. A line
    number above 256 is a new object each time it is computed: four per edit, 1 MB on a style
    sheet's 16,000 removed declarations (#14)."""
    if e.start != f.start:
        return doc.source_text.locate(e.start, e.end)
    if e.end == f.end and f.end >= f.start:
        return line, col, end_line, end_col
    e_line, e_col = doc.position(e.end)
    return line, col, line if e_line == line else e_line, e_col


def _edits_join_markup() -> Callable[[str, Iterable[tuple[int, int, str]]], bool]:
    from msglint.model.seams import edits_join_markup

    return edits_join_markup


#: Suffixes that are never read as mail (the same as msglint.model.mail's): for these the mail
#: module is not even imported, which keeps it off the start-up path of ordinary templates.
#: Filled on first use (msglint.model.document is not imported with the Linter).
_NEVER_MAIL: set[str] = set()


def _may_be_mail(path: str) -> bool:
    if not _NEVER_MAIL:
        from msglint.model.document import HTML_SUFFIXES, TEMPLATE_SUFFIXES, TEXT_SUFFIXES

        _NEVER_MAIL.update(HTML_SUFFIXES | TEMPLATE_SUFFIXES | TEXT_SUFFIXES)
    dot = path.rfind(".")
    return dot <= max(path.rfind("/"), path.rfind("\\")) or path[dot:].lower() not in _NEVER_MAIL


def _is_mail(path: str, head: bytes | str) -> bool:
    from msglint.model.mail import is_mail

    return is_mail(path, head)
