"""Front matter rules: MSG004 and MSG701-MSG707, and the engine's project-rule hook (MSG704)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from conftest import FIXTURES, lint_file, lint_text, run_cli

import msglint
from msglint.checks.msg7_metadata.shared import Delay, parse_send_after
from msglint.core.config import from_mapping
from msglint.core.project import FileSummary
from msglint.engine.linter import Linter

META = FIXTURES  # per-rule folders: fixtures/rules/<CODE>-<slug>/
SEL = {"select": ["MSG0", "MSG7"]}


def fm(
    front: str,
    body: str = "<p>Hello, your order 123-1234567-1234567 needs a date for delivery.</p>\n",
    name: str = "t.html",
    **cfg: object,
) -> list[tuple[str, int, int]]:
    config = {**SEL, **cfg}
    return lint_text(f"---\n{front}\n---\n{body}", name, **config)


# ---- fixtures: exact positions ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rules/MSG701-proactive-window/bad-review_early_de.html", [("MSG701", 4, 13)]),
        ("rules/MSG701-proactive-window/bad-warranty_late_fr.html", [("MSG701", 4, 13)]),
        ("rules/MSG702-attachment-type/bad-attachments_es.html", [("MSG702", 4, 32), ("MSG702", 4, 51)]),
        ("rules/MSG703-contact-reason/bad-reason_typo_it.html", [("MSG703", 3, 9)]),
        ("rules/MSG706-text-length/bad-spapi_customization_long.txt", [("MSG706", 5, 817)]),
        ("rules/MSG707-markup-not-allowed/bad-spapi_markup.html", [("MSG707", 5, 1)]),
        ("rules/MSG702-attachment-type/bad-spapi_attachments.txt", [("MSG702", 4, 90)]),
        (
            "rules/MSG004-invalid-front-matter/bad-front_matter_errors.html",
            [
                ("MSG004", 2, 14),
                ("MSG004", 3, 9),
                ("MSG004", 4, 10),
                ("MSG004", 5, 13),
                ("MSG004", 6, 1),
                ("MSG004", 7, 1),
            ],
        ),
        # near misses: exactly 5 days, 40 days after the order, '<' in sp-api text
        ("rules/MSG701-proactive-window/good-schedule_near_miss_en.html", []),
        ("rules/MSG701-proactive-window/good-delivery_after_order_en.html", []),
        ("rules/MSG706-text-length/good-spapi_plain_ok.txt", []),
    ],
)
def test_fixture_positions(name: str, expected: list[tuple[str, int, int]]) -> None:
    assert lint_file(META / name, **SEL) == expected


def test_fixture_messages_explain() -> None:
    diags = msglint.lint(
        (META / "rules/MSG703-contact-reason/bad-reason_typo_it.html").read_text(), "r.html", config=SEL
    )
    assert "did you mean 'invoice'" in diags[0].message
    diags = msglint.lint(
        (META / "rules/MSG706-text-length/bad-spapi_customization_long.txt").read_text(), "r.txt", config=SEL
    )
    assert "confirmCustomizationDetails" in diags[0].message and "800" in diags[0].message


# ---- send-after ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "days", "event"),
    [
        ("7d after delivery", 7, "delivery"),
        ("7 days after the delivery", 7, "delivery"),
        ("2 weeks after shipment", 14, "shipment"),
        ("36h after delivered", 1.5, "delivery"),
        ("14d", 14, "delivery"),  # no event: after the order is complete (docs/templates.md)
        ("3 d after order", 3, "order"),
        ("10D AFTER Dispatch", 10, "shipment"),
    ],
)
def test_send_after_syntax(value: str, days: float, event: str) -> None:
    d = parse_send_after(value)
    assert isinstance(d, Delay) and d.days == days and d.event == event


@pytest.mark.parametrize("value", ["soon", "7 fortnights after delivery", "7d after the weekend", "", "after delivery"])
def test_send_after_errors_are_msg004(value: str) -> None:
    assert isinstance(parse_send_after(value), str)
    assert [c for c, _, _ in fm(f"send-after: {value}")] == ["MSG004"]


@pytest.mark.parametrize(
    ("front", "fires"),
    [
        ("reason: warranty\nsend-after: 30d after delivery", False),
        ("reason: warranty\nsend-after: 31d after delivery", True),
        ("reason: warranty\nsend-after: 31d", True),
        ("reason: warranty\nsend-after: 60d after order", False),
        ("reason: warranty\nsend-after: 61d after order", True),
        ("reason: review-request\nsend-after: 5d after delivery", False),
        ("reason: review-request\nsend-after: 4d after delivery", True),
        ("reason: review-request\nsend-after: 2d after shipment", True),
        ("reason: review-request\nsend-after: 10d after order", False),
        ("reason: invoice\nsend-after: 1d after shipment", False),  # only review requests wait 5 days
        ("reason: review-request\nsend-after: 31d after delivery", True),
        ("reason: review-request", False),
    ],
)
def test_proactive_window_boundaries(front: str, fires: bool) -> None:
    assert ("MSG701" in {c for c, _, _ in fm(front)}) is fires


# ---- attachments ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "invoice-123.pdf",
        "Receipt.pdf",
        "facture_2026-11.pdf",
        "Rechnung 123-1234567-1234567.pdf",
        "factura.pdf",
        "fattura_405.pdf",
        "Gutschrift.pdf",
        "user-manual.pdf",
        "Bedienungsanleitung.pdf",
        "Montageanleitung.pdf",
        "mode d'emploi.pdf",
        "notice-montage.pdf",
        "manual de instrucciones.pdf",
        "istruzioni.pdf",
        "manuale.pdf",
        "warranty.pdf",
        "Garantie.pdf",
        "Garantía.pdf",
        "garanzia.pdf",
        "guarantee-card.jpg",
        "assembly_instructions.png",
    ],
)
def test_permitted_attachment_names_in_five_languages(name: str) -> None:
    assert fm(f"reason: invoice\nattachments: [{name}]") == []


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("catalogue.pdf", "does not say"),
        ("IMG_2041.jpg", "does not say"),
        ("invoice.zip", "an archive"),
        ("manual.exe", "an executable"),
        ("anleitung.gif", "GIF"),
        ("warranty.mp4", "audio or video"),
        ("facture.html", "a web page"),
    ],
)
def test_other_attachments_are_flagged(name: str, why: str) -> None:
    diags = msglint.lint(f"---\nreason: invoice\nattachments: [{name}]\n---\n<p>x</p>", "t.html", config=SEL)
    assert [d.code for d in diags] == ["MSG702"] and why in diags[0].message


def test_single_attachment_value_and_sp_api_limit() -> None:
    assert fm("attachments: catalogue.pdf") == [("MSG702", 2, 14)]
    five = ", ".join(f"manual-{i}.pdf" for i in range(5))
    body = "Hello, here are the manuals for your order 123-1234567-1234567.\n"
    assert fm(f"channel: sp-api\nreason: warranty\nattachments: [{five}]", body, "t.txt") == []
    assert fm(f"channel: seller-central\nreason: warranty\nattachments: [{five}, invoice.pdf]") == []


# ---- reasons ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "reason",
    [
        "review-request",
        "confirm-order-details",
        "delivery-scheduling",
        "invoice",
        "legal-disclosure",
        "courtesy-refund",
        "unexpected-problem",
        "customization",
        "warranty",
        "digital-access-key",
        "home-service",
        "other",
        "Invoice",
    ],
)
def test_every_documented_reason_is_permitted(reason: str) -> None:
    assert "MSG703" not in {c for c, _, _ in fm(f"reason: {reason}")}


def test_unknown_reason() -> None:
    assert fm("reason: thank-you") == [("MSG703", 2, 9)]
    assert fm("reason: [invoice]") == [("MSG004", 2, 9)]


# ---- MSG004 ----------------------------------------------------------------------------------
def test_valid_front_matter_is_silent() -> None:
    front = (
        "marketplace: amazon.co.uk  # the buyer's\nlanguage: en\nreason: delivery-scheduling\n"
        "send-after: 2d after shipment\nattachments: []\nchannel: e-mail\ntrigger: shipped\nsubject: Delivery"
    )
    assert fm(front) == []


def test_front_matter_never_closed() -> None:
    assert lint_text("---\nreason: invoice\n<p>x</p>\n", "t.html", **SEL) == [("MSG004", 1, 1)]


def test_language_and_marketplace_values() -> None:
    assert fm("language: french") == [("MSG004", 2, 11)]
    assert fm("language: fr-CA") == []
    assert fm("marketplace: Amazon.FR") == []


# ---- SP-API ----------------------------------------------------------------------------------
def _sp(reason: str, text: str) -> list[tuple[str, int, int]]:
    return lint_text(f"---\nchannel: sp-api\nreason: {reason}\n---\n{text}\n", "t.txt", **SEL)


def test_text_length_counts_visible_text_without_placeholders() -> None:
    assert _sp("digital-access-key", "a" * 400) == []
    assert _sp("digital-access-key", "a" * 401) == [("MSG706", 5, 401)]
    # placeholders are not counted, runs of white space count once
    assert _sp("digital-access-key", "{{ key }} " + "a" * 398 + "   \n\n  b") == []
    assert _sp("delivery-scheduling", "word " * 400) == []  # 1999 characters
    assert _sp("delivery-scheduling", "word " * 401) == [("MSG706", 5, 2001)]
    assert _sp("customization", "x" * 801) == [("MSG706", 5, 801)]
    assert _sp("other", "x" * 5000) == []  # no Messaging API operation: nothing to measure


def test_review_request_through_the_api_has_no_text() -> None:
    got = msglint.lint("---\nchannel: sp-api\nreason: review-request\n---\nPlease review.\n", "t.txt", config=SEL)
    assert [(d.code, d.line, d.column) for d in got] == [("MSG706", 5, 1)]
    assert "takes no text" in got[0].message


def test_other_channels_are_not_measured_or_refused_html() -> None:
    long_html = "<p>" + "x" * 3000 + "</p>"
    assert lint_text(f"---\nreason: customization\n---\n{long_html}", "t.html", **SEL) == []
    assert lint_text(f"---\nchannel: e-mail\nreason: customization\n---\n{long_html}", "t.html", **SEL) == []


# ---- MSG704 and the project hook ---------------------------------------------------------------
def test_repeated_review_requests_across_templates() -> None:
    got = msglint.lint_paths(
        [str(META / "rules/MSG704-repeated-review-request/repeated")], config={"select": ["MSG704"]}
    )
    assert [(Path(d.path).name, d.line, d.column) for d in got] == [
        ("review_delivered_de_b.html", 4, 10),
        ("review_no_trigger_en_b.html", 3, 9),
    ]
    assert "review_delivered_de_a.html" in got[0].message and "amazon.de" in got[0].message


def test_translations_and_other_triggers_are_not_repeats(tmp_path: Path) -> None:
    for name in ("review_delivered_de_a.html", "review_delivered_fr.html", "invoice_en.html"):
        (tmp_path / name).write_bytes((META / "rules/MSG704-repeated-review-request/repeated" / name).read_bytes())
    (tmp_path / "other_trigger.html").write_text(
        "---\nmarketplace: amazon.de\nreason: review-request\ntrigger: second-purchase\n---\n<p>x</p>\n"
    )
    assert msglint.lint_paths([str(tmp_path)], config={"select": ["MSG704"]}) == []


def test_project_rule_from_the_cli_in_process_and_with_workers() -> None:
    outs = []
    for jobs in ("1", "2"):
        r = run_cli(
            "check", "--select", "MSG704", "--jobs", jobs, str(META / "rules/MSG704-repeated-review-request/repeated")
        )
        assert r.returncode == 1, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1]
    assert b"review_delivered_de_b.html:4:10: MSG704" in outs[0]


def test_project_rule_respects_per_file_ignores() -> None:
    cfg = from_mapping({"select": ["MSG704"], "per-file-ignores": {"*_b.html": ["MSG704"]}})
    linter = Linter(cfg)
    for p in sorted((META / "rules/MSG704-repeated-review-request/repeated").glob("*.html")):
        linter.lint_file(str(p))
    assert linter.lint_project() == []


def test_summaries_are_small_and_picklable() -> None:
    linter = Linter(from_mapping({"select": ["MSG704"]}))
    assert "MSG704" in linter.project_codes
    assert (
        linter.lint_file(str(META / "rules/MSG704-repeated-review-request/repeated/review_delivered_de_a.html")) == []
    )  # not per file
    (summary,) = linter.take_summaries()
    assert isinstance(summary, FileSummary)
    assert pickle.loads(pickle.dumps(summary)) == summary
    trig = summary.get("trigger")
    assert trig is not None and (trig.value, trig.line, trig.column) == ("Delivered", 4, 10)
    assert linter.take_summaries() == [] and linter.lint_project([]) == []
    # no project rule selected: nothing is recorded
    other = Linter(from_mapping({"select": ["MSG101"]}))
    other.lint_file(str(META / "rules/MSG704-repeated-review-request/repeated/review_delivered_de_a.html"))
    assert other.summaries == []


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_hostile_front_matter_is_fast() -> None:
    src = (
        "---\nsend-after: 11111"
        + " " * 20000
        + "d after "
        + "a " * 5000
        + "\nreason: "
        + "x" * 50000
        + "   \nattachments: ["
        + ", ".join(["x.pdf"] * 2000)
        + "]\n---\n<p>hi</p>"
    )
    diags = msglint.lint(src, "t.html", config=SEL)
    assert {d.code for d in diags} == {"MSG004", "MSG702", "MSG703"}
