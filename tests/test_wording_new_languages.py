"""The labelled wording sets of the six newer languages (sv, pl, tr, ja, pt, ar): every file of
their tune, tune2 and tune3 splits gets exactly its labelled review and purpose rules (MSG5/MSG6).

This backs the per-language figures of ``benchmarks/wording_eval.py --split tune,tune2,tune3``;
the held-back splits (holdout, holdout2, holdout3) are never read here. A file the rules do not meet yet is a
strict xfail with its reason, so the entry must go as soon as the file passes.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("wording_eval_new", ROOT / "benchmarks" / "wording_eval.py")
assert _SPEC is not None and _SPEC.loader is not None
wording_eval = importlib.util.module_from_spec(_SPEC)
sys.modules["wording_eval_new"] = wording_eval
_SPEC.loader.exec_module(wording_eval)

NEW_LANGUAGES = ("sv", "pl", "tr", "ja", "pt", "ar")
PURPOSE_RULES = {"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"}
CASES = [c for c in wording_eval.load_cases(splits=("tune", "tune2", "tune3")) if c.language in NEW_LANGUAGES]

#: Files whose MSG5/MSG6 labels the rules do not meet, each with the reason (strict xfail).
KNOWN_MISSES: dict[str, str] = {
    "ar/tune/thanks-only-c.html": "MSG603 missed: a thanks message with a product sentence of its own",
    "ar/tune2/thanks-ramadan-c.html": "MSG603 missed: seasonal wishes (Ramadan) in wording the lexicon lacks",
    "ja/tune/thanks-only-b.txt": "MSG603 missed: Japanese clauses are single tokens, a thanks clause with a number is not covered",
    "pt/tune/so-agradecimento-c.html": "MSG603 missed: a handmade-workshop story (feita à mão) is taken for content",
    "ja/tune3/refund-settled-c.txt": "MSG602 missed: 'キャンセルのご依頼を承り' makes it a reply to the buyer's request, which may give the status",
    "ja/tune3/thanks-enjoy-b.txt": "MSG603 missed: a clause split at '、' ('新しいコーヒーミルで') is no thanks clause of its own",
}


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        key = f"{case.language}/{case.split}/{case.path.name}"
        reason = KNOWN_MISSES.get(key)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(case, id=key, marks=marks))
    return out


def test_every_new_language_has_both_splits() -> None:
    for lang in NEW_LANGUAGES:
        splits = {c.split for c in CASES if c.language == lang}
        assert splits == {"tune", "tune2", "tune3"}, lang


@pytest.mark.parametrize("case", _params())
def test_new_language_file_gets_exactly_its_purpose_rules(case: wording_eval.Case) -> None:
    got = wording_eval.lint_case(case)
    assert got & PURPOSE_RULES == case.expect & PURPOSE_RULES
