"""``msglint server``: a language server over stdio (pygls), for any LSP editor.

- Diagnostics when a document is opened or saved, and after a pause in typing (debounced), with
  exact ranges, the rule code, and a link to the rule's documentation page.
- Code actions: each safe fix, every safe fix at once (``source.fixAll.msglint``), "disable this
  rule on this line" (a ``disable-next-line`` comment in the file's comment syntax), and for
  MSG403 "add this word to the word list" (``words`` in the nearest msglint.toml or pyproject's
  ``[tool.msglint]``; a new msglint.toml in the workspace folder when there is none).
- Hover on a finding: the rule's explanation, the guideline it enforces, a bad and a good example.
- Configuration found for each file as ``msglint check`` finds it (the nearest msglint.toml or
  pyproject.toml with ``[tool.msglint]`` from the file's folder up), reloaded when such a file
  changes (``workspace/didChangeWatchedFiles``, a save of it in the editor, or its modification
  time). A broken configuration is reported on the first line of the file and in a message.
- Initialization options: ``{"docsUrl": "https://.../rules/"}`` sets the documentation base
  (else the configuration's ``docs-url``, else the pages ``msglint web`` serves).
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from msglint.core.version import __version__
from msglint.lsp import edits

log = logging.getLogger("msglint.lsp")

DEBOUNCE_SECONDS = 0.3
CONFIG_NAMES = ("msglint.toml", "pyproject.toml")
ADD_WORD = "msglint.addWord"
FIX_ALL_KIND = "source.fixAll.msglint"


@dataclass
class Result:
    """The last lint of a document: for code actions and hover without linting again."""

    version: int | None
    text: str
    diagnostics: list[Any]  # msglint.Diagnostic
    config: Any = None
    error: str | None = None


@dataclass
class State:
    configs: dict[tuple[str, int, int], Any] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)
    pending: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    docs_url: str | None = None
    shown_errors: set[str] = field(default_factory=set)


class MsglintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("msglint", __version__)
        self.state = State()

    # ---- configuration ------------------------------------------------------------------------

    def config_for(self, path: str | None) -> Any:
        """The Config for a file, as the CLI finds it; raises msglint.ConfigError."""
        from msglint.core.config import Config, discover, load_file

        folder = Path(path).parent if path else self._root()
        if folder is None:
            return Config()
        found = discover(folder)
        if found is None:
            return Config()
        try:
            st = found.stat()
        except OSError:
            return Config()
        key = (str(found), st.st_mtime_ns, st.st_size)
        cfg = self.state.configs.get(key)
        if cfg is None:
            cfg = load_file(found)  # ConfigError propagates
            self.state.configs = {k: v for k, v in self.state.configs.items() if k[0] != key[0]}
            self.state.configs[key] = cfg
        return cfg

    def _root(self) -> Path | None:
        root = self.workspace.root_path
        return Path(root) if root else None

    def docs_url(self, code: str, cfg: Any = None) -> str:
        from msglint.core.diagnostics import rule_url

        return rule_url(code, self.state.docs_url or getattr(cfg, "docs_url", None))

    def config_changed(self) -> None:
        self.state.configs.clear()
        self.state.shown_errors.clear()
        for uri in list(self.state.results):
            self.schedule(uri, delay=0.0)

    # ---- linting ------------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float = DEBOUNCE_SECONDS) -> None:
        """Lint ``uri`` after ``delay`` seconds; a newer call replaces a pending one (debounce)."""
        old = self.state.pending.pop(uri, None)
        if old is not None:
            old.cancel()

        async def run() -> None:
            try:
                if delay:
                    await asyncio.sleep(delay)
                await self.lint_and_publish(uri)
            except asyncio.CancelledError:
                pass
            finally:
                if self.state.pending.get(uri) is task:
                    del self.state.pending[uri]

        task = asyncio.get_running_loop().create_task(run())
        self.state.pending[uri] = task

    def lint_document(self, uri: str) -> Result:
        """Lint the document's current text (blocking; run in a thread by lint_and_publish)."""
        import msglint

        doc = self.workspace.get_text_document(uri)
        text, version = doc.source, doc.version
        path = to_fs_path(uri) if uri.startswith("file:") else None
        name = path or uri.rsplit("/", 1)[-1] or "untitled"
        try:
            cfg = self.config_for(path)
        except msglint.ConfigError as exc:
            return Result(version, text, [], None, str(exc))
        try:
            diags = msglint.lint(text, filename=name, config=cfg)
        except msglint.ConfigError as exc:  # an unknown rule in the configuration
            return Result(version, text, [], cfg, str(exc))
        return Result(version, text, diags, cfg)

    async def lint_and_publish(self, uri: str) -> None:
        if uri not in self.state.results and not self._is_open(uri):
            return
        result = await asyncio.get_running_loop().run_in_executor(None, self.lint_document, uri)
        doc = self.workspace.get_text_document(uri)
        if doc.version != result.version or doc.source != result.text:
            return  # edited meanwhile: the pending lint of the newer text publishes
        if not self._is_open(uri):
            return
        self.state.results[uri] = result
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, version=result.version, diagnostics=self.to_lsp(result))
        )
        if result.error and result.error not in self.state.shown_errors:
            self.state.shown_errors.add(result.error)
            self.window_show_message(
                lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"msglint: {result.error}")
            )

    def _is_open(self, uri: str) -> bool:
        return uri in self.workspace.text_documents

    @property
    def encoding(self) -> str:
        enc = self.workspace.position_encoding
        return str(getattr(enc, "value", enc) or "utf-16")

    def to_lsp(self, result: Result) -> list[lsp.Diagnostic]:
        if result.error:
            return [
                lsp.Diagnostic(
                    range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
                    message=f"msglint configuration: {result.error}",
                    severity=lsp.DiagnosticSeverity.Error,
                    source="msglint",
                )
            ]
        lines = edits.lines_of(result.text)
        return [self._diag(d, lines, result.config) for d in result.diagnostics]

    def _diag(self, d: Any, lines: list[str], cfg: Any) -> lsp.Diagnostic:
        enc = self.encoding
        sl, sc = edits.to_lsp(lines, d.line, d.column, enc)
        el, ec = edits.to_lsp(lines, d.end_line, d.end_column, enc)
        if (el, ec) < (sl, sc):
            el, ec = sl, sc
        return lsp.Diagnostic(
            range=lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec)),
            message=d.message,
            severity=lsp.DiagnosticSeverity.Error if d.severity == "error" else lsp.DiagnosticSeverity.Warning,
            code=d.code,
            code_description=lsp.CodeDescription(href=self.docs_url(d.code, cfg)),
            source="msglint",
            data={"rule": d.rule, "fixable": d.fix is not None},
        )

    def current(self, uri: str) -> Result:
        """The lint result of the document's current text (linting now if it is stale)."""
        doc = self.workspace.get_text_document(uri)
        res = self.state.results.get(uri)
        if res is None or res.version != doc.version or res.text != doc.source:
            res = self.lint_document(uri)
        return res

    # ---- code actions and hover ---------------------------------------------------------------

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        res = self.current(uri)
        if res.error:
            return []
        text, enc = res.text, self.encoding
        lines = edits.lines_of(text)
        lo = edits.from_lsp(lines, params.range.start.line, params.range.start.character, enc)
        hi = edits.from_lsp(lines, params.range.end.line, params.range.end.character, enc)
        only = [str(getattr(k, "value", k)) for k in params.context.only or ()]
        want_quickfix = not only or any("quickfix".startswith(k) or k.startswith("quickfix") for k in only)
        want_fix_all = not only or any(FIX_ALL_KIND.startswith(k) for k in only)
        path = to_fs_path(uri) if uri.startswith("file:") else uri
        actions: list[lsp.CodeAction] = []
        hits = [d for d in res.diagnostics if _overlaps(d.start, d.end, lo, hi)]
        if want_quickfix:
            for d in hits:
                diag = self._diag(d, lines, res.config)
                if d.fix is not None:
                    te = [self._text_edit(text, e.start, e.end, e.content) for e in d.fix.edits]
                    actions.append(
                        lsp.CodeAction(
                            title=f"{d.fix.message} ({d.code})",
                            kind=lsp.CodeActionKind.QuickFix,
                            diagnostics=[diag],
                            is_preferred=True,
                            edit=lsp.WorkspaceEdit(changes={uri: te}),
                        )
                    )
                if d.code == "MSG403":
                    word = text[d.start : d.end]
                    if word.strip():
                        actions.append(
                            lsp.CodeAction(
                                title=f"Add '{word}' to the msglint word list",
                                kind=lsp.CodeActionKind.QuickFix,
                                diagnostics=[diag],
                                command=lsp.Command(title="Add word", command=ADD_WORD, arguments=[uri, word]),
                            )
                        )
                edit = edits.disable_comment_edit(path or "", text, d.line, d.code)
                if edit is not None:
                    start, end, new = edit
                    actions.append(
                        lsp.CodeAction(
                            title=f"Disable {d.code} ({d.rule}) on this line",
                            kind=lsp.CodeActionKind.QuickFix,
                            diagnostics=[diag],
                            edit=lsp.WorkspaceEdit(changes={uri: [self._text_edit(text, start, end, new)]}),
                        )
                    )
        if want_fix_all and any(d.fix is not None for d in res.diagnostics):
            import msglint

            out = msglint.fix(text, path or "untitled", config=res.config)
            if out.text != text:
                last = edits.offset_to_lsp(text, len(text), enc)
                actions.append(
                    lsp.CodeAction(
                        title=f"Apply every safe msglint fix ({out.fixed})",
                        kind=FIX_ALL_KIND,
                        edit=lsp.WorkspaceEdit(
                            changes={
                                uri: [
                                    lsp.TextEdit(
                                        range=lsp.Range(lsp.Position(0, 0), lsp.Position(*last)), new_text=out.text
                                    )
                                ]
                            }
                        ),
                    )
                )
        return actions

    def _text_edit(self, text: str, start: int, end: int, content: str) -> lsp.TextEdit:
        enc = self.encoding
        s = edits.offset_to_lsp(text, start, enc)
        e = edits.offset_to_lsp(text, end, enc)
        return lsp.TextEdit(range=lsp.Range(lsp.Position(*s), lsp.Position(*e)), new_text=content)

    def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        import msglint

        uri = params.text_document.uri
        res = self.current(uri)
        lines = edits.lines_of(res.text)
        at = edits.from_lsp(lines, params.position.line, params.position.character, self.encoding)
        hits = [d for d in res.diagnostics if d.start <= at <= max(d.end, d.start + 1)]
        if not hits:
            return None
        rules = {r.code: r for r in msglint.rules()}
        parts = [_explain(d, rules.get(d.code), self.docs_url(d.code, res.config)) for d in hits]
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)))

    # ---- the word list ------------------------------------------------------------------------

    def add_word(self, uri: str, word: str) -> str:
        """Add ``word`` to ``words`` of the file's configuration; returns the file written."""
        from msglint.core.config import discover

        path = to_fs_path(uri) if uri.startswith("file:") else None
        folder = Path(path).parent if path else self._root()
        if folder is None:
            raise ValueError("no folder for this document: save it first")
        found = discover(folder)
        if found is None:
            root = self._root()
            base = root if root is not None and _inside(folder, root) else folder
            found = base / "msglint.toml"
            old = ""
        else:
            old = found.read_text(encoding="utf-8")
        new = edits.add_word(old, word, pyproject=found.name == "pyproject.toml")
        if new != old:
            _write_atomic(found, new)
        return str(found)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _write_atomic(path: Path, text: str) -> None:
    import tempfile

    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _overlaps(start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a finding's span [start, end) meets the range [lo, hi] (a cursor when lo == hi)."""
    end = max(end, start + 1)
    if lo == hi:
        return start <= lo <= end
    return start < hi and lo < end


def _quote(text: str) -> str:
    return "\n".join("> " + ln if ln.strip() else ">" for ln in text.strip().splitlines())


def _fence(text: str) -> str:
    body = text.strip("\n")
    fence = "````" if "```" in body else "```"
    return f"{fence}\n{body}\n{fence}"


def _explain(d: Any, rule: Any, url: str) -> str:
    head = f"**{d.code} {d.rule}** ({d.severity}): {d.message}"
    if rule is None:
        return head
    out = [head, "", rule.summary, "", _quote(rule.guideline), ">", f"> -- {rule.source}"]
    out += ["", f"**Flags:** {rule.flags}"]
    if rule.ignores:
        out += ["", f"**Does not flag:** {rule.ignores}"]
    out += ["", "Bad:", "", _fence(rule.bad), "", "Good:", "", _fence(rule.good)]
    if d.fix is not None:
        out += ["", f"Safe fix: {d.fix.message} (quick fix, or `msglint check --fix`)."]
    out += ["", f"[{d.code} documentation]({url})"]
    return "\n".join(out)


def create_server() -> MsglintServer:
    server = MsglintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: MsglintServer, params: lsp.InitializeParams) -> None:
        opts = params.initialization_options
        if isinstance(opts, dict) and isinstance(opts.get("docsUrl"), str):
            ls.state.docs_url = opts["docsUrl"]

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: MsglintServer, params: lsp.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            opts = lsp.DidChangeWatchedFilesRegistrationOptions(
                watchers=[lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
            )
            try:
                await ls.client_register_capability_async(
                    lsp.RegistrationParams(
                        registrations=[
                            lsp.Registration(
                                id="msglint-config-watch",
                                method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                register_options=opts,
                            )
                        ]
                    )
                )
            except Exception:  # a client that refuses: modification times still reload the config
                log.warning("client did not register the configuration file watcher")

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MsglintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, delay=0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MsglintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: MsglintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.rsplit("/", 1)[-1] in CONFIG_NAMES:
            ls.config_changed()
        if uri in ls.workspace.text_documents:
            ls.schedule(uri, delay=0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MsglintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.state.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.state.results.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched(ls: MsglintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(ch.uri.rsplit("/", 1)[-1] in CONFIG_NAMES for ch in params.changes):
            ls.config_changed()

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(
            code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll],
            resolve_provider=False,
        ),
    )
    def code_action(ls: MsglintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return ls.code_actions(params)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: MsglintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return ls.hover(params)

    @server.command(ADD_WORD)
    def add_word_cmd(ls: MsglintServer, *args: Any) -> dict[str, str]:
        if len(args) != 2 or not all(isinstance(a, str) for a in args):
            raise ValueError(f"{ADD_WORD} takes a document URI and a word")
        uri, word = args
        try:
            written = ls.add_word(uri, word)
        except (OSError, ValueError) as exc:
            ls.window_show_message(
                lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"msglint: cannot add '{word}': {exc}")
            )
            raise
        ls.window_show_message(
            lsp.ShowMessageParams(type=lsp.MessageType.Info, message=f"msglint: added '{word}' to {written}")
        )
        ls.config_changed()
        return {"path": from_fs_path(written) or written, "word": word}

    return server


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="msglint server: %(levelname)s %(message)s")
    create_server().start_io()
