"""Text work for the language server, without the LSP library: positions, comments, word lists.

- Positions: msglint counts lines from 1 and columns in code points from 1; LSP counts from 0
  in the negotiated position encoding (UTF-16 code units unless the client offers another).
- ``disable_comment_edit``: the suppression comment for the line of a finding, in the syntax
  msglint reads in that kind of file (an HTML comment in HTML, a ``{# ... #}`` template comment
  in text and templates, where an HTML comment would be text the buyer receives).
- ``add_word``: ``words = [...]`` in msglint.toml or pyproject.toml's ``[tool.msglint]`` with
  one more word, the rest of the file kept as it was (checked by parsing the result).
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2", ".liquid", ".hbs", ".mustache", ".tpl", ".twig")
_LOOKS_HTML = re.compile(
    r"<(?:!doctype|html|body|head|p|div|table|span|br|a|img|h[1-6]|ul|ol|li|b|strong|em|i)\b", re.I
)
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")


# ---- positions --------------------------------------------------------------------------------


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in the client's position units."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def to_lsp(lines: list[str], line: int, column: int, encoding: str) -> tuple[int, int]:
    """msglint's 1-based (line, code-point column) -> LSP's 0-based (line, character)."""
    if line < 1:
        return 0, 0
    if line > len(lines):
        return len(lines) - 1, units(lines[-1], encoding) if lines else 0
    text = lines[line - 1]
    return line - 1, units(text[: max(column - 1, 0)], encoding)


def offset_to_lsp(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """A code-point offset into ``text`` -> LSP's (line, character)."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return line, units(text[start:offset], encoding)


def from_lsp(lines: list[str], line: int, character: int, encoding: str) -> int:
    """LSP's (line, character) -> a code-point offset into the text the lines came from."""
    if line >= len(lines):
        return sum(len(s) + 1 for s in lines) - 1
    base = sum(len(s) + 1 for s in lines[:line])
    text, n, i = lines[line], 0, 0
    while i < len(text) and n < character:
        n += units(text[i], encoding)
        i += 1
    return base + i


# ---- suppression comments ---------------------------------------------------------------------


def comment_style(path: str, text: str) -> str | None:
    """'html', 'template', or None where msglint reads no comment directive (mail)."""
    lower = path.lower()
    if lower.endswith(".eml"):
        return None
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEMPLATE_SUFFIXES) or lower.endswith((".txt", ".text", ".md")):
        return "template"
    return "html" if _LOOKS_HTML.search(text, 0, 20000) else "template"


def directive(style: str, codes: str) -> str:
    if style == "html":
        return f"<!-- msglint: disable-next-line={codes} -->"
    return f"{{# msglint: disable-next-line={codes} #}}"


_EXISTING = re.compile(
    r"^(?P<indent>[ \t]*)(?P<open><!--|\{#)\s*msglint\s*:\s*disable-next-line\s*=\s*(?P<codes>[A-Za-z0-9_,\s-]+?)"
    r"(?P<rest>\s*(?:--\s.*?)?\s*)(?P<close>-->|#\})[ \t]*\r?$"
)


def front_matter_lines(text: str) -> int:
    """How many lines the front matter block takes (0 without one)."""
    m = _FRONT.match(text)
    return m.group(0).count("\n") if m else 0


def disable_comment_edit(path: str, text: str, line: int, code: str) -> tuple[int, int, str] | None:
    """The edit (start offset, end offset, new text) that silences ``code`` on 1-based ``line``.

    A ``disable-next-line`` comment is inserted above the line with its indentation, or the
    code is added to the one already there. None where no comment can go (a mail, front matter).
    """
    style = comment_style(path, text)
    if style is None or line <= front_matter_lines(text):
        return None
    lines = lines_of(text)
    if line > len(lines):
        return None
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    if line >= 2:
        prev = lines[line - 2]
        m = _EXISTING.match(prev)
        if m and (m.group("open") == "<!--") == (style == "html"):
            codes = [c.strip() for c in m.group("codes").split(",") if c.strip()]
            if code in codes:
                return None
            at = starts[line - 2] + m.end("codes")
            return at, at, "," + code
    indent = re.match(r"[ \t]*", lines[line - 1]).group(0)  # type: ignore[union-attr]
    newline = "\r\n" if lines[line - 1].endswith("\r") else "\n"
    at = starts[line - 1]
    return at, at, indent + directive(style, code) + newline


# ---- word lists -------------------------------------------------------------------------------

