"""Blade (Laravel): ``{{ expr }}``, ``{!! expr !!}``, ``{{-- comment --}}``, ``@directive(...)``,
``@lang('text')``, ``@php ... @endphp``, ``@verbatim ... @endverbatim``, plus plain PHP blocks.

The expressions are PHP: ``{{ __('Hello :name', ['name' => $user->name]) }}`` is read by the
PHP tokenizer as an output expression, so its translated string is text whose ``:name`` is a
placeholder named after ``$user->name``.
"""

from __future__ import annotations

import re

from msglint.model.dialects import php
from msglint.model.dialects.base import COLON_NAME, MAX_TAG, PRINTF, QUOTED, Finder, RegexFinder, Scan, inner_pattern
from msglint.model.dialects.expr import is_key
from msglint.model.dialects.tags import emit_tag, strip_code

INNER = inner_pattern(COLON_NAME, PRINTF)
_LARAVEL = re.compile(COLON_NAME)
#: Directives that translate their first argument.
TRANSLATING = frozenset({"lang", "choice"})
#: Blade's directives (a word after '@' that is not one is text: "team@example.com").
DIRECTIVES = frozenset(
    """if elseif else endif unless endunless isset endisset empty endempty auth endauth guest endguest
    production endproduction env endenv hasSection sectionMissing switch case break default endswitch
    for endfor foreach endforeach forelse endforelse while endwhile continue php endphp include
    includeIf includeWhen includeUnless includeFirst each extends section endsection show stop
    overwrite yield parent component endcomponent slot endslot props aware once endonce push endpush
    pushOnce endPushOnce prepend endprepend stack lang choice verbatim endverbatim csrf method error
    enderror json class style checked selected disabled readonly required can endcan cannot endcannot
    canany endcanany inject dump dd vite livewire markdown endmarkdown""".split()
)
_OPEN = re.compile(r"\{\{--|\{\{|\{!!|(?<![\w@])@(?=[A-Za-z])|<\?(?:php(?!\w)|=)?")
_DIRECTIVE = re.compile(r"@([A-Za-z]\w*+)(?:::\w+)?")
_PAREN_ARGS = re.compile(
    r"""\((?:[^()'"]++|'(?:[^'\\]++|\\.)*+'|"(?:[^"\\]++|\\.)*+"|\((?:[^()'"]++|'(?:[^'\\]++|\\.)*+'|"(?:[^"\\]++|\\.)*+"|\((?:[^()'"]++|'(?:[^'\\]++|\\.)*+'|"(?:[^"\\]++|\\.)*+")*+\))*+\))*+\)""",
    re.S,
)
_END_PHP = re.compile(r"@endphp\b")
_END_VERBATIM = re.compile(r"@endverbatim\b")


def scan(text: str, start: int = 0) -> Scan:
    out = Scan()
    finder = Finder(text)
    heredocs = php._Heredocs(text)
    opener = RegexFinder(text, _OPEN)
    end_php = RegexFinder(text, _END_PHP)
    end_verbatim = RegexFinder(text, _END_VERBATIM)
    pos = start
    n = len(text)
    while pos < n:
        m = opener.search(pos)
        if m is None:
            break
        s = m.start()
        tok = m.group()
        if tok == "{{--":
            close = finder.find("--}}", s + 4)
            if close < 0:
                pos = s + 4
                continue
            out.comment(s, close + 4, s + 4, close)
            pos = close + 4
            continue
        if tok in ("{{", "{!!"):
            if s > 0 and text[s - 1] == "@":  # @{{ }}: printed as written (for a JS framework)
                pos = s + 2
                continue
            close_tok = "}}" if tok == "{{" else "!!}"
            close = finder.find(close_tok, s + len(tok))
            if close < 0 or close - s > MAX_TAG:
                pos = s + len(tok)
                continue
            php.scan_code(
                text,
                s + len(tok),
                close,
                out,
                finder,
                heredocs,
                block_start=s,
                echo=True,
                stop_at_close=False,
                inner=_LARAVEL,
            )
            out.add(close, close + len(close_tok), "placeholder", close_tok)
            pos = close + len(close_tok)
            continue
        if tok.startswith("<?"):
            pos = php.scan_code(
                text, m.end(), n, out, finder, heredocs, block_start=s, echo=tok == "<?=", inner=_LARAVEL
            )
            continue
        # @directive
        d = _DIRECTIVE.match(text, s)
        if d is None or d.group(1) not in DIRECTIVES:
            pos = s + 1
            continue
        name = d.group(1)
        e = d.end()
        args_end = e
        ws = e
        while ws < n and text[ws] in " \t":
            ws += 1
        if ws < n and text[ws] == "(":
            pm = _PAREN_ARGS.match(text, ws, min(n, ws + MAX_TAG))
            if pm is not None:
                args_end = pm.end()
        if name == "php" and args_end == e:
            end_m = end_php.search(e)
            stop = end_m.start() if end_m is not None else n
            php.scan_code(text, e, stop, out, finder, heredocs, block_start=s, stop_at_close=False, inner=_LARAVEL)
            if end_m is not None:
                out.add(end_m.start(), end_m.end(), "control", "endphp")
            pos = end_m.end() if end_m is not None else n
            continue
        if name == "verbatim":
            end_m = end_verbatim.search(e)
            out.add(s, e, "control", "verbatim")
            if end_m is not None:
                out.add(end_m.start(), end_m.end(), "control", "endverbatim")
                pos = end_m.end()
            else:
                pos = e
            continue
        if name in TRANSLATING and args_end > e:
            strings = _first_string(text, ws + 1, args_end - 1)
            emit_tag(out, text, s, args_end, "placeholder", strip_code(text[s:args_end]), strings, inner=INNER)
        else:
            out.add(s, args_end, "control", strip_code(text[s:args_end]))
        pos = args_end
    return out.finish()


def _first_string(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The first argument of a directive, when it is a string literal (``@lang('...')``)."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    m = QUOTED.match(text, i, end)
    if m is None or is_key(m.group()[1:-1]):
        return []
    return [(m.start() + 1, m.end() - 1, m.group()[0])]
