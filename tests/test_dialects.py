"""Template dialects (issue 9): what shop systems' own templates say reaches the rules.

- ``fixtures/dialects/<dialect>/`` holds notification e-mails written for msglint in the style of
  each system (WooCommerce PHP, Blade, Magento, Smarty, Twig, Jinja, Liquid, Handlebars,
  Mustache, FreeMarker, PrestaShop, review-service tags, MJML); ``labels.toml`` gives every
  diagnostic each file must get ("CODE line:column"). They are linted once through the
  installed console script over the whole folder, which also proves the folder walk picks up
  every suffix.
- The model: which spans are placeholders, control tags, comments and translated text, with
  exact positions; suppressions in every dialect's comments; dialect choice (suffix, content,
  ``dialect`` and ``per-file-dialect``); links to the seller's own shop by placeholder name;
  order placeholders of every dialect; MSG105 against the nearest container.
- Malformed templates of 1 MB are read as far as they can be, without raising or hanging.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from conftest import FIXTURES, lint_text, run_cli

import msglint
from msglint.model.dialects import DIALECTS, sniff
from msglint.model.document import parse

DIALECT_FIXTURES = FIXTURES / "dialects"


def _labels() -> list[tuple[str, Path, list[str], list[str], list[str]]]:
    out = []
    for labels in sorted(DIALECT_FIXTURES.glob("*/labels.toml")):
        with labels.open("rb") as fh:
            data = tomllib.load(fh)
        for name, entry in data.items():
            misses = list(entry.get("wording-misses", []))
            false_alarms = list(entry.get("wording-false-alarms", []))
            out.append((labels.parent.name, labels.parent / name, list(entry["expect"]), misses, false_alarms))
    return out


LABELS = _labels()


@pytest.fixture(scope="module")
def dialect_report() -> dict[str, list[str]]:
    """Every diagnostic of the dialect fixtures, by file, from one run of the installed CLI."""
    r = run_cli("check", "--format", "json", str(DIALECT_FIXTURES))
    assert r.returncode == 1, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    found: dict[str, list[str]] = {}
    for d in json.loads(r.stdout):
        found.setdefault(str(Path(d["path"]).resolve()), []).append(f"{d['code']} {d['line']}:{d['column']}")
    return found


def _position_key(label: str) -> tuple[int, int, str]:
    code, where = label.split()
    line, col = where.split(":")
    return int(line), int(col), code


@pytest.mark.parametrize(
    ("dialect", "path", "expect", "misses", "false_alarms"),
    [pytest.param(*case, id=f"{case[0]}/{case[1].name}") for case in LABELS],
)
def test_fixture_gets_exactly_its_labels(
    dialect_report: dict[str, list[str]],
    dialect: str,
    path: Path,
    expect: list[str],
    misses: list[str],
    false_alarms: list[str],
) -> None:
    got = sorted(dialect_report.get(str(path.resolve()), []), key=_position_key)
    # A wording miss is a confirmation (or promotion...) the wording rules do not find yet, a
    # wording false alarm one they make wrongly: both stay labelled, and this test fails once
    # the wording rules change, so that the entry goes.
    want = sorted([e for e in expect if e not in misses] + false_alarms, key=_position_key)
    assert got == want


def test_labels_are_well_formed_and_cover_every_fixture() -> None:
    labelled = {path for _, path, _, _, _ in LABELS}
    on_disk = {p for p in DIALECT_FIXTURES.glob("*/*") if p.name != "labels.toml"}
    assert labelled == on_disk
    for _, path, expect, misses, false_alarms in LABELS:
        assert set(misses) <= set(expect) and not set(false_alarms) & set(expect), path
        assert expect == sorted(expect, key=_position_key), path
        for label in expect:
            line, col, code = _position_key(label)
            lines = path.read_text(encoding="utf-8").splitlines()
            assert code.startswith("MSG") and 1 <= line <= len(lines) and 1 <= col <= len(lines[line - 1]) + 1, label


def test_every_dialect_has_its_notification_set() -> None:
    by_dialect: dict[str, list[list[str]]] = {}
    for dialect, _, expect, _, _ in LABELS:
        by_dialect.setdefault(dialect, []).append(expect)
    for dialect, files in by_dialect.items():
        codes = {label.split()[0] for expect in files for label in expect}
        assert [] in files, f"{dialect}: no compliant template"
        assert codes & {"MSG602", "MSG601", "MSG501", "MSG502", "MSG503"}, dialect
    # the shop systems with the full set: shipping, order, refund, review, coupon, compliant
    for dialect in ("php", "blade", "magento", "smarty", "twig", "jinja", "liquid", "handlebars", "freemarker", "mjml"):
        assert len(by_dialect[dialect]) >= 6, dialect


def test_folder_walk_includes_every_dialect_suffix() -> None:
    """The JUnit report has one test suite per linted file, compliant ones included."""
    import re

    r = run_cli("check", "--format", "junit", "--exit-zero", str(DIALECT_FIXTURES))
    linted = {str(Path(p).resolve()) for p in re.findall(r'<testsuite name="([^"]+)"', r.stdout.decode())}
    on_disk = {str(p.resolve()) for p in DIALECT_FIXTURES.rglob("*") if p.is_file() and p.name != "labels.toml"}
    assert linted == on_disk
    assert {Path(p).suffix for p in linted} >= {".php", ".ftl", ".mjml", ".tpl", ".hbs", ".liquid", ".twig", ".txt"}


# ---- the model: translated text, placeholders, control tags, comments ------------------------------
def _text(source: str, filename: str) -> str:
    return " ".join(parse(source, filename).text.split())


@pytest.mark.parametrize(
    ("filename", "source", "text"),
    [
        (
            "t.php",
            "<p><?php printf( esc_html__( 'Your order #%s has shipped.', 'shop' ), $order->get_order_number() ); ?></p>",
            "Your order # has shipped.",
        ),
        ("t.php", "<?php $a = array( 'k' => '<b>' ); ?><p><?php _e( 'Don\\'t worry', 'd' ); ?></p>", "Don't worry"),
        ("t.php", '<?php /* see https://example.com/docs */ echo "Line one\\n"; ?>', "Line one"),
        # %% is a literal % only where printf formats the string
        (
            "t.php",
            "<?php echo esc_html__( '20%% off', 'd' ); ?> <?php printf( __( '20%% off' ) ); ?>",
            "20%% off 20% off",
        ),
        ("t.php", "<?php echo <<<TXT\nHeredoc text for $name here\nTXT;\n?>", "Heredoc text for here"),
        ("t.php", "<?php if ( $a > $b && $c => 1 ) : ?><p>Shown</p><?php endif; ?>", "Shown"),
        (
            "t.blade.php",
            "{{-- note --}}<p>{{ __('Hello :name', ['name' => $n]) }}</p>@if($x)<p>@lang('Bye')</p>@endif",
            "Hello Bye",
        ),
        ("t.blade.php", "<p>Write to team@example.com</p>", "Write to team@example.com"),
        (
            "t.html",
            '{{trans "Your %store_name order" store_name=$s}} {{var order.increment_id}} {{depend x}}ok{{/depend}}',
            "Your order ok",
        ),
        (
            "t.tpl",
            "{* c *}{if $a == 'x'}{$Kunde->cVorname}{/if} {l s='Your order %s' sprintf=[$o] mod='m'}",
            "Your order",
        ),
        (
            "t.tpl",
            "<style>{literal}a { color: red }{/literal}</style><p>{foreach from=$x item=y}Item{/foreach}</p>",
            "Item",
        ),
        ("t.ftl", "<#-- c --><#if (a > b)><p>${order.orderId} shipped</p></#if><@m.footer/>", "shipped"),
        (
            "t.html.twig",
            "{# c #}{{ 'Hello {name}'|trans({}, 'Emails') }} {% trans %}Dear %name%{% endtrans %}",
            "Hello Dear",
        ),
        ("t.j2", '{{ _("Hello %(name)s") % {"name": n} }} {% if x %}{{ gettext("Bye") }}{% endif %}', "Hello Bye"),
        (
            "t.liquid",
            "{% comment %}x{% endcomment %}{% capture t %}Hi{% endcapture %}{{ 'Text here' | t }}{% # c %}",
            "Hi Text here",
        ),
        ("t.hbs", '{{!-- a }} b --}}{{! c }}{{#if x}}{{t "Hello"}}{{/if}} {{> footer title=(t "Bye")}}', "Hello Bye"),
        ("t.mustache", "{{! c }}{{#x}}A{{/x}}{{^x}}B{{/x}}{{{raw}}}", "A B"),
    ],
)
def test_what_is_text_in_each_dialect(filename: str, source: str, text: str) -> None:
    assert _text(source, filename) == text


def test_translated_text_keeps_its_source_positions() -> None:
    src = (
        "<p>{{trans 'Questions? Write to <a href=\"mailto:%store_email\">%store_email</a> or help@shop-example.com'"
        " store_email=$e |raw}}</p>"
    )
    diags = lint_text(src, "t.html", select=["MSG204"])
    assert diags == [("MSG204", 1, src.index("mailto:") + 1), ("MSG204", 1, src.index("help@") + 1)]


def test_template_syntax_is_never_a_word() -> None:
    syntax = {
        "foreach", "endforeach", "endif", "elseif", "esc_html", "esc_html__", "esc_html_e", "printf", "sprintf",
        "endtrans", "endcapture", "endcomponent", "includeMailTemplate", "cBestellNr", "echo", "gettext",
        "depend", "mod", "lang", "endblock", "endsection", "escape", "raw", "locale",
    }  # fmt: skip
    import re

    for _, path, _, _, _ in LABELS:
        words = set(re.findall(r"[\w$]+", parse(path.read_text(encoding="utf-8"), str(path)).text))
        assert not words & syntax, (path, words & syntax)


# ---- suppressions in every dialect's comments ------------------------------------------------------
_EMAIL_LINE = "<p>Write to help@shop-example.com, order 123-1234567-1234567.</p>"


@pytest.mark.parametrize(
    ("filename", "comment"),
    [
        ("t.php", "<?php // msglint: disable-next-line=MSG204 -- reason ?>"),
        ("t.php", "<?php /* msglint: disable-next-line=MSG204 */ ?>"),
        ("t.php", "<?php # msglint: disable-next-line=MSG204 ?>"),
        ("t.blade.php", "{{-- msglint: disable-next-line=MSG204 --}}"),
        ("t.html", '{{template config_path="x"}}<!-- msglint: disable-next-line=MSG204 -->'),
        ("t.tpl", "{* msglint: disable-next-line=MSG204 *}"),
        ("t.ftl", "<#-- msglint: disable-next-line=MSG204 -->"),
        ("t.html.twig", "{# msglint: disable-next-line=MSG204 #}"),
        ("t.j2", "{#- msglint: disable-next-line=MSG204 -#}"),
        ("t.liquid", "{% comment %} msglint: disable-next-line=MSG204 {% endcomment %}"),
        ("t.liquid", "{% # msglint: disable-next-line=MSG204 %}"),
        ("t.hbs", "{{!-- msglint: disable-next-line=MSG204 --}}"),
        ("t.mustache", "{{! msglint: disable-next-line=MSG204 }}"),
        ("t.mjml", "<mj-raw><!-- msglint: disable-next-line=MSG204 --></mj-raw>"),
    ],
)
def test_suppressions_work_in_every_dialects_comments(filename: str, comment: str) -> None:
    assert ("MSG204", 2, 13) in lint_text(f"x\n{_EMAIL_LINE}", filename, select=["MSG204"])
    assert lint_text(f"{comment}\n{_EMAIL_LINE}", filename, select=["MSG204", "MSG002", "MSG003"]) == []
    unused = lint_text(f"{comment}\n<p>No address.</p>", filename, select=["MSG204", "MSG002"])
    assert [code for code, _, _ in unused] == ["MSG002"]


def test_plain_text_templates_read_directives_only_in_template_comments() -> None:
    assert (
        lint_text("{* msglint: disable-next-line=MSG204 *}\nWrite to help@shop-example.com", "t.tpl", select=["MSG204"])
        == []
    )
    # an HTML comment in a plain-text mail is text the buyer sees, no directive
    src = "<!-- msglint: disable-next-line=MSG204 -->\nWrite to help@shop-example.com"
    assert lint_text(src, "t.txt", select=["MSG204"]) == [("MSG204", 2, 10)]


# ---- which dialect --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("filename", "dialect"),
    [
        ("a.php", "php"), ("a.phtml", "php"), ("a.blade.php", "blade"), ("a.html.twig", "twig"), ("a.j2", "jinja"),
        ("a.liquid", "liquid"), ("a.hbs", "handlebars"), ("a.mustache", "mustache"), ("a.tpl", "smarty"),
        ("a.ftl", "freemarker"), ("a.mjml", "mjml"),
    ],
)  # fmt: skip
def test_dialect_from_the_suffix(filename: str, dialect: str) -> None:
    assert parse("<p>x</p>", filename).dialect == dialect


@pytest.mark.parametrize(
    ("source", "dialect"),
    [
        ('<p>{{trans "Hello"}}</p>', "magento"),
        ("<p><?php echo $x; ?></p>", "php"),
        ("{* c *}<p>{$x}</p>", "smarty"),
        ("<#if x><p>${y}</p></#if>", "freemarker"),
        ("{{#if x}}<p>{{y}}</p>{{/if}}", "handlebars"),
        ("{% capture t %}x{% endcapture %}", "liquid"),
        ("{% if x %}<p>{{ y }}</p>{% endif %}", "jinja"),
        ("@extends('layout')\n<p>{{ $x }}</p>", "blade"),
        ("<mjml><mj-body></mj-body></mjml>", "mjml"),
        ("<p>Hello {firstname}, [[order-id]]</p>", "generic"),
    ],
)
def test_dialect_from_the_content(source: str, dialect: str) -> None:
    assert sniff(source) == dialect
    assert parse(source, "t.html").dialect == dialect


def test_dialect_from_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "a.txt").write_text("Hi {{var name}}, order 123-1234567-1234567 shipped.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>{$shop_name}: {{var x}}</p>", encoding="utf-8")
    (tmp_path / "msglint.toml").write_text(
        'dialect = "smarty"\n[per-file-dialect]\n"mail/*.txt" = "magento"\n', encoding="utf-8"
    )
    from msglint.core.config import load_file
    from msglint.engine.linter import Linter

    linter = Linter(load_file(tmp_path / "msglint.toml"))
    assert (
        linter.parse(
            (tmp_path / "mail" / "a.txt").read_text(encoding="utf-8"), str(tmp_path / "mail" / "a.txt")
        ).dialect
        == "magento"
    )
    assert linter.parse("<p>x</p>", str(tmp_path / "b.html")).dialect == "smarty"
    assert linter.parse("<p>x</p>", str(tmp_path / "c.ftl")).dialect == "freemarker"  # the suffix wins


@pytest.mark.parametrize(
    "config",
    ['dialect = "jsp"\n', '[per-file-dialect]\n"*.html" = "erb"\n', 'placeholder-links = "maybe"\n', "dialect = 3\n"],
)
def test_an_unknown_dialect_or_policy_is_a_usage_error(tmp_path: Path, config: str) -> None:
    (tmp_path / "msglint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    r = run_cli("check", "a.html", cwd=tmp_path)
    assert r.returncode == 2, r.stdout
    assert b"Traceback" not in r.stderr
    assert any(word in r.stderr.decode() for word in ("jsp", "erb", "maybe", "dialect")), r.stderr


# ---- the seller's own links -----------------------------------------------------------------------
_ORDER = " Order {{ order_id }}."


@pytest.mark.parametrize(
    ("filename", "href"),
    [
        ("t.html", "{{ shop.url }}"), ("t.html", "{shop_url}"), ("t.html", "{{ store_url }}/sale"),
        ("t.tpl", "{$ShopURL}"), ("t.html", '{{store url=""}}'), ("t.php", "<?php echo esc_url( home_url() ); ?>"),
        ("t.ftl", "${store.baseUrl}"), ("t.hbs", "{{checkoutLink}}"), ("t.html", "{{ unsubscribe_url }}"),
        ("t.html", "https://{{ shop_domain }}/account"),
    ],
)  # fmt: skip
def test_links_to_the_shop_are_external_links(filename: str, href: str) -> None:
    src = f'<p><a href="{href}"><img src="logo.png" alt=""></a>{_ORDER}</p>'
    diags = lint_text(src, filename, select=["MSG201", "MSG206"])
    assert diags == [("MSG201", 1, src.index(href) + 1), ("MSG206", 1, src.index("<img") + 1)]
    message = msglint.lint(src, filename=filename, config={"select": ["MSG201"]})[0].message
    assert "your shop" in message


@pytest.mark.parametrize(
    "href",
    ["[[feedback-link]]", "[[product-review-link]]", "{{ review_url }}", "{{ amazon_order_url }}",
     "{{ order_status_url }}", "{followup}", "{{ tracking_url }}", "{{ link }}"],
)  # fmt: skip
def test_links_to_amazon_or_the_order_stay_silent(href: str) -> None:
    src = f'<p><a href="{href}"><img src="logo.png" alt=""></a>{_ORDER}</p>'
    assert lint_text(src, "t.html", select=["MSG201", "MSG206"]) == []


def test_placeholder_links_policy() -> None:
    src = f'<p><a href="{{{{ partner_link }}}}">Partner</a> <a href="{{{{ shop.url }}}}">Shop</a>{_ORDER}</p>'
    assert [c for c, _, _ in lint_text(src, "t.html", select=["MSG201"])] == ["MSG201"]
    external = lint_text(src, "t.html", select=["MSG201"], **{"placeholder-links": "external"})
    assert external == [("MSG201", 1, 13), ("MSG201", 1, src.index("{{ shop") + 1)]
    assert lint_text(src, "t.html", select=["MSG201"], **{"placeholder-links": "ignore"}) == []


def test_a_shop_url_placeholder_in_plain_text_is_a_link() -> None:
    src = "Hello,\nyour account: {$ShopURL}/jtl.php\n[{shop_url}]\norder 123-1234567-1234567\n"
    assert lint_text(src, "t.txt", select=["MSG201"]) == [("MSG201", 2, 15), ("MSG201", 3, 2)]


# ---- order placeholders of every dialect ----------------------------------------------------------
@pytest.mark.parametrize(
    ("filename", "placeholder"),
    [
        ("t.ftl", "${order.order_id}"), ("t.ftl", "${order.orderId}"), ("t.blade.php", "{{ $orderNumber }}"),
        ("t.tpl", "{$order->id}"), ("t.tpl", "{$Bestellung->cBestellNr}"), ("t.html", "{{var order.increment_id}}"),
        ("t.php", "<?php echo $order->get_order_number(); ?>"), ("t.html", "{id_order}"), ("t.liquid", "{{ order.name }}"),
        ("t.hbs", "{{order.displayId}}"), ("t.html.twig", "{{ order.orderNumber }}"), ("t.j2", "{{ amazon_order_id }}"),
        ("t.html", '{{trans "Order #%increment_id" increment_id=$order.increment_id}}'),
        ("t.blade.php", "{{ __('Order :n', ['n' => $order->increment_id]) }}"),
    ],
)  # fmt: skip
def test_order_placeholders_of_every_dialect_satisfy_msg401(filename: str, placeholder: str) -> None:
    src = f"<p>Hello, about {placeholder}: the engraving text is missing.</p>"
    assert lint_text(src, filename, select=["MSG401"]) == []
    assert lint_text("<p>Hello, the engraving text is missing.</p>", filename, select=["MSG401"]) == [("MSG401", 1, 1)]


@pytest.mark.parametrize(
    "placeholder", ["{{ customer.name }}", "{$Kunde->cVorname}", "{{ order.shipping_description }}"]
)
def test_other_placeholders_are_no_order_number(placeholder: str) -> None:
    assert lint_text(f"<p>Hello {placeholder}, the engraving text is missing.</p>", "t.html", select=["MSG401"]) != []


# ---- MSG105 against the nearest container -----------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "flagged"),
    [
        ('<td width="150"><img src="l.png" width="100%"></td>', False),
        ('<td style="width: 150px"><img src="l.png" style="width:100%"></td>', False),
        ('<div style="max-width: 200px"><img src="l.png" width="100%"></div>', False),
        ('<table width="600"><tr><td><img src="l.png" width="100%"></td></tr></table>', True),
        ('<table width="100%"><tr><td width="50%"><img src="l.png" width="100%"></td></tr></table>', False),
        ('<td width="{{ logo_width }}"><img src="l.png" width="100%"></td>', False),
        ('<img src="l.png" width="100%">', True),
        ('<td width="150"><img src="l.png" width="560"></td>', True),
    ],
)
def test_msg105_measures_against_the_nearest_container(markup: str, flagged: bool) -> None:
    src = f"<table><tr>{markup}</tr></table>" if markup.startswith("<td") else markup
    assert bool(lint_text(src, "t.html", select=["MSG105"])) is flagged


def test_mjml_attributes_read_as_css_and_components_as_html() -> None:
    src = (
        '<mjml><mj-body width="600px"><mj-section padding="0 150px"><mj-column width="50%">'
        '<mj-image src="https://m.media-amazon.com/x.png" width="100%" href="{{ shop.url }}" />'
        '<mj-text font-family="Georgia" align="center">Order 123-1234567-1234567</mj-text>'
        "</mj-column></mj-section></mj-body></mjml>"
    )
    codes = [c for c, _, _ in lint_text(src, "t.mjml")]
    assert codes == ["MSG305", "MSG206", "MSG201", "MSG303", "MSG302"]
    fixed = msglint.fix(src, "t.mjml").text
    assert 'font-family="Georgia"' not in fixed and 'align="center"' not in fixed and "<mj-text" in fixed


# ---- bad input: read as far as it goes, never raise or hang ------------------------------------------
_MB = 1_000_000


def test_unterminated_tags_leave_the_rest_as_text_at_exact_positions() -> None:
    for filename, opener in (
        ("t.html", '{{trans "x'),
        ("t.tpl", "{* note "),
        ("t.ftl", "<#-- note "),
        ("t.hbs", "{{!-- x"),
    ):
        src = f"{opener}\n<p>Write to help@shop-example.com</p>"
        assert ("MSG204", 2, 13) in lint_text(src, filename, select=["MSG204"]), filename
    # an unterminated <?php runs to the end of the file, as in PHP; its strings are still read
    src = "<p>Hi</p>\n<?php _e( 'Write to help@shop-example.com', 'd' );"
    assert lint_text(src, "t.php", select=["MSG204"]) == [("MSG204", 2, 21)]


@pytest.mark.parametrize(
    ("filename", "junk"),
    [
        ("t.php", "<?php " + "'" * _MB),
        ("t.php", "<?php /*" * (_MB // 8)),
        ("t.php", "<?php <<<EOT\n" * (_MB // 13)),
        ("t.php", "<?php printf( __( '" * (_MB // 19)),
        ("t.php", "<?php " + "(" * _MB),
        ("t.php", "<?php '?>" * (_MB // 9)),
        ("t.html", '{{trans "' * (_MB // 9)),
        ("t.html", "<!--@subject " * (_MB // 13)),
        ("t.tpl", "{* " * (_MB // 3)),
        ("t.tpl", "{l s='" * (_MB // 6)),
        ("t.tpl", '{$x "}' * (_MB // 6)),
        ("t.ftl", '<#if "' * (_MB // 6)),
        ("t.ftl", '<#if (">)' * (_MB // 9)),
        ("t.ftl", "${(" * (_MB // 3)),
        ("t.j2", '{{ _("' * (_MB // 7)),
        ("t.j2", '{{ " }}' * (_MB // 7)),
        ("t.liquid", "{% comment %}" * (_MB // 13)),
        ("t.hbs", "{{!-- " * (_MB // 6)),
        ("t.hbs", '{{t "' * (_MB // 5)),
        ("t.blade.php", "@lang(" * (_MB // 6)),
        ("t.blade.php", "{{ __('" * (_MB // 7)),
        ("t.mjml", "<mjml>" + '<mj-text font-size="' * (_MB // 20)),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_malformed_templates_of_a_megabyte_are_read_without_hanging(filename: str, junk: str) -> None:
    msglint.lint(junk, filename=filename)


def test_every_dialect_is_registered_with_a_scanner() -> None:
    for name, d in DIALECTS.items():
        scan = d.scan("<p>Hello {{ name }} {$x} ${y} <?php echo 1; ?></p>", 0)
        assert all(0 <= sp.start < sp.end for sp in scan.spans), name