_HEADER = re.compile(r"^[ \t]*\[\[?[^\]\n]*\]\]?[ \t]*(?:#.*)?$", re.M)
_TOOL_MSGLINT = re.compile(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*msglint[ \t]*\][ \t]*(?:#.*)?$", re.M)
_WORDS = re.compile(r"^[ \t]*(?:words|\"words\"|'words')[ \t]*=[ \t]*", re.M)


def _table(data: dict[str, Any], pyproject: bool) -> dict[str, Any]:
    if pyproject:
        tool = data.get("tool", {})
        return dict(tool.get("msglint", {})) if isinstance(tool, dict) else {}
    return dict(data)


def _array_end(text: str, start: int) -> int:
    """Offset of the ']' closing the array that opens at ``text[start] == '['``."""
    depth, i, quote = 0, start, ""
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif ch == "#":
            nl = text.find("\n", i)
            i = len(text) if nl < 0 else nl
            continue
        elif text.startswith(('"""', "'''"), i):
            quote = text[i : i + 3]
            i += 3
            continue
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unterminated array")


def add_word(text: str, word: str, pyproject: bool) -> str:
    """``text`` (a msglint.toml or pyproject.toml) with ``word`` added to ``words``.

    Raises ValueError when the file cannot be read as TOML or the edit would change anything
    but the word list. Returns ``text`` unchanged when the word is already there.
    """
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from None
    table = _table(before, pyproject)
    words = table.get("words", [])
    if isinstance(words, list) and word in words:
        return text
    lit = json.dumps(word, ensure_ascii=False)
    # the region of the file that holds the table's own keys
    if pyproject:
        head = _TOOL_MSGLINT.search(text)
        if head is None:
            sep = "" if text.endswith("\n") or not text else "\n"
            new = f"{text}{sep}\n[tool.msglint]\nwords = [{lit}]\n"
            return _checked(text, new, word, pyproject)
        region_start = head.end() + 1 if head.end() < len(text) else head.end()
    else:
        region_start = 0
    nxt = _HEADER.search(text, region_start)
    region_end = nxt.start() if nxt else len(text)
    m = _WORDS.search(text, region_start, region_end)
    if m is None:
        # a new key after the table's last line (before the next table)
        body = text[region_start:region_end]
        keep = len(body.rstrip("\n \t"))
        at = region_start + keep
        if keep:
            new = text[:at] + f"\nwords = [{lit}]" + text[at:]
        else:
            new = text[:region_start] + f"words = [{lit}]\n" + text[region_start:]
        if not new.endswith("\n"):
            new += "\n"
        return _checked(text, new, word, pyproject)
    open_at = m.end()
    if text[open_at : open_at + 1] != "[":
        raise ValueError("'words' is not an array")
    close_at = _array_end(text, open_at)
    inner = text[open_at + 1 : close_at]
    if "\n" not in inner:  # one line: words = ["a", "b"] -> words = ["a", "b", "new"]
        stripped = inner.rstrip()
        new_inner = stripped.rstrip(",").rstrip() + ", " + lit if stripped.strip() else lit
        new = text[: open_at + 1] + new_inner + text[close_at:]
        return _checked(text, new, word, pyproject)
    # several lines: a new line before the closing bracket, with the items' indentation
    line_start = text.rfind("\n", open_at, close_at) + 1
    items = [ln for ln in inner.split("\n") if ln.strip() and not ln.strip().startswith("#")]
    indent = re.match(r"[ \t]*", items[-1]).group(0) if items else "    "  # type: ignore[union-attr]
    pre = text[:line_start]
    if items:
        last = pre.rstrip("\n \t")
        last_line = last[last.rfind("\n") + 1 :]
        code = last_line[: _code_end(last_line)].rstrip()
        if code and not code.endswith((",", "[")):
            # add the missing comma after the last value, before its comment if any
            cut = len(last) - len(last_line) + len(code)
            pre = last[:cut] + "," + last[cut:] + pre[len(last) :]
    new = pre + f"{indent}{lit},\n" + text[line_start:]
    return _checked(text, new, word, pyproject)


def _code_end(line: str) -> int:
    """Where the TOML code of ``line`` ends (the start of its comment, or its length)."""
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return i
        i += 1
    return len(line)


def _checked(old: str, new: str, word: str, pyproject: bool) -> str:
    """The edit must parse and change nothing but ``words`` (one more word)."""
    try:
        a, b = tomllib.loads(old), tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"the word list could not be edited safely ({exc})") from None
    ta, tb = _table(a, pyproject), _table(b, pyproject)
    wa = ta.pop("words", [])
    wb = tb.pop("words", [])
    if ta != tb or list(wb) != [*wa, word]:
        raise ValueError("the word list could not be edited safely")
    if pyproject:
        for doc in (a, b):
            tool = doc.get("tool")
            if isinstance(tool, dict):
                tool.pop("msglint", None)
                if not tool:
                    del doc["tool"]
        if a != b:
            raise ValueError("the word list could not be edited safely")
    return new
