"""Which files a run lints: folders expanded to message files, in a stable order.

Each file is judged by the configuration that applies to it (the closest one, see
:class:`msglint.core.config.Resolver`): its ``exclude`` and ``extend-exclude`` globs and, with
``respect-gitignore`` (the default), the ``.gitignore`` files of its repository. Files named on
the command line are linted whatever their name or exclusion, unless ``force-exclude`` is set
(as in the pre-commit hook, which always names files).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msglint.run.atomic import is_temp_name

if TYPE_CHECKING:
    from msglint.core.config import Config, Resolver

from msglint.model.dialects import SUFFIXES as _DIALECT_SUFFIXES

#: File types linted when a folder is given (explicit files are linted whatever their name):
#: HTML and text, mail, and every suffix a template dialect claims (.php, .ftl, .mjml...).
DEFAULT_SUFFIXES = frozenset(os.path.splitext("x" + sfx)[1] for sfx, _ in _DIALECT_SUFFIXES) | frozenset(
    {
        ".html",
        ".htm",
        ".xhtml",
        ".txt",
        ".text",
        ".j2",
        ".jinja",
        ".jinja2",
        ".liquid",
        ".hbs",
        ".mustache",
        ".tpl",
        ".twig",
        ".eml",
    }
)
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)


def special_kind(path: str) -> str | None:
    """What ``path`` is when it is neither a regular file nor a folder ("FIFO", "character
    device"...); None for those and for a path that cannot be looked at (linting it says why)."""
    from msglint.model.decode import special_file_kind

    try:
        return special_file_kind(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def _not_regular(kind: str) -> str:
    return f"not a regular file ({kind})"


def iter_files(
    paths: Iterable[str], exclude: Iterable[str] = (), on_skip: Callable[[str, str], None] | None = None
) -> Iterator[str]:
    """Expand folders into the message files below them, in a stable order (one configuration).

    Special files are skipped like :func:`select_files` does (``on_skip(path, why)`` hears of it)."""
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
                    kind = special_kind(full)
                    if kind is not None:
                        if on_skip is not None:
                            on_skip(full, _not_regular(kind))
                        continue
                    yield full
        else:
            kind = special_kind(p) if p != "-" else None
            if kind is not None and kind != "FIFO":
                if on_skip is not None:
                    on_skip(p, _not_regular(kind))
                continue
            yield p


# ---- exclusion ----------------------------------------------------------------------------------
def excluded_by_config(path: str, cfg: Config, *, parents: bool = False) -> bool:
    """``path`` (absolute) matches the config's ``exclude``/``extend-exclude``: a glob matches the
    path relative to the config's folder or the file's name; with ``parents`` any folder above
    it (up to the config's folder) counts too."""
    globs = tuple(g.rstrip("/") for g in (*cfg.exclude, *cfg.extend_exclude) if g.strip("/"))
    if not globs:
        return False
    root = cfg.root or os.getcwd()
    candidates = [path]
    if parents:
        cur = os.path.dirname(path)
        while cur and cur.startswith(root.rstrip(os.sep) + os.sep):
            candidates.append(cur)
            nxt = os.path.dirname(cur)
            if nxt == cur:
                break
            cur = nxt
    for cand in candidates:
        name = os.path.basename(cand)
        rel = os.path.relpath(cand, root).replace(os.sep, "/") if cand.startswith(root) else None
        for g in globs:
            if fnmatch.fnmatch(name, g) or fnmatch.fnmatch(cand, g):
                return True
            if rel is not None and (fnmatch.fnmatch(rel, g) or rel.startswith(g + "/")):
                return True
    return False


@dataclass
class _Rule:
    """One ``.gitignore`` pattern, compiled."""

    regex: re.Pattern[str]
    negate: bool
    dir_only: bool
    anchored: bool


def _compile_gitignore_line(line: str) -> _Rule | None:
    line = line.rstrip("\n").rstrip("\r")
    if not line.strip() or line.startswith("#"):
        return None
    if not line.endswith("\\ "):
        line = line.rstrip(" ")
    negate = line.startswith("!")
    if negate:
        line = line[1:]
    if line.startswith("\\"):
        line = line[1:]
    dir_only = line.endswith("/")
    line = line.rstrip("/")
    anchored = "/" in line
    line = line.lstrip("/")
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if line.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif line.startswith("/**", i) and i + 3 == len(line):
            out.append("/.*")
            i += 3
        elif line.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = line.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
                i += 1
            else:
                body = line[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    try:
        regex = re.compile("".join(out) + r"\Z", re.S)
    except re.error:
        return None
    return _Rule(regex, negate, dir_only, anchored)


@dataclass
class GitIgnore:
    """The ``.gitignore`` files (and ``.git/info/exclude``) of the repositories a run walks.

    Git's rules: patterns in a folder's ``.gitignore`` apply below it, later ones win, ``!``
    re-includes, a trailing ``/`` matches folders only, a ``/`` inside anchors the pattern to the
    folder, and nothing below an ignored folder can be re-included. Outside a Git repository the
    ``.gitignore`` files from the current folder down are read."""

    cwd: str = field(default_factory=os.getcwd)
    _rules: dict[str, list[_Rule]] = field(default_factory=dict)
    _tops: dict[str, str] = field(default_factory=dict)
    _verdicts: dict[str, bool] = field(default_factory=dict)

    def _top(self, folder: str) -> str:
        top = self._tops.get(folder)
        if top is None:
            if os.path.exists(os.path.join(folder, ".git")):
                top = folder
            else:
                parent = os.path.dirname(folder)
                top = folder if parent == folder else self._top(parent)
                if not os.path.exists(os.path.join(top, ".git")):
                    # no repository above: .gitignore files count from the current folder down
                    top = self.cwd if (folder + os.sep).startswith(self.cwd.rstrip(os.sep) + os.sep) else folder
            self._tops[folder] = top
        return top

    def _folder_rules(self, folder: str, top: str) -> list[_Rule]:
        rules = self._rules.get(folder)
        if rules is None:
            rules = []
            sources = [os.path.join(folder, ".gitignore")]
            if folder == top:
                sources.insert(0, os.path.join(folder, ".git", "info", "exclude"))
            for src in sources:
                try:
                    with open(src, encoding="utf-8", errors="replace") as fh:
                        rules.extend(r for r in map(_compile_gitignore_line, fh) if r is not None)
                except OSError:
                    pass
            self._rules[folder] = rules
        return rules

    def ignored(self, path: str, is_dir: bool = False, parents: bool = True) -> bool:
        """``path`` (absolute, normalised) is ignored, itself or (with ``parents``) through a folder
        above it. A walk checks each entry without ``parents``: it does not enter ignored folders,
        and a folder named on the command line is walked even where it is ignored (like ruff)."""
        if not parents:
            top = self._top(os.path.dirname(path))
            inside = (path + os.sep).startswith(top.rstrip(os.sep) + os.sep) and path != top
            return inside and self._match(path, is_dir, top)
        key = path + ("/" if is_dir else "")
        verdict = self._verdicts.get(key)
        if verdict is not None:
            return verdict
        parent = os.path.dirname(path)
        top = self._top(parent)
        verdict = False
        if parent != path and (parent + os.sep).startswith(top.rstrip(os.sep) + os.sep) and parent != top:
            verdict = self.ignored(parent, True)
        if not verdict and (path + os.sep).startswith(top.rstrip(os.sep) + os.sep) and path != top:
            verdict = self._match(path, is_dir, top)
        self._verdicts[key] = verdict
        return verdict

    def _match(self, path: str, is_dir: bool, top: str) -> bool:
        # folders from the top down to the file's own: deeper .gitignore files are read later
        chain = []
        cur = os.path.dirname(path)
        while True:
            chain.append(cur)
            if cur == top or os.path.dirname(cur) == cur:
                break
            cur = os.path.dirname(cur)
        result = False
        name = os.path.basename(path)
        for folder in reversed(chain):
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            for rule in self._folder_rules(folder, top):
                if rule.dir_only and not is_dir:
                    continue
                if rule.regex.match(rel if rule.anchored else name):
                    result = not rule.negate
        return result


@dataclass
class Selection:
    """The outcome of expanding the command line's paths."""

    files: list[str]  # in command-line order, folders expanded in a stable order
    missing: list[str]  # named paths that do not exist (or are dangling symlinks)
    skipped: list[str]  # dangling symlinks met while walking a folder
    #: (path, why): FIFOs and devices in a folder (they would block or never end), devices and
    #: sockets named on the command line; a named pipe given explicitly is read
    special: list[tuple[str, str]] = field(default_factory=list)


def select_files(paths: Iterable[str], resolver: Resolver, force_exclude: bool = False) -> Selection:
    """Expand ``paths`` with each file's own configuration (exclude, gitignore)."""
    gitignore = GitIgnore(str(resolver.cwd))
    out = Selection([], [], [])
    seen: set[str] = set()

    def keep(full: str, is_dir: bool, parents: bool) -> bool:
        cfg = resolver.config_for(full)
        if excluded_by_config(full, cfg, parents=parents):
            return False
        return not (cfg.respect_gitignore and gitignore.ignored(full, is_dir, parents))

    for p in paths:
        if p == "-":
            out.files.append(p)
            continue
        full = os.path.normpath(os.path.join(str(resolver.cwd), p))
        if os.path.isdir(full):
            resolver.config_for(full)  # a broken configuration is an error even for an empty folder
            if force_exclude and not keep(full, True, True):
                continue
            for root, dirs, files in os.walk(p):
                aroot = os.path.normpath(os.path.join(str(resolver.cwd), root))
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and keep(os.path.join(aroot, d), True, False))
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() not in DEFAULT_SUFFIXES:
                        continue
                    afull = os.path.join(aroot, name)
                    if not keep(afull, False, False):
                        continue
                    rel = os.path.join(root, name)
                    if not os.path.exists(afull):  # a dangling symlink in a folder: said, not fatal
                        out.skipped.append(rel)
                        continue
                    kind = special_kind(afull)
                    if kind is not None:
                        out.special.append((rel, _not_regular(kind)))
                        continue
                    if afull not in seen:
                        seen.add(afull)
                        out.files.append(rel)
        elif not os.path.exists(full):
            out.missing.append(p)
        else:
            if force_exclude and not keep(full, False, True):
                continue
            kind = special_kind(full)
            if kind is not None and kind != "FIFO":
                out.special.append((p, _not_regular(kind)))
                continue
            if is_temp_name(os.path.basename(full)):
                out.special.append((p, "a temporary file of an interrupted --fix, not a template"))
                continue
            if full not in seen:
                seen.add(full)
                out.files.append(p)
    return out


def project_files(root: str, resolver: Resolver) -> list[str]:
    """Every message file of the project below ``root`` (the configuration's folder), with the
    same exclusions as a run over it: what project rules (MSG704) compare staged files with."""
    if not os.path.isdir(root):
        return []
    sel = select_files([root], resolver)
    return [os.path.normpath(os.path.join(str(resolver.cwd), f)) for f in sel.files]


__all__ = [
    "DEFAULT_SUFFIXES",
    "GitIgnore",
    "SKIP_DIRS",
    "Selection",
    "excluded_by_config",
    "iter_files",
    "project_files",
    "select_files",
    "special_kind",
]
