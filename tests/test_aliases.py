"""Marketplace buyer aliases: Amazon per marketplace, blacklisted- prefix, eBay, configured domains."""

from __future__ import annotations

import pytest

from msglint.core.packs import marketplaces
from msglint.market.aliases import amazon_marketplace, classify, find_aliases

MARKETPLACES = sorted(marketplaces())


@pytest.mark.parametrize("code", MARKETPLACES)
def test_every_amazon_marketplace_alias_maps_to_its_marketplace(code: str) -> None:
    domain = marketplaces()[code]["alias-domain"]
    alias = classify(f"t969vz2jn3bdsy7@{domain}")
    assert alias is not None
    assert (alias.relay, alias.marketplace, alias.blacklisted) == ("Amazon", code, False)
    assert alias.languages == tuple(marketplaces()[code]["languages"])
    assert amazon_marketplace(domain) == code
    prefixed = classify(f"blacklisted-t969vz2jn3bdsy7@{domain}")
    assert prefixed is not None and prefixed.blacklisted and prefixed.marketplace == code


def test_alias_forms_seen_in_the_wild() -> None:
    a = classify("<T969VZ2JN3BDSY7@Marketplace.Amazon.DE>")
    assert a is not None and a.address == "t969vz2jn3bdsy7@marketplace.amazon.de"
    # magnalister's own example keeps the shop domain after the prefix (magnalister FAQ)
    bare = classify("blacklisted-12345@amazon.fr")
    assert bare is not None and bare.marketplace == "amazon.fr" and bare.blacklisted
    assert classify("c4dc1kt7abtb7qr@marketplace.amazon.com.") is not None  # trailing root dot


@pytest.mark.parametrize(
    ("address", "site"),
    [
        ("415b21349b3e42193d47@members.ebay.com", "ebay.com"),
        ("415b21349b3e42193d47@members.ebay.de", "ebay.de"),
        ("415b21349b3e42193d47@members.ebay.co.uk", "ebay.co.uk"),
        ("blacklisted-415b21349b3e42193d47@members.ebay.fr", "ebay.fr"),
    ],
)
def test_ebay_member_aliases(address: str, site: str) -> None:
    alias = classify(address)
    assert alias is not None and alias.relay == "eBay" and alias.marketplace == site


@pytest.mark.parametrize(
    "address",
    [
        "jane.doe@example.org",
        "seller-support@amazon.de",  # Amazon itself, no bounce prefix: not a buyer alias
        "t969vz2jn3bdsy7@marketplace.amazon.de.example.com",  # look-alike host
        "t969vz2jn3bdsy7@notmarketplace.amazon.de",
        "t969vz2jn3bdsy7@marketplace.amazon.xx",
        "415b21349b3e42193d47@ebay.com",
        "415b21349b3e42193d47@members.ebay.com.example.net",
        "blacklisted-@marketplace-amazon.example",
        "blacklisted-x@amazon.example",
        "",
        "no-at-sign",
        "a@b@marketplace.amazon.de",
        "@marketplace.amazon.de",
        "x" * 400 + "@marketplace.amazon.de",
    ],
)
def test_ordinary_and_malformed_addresses_are_not_aliases(address: str) -> None:
    assert classify(address) is None


def test_configured_alias_domains() -> None:
    # An order import rewrote abc1121212@marketplace.amazon.com to the seller's own domain
    # (a multichannel tool's article).
    a = classify("abc1121212@mystore.com", ("@mystore.com",))
    assert a is not None and a.configured and a.marketplace is None
    assert "alias-domains" in a.describe()
    assert classify("abc@orders.mystore.com", ("mystore.com",)) is not None
    assert classify("abc@mystore.com.evil.example", ("mystore.com",)) is None
    assert classify("abc@mystore.com") is None  # not configured


def test_find_aliases_keeps_order_and_drops_duplicates() -> None:
    found = find_aliases(
        [
            "jane@example.org",
            "T969VZ2JN3BDSY7@marketplace.amazon.de",
            "415b21349b3e42193d47@members.ebay.com",
            "t969vz2jn3bdsy7@marketplace.amazon.de",
        ]
    )
    assert [a.marketplace for a in found] == ["amazon.de", "ebay.com"]


def test_describe_names_the_recipient_and_the_relay() -> None:
    a = classify("blacklisted-c4dc1kt7abtb7qr@marketplace.amazon.fr")
    assert a is not None
    text = a.describe()
    assert "blacklisted-c4dc1kt7abtb7qr@marketplace.amazon.fr" in text
    assert "Amazon (amazon.fr)" in text and "prefix" in text
