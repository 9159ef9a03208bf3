"""MSG404 grammar: a stand-in LanguageTool server on 127.0.0.1 (no network), disk cache, notes."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

import msglint
from msglint.engine.linter import Linter
from msglint.text.grammar import OFF_NOTE

TEXT = (
    "Hello, regarding your order 123-1234567-1234567: we need the engraving text for your ring. "
    "Could you please send us the name you would like engraved? We can starts on Friday.\n"
)


class StandIn:
    """Answers /v2/check like LanguageTool: one match on every 'can starts' it is sent."""

    def __init__(self) -> None:
        self.requests: list[dict[str, list[str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("utf-8")
                form = urllib.parse.parse_qs(body)
                owner.requests.append(form)
                text = form.get("text", [""])[0]
                matches: list[dict[str, Any]] = []
                pos = text.find("can starts")
                if self.path == "/v2/check" and pos >= 0:
                    # LanguageTool counts UTF-16 code units: an emoji before the match counts 2.
                    utf16 = len(text[: pos + 4].encode("utf-16-le")) // 2
                    matches.append(
                        {
                            "offset": utf16,
                            "length": 6,
                            "message": "The modal verb 'can' requires the verb's base form.",
                            "replacements": [{"value": "start"}],
                            "rule": {"id": "MD_BASEFORM", "category": {"id": "GRAMMAR"}},
                        }
                    )
                payload = json.dumps({"matches": matches}).encode("utf-8")
                self.send_response(200 if self.path == "/v2/check" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def lt() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


def _lint(source: str, url: str | None, cache: Path, filename: str = "m.txt") -> list[msglint.Diagnostic]:
    cfg: dict[str, object] = {"language": "en", "cache-dir": str(cache), "select": ["MSG404"]}
    if url:
        cfg["languagetool-url"] = url
    return msglint.lint(source, filename=filename, config=cfg)


def test_match_is_reported_at_its_source_position(lt: StandIn, tmp_path: Path) -> None:
    diags = _lint(TEXT, lt.url, tmp_path)
    assert [(d.code, d.line, d.column, d.end_column) for d in diags] == [("MSG404", 1, 158, 164)]
    assert TEXT[157:163] == "starts"
    assert "base form" in diags[0].message and "'start'" in diags[0].message and "MD_BASEFORM" in diags[0].message
    form = lt.requests[0]
    assert form["language"] == ["en-US"] and "TYPOS" in form["disabledCategories"][0]


def test_offsets_map_back_through_html_entities_and_emoji(lt: StandIn, tmp_path: Path) -> None:
    src = (
        "<p>Hello &amp; welcome, order 123-1234567-1234567 \U0001f600: we need the engraving text "
        "for your ring.</p>\n<p>Please send us the name you would like; we can starts on Friday.</p>\n"
    )
    diags = [d for d in _lint(src, lt.url, tmp_path, "m.html") if d.code == "MSG404"]
    assert [(d.line, d.column) for d in diags] == [(2, src.splitlines()[1].index("starts") + 1)]


def test_second_run_asks_nothing(lt: StandIn, tmp_path: Path) -> None:
    first = _lint(TEXT, lt.url, tmp_path)
    second = _lint(TEXT, lt.url, tmp_path)
    assert first == second and len(first) == 1
    assert len(lt.requests) == 1  # the answer came from the disk cache
    _lint(TEXT.replace("Friday", "Monday"), lt.url, tmp_path)
    assert len(lt.requests) == 2  # other text: asked again


def test_match_next_to_a_placeholder_is_dropped(lt: StandIn, tmp_path: Path) -> None:
    src = TEXT.replace("We can starts", "We can{{ x }}starts")
    assert _lint(src, lt.url, tmp_path) == []


def test_no_url_is_silent_with_one_note(tmp_path: Path) -> None:
    linter = Linter(msglint.Config(language="en", cache_dir=str(tmp_path)))
    assert [d for d in linter.lint_source(TEXT, "a.txt") if d.code == "MSG404"] == []
    linter.lint_source(TEXT, "b.txt")
    assert list(linter.notes.values()) == [OFF_NOTE]


def test_unreachable_server_is_one_note_no_diagnostic(tmp_path: Path) -> None:
    with StandIn() as server:
        url = server.url
    linter = Linter(msglint.Config(language="en", cache_dir=str(tmp_path), languagetool_url=url))
    for name in ("a.txt", "b.txt"):
        assert [d for d in linter.lint_source(TEXT, name) if d.code == "MSG404"] == []
    notes = list(linter.notes.values())
    assert len(notes) == 1 and "cannot reach" in notes[0]


def test_server_answering_nonsense_is_a_note(lt: StandIn, tmp_path: Path) -> None:
    linter = Linter(msglint.Config(language="en", cache_dir=str(tmp_path), languagetool_url=lt.url + "/nowhere"))
    assert [d for d in linter.lint_source(TEXT, "a.txt") if d.code == "MSG404"] == []
    assert any("HTTP 404" in n for n in linter.notes.values())


def test_cli_prints_the_off_note_once(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "msglint.toml").write_text(f'cache-dir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    r = run_cli("check", "--select", "MSG404", "--language", "en", "a.txt", "b.txt", cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 0, err
    assert err.count("MSG404 grammar is off") == 1 and "languagetool-url" in err and "Traceback" not in err


def test_cli_prints_the_off_note_once_with_worker_processes(tmp_path: Path) -> None:
    names = [f"m{i}.txt" for i in range(4)]
    for name in names:
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "msglint.toml").write_text(f'cache-dir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    r = run_cli("check", "--jobs", "2", "--select", "MSG404", "--language", "en", *names, cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 0 and err.count("MSG404 grammar is off") == 1, err


def test_cli_no_note_when_grammar_is_not_selected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    r = run_cli("check", "--select", "MSG403", "--language", "en", "a.txt", cwd=tmp_path)
    assert b"MSG404" not in r.stderr, r.stderr


def test_cli_unreachable_server_keeps_exit_code(tmp_path: Path) -> None:
    with StandIn() as server:
        url = server.url
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "msglint.toml").write_text(
        f'cache-dir = "{tmp_path / "cache"}"\nlanguagetool-url = "{url}"\n', encoding="utf-8"
    )
    r = run_cli("check", "--select", "MSG404", "--language", "en", "a.txt", cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 0 and err.count("MSG404 grammar:") == 1 and "Traceback" not in err, err


def test_unwritable_cache_still_checks(lt: StandIn, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    for _ in range(2):
        diags = _lint(TEXT, lt.url, blocked / "cache")
        assert [(d.code, d.line, d.column) for d in diags] == [("MSG404", 1, 158)]
    assert len(lt.requests) == 2  # nothing could be cached: asked each time, no error


def test_other_language_is_sent_with_its_languagetool_code(lt: StandIn, tmp_path: Path) -> None:
    text = (
        "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext für Ihren Ring. "
        "Könnten Sie uns bitte den gewünschten Namen mitteilen?\n"
    )
    assert (
        msglint.lint(
            text,
            filename="m.txt",
            config={
                "marketplace": "amazon.de",
                "cache-dir": str(tmp_path),
                "select": ["MSG404"],
                "languagetool-url": lt.url,
            },
        )
        == []
    )
    assert lt.requests[0]["language"] == ["de-DE"]
