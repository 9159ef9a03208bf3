"""``msglint server`` driven by a real LSP client (pygls's LanguageClient) over stdio.

Each test starts the server as a subprocess and speaks LSP to it: initialize, open, change,
code actions (whose edits the test applies as an editor would, then sends the new text), hover,
execute command, watched-file notifications, shutdown and exit.
"""

from __future__ import annotations

import asyncio
import tomllib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Union

import pytest
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from webserver import msglint_cmd

from msglint.lsp import edits

WAIT = 60.0  # seconds: a generous bound for CI machines, not a performance assertion

HTML = (
    "<p>Hello Anna 😀, thank you for your order 123-1234567-1234567.</p>\n"
    '<p style="text-align:center">Your supergripz handle is ready to be engraved.</p>\n'
)


def _converter() -> Any:
    """pygls's converter, reading a code action by the spec: a Command's ``command`` is a string.

    lsprotocol reads any object with a ``command`` key as a Command, so a CodeAction that runs a
    command (our "add this word") would lose its title and kind; editors check the type."""
    conv = default_converter()
    union = Union[lsp.Command, lsp.CodeAction]  # noqa: UP007 (the type lsprotocol registers)

    def hook(obj: Any, _: type) -> lsp.Command | lsp.CodeAction:
        if isinstance(obj.get("command"), str):
            return conv.structure(obj, lsp.Command)  # type: ignore[no-any-return]
        return conv.structure(obj, lsp.CodeAction)  # type: ignore[no-any-return]

    conv.register_structure_hook(union, hook)
    return conv


class Session:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.client = LanguageClient("msglint-tests", "1", converter_factory=_converter)
        self.diagnostics: dict[str, lsp.PublishDiagnosticsParams] = {}
        self.messages: list[lsp.ShowMessageParams] = []
        self.registrations: list[lsp.Registration] = []
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = params

        @self.client.feature(lsp.WINDOW_SHOW_MESSAGE)
        def on_message(params: lsp.ShowMessageParams) -> None:
            self.messages.append(params)

        @self.client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: lsp.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

    async def start(self, init_options: dict[str, Any] | None = None) -> lsp.InitializeResult:
        await self.client.start_io(*msglint_cmd(), "server")
        caps = lsp.ClientCapabilities(
            workspace=lsp.WorkspaceClientCapabilities(
                did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
                apply_edit=True,
            ),
            text_document=lsp.TextDocumentClientCapabilities(
                hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown]),
            ),
        )
        result = await asyncio.wait_for(
            self.client.initialize_async(
                lsp.InitializeParams(
                    capabilities=caps,
                    root_uri=from_fs_path(str(self.root)),
                    workspace_folders=[lsp.WorkspaceFolder(uri=from_fs_path(str(self.root)) or "", name="ws")],
                    initialization_options=init_options,
                )
            ),
            WAIT,
        )
        self.client.initialized(lsp.InitializedParams())
        return result

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), WAIT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), WAIT)

    def open(self, path: Path, text: str | None = None, language: str = "html") -> str:
        uri = from_fs_path(str(path)) or ""
        text = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri], self.texts[uri] = 1, text
        self.diagnostics.pop(uri, None)
        self.client.text_document_did_open(
            lsp.DidOpenTextDocumentParams(
                text_document=lsp.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
            )
        )
        return uri

    def change(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return self.versions[uri]

    async def until(self, cond: Callable[[], bool], what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while not cond():
            if loop.time() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.02)

    async def diags(self, uri: str, version: int | None = None) -> list[lsp.Diagnostic]:
        """The diagnostics published for ``uri`` (for ``version`` when given)."""
        await self.until(
            lambda: uri in self.diagnostics and (version is None or self.diagnostics[uri].version == version),
            f"diagnostics of {uri} version {version}",
        )
        return list(self.diagnostics[uri].diagnostics)

    async def actions(self, uri: str, rng: lsp.Range, diags: list[lsp.Diagnostic]) -> list[lsp.CodeAction]:
        result = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                lsp.CodeActionParams(
                    text_document=lsp.TextDocumentIdentifier(uri=uri),
                    range=rng,
                    context=lsp.CodeActionContext(diagnostics=diags),
                )
            ),
            WAIT,
        )
        return [a for a in result or [] if isinstance(a, lsp.CodeAction)]

    async def apply(self, uri: str, action: lsp.CodeAction) -> int:
        """Apply a code action's workspace edit to our copy of the text, as an editor does."""
        assert action.edit is not None and action.edit.changes is not None
        text = apply_text_edits(self.texts[uri], list(action.edit.changes[uri]))
        return self.change(uri, text)


def offset(text: str, pos: lsp.Position) -> int:
    """LSP position (UTF-16) -> index into a Python string."""
    lines = text.split("\n")
    return edits.from_lsp(lines, pos.line, pos.character, "utf-16")


