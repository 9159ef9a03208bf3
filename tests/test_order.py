"""MSG401 missing-order-number: the number itself, placeholders of every tool, the config."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, lint_file, lint_text

from msglint.core.config import from_mapping
from msglint.engine.linter import Linter
from msglint.model.document import parse

ORDER_DIR = FIXTURES  # per-rule folders: fixtures/rules/<CODE>-<slug>/


def _lint(path: str, **config: Any) -> list[tuple[str, int, int]]:
    return lint_file(ORDER_DIR / path, select=["MSG401"], **config)


def _text(source: str, filename: str = "t.txt", **config: Any) -> list[tuple[str, int, int]]:
    return lint_text(source, filename, select=["MSG401"], **config)


BAD = {
    "rules/MSG401-missing-order-number/bad-no_order_number_en.html": [("MSG401", 1, 1)],
    # After the front matter: line 1, column 1 of the message body.
    "rules/MSG401-missing-order-number/bad-front_matter_de.txt": [("MSG401", 5, 1)],
    # Only in a comment and a link; the text's number has a wrong shape.
    "rules/MSG401-missing-order-number/bad-order_number_not_in_text_fr.html": [("MSG401", 1, 1)],
    # A mail: the body of its text part starts on line 6.
    "rules/MSG401-missing-order-number/bad-no_order_in_mail_de.eml": [("MSG401", 6, 1)],
}
GOOD = [
    "rules/MSG401-missing-order-number/good-placeholder_jinja_en.html",
    "rules/MSG401-missing-order-number/good-placeholder_review_service_de.txt",
    "rules/MSG401-missing-order-number/good-placeholder_prestashop_fr.txt",
    "rules/MSG401-missing-order-number/good-placeholder_percent_es.txt",
    "rules/MSG401-missing-order-number/good-digital_order_it.html",
    "rules/MSG401-missing-order-number/good-order_number_with_front_matter_de.txt",
    "rules/MSG401-missing-order-number/good-empty.txt",
    "rules/MSG401-missing-order-number/good-whitespace_only.html",
    "rules/MSG401-missing-order-number/good-only_placeholders.j2",
    "rules/MSG401-missing-order-number/good-order_in_subject_en.eml",  # the subject carries the number
]


@pytest.mark.parametrize("path", sorted(BAD))
def test_bad_fixture(path: str) -> None:
    assert _lint(path) == BAD[path]


@pytest.mark.parametrize("path", GOOD)
def test_good_fixture(path: str) -> None:
    assert _lint(path) == []


def test_every_fixture_is_listed() -> None:
    on_disk = {p.relative_to(ORDER_DIR).as_posix() for p in ORDER_DIR.glob("rules/MSG401-*/*") if p.is_file()}
    assert on_disk == set(BAD) | set(GOOD)


@pytest.mark.parametrize(
    "placeholder",
    [
        "{{ order_id }}",
        "{{order.id}}",
        "{{ amazon_order_id }}",
        "{{ order.amazon_order_id | upper }}",
        "{{AmazonOrderId}}",
        "{{ orderNumber }}",
        "{{- order_no -}}",
        "{{ message.order.id }}",
        "[[order-id]]",
        "[[amazon-order-id]]",
        "[[Order Number]]",
        "{order_reference}",
        "{order_name}",
        "{{ <strong>order_id</strong> }}",
        "{{</strong> order.id }}",
        "{order_id}",
        "%ORDER_ID%",
        "%AMAZON_ORDER_ID%",
        "{{ bestellnummer }}",
        "[[Bestellnummer]]",
        "{{ numero_commande }}",
    ],
)
def test_order_placeholders_count_as_the_order_number(placeholder: str) -> None:
    assert _text(f"Hello,\nabout your order {placeholder}: please send the engraving text.\n") == []


@pytest.mark.parametrize(
    "near_miss",
    [
        "{{ order_date }}",
        "{{ order_link }}",
        "{{ reorder_id }}",
        "{{ order_items }}",
        "[[buyer-name]]",
        "{shop_name}",
        "123-1234567-123456",  # 16 digits
        "1234-1234567-1234567",
        "123-1234567-12345678",
        "1231234567-1234567",
        "123 1234567 1234567",
    ],
)
def test_near_misses_are_not_order_numbers(near_miss: str) -> None:
    assert _text(f"Hello,\nabout your order {near_miss}: please send the engraving text.\n") == [("MSG401", 1, 1)]


def test_order_number_anywhere_in_the_text_counts() -> None:
    assert _text("Hello,\nplease send the engraving text (order 123-1234567-1234567).\n") == []
    assert _text("<p>Bestellung <b>302-1234567-7654321</b></p>", "t.html") == []


def test_config_order_placeholders_extend_the_defaults() -> None:
    src = "Hello,\nabout your order <<AMZ-ORDER>>: please send the engraving text.\n"
    assert _text(src) == [("MSG401", 1, 1)]
    assert _text(src, **{"order-placeholders": [r"<<AMZ-ORDER>>"]}) == []
    # The defaults stay on.
    assert _text("Order {{ order_id }}", **{"order-placeholders": [r"<<AMZ-ORDER>>"]}) == []


def test_order_number_in_a_field_such_as_the_subject_counts() -> None:
    linter = Linter(from_mapping({"select": ["MSG401"]}))
    doc = parse("Hello,\nplease send the engraving text.\n", "t.txt")
    assert [d.code for d in linter.lint_document(doc)] == ["MSG401"]
    doc = parse("Hello,\nplease send the engraving text.\n", "t.txt")
    doc.fields = [("subject", "Your order 123-1234567-1234567", 0)]
    assert linter.lint_document(doc) == []


def test_pathological_input_does_not_hang() -> None:
    for junk in ["{{ order" * 20000, "1-" * 100000, "%ORDER_" * 20000, "[[order-" * 20000]:
        assert _text(junk) == [("MSG401", 1, 1)]
