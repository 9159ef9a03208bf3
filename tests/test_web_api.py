"""The HTTP API of ``msglint web``, against a real server on 127.0.0.1 (tests/webserver.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli
from webserver import Server, free_port, msglint_cmd, web_server

BAD = (
    "<p>Hello Anna 😀, thank you for your order 123-1234567-1234567.</p>\n"
    '<p style="text-align:center">Please leave a 5-star review!</p>\n'
)


@pytest.fixture(scope="module")
def server() -> Server:
    with web_server() as s:
        yield s


def _utf8_fixtures() -> list[str]:
    """UTF-8 fixtures of several kinds (HTML, text, templates, mails), as the API takes text:
    the multi-rule sets and a bad example of every other rule."""
    folders = [FIXTURES / "good", FIXTURES / "fix", FIXTURES / "mail"]
    folders += sorted(p for p in (FIXTURES / "rules").iterdir() if p.is_dir())[::2]
    out = []
    for folder in folders:
        files = [p for p in sorted(folder.glob("*.*")) if p.suffix not in (".md", ".fixed", ".toml", ".json")]
        for p in files[: 3 if folder.parent == FIXTURES else 1]:
            try:
                p.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                continue
            out.append(str(p.relative_to(FIXTURES)))
    return out


@pytest.mark.parametrize("rel", _utf8_fixtures())
def test_lint_answers_exactly_as_cli_json(server: Server, rel: str) -> None:
    path = FIXTURES / rel
    cli = run_cli("check", "--format", "json", path.name, cwd=path.parent)
    assert cli.returncode in (0, 1), cli.stderr
    expected = json.loads(cli.stdout)
    status, got = server.post_json("/api/v1/lint", {"source": path.read_bytes().decode("utf-8"), "filename": path.name})
    assert status == 200, got
    assert got == expected


def test_lint_html_finds_emoji_with_fix_and_positions(server: Server) -> None:
    status, diags = server.post_json("/api/v1/lint", {"source": BAD, "dialect": "html", "marketplace": "amazon.com"})
    assert status == 200
    by_code = {d["code"]: d for d in diags}
    emoji = by_code["MSG101"]
    assert (emoji["path"], emoji["line"], emoji["column"]) == ("message.html", 1, 15)
    assert emoji["fix"]["applicability"] == "safe"
    assert emoji["fix"]["edits"][0]["start_offset"] == 13  # the space before it goes too
    assert (by_code["MSG302"]["line"], by_code["MSG502"]["line"]) == (2, 2)


def test_options_select_and_ignore(server: Server) -> None:
    status, diags = server.post_json(
        "/api/v1/lint", {"source": BAD, "dialect": "html", "options": {"select": ["emoji"]}}
    )
    assert status == 200 and [d["code"] for d in diags] == ["MSG101"]
    status, diags = server.post_json(
        "/api/v1/lint", {"source": BAD, "dialect": "html", "options": {"ignore": ["MSG1"]}}
    )
    assert status == 200 and "MSG101" not in {d["code"] for d in diags} and diags


def test_dialect_text_and_eml(server: Server) -> None:
    status, diags = server.post_json(
        "/api/v1/lint", {"source": "Hi 😀\n", "dialect": "text", "options": {"select": ["MSG101"]}}
    )
    assert status == 200 and [(d["path"], d["line"], d["column"]) for d in diags] == [("message.txt", 1, 4)]
    mail = (
        "From: shop@example.com\nTo: t969vz2jn3bdsy7@marketplace.amazon.de\nSubject: Ihre Bestellung wurde versandt\n"
        "Content-Type: text/plain; charset=utf-8\n\nIhre Bestellung 123-1234567-1234567 wurde versandt.\n"
    )
    for req in ({"dialect": "eml"}, {"dialect": "auto"}, {"filename": "out.eml"}):
        status, diags = server.post_json("/api/v1/lint", {"source": mail, **req})
        assert status == 200
        assert "MSG705" in {d["code"] for d in diags}, req


def test_reason_is_front_matter_and_positions_stay_on_the_source(server: Server) -> None:
    src = "<p>Hello, your order 123-1234567-1234567 😀: we need the engraving text.</p>\n"
    status, plain = server.post_json("/api/v1/lint", {"source": src, "dialect": "html"})
    status2, with_reason = server.post_json(
        "/api/v1/lint", {"source": src, "dialect": "html", "reason": "customization"}
    )
    assert status == status2 == 200
    emoji = [d for d in with_reason if d["code"] == "MSG101"]
    assert [(d["line"], d["column"]) for d in emoji] == [(1, 42)]
    assert emoji[0]["fix"]["edits"][0]["start_offset"] == 41
    assert emoji == [d for d in plain if d["code"] == "MSG101"]
    # an impermissible reason is refused by name; a reason and front matter together too
    status, err = server.post_json("/api/v1/lint", {"source": src, "reason": "marketing"})
    assert status == 400 and "unknown reason 'marketing'" in err["error"]
    status, err = server.post_json("/api/v1/lint", {"source": "---\nreason: invoice\n---\n" + src, "reason": "invoice"})
    assert status == 400 and "front matter" in err["error"]


def test_fix_applies_safe_fixes(server: Server) -> None:
    status, out = server.post_json("/api/v1/fix", {"source": BAD, "dialect": "html"})
    assert status == 200
    assert "😀" not in out["source"] and "text-align" not in out["source"]
    assert out["fixed"] == 2
    assert {d["code"] for d in out["diagnostics"]} >= {"MSG502"}
    assert all(d["fix"] is None for d in out["diagnostics"])
    lib = __import__("msglint").fix(BAD, "message.html")
    assert out["source"] == lib.text


def test_rules_healthz_openapi(server: Server) -> None:
    status, rules = server.get_json("/api/v1/rules")
    assert status == 200
    emoji = next(r for r in rules if r["code"] == "MSG101")
    assert emoji["slug"] == "emoji" and emoji["fixable"] is True and emoji["guideline"] and emoji["bad"]
    status, health = server.get_json("/healthz")
    assert status == 200 and health["status"] == "ok" and health["warm"] is True
    status, spec = server.get_json("/api/v1/openapi.json")
    assert status == 200 and spec["openapi"].startswith("3.1")
    assert set(spec["paths"]) >= {"/api/v1/lint", "/api/v1/fix", "/api/v1/rules", "/healthz"}
    assert spec["components"]["schemas"]["LintRequest"]["required"] == ["source"]
    status, meta = server.get_json("/api/v1/meta")
    assert status == 200 and meta["marketplaces"]["amazon.ca"] == ["en", "fr"] and "review-request" in meta["reasons"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"source": ', "malformed JSON"),
        ("[1, 2]", "must be a JSON object"),
        ("{}", "missing field 'source'"),
        ('{"source": 3}', "'source' must be a string"),
        ('{"source": "x", "colour": 1}', "unknown field(s) 'colour'"),
        ('{"source": "x", "dialect": "pdf"}', "unknown dialect 'pdf'"),
        ('{"source": "x", "marketplace": "amazon.xx"}', "unknown marketplace 'amazon.xx'"),
        ('{"source": "x", "language": "German"}', "ISO 639-1"),
        ('{"source": "x", "options": {"select": ["MSG999"]}}', "MSG999"),
        ('{"source": "x", "options": {"languagetool-url": "http://10.0.0.1"}}', "not allowed in a request"),
        ('{"source": "x", "options": {"cache-dir": "/tmp"}}', "not allowed in a request"),
        ('{"source": "x", "options": {"words": "a"}, "filename": "a.html", "dialect": "html"}', "not both"),
        ("", "empty request body"),
    ],
)
def test_bad_requests_are_400_with_a_message(server: Server, body: str, message: str) -> None:
    for path in ("/api/v1/lint", "/api/v1/fix"):
        status, headers, data = server.request("POST", path, body, {"Content-Type": "application/json"})
        assert status == 400, data
        assert headers["content-type"] == "application/json"
        err = json.loads(data)["error"]
        assert message in err
        assert "Traceback" not in err


def test_wrong_content_type_unknown_path_wrong_method(server: Server) -> None:
    status, _, data = server.request("POST", "/api/v1/lint", '{"source": "x"}', {"Content-Type": "text/plain"})
    assert status == 415 and "application/json" in json.loads(data)["error"]
    status, _, data = server.request("GET", "/api/v1/nothing")
    assert status == 404 and "no such endpoint" in json.loads(data)["error"]
    status, _, data = server.request("GET", "/api/v1/lint")
    assert status == 405 and "GET is not allowed" in json.loads(data)["error"]


def test_request_size_limit_413() -> None:
    with web_server("--max-bytes", "2048") as s:
        big = json.dumps({"source": "a" * 5000})
        status, _, data = s.request("POST", "/api/v1/lint", big, {"Content-Type": "application/json"})
        assert status == 413 and "over the limit of 2048 bytes" in json.loads(data)["error"]
        # without a Content-Length (chunked), the limit holds while reading
        chunks = (big[i : i + 1000].encode() for i in range(0, len(big), 1000))
        status, _, data = s.request(
            "POST", "/api/v1/lint", chunks, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
        )
        assert status == 413
        status, _ = s.post_json("/api/v1/lint", {"source": "short"})
        assert status == 200


def test_filename_is_only_a_name(server: Server, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>😀</p>", encoding="utf-8")
    status, diags = server.post_json(
        "/api/v1/lint", {"source": "<p>plain</p>", "filename": str(secret), "options": {"select": ["MSG101"]}}
    )
    assert status == 200 and diags == []  # the file on disk is never read
    status, diags = server.post_json("/api/v1/lint", {"source": "<p>😀</p>", "filename": "../../etc/x.html"})
    assert status == 200 and {d["path"] for d in diags} == {"x.html"}


def test_concurrent_requests_give_the_same_answers(server: Server) -> None:
    sources = [f"<p>Order 123-1234567-123456{i % 10}: ring {'😀' * (i % 3)} engraving {i}.</p>\n" for i in range(24)]
    sequential = [server.post_json("/api/v1/lint", {"source": s, "dialect": "html"}) for s in sources]
    with ThreadPoolExecutor(max_workers=12) as pool:
        parallel = list(pool.map(lambda s: server.post_json("/api/v1/lint", {"source": s, "dialect": "html"}), sources))
    assert parallel == sequential
    assert all(status == 200 for status, _ in parallel)


def test_host_header_must_be_loopback(server: Server) -> None:
    status, _, _ = server.request("GET", "/healthz", headers={"Host": "attacker.example"})
    assert status == 400
    status, _, _ = server.request("GET", "/healthz", headers={"Host": f"localhost:{server.port}"})
    assert status == 200


def test_security_headers_and_page(server: Server) -> None:
    status, headers, page = server.request("GET", "/")
    assert status == 200 and b'id="source"' in page
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "img-src 'self' data:" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert b"http://" not in page.replace(b"http://www.w3.org", b"") and b"https://" not in page
    for static in ("/static/app.js", "/static/style.css"):
        status, _, data = server.request("GET", static)
        assert status == 200 and b"//cdn" not in data and b"https://" not in data


def test_rule_pages(server: Server) -> None:
    status, _, page = server.request("GET", "/rules/MSG101/")
    text = page.decode()
    assert status == 200 and "MSG101" in text and "emoji" in text and "Guideline" in text and "Bad" in text
    assert "What msglint reports on the bad example" in text
    status, headers, _ = server.request("GET", "/rules/emoji")
    assert status == 308 and headers["location"] == "/rules/MSG101/"
    status, headers, _ = server.request("GET", "/rules/MSG101")
    assert status == 308 and headers["location"] == "/rules/MSG101/"
    status, _, _ = server.request("GET", "/rules/MSG999/")
    assert status == 404
    status, _, index = server.request("GET", "/rules/")
    assert status == 200 and index.count(b'href="MSG') == len(__import__("msglint").rules())


def test_token_required_when_given() -> None:
    with web_server("--token", "s3cret") as s:
        status, err = s.post_json("/api/v1/lint", {"source": "x"})
        assert status == 401 and "bearer token" in err["error"]
        status, err = s.post_json("/api/v1/lint", {"source": "x"}, {"Authorization": "Bearer wrong"})
        assert status == 401
        status, diags = s.post_json("/api/v1/lint", {"source": "x"}, {"Authorization": "Bearer s3cret"})
        assert status == 200 and isinstance(diags, list)
        status, _ = s.get_json("/healthz")  # liveness stays open
        assert status == 200
    with web_server(env={"MSGLINT_WEB_TOKEN": "from-env"}) as s:
        status, _ = s.post_json("/api/v1/lint", {"source": "x"})
        assert status == 401
        status, _ = s.post_json("/api/v1/lint", {"source": "x"}, {"Authorization": "Bearer from-env"})
        assert status == 200


def test_non_loopback_host_needs_a_token() -> None:
    proc = subprocess.run(
        [*msglint_cmd(), "web", "--host", "0.0.0.0", "--port", str(free_port())],
        capture_output=True,
        timeout=60,
        env={k: v for k, v in __import__("os").environ.items() if k != "MSGLINT_WEB_TOKEN"},
    )
    assert proc.returncode == 2
    assert b"give --token" in proc.stderr


def test_static_docs_build(tmp_path: Path) -> None:
    proc = subprocess.run([*msglint_cmd(), "docs", "--out", str(tmp_path / "site")], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    import msglint

    for rule in msglint.rules():
        page = (site / "rules" / rule.code / "index.html").read_text(encoding="utf-8")
        assert rule.slug in page and '"../../static/style.css"' in page
    assert (site / "static" / "style.css").is_file()
    assert 'href="MSG101/"' in (site / "rules" / "index.html").read_text(encoding="utf-8")


def test_check_does_not_import_web_or_lsp_libraries() -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'starlette', 'uvicorn', 'pygls', 'lsprotocol', 'anyio'}), file=sys.stderr))\n"
        "from msglint.cli import main\n"
        f"main(['check', {str(FIXTURES / 'good' / 'review-request.en.html')!r}])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"


def test_docs_url_in_json_and_sarif(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text("<p>Hi 😀</p>\n", encoding="utf-8")
    out = run_cli("check", "--select", "MSG101", "--format", "json", "bad.html", cwd=tmp_path)
    assert [d["url"] for d in json.loads(out.stdout)] == ["http://127.0.0.1:8765/rules/MSG101/"]
    (tmp_path / "msglint.toml").write_text('docs-url = "https://example.test/msglint/rules"\n', encoding="utf-8")
    out = run_cli("check", "--select", "MSG101", "--format", "json", "bad.html", cwd=tmp_path)
    assert [d["url"] for d in json.loads(out.stdout)] == ["https://example.test/msglint/rules/MSG101/"]
    out = run_cli("check", "--select", "MSG101", "--format", "sarif", "bad.html", cwd=tmp_path)
    rules = json.loads(out.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert {r["id"]: r["helpUri"] for r in rules}["MSG101"] == "https://example.test/msglint/rules/MSG101/"


def test_python_m_build(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "msglint.web.build", "--out", str(tmp_path)], capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "rules" / "MSG101" / "index.html").is_file()