def apply_text_edits(text: str, changes: list[lsp.TextEdit]) -> str:
    spans = sorted(
        ((offset(text, e.range.start), offset(text, e.range.end), e.new_text) for e in changes), reverse=True
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def run(coro_fn: Callable[[Session], Awaitable[None]], root: Path, **kw: Any) -> None:
    async def main() -> None:
        s = Session(root)
        await s.start(**kw)
        try:
            await coro_fn(s)
        finally:
            await s.stop()

    asyncio.run(main())


def by_code(diags: list[lsp.Diagnostic]) -> dict[str, lsp.Diagnostic]:
    return {str(d.code): d for d in diags}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "templates").mkdir(parents=True)
    (ws / "msglint.toml").write_text(
        '# team settings\nlanguage = "en"\nselect = ["MSG101", "MSG302", "MSG403"]\n\n[severity]\nMSG302 = "warning"\n',
        encoding="utf-8",
    )
    (ws / "templates" / "engraving.html").write_text(HTML, encoding="utf-8")
    return ws


def test_session_open_change_code_actions_hover_add_word_shutdown(workspace: Path) -> None:
    path = workspace / "templates" / "engraving.html"

    async def scenario(s: Session) -> None:
        # the server asked to watch the configuration files
        await s.until(lambda: bool(s.registrations), "the file watcher registration")
        assert s.registrations[0].method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES

        uri = s.open(path)
        diags = by_code(await s.diags(uri, 1))
        assert set(diags) == {"MSG101", "MSG302", "MSG403"}
        emoji = diags["MSG101"]
        # 'Hello Anna ' is 14 code units after '<p>'; the emoji is 2 UTF-16 code units
        assert (emoji.range.start.line, emoji.range.start.character) == (0, 14)
        assert (emoji.range.end.line, emoji.range.end.character) == (0, 16)
        assert emoji.severity == lsp.DiagnosticSeverity.Error and emoji.source == "msglint"
        assert (
            emoji.code_description is not None and emoji.code_description.href == "http://127.0.0.1:8765/rules/MSG101/"
        )
        assert diags["MSG302"].severity == lsp.DiagnosticSeverity.Warning  # from the workspace configuration
        word = diags["MSG403"]
        line1 = HTML.split("\n")[1]
        assert (word.range.start.line, word.range.start.character) == (1, line1.index("supergripz"))
        assert word.range.end.character - word.range.start.character == len("supergripz")

        # change: a second emoji on line 2, published for version 2
        text2 = HTML.replace("handle is ready", "handle 🎁 is ready")
        v = s.change(uri, text2)
        diags2 = await s.diags(uri, v)
        assert sorted((d.code, d.range.start.line) for d in diags2 if d.code == "MSG101") == [
            ("MSG101", 0),
            ("MSG101", 1),
        ]

        # hover on the misspelled word explains the rule
        hover = await asyncio.wait_for(
            s.client.text_document_hover_async(
                lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=word.range.start)
            ),
            WAIT,
        )
        assert hover is not None and isinstance(hover.contents, lsp.MarkupContent)
        assert hover.contents.kind == lsp.MarkupKind.Markdown
        assert "**MSG403 spelling**" in hover.contents.value and "Bad:" in hover.contents.value
        assert "(http://127.0.0.1:8765/rules/MSG403/)" in hover.contents.value

        # code action: the emoji's safe fix, applied by the client
        first = next(d for d in diags2 if d.code == "MSG101" and d.range.start.line == 0)
        acts = await s.actions(uri, first.range, [first])
        titles = [a.title for a in acts]
        fix = next(a for a in acts if a.title == "remove the emoji (MSG101)")
        assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
        assert "Disable MSG101 (emoji) on this line" in titles
        v = await s.apply(uri, fix)
        assert s.texts[uri].startswith("<p>Hello Anna, thank you")
        diags3 = await s.diags(uri, v)
        assert [d.range.start.line for d in diags3 if d.code == "MSG101"] == [1]

        # fix all: one source action that applies every safe fix
        acts = await s.actions(uri, lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)), [])
        fix_all = next(a for a in acts if a.kind == "source.fixAll.msglint")
        v = await s.apply(uri, fix_all)
        diags4 = await s.diags(uri, v)
        assert {d.code for d in diags4} == {"MSG403"}
        assert "🎁" not in s.texts[uri] and "text-align" not in s.texts[uri]

        # disable a rule on its line: the HTML comment goes above it, with its indentation
        v = s.change(uri, s.texts[uri] + "  <p>Thanks 🙂</p>\n")
        diags5 = await s.diags(uri, v)
        smile = next(d for d in diags5 if d.code == "MSG101")
        acts = await s.actions(uri, smile.range, [smile])
        disable = next(a for a in acts if a.title == "Disable MSG101 (emoji) on this line")
        v = await s.apply(uri, disable)
        assert "\n  <!-- msglint: disable-next-line=MSG101 -->\n  <p>Thanks 🙂</p>\n" in s.texts[uri]
        assert {d.code for d in await s.diags(uri, v)} == {"MSG403"}  # silenced, and no MSG002

        # add the word to the word list: the command writes msglint.toml, diagnostics follow
        word = next(d for d in s.diagnostics[uri].diagnostics if d.code == "MSG403")
        acts = await s.actions(uri, word.range, [word])
        titles = [a.title for a in acts]
        assert "Add 'supergripz' to the msglint word list" in titles, titles
        add = next(a for a in acts if a.title == "Add 'supergripz' to the msglint word list")
        assert add.command is not None and add.command.command == "msglint.addWord"
        s.diagnostics.pop(uri)
        await asyncio.wait_for(
            s.client.workspace_execute_command_async(
                lsp.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
            ),
            WAIT,
        )
        config = (workspace / "msglint.toml").read_text(encoding="utf-8")
        assert config.startswith("# team settings\n")  # the rest of the file is kept
        assert tomllib.loads(config)["words"] == ["supergripz"]
        assert tomllib.loads(config)["severity"] == {"MSG302": "warning"}
        assert await s.diags(uri) == []
        assert any("added 'supergripz'" in m.message for m in s.messages)

    run(scenario, workspace)


