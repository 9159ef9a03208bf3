"""MSG201-MSG206: links and contact details, on fixtures and on the tricky cases one by one."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from conftest import FIXTURES, lint_file, lint_text

from msglint.checks.msg2_links.shared import allowed_domains, amazon_domains, split_url, under
from msglint.core.config import from_mapping
from msglint.engine.linter import Linter

MSG2 = ["MSG2", "MSG401"]  # the family, and the order number that every fixture carries
LINKS = FIXTURES  # per-rule folders: fixtures/rules/<CODE>-<slug>/


def _lint(path: str, **config: Any) -> list[tuple[str, int, int]]:
    return lint_file(LINKS / path, select=MSG2, **config)


def _text(source: str, filename: str = "t.html", **config: Any) -> list[tuple[str, int, int]]:
    return lint_text(source, filename, select=MSG2, **config)


def _codes(source: str, filename: str = "t.html", **config: Any) -> set[str]:
    return {c for c, _, _ in _text(source, filename, **config)}


ORDER = "Order 123-1234567-1234567. "


def _col(line: str, needle: str) -> int:
    """1-based column of ``needle`` in a one-line source."""
    return line.index(needle) + 1


# ---- fixtures: exact (code, line, column) ----------------------------------------------------
BAD: dict[str, list[tuple[str, int, int]]] = {
    "rules/MSG201-external-link/bad-external_links_en.html": [
        ("MSG201", 6, 43),  # amazon.fr.example.com
        ("MSG201", 7, 43),  # my-amazon-shop.com
        ("MSG201", 8, 10),  # amazon-deals.net
        ("MSG201", 9, 21),  # https://www.amazon.de@evil.example
        ("MSG201", 10, 10),  # upper case
        ("MSG201", 11, 10),  # protocol-relative
        ("MSG201", 12, 10),  # https:\\host\path
        ("MSG201", 13, 15),  # form action
        ("MSG201", 14, 13),  # www. host in text
        ("MSG201", 14, 43),  # bare https URL in text
        ("MSG201", 15, 27),  # area href
    ],
    "rules/MSG202-insecure-link/bad-insecure_links_de.html": [
        ("MSG202", 3, 54),  # http Amazon: fixable
        ("MSG201", 4, 41),
        ("MSG202", 4, 41),
        ("MSG202", 5, 17),  # bare http Amazon URL in text
        ("MSG201", 5, 71),  # a placeholder host named as the shop's domain: a link to the shop
        ("MSG202", 5, 71),  # http with a placeholder host: still insecure
    ],
    "rules/MSG203-opt-out-link/bad-opt_out_fr.html": [
        ("MSG203", 3, 9),  # ne plus recevoir nos messages
        ("MSG201", 3, 49),
        ("MSG203", 3, 49),  # /desinscription link (its text "cliquez ici" is not reported again)
        ("MSG203", 4, 27),  # DÉSABONNER
    ],
    "rules/MSG203-opt-out-link/bad-opt_out_multi.txt": [
        ("MSG203", 4, 38),  # Nachrichten abmelden
        ("MSG203", 4, 69),  # keine E-Mails mehr von uns erhalten möchten
        ("MSG203", 5, 58),  # hier abbestellen
        ("MSG203", 7, 46),  # no desea recibir más mensajes
        ("MSG203", 7, 83),  # darse de baja
        ("MSG203", 8, 6),  # cancelar la suscripción
        ("MSG203", 10, 51),  # annullare l’iscrizione (typographic apostrophe)
        ("MSG203", 10, 75),  # disiscriviti
        ("MSG203", 12, 1),  # To opt-out, reply
        ("MSG203", 12, 19),  # UNSUBSCRIBE
        ("MSG203", 12, 32),  # Unsubscribe:
        ("MSG201", 12, 45),
        ("MSG203", 12, 45),  # .../list-unsubscribe, once for the URL
    ],
    "rules/MSG204-contact-email/bad-contact_email_it.html": [
        ("MSG204", 3, 29),  # mailto: (the address shown as the link text is not reported again)
        ("MSG204", 4, 10),
        ("MSG204", 4, 50),  # ordini [at] gioielli-esempio.it
        ("MSG204", 5, 21),  # the buyer's Amazon alias is an address too
    ],
    "rules/MSG205-contact-phone/bad-contact_phone_es.txt": [
        ("MSG205", 4, 20),  # 912 345 678
        ("MSG205", 4, 37),  # +34 612 34 56 78
    ],
    "rules/MSG205-contact-phone/bad-contact_phone_de.html": [
        ("MSG205", 3, 61),  # tel: link (its text 030 12345678 is not reported again)
        ("MSG201", 4, 14),  # wa.me is an external site as well
        ("MSG205", 4, 14),
        ("MSG205", 4, 67),  # 0171 1234567
        ("MSG205", 5, 8),  # Fax 030/1234567-9
        ("MSG205", 5, 28),  # Tel. 2125550123: a bare run after a phone label
    ],
    "rules/MSG206-linked-logo/bad-linked_logo_en.html": [
        ("MSG201", 2, 18),
        ("MSG206", 2, 47),  # <img> in the link
        ("MSG201", 3, 18),
        ("MSG206", 3, 47),  # <span style="background-image: url(...)"> in the link
        ("MSG206", 4, 9),  # <a style="background: url(...)">
        ("MSG201", 4, 18),
    ],
}


@pytest.mark.parametrize("path", sorted(BAD))
def test_bad_fixture_fires_at_exact_positions(path: str) -> None:
    assert _lint(path) == BAD[path]


GOOD: dict[str, dict[str, Any]] = {
    "rules/MSG201-external-link/good-amazon_links_all_marketplaces.html": {},
    "rules/MSG201-external-link/good-allowed_domain_https_en.html": {"allowed-domains": ["example-gps.com"]},
    "rules/MSG205-contact-phone/good-numbers_not_phones_de.txt": {},
    "rules/MSG204-contact-email/good-placeholders_and_handles_fr.html": {},
    "rules/MSG203-opt-out-link/good-neutral_wording_es_it.txt": {},
    "rules/MSG206-linked-logo/good-logo_not_linked_it.html": {},
    "rules/MSG202-insecure-link/good-https-links_de.html": {},
}


@pytest.mark.parametrize("path", sorted(GOOD))
def test_good_fixture_is_silent(path: str) -> None:
    assert _lint(path, **GOOD[path]) == []


def test_every_fixture_is_listed() -> None:
    on_disk = {p.relative_to(LINKS).as_posix() for p in LINKS.glob("rules/MSG2*/*") if p.is_file()}
    assert on_disk == set(BAD) | set(GOOD)


def test_good_marketplace_fixtures_stay_silent_for_their_marketplace() -> None:
    assert _lint("rules/MSG205-contact-phone/good-numbers_not_phones_de.txt", marketplace="amazon.de") == []
    assert _lint("rules/MSG203-opt-out-link/good-neutral_wording_es_it.txt", marketplace="amazon.es") == []


# ---- MSG201: hosts ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "https://amazon.fr.example.com/x",
        "https://my-amazon-shop.com",
        "https://amazon-deals.net",
        "https://amazon.de@evil.com/",
        "https://user:pw@amazon.com.evil.com",
        "https://evil.com\\@amazon.de/",  # a browser reads the backslash as a slash
        "https:evil.com/x",
        "HTTPS://EVIL.COM",
        "https://xn--amazn-mua.de/",  # amazön.de in punycode
        "https://amazön.de/",
        "https://amazon.de.evil.com:443/",
        "https://evilamazon.com",
        "https://s3.amazonaws.com/bucket/x",  # anybody's files
        "ftp://files.example.com/manual.pdf",
        "//cdn.example.com/x",
        "www.example.com",
        "https://example.com/review?order={{ order_id }}",  # a placeholder in the path only
        "https://example.com:8443/%ORDER_ID%",
    ],
)
def test_look_alike_and_tricky_hosts_are_external(url: str) -> None:
    assert _text(f'<p>{ORDER}<a href="{url}">x</a></p>') == [("MSG201", 1, 40)]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.de/gp/css/order-history",
        "https://AMAZON.CO.UK",
        "https://www.amazon.com./x",
        "https://sellercentral-europe.amazon.com/",
        "https://amzn.to/3abc",
        "https://a.co/d/abc",
        "https://m.media-amazon.com/images/I/x.jpg",
        "https://www.ａｍａｚｏｎ.de/",  # full-width letters: a browser goes to amazon.de
        "https://user@amazon.fr/x",
        "#top",
        "/gp/help",
        "orders.html",
        "mailto:x",  # MSG204's business, not an external link
        "{{ review_url }}",
        "https://{{ host }}/x",  # a placeholder host named neither as the shop nor as Amazon
        "https://{{ sub }}.example.com/x",
        "[[review-link]]",
        "%REVIEW_URL%",
        "javascript:void(0)",
        "",
    ],
)
def test_amazon_relative_and_templated_links_are_not_external(url: str) -> None:
    assert "MSG201" not in _codes(f'<p>{ORDER}<a href="{url}">x</a></p>')


def test_allowed_domains_cover_subdomains_but_not_parents_or_look_alikes() -> None:
    src = (
        f"<p>{ORDER}<a href='https://activate.example-gps.com/a'>a</a> "
        "<a href='https://www.example-gps.com/'>b</a> "
        "<a href='https://activate.example-gps.com.evil.io/'>c</a></p>"
    )
    got = _text(src, **{"allowed-domains": ["activate.example-gps.com"]})
    assert got == [
        ("MSG201", 1, _col(src, "https://www.")),
        ("MSG201", 1, _col(src, "https://activate.example-gps.com.evil")),
    ]
    assert _text(src, **{"allowed-domains": ["https://example-gps.com/", "*.evil.io"]}) == []


def test_allowed_domains_are_normalised() -> None:
    assert allowed_domains((" https://Shop.Example.COM/x ", "*.b.de", ".c.fr")) == {
        "shop.example.com",
        "b.de",
        "c.fr",
    }


def test_amazon_domains_come_from_the_marketplaces_and_the_pack() -> None:
    domains = amazon_domains()
    assert {"amazon.de", "amazon.co.jp", "amazon.com.tr", "amzn.to", "a.co"} <= domains
    assert not under("amazonaws.com", domains)
    assert under("www.amazon.de", domains) and not under("amazon.de.evil.com", domains)


def test_split_url_reads_hosts_like_a_browser() -> None:
    assert split_url(" https://Ex.COM:8080/p ")[:2] == ("https", "ex.com")
    assert split_url("https://a@b@c.com/")[1] == "c.com"
    assert split_url("https://münchen.de/")[1] == "xn--mnchen-3ya.de"
    assert split_url("https://{{ shop }}/x") == ("https", None, "{{ shop }}", True)
    assert split_url("tel:+4930123")[:2] == ("tel", None)
    assert split_url("https://[::1/")[1] is None  # malformed: no crash, nothing to judge


def test_url_in_link_text_is_judged_by_its_href_only() -> None:
    src = f'<p>{ORDER}<a href="https://www.amazon.de/x">https://www.amazon.de/x</a></p>'
    assert _text(src) == []


def test_text_url_right_after_a_colon_or_bracket() -> None:
    src = f"{ORDER}\nLink:https://example.com/a [www.example.org] <https://example.net>\n"
    line = src.splitlines()[1]
    assert _text(src, "t.txt") == [
        ("MSG201", 2, _col(line, "https://example.com")),
        ("MSG201", 2, _col(line, "www.example")),
        ("MSG201", 2, _col(line, "https://example.net")),
    ]


def test_text_urls_in_plain_text_templates() -> None:
    src = f"{ORDER}\nSee https://example.com/a, (www.example.org) or https://www.amazon.de/x.\n"
    line = src.splitlines()[1]
    expected = [("MSG201", 2, _col(line, "https://example")), ("MSG201", 2, _col(line, "www.example"))]
    assert _text(src, "t.txt") == expected


# ---- MSG202 ------------------------------------------------------------------------------------
def test_insecure_link_fix_upgrades_amazon_hosts_only() -> None:
    from msglint.run.fixes import fix_text

    src = (FIXTURES / "rules/MSG202-insecure-link/bad-insecure_links_de.html").read_text(encoding="utf-8")
    linter = Linter(from_mapping({"select": ["MSG202"]}))
    out = fix_text(linter, src, "t.html")
    assert out.fixed == 2
    assert 'href="https://www.amazon.de/gp/css/order-history"' in out.text
    assert "https://sellercentral.amazon.de/messaging" in out.text
    assert "http://aktivierung.example-gps.de/start" in out.text  # not ours to guess
    # The second is one column further right: the fix before it on line 5 added an "s".
    assert [(d.line, d.column) for d in out.remaining] == [(4, 41), (5, 72)]
    again = fix_text(linter, out.text, "t.html")
    assert again.text == out.text and again.fixed == 0  # idempotent


def test_insecure_allowed_domain_is_msg202_only() -> None:
    src = f'<p>{ORDER}<a href="http://activate.example-gps.com/">x</a></p>'
    assert _codes(src, **{"allowed-domains": ["example-gps.com"]}) == {"MSG202"}


def test_https_and_www_links_are_not_insecure() -> None:
    assert "MSG202" not in _codes(f"<p>{ORDER}https://www.amazon.de and www.amazon.de</p>")


# ---- MSG203: every phrase with a neutral counter-example --------------------------------------
def _optout_examples() -> dict[str, tuple[str, str]]:
    """pattern: (a sentence it flags, a neutral sentence close to it that it must not flag),
    from the examples the patterns carry in rules/lang/<lang>.toml."""
    from msglint.text.phrases import sections

    return {
        ex.pattern: (ex.matches[0], ex.counter[0])
        for sec in sections("MSG203")
        for ex in sec.examples
        if ex.matches and ex.counter
    }


PHRASES: dict[str, tuple[str, str]] = _optout_examples()


def test_every_opt_out_pattern_has_a_counter_example() -> None:
    from msglint.text.phrases import sections

    secs = sections("MSG203")
    assert {"en", "fr", "de", "es", "it"} <= {sec.language for sec in secs}
    assert {p for sec in secs for p in sec.patterns()} == set(PHRASES)


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        ("(darse|darte|dese|date) de baja", {"baja"}),
        ("(cancelar|anular) (la |tu |su )?suscripción", {"suscripcion"}),
        ("opt(ed|ing)?[ -]?out (of|from) x", {"opt"}),
        ("ab(zu)?meld\\w{0,8} (vom|von)", {"meld"}),
        ("colou?r chart", {"chart"}),
        ("a|b", {"a", "b"}),  # top-level alternation: one of the two
        ("straße", {"stra"}),  # ß also matches ss: it ends the word
    ],
)
def test_required_literal_of_a_phrase(pattern: str, literal: set[str]) -> None:
    """The opt-out prefilter: a pattern is tried only when a word it requires occurs."""
    from msglint.text.phrases import section

    sec = section("en", "MSG203")
    assert sec is not None
    assert sec.anchors(pattern)[0] == literal


@pytest.mark.parametrize("pattern", sorted(PHRASES))
def test_opt_out_phrase_and_its_counter_example(pattern: str) -> None:
    flagged, neutral = PHRASES[pattern]
    assert _codes(f"{ORDER}\n{flagged}\n", "t.txt") == {"MSG203"}, flagged
    assert _codes(f"{ORDER}\n{neutral}\n", "t.txt") == set(), neutral


@pytest.mark.parametrize(
    ("href", "flagged"),
    [
        ("https://www.amazon.de/gp/unsubscribe?x=1", True),
        ("https://shop.example.com/Newsletter/Abmelden", True),
        ("https://shop.example.fr/d%C3%A9sinscription", True),
        ("https://shop.example.com/optout?id=1", True),
        ("https://www.amazon.de/adopt-outdoor", False),
        ("https://www.amazon.de/subscribe-and-save", False),
    ],
)
def test_opt_out_urls(href: str, flagged: bool) -> None:
    got = _codes(f'<p>{ORDER}<a href="{href}">hier</a></p>', **{"allowed-domains": ["example.com", "example.fr"]})
    assert ("MSG203" in got) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Abmelden", True),
        (" Se <b>d&eacute;sabonner</b> ", True),
        ("UNSUBSCRIBE »", True),
        ("Darse de baja", True),
        ("Anmelden", False),
        ("Bestellung ansehen", False),
        ("Inscription", False),
        ("Subscribe &amp; Save", False),
    ],
)
def test_opt_out_link_texts(text: str, flagged: bool) -> None:
    src = f'<p>{ORDER}<a href="https://www.amazon.de/x">{text}</a></p>'
    assert _text(src) == ([("MSG203", 1, _col(src, "https://"))] if flagged else [])


def test_opt_out_wording_in_link_text_is_reported_once() -> None:
    src = f'<p>{ORDER}<a href="{{{{ link }}}}">Click to unsubscribe</a></p>'
    assert _text(src) == [("MSG203", 1, _col(src, "unsubscribe"))]
    src = f'<p>{ORDER}<a href="{{{{ link }}}}">Unsubscribe</a></p>'
    assert _text(src) == [("MSG203", 1, _col(src, "{{"))]  # the whole link text: the link
    # A placeholder named like an unsubscribe URL is an opt-out link: reported at the href.
    # As a page of the seller's own site it is an external link too (tests/test_dialects.py).
    src = f'<p>{ORDER}<a href="{{{{ unsubscribe_url }}}}">Unsubscribe</a></p>'
    assert _text(src) == [("MSG201", 1, _col(src, "{{")), ("MSG203", 1, _col(src, "{{"))]


# ---- MSG204 ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Write to info@shop-example.de please.",
        "Write to Info.Team+rings@Shop-Example.CO.UK.",
        "Alias: t969vz2jn3bdsy7@marketplace.amazon.de",
        "Schreiben Sie an kontakt@müller-schmuck.de oder jürgen.müller@beispiel.de.",
        "Write to info [at] shop-example.de please.",
        "Write to info(at)shop-example(dot)de please.",
        "Écrivez à contact(@)boutique-exemple.fr.",
        "Schreiben Sie an info ( at ) shop-example [ punkt ] de.",
    ],
)
def test_email_addresses_are_found(text: str) -> None:
    assert _codes(f"{ORDER}\n{text}\n", "t.txt") == {"MSG204"}


@pytest.mark.parametrize(
    "text",
    [
        "Your address {{ buyer_email }} stays with Amazon.",
        "Follow the guide at https://www.amazon.de/@acme/guide or https://user@www.amazon.de/x.",
        "The logo file is logo@2x.png.",
        "We answer at any time, at shop-example.de opening hours.",
        "Price: 3 @ 4,99 EUR.",
        "Write to us through Amazon: {{ shop }}@{{ domain }}.",
    ],
)
def test_not_email_addresses(text: str) -> None:
    assert "MSG204" not in _codes(f"{ORDER}\n{text}\n", "t.txt")


# ---- MSG205 ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "marketplace"),
    [
        ("Call us on +49 30 12345678.", None),
        ("Appelez le 01 23 45 67 89.", "amazon.fr"),
        ("Appelez le 06.12.34.56.78.", None),
        ("Call (212) 555-0123.", "amazon.com"),
        ("Call 020 7946 0958.", "amazon.co.uk"),
        ("Chiamaci allo 06 1234 5678.", "amazon.it"),
        ("Tel.: 0049 (0) 30 1234567", None),
        ("Handy 01711234567", None),
        ("Kundenservice: 030 1234567", "amazon.de"),
        ("Kunden-Hotline 030 1234567", "amazon.de"),
        ("Numéro de téléphone : 01 23 45 67 89", "amazon.fr"),
    ],
)
def test_phone_numbers_are_found(text: str, marketplace: str | None) -> None:
    cfg = {"marketplace": marketplace} if marketplace else {}
    assert _codes(f"{ORDER}\n{text}\n", "t.txt", **cfg) == {"MSG205"}


@pytest.mark.parametrize(
    "text",
    [
        "Order 123-1234567-1234567 and 302-1234567-7654321, ASIN B0C1234567, ISBN 978-3-16-148410-0.",
        "EAN 4006381333931 / 96385074, GTIN 04006381333931.",
        "Dates: 2026-11-22, 22.11.2026, 22/11/2026, 11/22/2026, 14:30-18:00.",
        "Prices: 1.234,56 €, 1 234 567,89 EUR, $1,234,567.00.",
        "Postcodes: 75008 Paris, D-10115 Berlin, 00184 Roma, 28013 Madrid.",
        "Tracking 1Z999AA10123456784, JJD000390007421585, 00340434161094015902, 9400 1000 0000 0000 0000 00.",
        "Parcel 123456789012, parcel number 0034 0434 1610 9401 5902.",
        "FedEx 0123 4567 8901, GLS 12345678901, DPD 01234567890123, Hermes 12345678901234.",
        "Acme GmbH, 10115 Berlin, HRB 123456 B, USt-IdNr.: DE123456789, Steuernummer 12/345/67890.",
        "SIRET 123 456 789 00012, SIREN 123 456 789, TVA FR 12 345678901, ABN 12 345 678 901.",
        "Tu código de activación es 0612-3456-78; Kontonummer 0612345678, BLZ 100 100 10.",
        "Call reference 0301234567, Vorgang 0301234567, Lot 0612345678, Charge 06 12 34 56 78.",
        "Invoice no. 2026-004512, Rechnungsnummer 0301234567, Kundennr. 0123456789.",
        "Serial number 0612345678, Artikelnummer 912 345 678.",
        "Bare number 2026004512 without a label.",
        "Lieferzeitraum 24.11.-28.11.2026, am 01.12.2026 oder 02.12.2026, Zeitraum 01.12.2026-05.12.2026.",
        "Consegna il 01/12/26 o il 2026/12/01 o il 2026.12.01.",
        "Maße 200 x 90 x 45 cm, 3-5 Werktage, Größe 38/40, 10:00 - 12:00 Uhr, KW 48, 1.000.000 Stück.",
        "Version 2.3.1.4567, Lizenzschlüssel ABCD-1234-EFGH-5678, P.IVA 01234567890, NIF B12345678.",
        "Le colis 6A12345678901 arrive entre 8h et 12h; Coordinates 48.8566, 2.3522; ZIP 90210-1234.",
    ],
)
@pytest.mark.parametrize("marketplace", [None, "amazon.de", "amazon.fr", "amazon.it", "amazon.es", "amazon.com"])
def test_numbers_that_are_not_phone_numbers(text: str, marketplace: str | None) -> None:
    cfg = {"marketplace": marketplace} if marketplace else {}
    assert "MSG205" not in _codes(f"{ORDER}\n{text}\n", "t.txt", **cfg)


def test_phone_region_comes_from_the_marketplace() -> None:
    src = f"{ORDER}\nRufen Sie 030 12345678 an.\n"
    assert _text(src, "t.txt", marketplace="amazon.de") == [("MSG205", 2, 11)]
    assert _text(src, "t.txt", marketplace="amazon.com") == []  # not a US number


def test_phone_links() -> None:
    src = (
        f'<p>{ORDER}<a href="sms:+4930123">a</a> <a href="https://api.whatsapp.com/send?phone=4930123">b</a>'
        ' <a href="whatsapp://send?phone=4930123">c</a></p>'
    )
    assert [c for c in _text(src) if c[0] == "MSG205"] == [
        ("MSG205", 1, _col(src, "sms:")),
        ("MSG205", 1, _col(src, "https://api")),
        ("MSG205", 1, _col(src, "whatsapp://")),
    ]


def test_phonenumbers_is_imported_only_for_digit_runs() -> None:
    code = (
        "import sys, msglint\n"
        "cfg = {'select': ['MSG2', 'MSG401']}\n"
        "msglint.lint('<p>Order {{ order_id }}: no digits here, 12 34 at most.</p>', 't.html', config=cfg)\n"
        "assert 'phonenumbers' not in sys.modules, 'imported without need'\n"
        "msglint.lint('<p>Order 123-1234567-1234567, 22.11.2026</p>', 't.html', config=cfg)\n"
        "assert 'phonenumbers' not in sys.modules, 'order numbers and dates are blanked first'\n"
        "msglint.lint('<p>Order 123-1234567-1234567: 030 1234567</p>', 't.html', config={'select': ['MSG205']})\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


# ---- MSG206 ------------------------------------------------------------------------------------
def test_logo_linked_to_an_allowed_domain_is_still_a_linked_logo() -> None:
    src = f'<p><a href="https://acme.example/"><img src="https://acme.example/l.png" alt="Acme"></a>{ORDER}</p>'
    assert _text(src, **{"allowed-domains": ["acme.example"]}) == [("MSG206", 1, 36)]


def test_image_in_a_link_to_amazon_or_a_placeholder_is_fine() -> None:
    src = (
        f'<p>{ORDER}<a href="https://www.amazon.de/s?me=X"><img src="https://m.media-amazon.com/l.png" alt=""></a>'
        '<a href="{{ review_url }}"><img src="https://acme.example/stars.png" alt=""></a>'
        '<a href="/local"><img src="https://acme.example/l.png" alt=""></a></p>'
    )
    assert _text(src) == []


# ---- robustness and cost ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("junk", "expected"),
    [
        ("a@" * 50000, set()),
        ("http://" * 20000, {"MSG201", "MSG202"}),  # a (broken) link over http, to a host that is not Amazon
        ("www." * 50000, {"MSG201"}),
        ("1-" * 100000, set()),
        ("+(" * 50000 + "1", set()),
        ("0 " * 100000, set()),
        ("[at] " * 20000 + "x", set()),
        ("<a href='" + "h" * 100000, set()),
        ("https://" + "a." * 50000 + "de", {"MSG201"}),
        ("x@" + "a-" * 50000, set()),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_pathological_input_is_fast(junk: str, expected: set[str]) -> None:
    for filename in ("t.txt", "t.html"):
        assert {c for c in _codes(junk, filename) if c.startswith("MSG2")} == expected


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_a_long_realistic_message_is_cheap() -> None:
    block = (FIXTURES / "rules/MSG205-contact-phone/good-numbers_not_phones_de.txt").read_text(encoding="utf-8")
    src = block * 40  # about 40 KB full of numbers
    assert _text(src, "t.txt") == []


def test_arabic_opt_out_with_harakat_is_found_through_its_anchors() -> None:
    """Arabic opt-out patterns are tried only when their words are in the text with the
    harakat removed (#14: they used to be compiled and run on every message); a fully
    vocalised sentence, with a shadda in a second one, is still reported at its exact place."""
    line = "إذا كنتَ لَا تَرْغَبُ فِي تَلَقِّي رَسَائِلَ أخرى، فردّ بكلمة إيقاف."
    found = [f for f in _text(f"مرحبا أحمد،\n{line}\nشكرا\n", "t.txt") if f[0] == "MSG203"]
    assert found == [("MSG203", 2, _col(line, "لَا")), ("MSG203", 2, _col(line, "فردّ"))]
    assert "MSG203" not in _codes("إذا كنتَ لَا تَرْغَبُ فِي تَلَقِّي الطرد قبل العيد، أخبرنا.\n", "t.txt")


def test_opt_out_patterns_with_skip_marks_have_anchors() -> None:
    """Every shipped opt-out pattern of a language with skip marks has anchors (else it is
    compiled and searched for in every message of every language)."""
    from msglint.checks.msg2_links.shared import optout_patterns

    marked = [anchors for _, skip, anchors, _ in optout_patterns() if skip]
    assert marked and all(marked)


def test_phone_numbers_past_the_matcher_budget_are_still_found() -> None:
    """Past ``_MATCHER_BUDGET`` matcher passes (digit soup: 700 KB took 12 s, #14) a run is
    parsed whole from the first region: a valid number written on its own is still flagged at
    its exact place, a run that is no phone number still is not."""
    from msglint.checks.msg2_links import shared

    runs = shared._MATCHER_BUDGET // 6 + 50  # distinct runs, six default regions each
    filler = "".join(f"Ref {n:03d}/{n:04d}-{n:02d}.\n" for n in range(1000, 1000 + runs))
    src = f"{ORDER}\n{filler}Call us on +49 30 12345678.\nArticle 2026-004512-77.\n"
    found = [c for c in _text(src, "t.txt") if c[0] == "MSG205"]
    line = src.count("\n", 0, src.index("Call us"))
    assert ("MSG205", line + 1, 12) in found
    assert all(c[1] != line + 2 for c in found)


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example/elgha2?id=7",
        "https://shop.example/ilgha-ishtirak",
        "https://shop.example/newsletter/abmelden",
        "https://shop.example/unsubscribe?u=1",
        "https://shop.example/opt-out",
        "https://shop.example/darse-de-baja",
        "https://shop.example/desabonner",
        "https://shop.example/haishin-teishi",
        "https://shop.example/afmelden",
        "https://shop.example/wypisz",
        "https://shop.example/descadastrar",
        "https://shop.example/avprenumerera",
        "https://shop.example/abonelikten-cik",
        "https://shop.example/img/0.png",
        "https://shop.example/optics/lens.png",
        "https://shop.example/unsubtle",
    ],
)
def test_optout_url_prefilter_gives_the_sections_answer(url: str) -> None:
    """The one-regex prefilter (#14: 20,000 image URLs took 3 s) only skips URLs that no
    language's section can match: the answer is that of the twelve section searches."""
    from msglint.checks.msg2_links.shared import OPTOUT_URL, optout_url
    from msglint.core.userpacks import load_packs
    from msglint.text.phrases import sections

    packs = load_packs()
    expected = any(sec.search(url) is not None for sec in sections(OPTOUT_URL, packs=packs))
    assert optout_url(url, packs) is expected
    assert optout_url(url, None) is expected


def test_every_optout_url_pattern_has_anchors() -> None:
    """A pattern without anchors (a top-level 'a|b') switches the prefilter off for all URLs."""
    from msglint.checks.msg2_links.shared import OPTOUT_URL
    from msglint.text.phrases import sections

    for sec in sections(OPTOUT_URL):
        for pattern in sec.patterns():
            assert sec.unmarked_anchors(pattern), (sec.language, pattern)
