""".eml input: parts, encodings, positions in the file, recipients, MSG705 marketplace-recipient."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from conftest import FIXTURES, lint_file, lint_text, run_cli

import msglint
from msglint.model.mail import Mail, is_mail, read_mail

MAIL = FIXTURES / "mail"
ALL_RULES_SILENT = ["invoice_pdf_de.eml", "customer_shipping_en.eml"]
#: Permitted mails to an alias: MSG705 stays silent (other rules may still speak).
PERMITTED_TO_ALIAS = [
    "invoice_pdf_de.eml",
    "facture_nested_fr.eml",
    "catalogue_attachment_it.eml",
    "customization_emoji_es.eml",
]


def _read(name: str) -> Mail:
    data = (MAIL / name).read_bytes()
    from msglint.model.decode import decode_bytes

    return read_mail(data, decode_bytes(data).text, name)


# ---- MSG705 on the fixtures: a shop notification to any alias is caught ----------------------
@pytest.mark.parametrize(
    ("name", "where", "says"),
    [
        # Shopify, German, quoted-printable parts, RFC 2047 UTF-8 subject, Amazon.de alias
        (
            "shopify_shipping_de_qp.eml",
            (6, 21),
            [
                "t969vz2jn3bdsy7@marketplace.amazon.de",
                "Amazon (amazon.de)",
                "Shopify",
                "Ihre Bestellung #1042 wurde versandt",
            ],
        ),
        # WooCommerce, French, base64 HTML, ISO-8859-1 encoded subject, blacklisted- alias
        (
            "woocommerce_shipping_fr_b64.eml",
            (2, 5),
            [
                "blacklisted-c4dc1kt7abtb7qr@marketplace.amazon.fr",
                "Amazon (amazon.fr)",
                "Votre commande a été expédiée",
            ],
        ),
        # PrestaShop, English, 7bit multipart/alternative, eBay member alias, UPS tracking link
        (
            "prestashop_transit_ebay_en.eml",
            (2, 5),
            ["415b21349b3e42193d47@members.ebay.com", "eBay (ebay.com)", "PrestaShop", "Package in transit"],
        ),
        # Gambio, ISO-8859-1 8bit body and subject, magnalister prefix on the bare shop domain
        ("gambio_versand_de_latin1.eml", (2, 5), ["blacklisted-a1b2c3d4e5f6g7h@amazon.de", "Versandbestätigung"]),
        # Shopify, Spanish, base64 text/plain, RFC 2047 B-encoded subject, the alias in Cc
        (
            "shopify_envio_es_b64.eml",
            (3, 5),
            [
                "k2m4n6p8q0r2s4t@marketplace.amazon.es",
                "Amazon (amazon.es)",
                "Tu pedido #3310 está en camino",
                "www.correos.es",
                "Shopify",
            ],
        ),
        # WooCommerce, Italian, ISO-8859-15 quoted-printable HTML, eBay.it member alias
        (
            "woocommerce_spedito_it_qp.eml",
            (2, 5),
            ["9c7e1f03ab54d2e8f601@members.ebay.it", "eBay (ebay.it)", "Il tuo ordine è stato spedito", "WooCommerce"],
        ),
    ],
)
def test_shop_notification_to_an_alias_is_caught(name: str, where: tuple[int, int], says: list[str]) -> None:
    diags = msglint.lint((MAIL / name).read_bytes(), filename=str(MAIL / name), config={"select": ["MSG705"]})
    assert [(d.code, d.line, d.column) for d in diags] == [("MSG705", *where)]
    d = diags[0]
    assert len(d.message) < 200 and d.message.startswith("do not send this mail"), d.message
    assert says[0] in d.message  # the alias; the evidence is in the note
    for text in says:
        assert text in d.note


def test_tracking_link_alone_is_enough() -> None:
    mail = (
        "From: shop@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.co.uk\nSubject: Order 203-1234567-1234567\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        '<p>Order 203-1234567-1234567: <a href="https://www.royalmail.com/track-your-item#/tracking-results/'
        'AB123456789GB">here</a></p>\n'
    )
    diags = msglint.lint(mail, "m.eml", config={"select": ["MSG705"]})
    assert [(d.code, d.line, d.column) for d in diags] == [("MSG705", 2, 5)]
    assert "tracking link to www.royalmail.com" in diags[0].note


def test_custom_alias_domain_from_the_configuration() -> None:
    path = MAIL / "custom_alias_shipping_en.eml"
    assert lint_file(path) == []  # an ordinary address unless configured
    assert lint_file(path, select=["MSG705"], **{"alias-domains": ["orders.acme-store.example"]}) == [("MSG705", 2, 5)]


@pytest.mark.parametrize("name", ALL_RULES_SILENT)
def test_permitted_and_non_marketplace_mails_stay_silent(name: str) -> None:
    assert lint_file(MAIL / name) == []


def test_a_mail_to_no_alias_is_linted_with_marketplace_option() -> None:
    path = MAIL / "customer_shipping_en.eml"
    got = lint_file(path, select=["MSG101"], marketplace="amazon.com")
    assert got == [("MSG101", 3, 33), ("MSG101", 10, 36)]


@pytest.mark.parametrize(
    "body",
    [
        "Hello, your order 123-1234567-1234567 could not be delivered: the parcel was damaged. "
        "We will send a new one tomorrow.",
        "Hello, please find the invoice for your order 123-1234567-1234567 attached.",
        "Hello, which name should we engrave on the ring of your order 123-1234567-1234567?",
        "Guten Tag, anbei die Rechnung zu Ihrer Bestellung 123-1234567-1234567.",
        "Bonjour, quelle date vous convient pour la livraison de votre commande 123-1234567-1234567 ?",
        # shipping wording next to a problem: permitted messages about the order (body-unless)
        "Hello, your order 123-1234567-1234567 was shipped to an incomplete address. Could you send us your "
        "house number?",
        "Guten Tag, Ihre Bestellung 123-1234567-1234567 wurde versandt, kam aber beschädigt zurück.",
        "Bonjour, votre commande 123-1234567-1234567 a été expédiée à une adresse incomplète.",
        "Hola, su pedido 123-1234567-1234567 ha sido enviado a una dirección incompleta.",
        "Buongiorno, il suo ordine 123-1234567-1234567 è stato spedito a un indirizzo incompleto.",
    ],
)
def test_permitted_mails_to_an_alias_are_not_marketplace_recipient_findings(body: str) -> None:
    mail = (
        "From: shop@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.de\nSubject: Order 123-1234567-1234567\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    assert "MSG705" not in {d.code for d in msglint.lint(mail, "m.eml")}


# ---- positions ------------------------------------------------------------------------------
def test_positions_in_place_for_8bit_parts_and_at_the_header_line_for_encoded_ones() -> None:
    # subject (not encoded): exact; text/plain 8bit: exact; text/html quoted-printable: its
    # Content-Transfer-Encoding line.
    assert lint_file(MAIL / "customization_emoji_es.eml", select=["MSG101"]) == [
        ("MSG101", 3, 55),
        ("MSG101", 11, 86),
        ("MSG101", 14, 1),
    ]


def test_crlf_mail_positions() -> None:
    raw = (
        "From: a@example.net\r\nTo: t969vz2jn3bdsy7@marketplace.amazon.com\r\nSubject: Order 123-1234567-1234567\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Hello,\r\nwhich name should we engrave? \U0001f600\r\n"
    ).encode()
    diags = msglint.lint(raw, "m.eml", config={"select": ["MSG101"]})
    assert [(d.line, d.column) for d in diags] == [(8, 31)]
    assert diags[0].source_line == "which name should we engrave? \U0001f600"
    assert diags[0].fix is None  # --fix never rewrites a mail


def test_attachment_findings_point_at_their_disposition_line() -> None:
    assert lint_file(MAIL / "catalogue_attachment_it.eml", select=["MSG702"]) == [
        ("MSG702", 28, 1),
        ("MSG702", 36, 1),
    ]


def test_str_and_bytes_give_the_same_result() -> None:
    path = MAIL / "customization_emoji_es.eml"
    as_bytes = msglint.lint(path.read_bytes(), filename="x.eml", config={"select": ["MSG101"]})
    as_text = msglint.lint(path.read_text("utf-8"), filename="x.eml", config={"select": ["MSG101"]})
    assert [(d.line, d.column) for d in as_bytes] == [(d.line, d.column) for d in as_text]


# ---- the parsed mail -----------------------------------------------------------------------
def test_encoded_headers_and_transfer_encodings_are_decoded() -> None:
    de = _read("shopify_shipping_de_qp.eml")
    assert de.subject == "Ihre Bestellung #1042 wurde versandt"
    assert [p.kind for p in de.parts] == ["text", "html"]
    assert "Vielen Dank für Ihren Einkauf" in de.parts[0].text
    assert "Kaffeemühlen Müller" in de.parts[1].text
    fr = _read("woocommerce_shipping_fr_b64.eml")
    assert fr.subject == "Votre commande a été expédiée"
    assert "a été expédiée" in fr.parts[0].text and fr.parts[0].kind == "html"
    latin = _read("gambio_versand_de_latin1.eml")
    assert "Schäfer" in latin.parts[0].text and latin.subject is not None and "bestätigung" in latin.subject


def test_attachments_are_listed_with_names_and_types() -> None:
    inv = _read("invoice_pdf_de.eml")
    assert [(a.filename, a.content_type) for a in inv.attachments] == [
        ("Rechnung_302-1234567-1234567.pdf", "application/pdf")
    ]
    assert len(inv.parts) == 1 and "Rechnung zu Ihrer Bestellung" in inv.parts[0].text


def test_inline_images_are_not_attachments() -> None:
    gif = base64.b64encode(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;").decode()
    mail = (
        "From: a@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.de\nSubject: Bestellung 123-1234567-1234567\n"
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="r"\n\n'
        '--r\nContent-Type: text/html; charset=utf-8\n\n<p>Guten Tag</p><img src="cid:logo">\n'
        '--r\nContent-Type: image/png; name="logo.png"\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\n'
        f"{gif}\n--r--\n"
    )
    m = read_mail(mail.encode(), mail, "m.eml")
    assert m.attachments == [] and len(m.parts) == 1


def test_recipients_from_to_cc_and_bcc() -> None:
    mail = (
        "From: a@example.net\nTo: Jane <jane@example.org>\nCc: x@example.com,\n"
        ' "B" <415B21349B3E42193D47@members.ebay.de>\nBcc: t969vz2jn3bdsy7@marketplace.amazon.it\n'
        "Subject: hi\n\nbody\n"
    )
    m = read_mail(mail.encode(), mail, "m.eml")
    assert [(r.header, r.address) for r in m.recipients] == [
        ("to", "jane@example.org"),
        ("cc", "x@example.com"),
        ("cc", "415b21349b3e42193d47@members.ebay.de"),
        ("bcc", "t969vz2jn3bdsy7@marketplace.amazon.it"),
    ]
    assert [a.marketplace for a, _ in m.aliases] == ["ebay.de", "amazon.it"]
    r = m.aliases[0][1]
    assert mail[r.start : r.end].lower() == "415b21349b3e42193d47@members.ebay.de"


def test_the_marketplace_of_the_alias_sets_the_buyer_language() -> None:
    # A German alias: an English body is a language mismatch only if MSG402 runs with 'de'.
    m = _read("invoice_pdf_de.eml")
    assert m.aliases[0][0].languages == ("de",)


# ---- detection and robustness ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "head", "expected"),
    [
        ("a.eml", "anything", True),
        ("-", "From: a@b.c\nTo: d@e.f\nSubject: x\n\nbody", True),
        ("-", "From a@b Mon Nov 16 09:14:02 2026\nReturn-Path: <a@b.c>\nTo: d@e.f\n\nbody", True),
        ("message", "Received: from x\n\tby y\nFrom: a@b.c\nDate: Mon, 16 Nov 2026\n\nbody", True),
        ("-", "Subject: Your order\n\nHello", False),  # one header: a text template
        ("-", "<p>Hello</p>", False),
        ("-", "To: someone\nplain text that goes on", False),
        ("notes.txt", "From: a@b.c\nTo: d@e.f\n\nbody", False),
        ("t.html", "From: a@b.c\nTo: d@e.f\n\nbody", False),
        ("t.j2", "From: a@b.c\nTo: d@e.f\n\nbody", False),
    ],
)
def test_mail_detection(path: str, head: str, expected: bool) -> None:
    assert is_mail(path, head) is expected
    assert is_mail(path, head.encode()) is expected


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"To: t969vz2jn3bdsy7@marketplace.amazon.de",  # no body, no blank line
        b'To: t969vz2jn3bdsy7@marketplace.amazon.de\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nno end',
        b"To: t969vz2jn3bdsy7@marketplace.amazon.de\nContent-Type: multipart/mixed\n\nno boundary parameter",
        b"To: t969vz2jn3bdsy7@marketplace.amazon.de\nContent-Type: text/plain; charset=x-unknown-42\n\nHallo \xe9",
        b"To: t969vz2jn3bdsy7@marketplace.amazon.de\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!",
        b"To: t969vz2jn3bdsy7@marketplace.amazon.de\nSubject: =?utf-8?B?broken?=\n\nx",
        b'To: ,,,<<>>@@, "unterminated\nSubject: x\n\nbody',
        b"\x00\x01\x02binary",
    ],
)
def test_malformed_mails_never_raise(raw: bytes) -> None:
    diags = msglint.lint(raw, "broken.eml")
    assert all(d.code for d in diags)


def test_deeply_nested_multipart_is_bounded() -> None:
    depth = 60
    head = "To: t969vz2jn3bdsy7@marketplace.amazon.de\nSubject: x\n"
    parts = [head]
    for i in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n')
    parts.append("Content-Type: text/plain\n\nHello \U0001f600\n")
    for i in reversed(range(depth)):
        parts.append(f"--b{i}--\n")
    diags = msglint.lint("".join(parts), "deep.eml", config={"select": ["MSG101"]})
    assert isinstance(diags, list)


def test_undecodable_mail_is_msg001() -> None:
    assert lint_text("", "x.eml") == []
    diags = msglint.lint(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.eml")
    assert [d.code for d in diags] == ["MSG001"]


# ---- standard input --------------------------------------------------------------------------
def test_stdin_is_detected_as_mail_and_exits_1() -> None:
    data = (MAIL / "shopify_shipping_de_qp.eml").read_bytes()
    r = run_cli("check", "--select", "MSG705", "-", input=data)
    assert r.returncode == 1, r.stderr
    assert r.stdout.decode().startswith("-:6:21: MSG705 [marketplace-recipient]")
    r = run_cli("check", "--select", "MSG705", "--stdin-filename", "outgoing.eml", "-", input=data)
    assert r.returncode == 1 and r.stdout.decode().startswith("outgoing.eml:6:21: MSG705")


def test_stdin_mail_to_a_customer_exits_0() -> None:
    r = run_cli("check", "-", input=(MAIL / "customer_shipping_en.eml").read_bytes())
    assert r.returncode == 0, r.stdout + r.stderr
    assert b"Traceback" not in r.stderr


def test_mail_in_a_folder_is_linted(tmp_path: Path) -> None:
    (tmp_path / "out.eml").write_bytes((MAIL / "prestashop_transit_ebay_en.eml").read_bytes())
    r = run_cli("check", "--select", "MSG705", "--format", "json", str(tmp_path))
    assert r.returncode == 1
    assert b'"code": "MSG705"' in r.stdout


# ---- MSG705 wording and tracking data: every pattern fires on an example, and neutral
#      wording of permitted messages does not ------------------------------------------------
SUBJECTS_FLAGGED = {
    "en": [
        "Your Acme order has been shipped",
        "Your order is on its way",
        "Your order #1042 is on its way",
        "A shipment from order #1001 is on the way",
        "Order confirmation #1001",
        "Order #1001 confirmed",
        "[Shop] Package in transit",
        "Out for delivery today",
        "Our spring newsletter",
        "Your order has shipped",
    ],
    "de": [
        "Ihre Bestellung bei Müller wurde versandt",
        "Dein Paket ist unterwegs",
        "Ihr Paket 4471 ist unterwegs",
        "Versandbestätigung 10077",
        "Bestellbestätigung",
        "Newsletter November",
    ],
    "fr": [
        "Votre commande n°2187 a été expédiée",
        "Votre colis est en route",
        "Votre commande n°2187 est en cours de livraison",
        "Confirmation de commande",
        "Confirmation d'expédition",
        "Colis expédié",
        "Newsletter",
    ],
    "es": [
        "Su pedido ha sido enviado",
        "Tu paquete está en camino",
        "¡Tu pedido #3310 está en camino!",
        "Confirmación de pedido",
        "Newsletter",
    ],
    "it": [
        "Il tuo ordine è stato spedito",
        "Il tuo pacco è in viaggio",
        "Il tuo ordine n. 5521 è in consegna",
        "Conferma d'ordine",
        "Conferma dell'ordine",
        "Newsletter",
    ],
}
SUBJECTS_NEUTRAL = {
    "en": [
        "Invoice for order 123-1234567-1234567",
        "Question about the engraving of your order",
        "Delivery appointment for your sofa",
        "Your order could not be shipped: new address needed",
    ],
    "de": [
        "Rechnung zu Ihrer Bestellung 123-1234567-1234567",
        "Frage zur Gravur Ihrer Bestellung",
        "Liefertermin für Ihr Sofa",
    ],
    "fr": [
        "Facture de votre commande 123-1234567-1234567",
        "Question sur la gravure de votre commande",
        "Rendez-vous de livraison",
    ],
    "es": [
        "Factura de su pedido 123-1234567-1234567",
        "Pregunta sobre el grabado de su pedido",
    ],
    "it": [
        "Fattura del suo ordine 123-1234567-1234567",
        "Domanda sull'incisione del suo ordine",
    ],
}
BODIES_FLAGGED = {
    "en": [
        "Good news: your order 1042 has been shipped.",
        "Your order has shipped.",
        "Your parcel is on its way.",
        "Track your package here.",
    ],
    "de": [
        "Ihre Bestellung 10077 wurde heute versandt.",
        "Dein Paket ist unterwegs.",
        "Ihre Sendung jetzt verfolgen.",
    ],
    "fr": [
        "Votre commande n°2187 a été expédiée.",
        "Votre colis est en route.",
        "Suivre votre colis.",
    ],
    "es": [
        "Su pedido 77 ha sido enviado.",
        "Tu paquete está en camino.",
        "Sigue tu pedido.",
    ],
    "it": [
        "Il tuo ordine 88 è stato spedito.",
        "Il tuo pacco è in viaggio.",
        "Traccia il tuo pacco.",
    ],
}
BODIES_NEUTRAL = {
    "en": [
        "Your order 123-1234567-1234567 could not be shipped because the address is incomplete.",
        "Which name should we engrave? We ship the ring once you reply.",
        "The tracking number shows the parcel was damaged; we are sending a replacement.",
    ],
    "de": [
        "Ihre Bestellung 123-1234567-1234567 kann erst versandt werden, wenn die Hausnummer bekannt ist.",
        "Welcher Liefertermin passt Ihnen?",
    ],
    "fr": [
        "Votre commande 123-1234567-1234567 ne peut pas être expédiée sans code porte.",
        "Quelle date de livraison vous convient ?",
    ],
    "es": [
        "Su pedido 123-1234567-1234567 no se puede enviar sin el número de portal.",
        "¿Qué día le viene bien?",
    ],
    "it": [
        "Il suo ordine 123-1234567-1234567 non può essere spedito senza il numero civico.",
        "Quale giorno preferisce per la consegna?",
    ],
}


def _msg705_data() -> dict[str, object]:
    from msglint.core.packs import load_rules

    return load_rules()["MSG705"].data


_SECTIONS = {"subject": "MSG705-subject", "body": "MSG705-body", "body-unless": "MSG705-problem"}


def _matches(pattern_key: str, text: str) -> bool:
    from msglint.checks.msg7_metadata.mail_shared import first_match

    return first_match(_SECTIONS[pattern_key], text) is not None


@pytest.mark.parametrize(("key", "table"), [("subject", SUBJECTS_FLAGGED), ("body", BODIES_FLAGGED)])
def test_every_pattern_has_a_flagged_example(key: str, table: dict[str, list[str]]) -> None:
    from msglint.text.phrases import sections

    secs = sections(_SECTIONS[key])
    assert {"en", "de", "fr", "es", "it"} <= {sec.language for sec in secs}
    for sec in secs:
        examples = {ex.pattern: ex.matches for ex in sec.examples}
        for pattern in sec.patterns():
            rx = sec.compile_one(pattern)
            assert examples.get(pattern), f"{key} {sec.language}: no example for {pattern!r}"
            assert all(rx.search(sec.fold(t)) for t in examples[pattern]), (sec.language, pattern)
            if sec.language in table:
                assert any(rx.search(sec.fold(t)) for t in table[sec.language]), (sec.language, pattern)


@pytest.mark.parametrize(
    ("key", "flagged", "neutral"),
    [("subject", SUBJECTS_FLAGGED, SUBJECTS_NEUTRAL), ("body", BODIES_FLAGGED, BODIES_NEUTRAL)],
)
def test_flagged_and_neutral_wording(key: str, flagged: dict[str, list[str]], neutral: dict[str, list[str]]) -> None:
    for lang in ("en", "de", "fr", "es", "it"):
        for text in flagged[lang]:
            assert _matches(key, text), (lang, text)
        for text in neutral[lang]:
            assert not _matches(key, text), (lang, text)


def test_tracking_links() -> None:
    from msglint.checks.msg7_metadata.mail_shared import tracking_entries, tracking_host

    entries = tracking_entries(tuple(_msg705_data()["tracking-links"]))  # type: ignore[arg-type]
    for host, frag in entries:
        assert tracking_host(f"https://www.{host}/{frag}?id=1Z999", entries), host
    for url in [
        "https://www.dhl.de/de/privatkunden.html",  # the carrier's home page is not a tracking link
        "https://example.com/track?id=1",
        "https://nolp.dhl.de.example.com/x",
        "https://www.amazon.de/gp/your-account/order-history",
        "not a url [",
    ]:
        assert tracking_host(url, entries) is None, url


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_huge_mail_is_bounded() -> None:
    body = "your order " * 100000
    head = "From: a@b.c\nTo: t969vz2jn3bdsy7@marketplace.amazon.de\n"
    mail = f"{head}Subject: {body[:5000]}\nContent-Type: text/plain\n\n{body}\n"
    # "your order" alone, with no tracking link and no shop system, is no shop notification
    assert msglint.lint(mail, "x.eml", config={"select": ["MSG7"]}) == []


def test_latin1_mail_is_read_in_place_from_bytes_and_from_text() -> None:
    # lint_bytes decodes the file as Windows-1252; --fix lints that text again (lint_source).
    from msglint.model.decode import decode_bytes

    data = (MAIL / "gambio_versand_de_latin1.eml").read_bytes()
    text = decode_bytes(data).text
    for m in (read_mail(data, text, "x.eml"), read_mail(text.encode("utf-8"), text, "x.eml")):
        assert m.parts[0].in_place_at == text.index("Sehr geehrte")
        assert "Schäfer" in m.parts[0].text
    as_bytes = msglint.lint(data, "x.eml", config={"select": ["MSG7"]})
    as_text = msglint.lint(text, "x.eml", config={"select": ["MSG7"]})
    assert [(d.code, d.line, d.column) for d in as_bytes] == [(d.code, d.line, d.column) for d in as_text]


def test_other_rules_wording_marks_a_mail_to_an_alias() -> None:
    # The phrase files' MSG604 (stock-out) and MSG601 (marketing) sections count as evidence.
    mail = (
        "From: shop@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.com\nSubject: About order 123-1234567-1234567\n"
        "Content-Type: text/plain\n\nHello, unfortunately the lamp of your order 123-1234567-1234567 is out of stock.\n"
    )
    diags = msglint.lint(mail, "x.eml", config={"select": ["MSG705"]})
    assert [(d.line, d.column) for d in diags] == [(2, 5)]
    assert "stock-out or delay wording 'is out of stock'" in diags[0].note


def test_unnamed_and_archive_attachments_in_a_mail() -> None:
    pdf = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()
    mail = (
        "From: a@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.fr\nSubject: Facture 123-1234567-1234567\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="m"\n\n'
        "--m\nContent-Type: text/plain; charset=utf-8\n\nBonjour, voici la facture.\n"
        "--m\nContent-Type: application/pdf\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n"
        f"{pdf}\n"
        '--m\nContent-Type: application/zip; name="facture.zip"\nContent-Disposition: attachment; '
        'filename="facture.zip"\nContent-Transfer-Encoding: base64\n\nUEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\n--m--\n'
    )
    diags = msglint.lint(mail, "x.eml", config={"select": ["MSG702"]})
    assert [(d.line, d.column) for d in diags] == [(13, 1), (19, 1)]  # their Content-Disposition lines
    assert "(application/pdf)" in diags[0].message and "an archive" in diags[1].message


@pytest.mark.parametrize("name", PERMITTED_TO_ALIAS)
def test_permitted_mails_to_an_alias_are_not_shop_notifications(name: str) -> None:
    assert [c for c, _, _ in lint_file(MAIL / name) if c == "MSG705"] == []


def test_nested_multipart_parts_and_attachments() -> None:
    m = _read("facture_nested_fr.eml")
    assert [p.kind for p in m.parts] == ["text", "html"]
    text = m.source
    assert m.parts[0].in_place_at == text.index("Bonjour,\n\nvous trouverez")
    assert m.parts[1].in_place_at is None  # quoted-printable
    assert "ci-joint la facture" in m.parts[1].text
    assert [a.filename for a in m.attachments] == ["facture-402-7654321-7654321.pdf", "catalogue-printemps.pdf"]
    assert lint_file(MAIL / "facture_nested_fr.eml", select=["MSG7"]) == [("MSG702", 42, 1)]


UNLESS_EXAMPLES = {
    "en": [
        "the address is incomplete",
        "a wrong address",
        "it arrived damaged",
        "the parcel was lost",
        "we could not deliver",
        "we cannot reach you",
        "we can't find it",
        "unable to deliver",
        "a problem with the parcel",
        "returned to the sender",
        "a missing part",
    ],
    "de": [
        "die Adresse ist unvollständig",
        "an die falsche Adresse",
        "beschädigt",
        "verloren",
        "konnte nicht zugestellt werden",
        "kann nicht geliefert werden",
        "ein Problem",
        "zurückgesendet",
        "es fehlt ein Teil",
    ],
    "fr": [
        "adresse incomplète",
        "une mauvaise adresse",
        "adresse erronée",
        "colis endommagé",
        "colis perdu",
        "n'a pas pu être livré",
        "ne peut pas être livré",
        "un problème",
        "colis retourné",
    ],
    "es": [
        "dirección incompleta",
        "dirección incorrecta",
        "paquete dañado",
        "paquete perdido",
        "no se pudo entregar",
        "un problema",
        "paquete devuelto",
    ],
    "it": [
        "indirizzo incompleto",
        "indirizzo errato",
        "pacco danneggiato",
        "pacco perso",
        "non è stato possibile consegnarlo",
        "un problema",
        "pacco restituito",
    ],
}


def test_every_problem_pattern_has_an_example() -> None:
    from msglint.text.phrases import sections

    for sec in sections("MSG705-problem"):
        for pattern in sec.patterns():
            rx = sec.compile_one(pattern)
            if sec.language in UNLESS_EXAMPLES:
                assert any(rx.search(sec.fold(t)) for t in UNLESS_EXAMPLES[sec.language]), (
                    f"{sec.language}: no example for {pattern!r}"
                )
    # a plain notification names no problem
    for lang, texts in BODIES_FLAGGED.items():
        for text in texts:
            assert not _matches("body-unless", text), (lang, text)