def test_config_reload_on_watched_change_and_save(workspace: Path) -> None:
    path = workspace / "templates" / "engraving.html"
    cfg = workspace / "msglint.toml"

    async def scenario(s: Session) -> None:
        uri = s.open(path)
        assert {d.code for d in await s.diags(uri, 1)} == {"MSG101", "MSG302", "MSG403"}
        # the configuration changes on disk; the client reports it (workspace/didChangeWatchedFiles)
        cfg.write_text('language = "en"\nselect = ["MSG101"]\n', encoding="utf-8")
        s.diagnostics.pop(uri)
        s.client.workspace_did_change_watched_files(
            lsp.DidChangeWatchedFilesParams(
                changes=[lsp.FileEvent(uri=from_fs_path(str(cfg)) or "", type=lsp.FileChangeType.Changed)]
            )
        )
        assert {d.code for d in await s.diags(uri)} == {"MSG101"}
        # saved in the editor: didSave of msglint.toml reloads too
        cfg.write_text('language = "en"\nselect = ["MSG302"]\n', encoding="utf-8")
        s.diagnostics.pop(uri)
        s.client.text_document_did_save(
            lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=from_fs_path(str(cfg)) or ""))
        )
        assert {d.code for d in await s.diags(uri)} == {"MSG302"}
        # a broken configuration is one diagnostic on the first line and a message, not a crash
        cfg.write_text('colour = "red"\n', encoding="utf-8")
        s.diagnostics.pop(uri)
        s.client.workspace_did_change_watched_files(
            lsp.DidChangeWatchedFilesParams(
                changes=[lsp.FileEvent(uri=from_fs_path(str(cfg)) or "", type=lsp.FileChangeType.Changed)]
            )
        )
        (err,) = await s.diags(uri)
        assert "unknown key 'colour'" in err.message and err.range.start == lsp.Position(0, 0)
        await s.until(lambda: any("unknown key 'colour'" in m.message for m in s.messages), "the error message")

    run(scenario, workspace)


def test_text_template_disable_comment_and_pyproject_words(tmp_path: Path) -> None:
    ws = tmp_path / "shop"
    ws.mkdir()
    (ws / "pyproject.toml").write_text(
        '[project]\nname = "shop"\n\n[tool.msglint]\nlanguage = "en"\nwords = [\n    "Acme",  # brand\n]\n\n'
        "[tool.other]\nx = 1\n",
        encoding="utf-8",
    )
    txt = ws / "thanks.txt.j2"
    txt.write_text(
        "Hello {{ buyer }}, about order {{ order_id }}:\n    the grippex sleeve ships today 😀\n", encoding="utf-8"
    )

    async def scenario(s: Session) -> None:
        uri = s.open(txt, language="jinja")
        diags = by_code(await s.diags(uri, 1))
        assert {"MSG101", "MSG403"} <= set(diags)
        acts = await s.actions(uri, diags["MSG101"].range, [diags["MSG101"]])
        disable = next(a for a in acts if a.title.startswith("Disable MSG101"))
        v = await s.apply(uri, disable)
        assert "\n    {# msglint: disable-next-line=MSG101 #}\n    the grippex" in s.texts[uri]
        diags = by_code(await s.diags(uri, v))
        assert "MSG101" not in diags and diags["MSG403"].range.start.line == 2
        acts = await s.actions(uri, diags["MSG403"].range, [diags["MSG403"]])
        add = next(a for a in acts if a.title == "Add 'grippex' to the msglint word list")
        assert add.command is not None
        await asyncio.wait_for(
            s.client.workspace_execute_command_async(
                lsp.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
            ),
            WAIT,
        )
        data = tomllib.loads((ws / "pyproject.toml").read_text(encoding="utf-8"))
        assert data["tool"]["msglint"]["words"] == ["Acme", "grippex"]
        assert data["tool"]["other"] == {"x": 1} and data["project"]["name"] == "shop"
        assert "# brand" in (ws / "pyproject.toml").read_text(encoding="utf-8")

    run(scenario, ws, init_options={"docsUrl": "https://docs.example.test/msglint/rules/"})


def test_docs_url_from_initialization_options(workspace: Path) -> None:
    async def scenario(s: Session) -> None:
        uri = s.open(workspace / "templates" / "engraving.html")
        emoji = by_code(await s.diags(uri, 1))["MSG101"]
        assert emoji.code_description is not None
        assert emoji.code_description.href == "https://docs.example.test/msglint/rules/MSG101/"

    run(scenario, workspace, init_options={"docsUrl": "https://docs.example.test/msglint/rules/"})


# ---- the text helpers, without a server --------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "pyproject", "after"),
    [
        ("", False, 'words = ["New"]\n'),
        ('language = "en"\n', False, 'language = "en"\nwords = ["New"]\n'),
        ("words = []\n", False, 'words = ["New"]\n'),
        ('words = ["A", "B"]  # brands\n', False, 'words = ["A", "B", "New"]  # brands\n'),
        ('words = ["A",]\n', False, 'words = ["A", "New"]\n'),
        (
            'select = ["MSG4"]\n\n[severity]\nMSG403 = "warning"\n',
            False,
            'select = ["MSG4"]\nwords = ["New"]\n\n[severity]\nMSG403 = "warning"\n',
        ),
        ('words = [\n  "A",\n  "B"  # last\n]\n', False, 'words = [\n  "A",\n  "B",  # last\n  "New",\n]\n'),
        ('[project]\nname = "x"\n', True, '[project]\nname = "x"\n\n[tool.msglint]\nwords = ["New"]\n'),
        (
            '[tool.msglint]\nselect = ["MSG4"]\n\n[tool.x]\na = 1\n',
            True,
            '[tool.msglint]\nselect = ["MSG4"]\nwords = ["New"]\n\n[tool.x]\na = 1\n',
        ),
        ('[tool.msglint]\nwords = ["New"]\n', True, '[tool.msglint]\nwords = ["New"]\n'),
    ],
)
def test_add_word(before: str, pyproject: bool, after: str) -> None:
    assert edits.add_word(before, "New", pyproject) == after


def test_add_word_refuses_broken_toml() -> None:
    with pytest.raises(ValueError, match="not valid TOML"):
        edits.add_word("words = [", "New", False)


@pytest.mark.parametrize(
    ("path", "text", "line", "expected"),
    [
        ("a.html", "<p>x</p>\n  <p>y</p>\n", 2, (9, 9, "  <!-- msglint: disable-next-line=MSG101 -->\n")),
        ("a.txt", "Hi\r\nthere\r\n", 2, (4, 4, "{# msglint: disable-next-line=MSG101 #}\r\n")),
        ("a.liquid", "<p>{{ x }}</p>\n", 1, (0, 0, "{# msglint: disable-next-line=MSG101 #}\n")),
        ("a.html", "<!-- msglint: disable-next-line=MSG302 -->\n<p>x</p>\n", 2, (38, 38, ",MSG101")),
        ("a.eml", "From: a\n\nbody\n", 3, None),
        ("a.html", "---\nreason: invoice\n---\n<p>x</p>\n", 2, None),
        (
            "a.html",
            "---\nreason: invoice\n---\n<p>x</p>\n",
            4,
            (24, 24, "<!-- msglint: disable-next-line=MSG101 -->\n"),
        ),
    ],
)
def test_disable_comment_edit(path: str, text: str, line: int, expected: tuple[int, int, str] | None) -> None:
    assert edits.disable_comment_edit(path, text, line, "MSG101") == expected


def test_positions_in_utf16_and_utf8() -> None:
    lines = ["a😀b"]
    assert edits.to_lsp(lines, 1, 3, "utf-16") == (0, 3)
    assert edits.to_lsp(lines, 1, 3, "utf-8") == (0, 5)
    assert edits.to_lsp(lines, 1, 3, "utf-32") == (0, 2)
    assert edits.from_lsp(lines, 0, 3, "utf-16") == 2
