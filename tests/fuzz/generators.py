"""Seeded input generators for fuzzing msglint: ``generate(family, seed) -> Case``.

Every input is a pure function of its family and seed, so a failure is reproduced from those two
numbers alone (``python tests/fuzz/run.py --family css --seed 4711``). ``scale`` multiplies the
sizes for long runs and for the scaling benchmark (benchmarks/scaling.py); the CI run keeps 1.
"""

from __future__ import annotations

import base64
import codecs
import quopri
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"


@dataclass(frozen=True)
class Case:
    family: str
    seed: int
    source: str | bytes
    filename: str
    marketplace: str | None = None
    language: str | None = None

    @property
    def size(self) -> int:
        s = self.source
        return len(s.encode("utf-8", "surrogatepass")) if isinstance(s, str) else len(s)


MARKETPLACES = [None, None, "amazon.com", "amazon.de", "amazon.fr", "amazon.co.uk", "amazon.es", "amazon.it",
                "amazon.co.jp", "amazon.nl", "amazon.se", "amazon.pl", "amazon.com.tr", "amazon.ae"]  # fmt: skip
EXTS = [".html", ".htm", ".txt", ".eml", ".j2", ".liquid", ".hbs", ".tpl", ".twig", "", ".md", ".xhtml"]
WORDS = {
    "en": "your order has shipped thank you for the purchase please leave a review of the product invoice "
    "attached warranty delivery engraving size colour question answer we are sorry".split(),
    "de": "Ihre Bestellung wurde versandt vielen Dank für Ihren Kauf Bewertung Rechnung Lieferung Größe Gravur".split(),
    "fr": "votre commande a été expédiée merci pour votre achat avis facture livraison désolé gravure".split(),
    "es": "su pedido ha sido enviado gracias por su compra reseña factura entrega lo sentimos".split(),
    "it": "il suo ordine è stato spedito grazie per il suo acquisto recensione fattura consegna".split(),
    "ja": list("ご注文の商品は発送されましたお買い上げありがとうございます"),
    "ar": "تم شحن طلبك شكرا لشرائك يرجى ترك تقييم".split(),
    "ru": "Ваш заказ отправлен спасибо за покупку пожалуйста оставьте отзыв".split(),
    "tr": "Siparişiniz kargoya verildi satın aldığınız için teşekkür ederiz İIıi".split(),
}
EMOJI = ["\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1e9\U0001f1ea",
         "\u2764\ufe0f", "\u2714", "#\ufe0f\u20e3", "\u00a9", "\u2122", "\u200d", "\ufe0f", "\U0001f3fb"]  # fmt: skip
PLACEHOLDERS = ["{{ order_id }}", "{% if x %}", "{% endif %}", "{# note #}", "[[order-id]]", "{shop_name}", "{{",
                "}}", "{%", "{#", "[[", "{x}", "{{{raw}}}", "{{#each items}}", "{{/each}}", "<%= order %>",
                "%ORDER_ID%", "{$var}", "@{{ x }}", "{!! $x !!}", "<?php echo $x; ?>"]  # fmt: skip
URLS = ["http://www.amazon.de/review", "https://www.amazon.com/gp/css", "https://example.com/coupon",
        "http://bit.ly/x", "mailto:a@b.com", "tel:+4930123456", "javascript:alert(1)", "//amazon.fr/x",
        "http://media-amazon.com/i/x.gif", "https://amazon.de.evil.com", "http://", "data:image/gif;base64,R0lGOD"]  # fmt: skip
CSS_DECLS = ["font-family: Arial", "color: #333", "text-align: center", "line-height: 3", "margin-left: 300px",
             "font-size: 9px", "display: none", "width: 1px", "background: url(http://x.com/p.gif)",
             "font-family: 'A\\'B', x(1,\r\n2) !important", "color: \"r\\\"d\"", "padding: 0 0 0 200px"]  # fmt: skip
ORDER = ["123-1234567-1234567", "111-2222222-3333333", "123-123456-1234567"]


def _text(rng: random.Random, n: int) -> str:
    lang = rng.choice(list(WORDS))
    words = WORDS[lang]
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.04:
            out.append(rng.choice(EMOJI))
        elif r < 0.06:
            out.append(rng.choice(ORDER))
        elif r < 0.08:
            out.append(rng.choice(PLACEHOLDERS))
        elif r < 0.1:
            out.append(rng.choice(URLS))
        else:
            out.append(rng.choice(words))
    sep = "" if lang == "ja" else " "
    return sep.join(out)


def _newlines(rng: random.Random, text: str) -> str:
    nl = rng.choice(["\n", "\n", "\r\n", "\r", "mixed"])
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if nl != "mixed":
        return nl.join(lines)
    return "".join(line + rng.choice(["\n", "\r\n", "\r"]) for line in lines[:-1]) + lines[-1]


# ---- families --------------------------------------------------------------------------------------
def random_bytes(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    n = rng.randint(0, 3000 * scale)
    kind = rng.random()
    if kind < 0.4:
        data = rng.randbytes(n)
    elif kind < 0.8:  # mostly text with a few odd bytes
        data = bytearray(_text(rng, n // 6 + 1).encode("utf-8"))
        for _ in range(rng.randint(0, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    else:
        bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b""])
        data = bom + rng.randbytes(n)
    return data, "fuzz" + rng.choice(EXTS)


@cache
def _fixtures() -> tuple[tuple[str, bytes], ...]:
    out = []
    for p in sorted(FIXTURES.rglob("*")):
        if p.is_file() and p.suffix.lower() not in (".toml", ".md", ".fixed", ".py", ".json"):
            out.append((p.name, p.read_bytes()))
    return tuple(out)


def fixture_mutation(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    name, data = rng.choice(_fixtures())
    buf = bytearray(data)
    tokens = [b"<", b">", b"</", b"&", b'"', b"'", b"\r", b"\n", b"\x00", b"\xff", b"{{", b"}}", b"<!--", b"-->",
              b"\xf0\x9f\x98\x80", b"=", b":", b";", b"<p>", b"<br><br><br><br>", b" style=\"text-align:center\""]  # fmt: skip
    for _ in range(rng.randint(1, 12)):
        if not buf:
            buf.extend(rng.choice(tokens))
            continue
        i = rng.randrange(len(buf) + 1)
        op = rng.random()
        if op < 0.4:
            buf[i:i] = rng.choice(tokens)
        elif op < 0.6 and i < len(buf):
            del buf[i : i + rng.randint(1, 40)]
        elif op < 0.8:
            j = min(len(buf), i + rng.randint(1, 200))
            buf[i:i] = bytes(buf[i:j]) * rng.randint(1, 3 * scale)
        elif i < len(buf):
            buf[i] = rng.randrange(256)
    ext = name[name.rfind(".") :] if "." in name else ""
    return bytes(buf), "fuzz" + (ext if rng.random() < 0.8 else rng.choice(EXTS))


def _element(rng: random.Random, depth: int, budget: list[int]) -> str:
    budget[0] -= 1
    tag = rng.choice(["p", "div", "span", "td", "tr", "table", "b", "a", "font", "center", "li", "ul", "h1", "img",
                      "br", "style", "body", "html", "head", "title", "section"])  # fmt: skip
    attrs = []
    for _ in range(rng.randint(0, 3)):
        r = rng.random()
        if r < 0.3:
            decls = "; ".join(rng.choice(CSS_DECLS) for _ in range(rng.randint(1, 3)))
            q = rng.choice(['"', "'"])
            attrs.append(f" style={q}{decls.replace(q, '')}{q}")
        elif r < 0.5:
            attrs.append(f' href="{rng.choice(URLS)}"')
        elif r < 0.6:
            attrs.append(f' src="{rng.choice(URLS)}" width="{rng.choice(["1", "0", "600", "800"])}" height="1"')
        elif r < 0.7:
            attrs.append(f' alt="{_text(rng, 3)}"')
        elif r < 0.8:
            attrs.append(rng.choice([' align="center"', " bgcolor=red", ' class="x"', " hidden", ' style="', " a='b"]))
        else:
            attrs.append(f' title="{rng.choice(EMOJI)}"')
    if tag == "style":
        sep = rng.choice(["\n", "\r", "\f", "\r\n", " "])
        body = sep.join(
            f"{rng.choice(['p', 'td', '.x', 'body', '@media screen {'])} {{ {'; '.join(rng.choice(CSS_DECLS) for _ in range(2))} }}"
            for _ in range(rng.randint(1, 4))
        )
        return f"<style>{body}</style>"
    inner = []
    for _ in range(rng.randint(0, 4)):
        if depth < 12 and budget[0] > 0 and rng.random() < 0.5:
            inner.append(_element(rng, depth + 1, budget))
        else:
            inner.append(_text(rng, rng.randint(0, 12)))
    close = f"</{tag}>" if rng.random() < 0.85 else ""
    return f"<{tag}{''.join(attrs)}>{''.join(inner)}{close}"


def grammar_html(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    budget = [rng.randint(5, 60) * scale]
    parts = []
    while budget[0] > 0:
        parts.append(_element(rng, 0, budget))
    doc = "".join(parts)
    if rng.random() < 0.5:
        doc = f"<!DOCTYPE html><html><head><title>x</title></head><body>{doc}</body></html>"
    return _newlines(rng, doc), "fuzz" + rng.choice([".html", ".html", ".xhtml", ".j2", ""])


def template_soup(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    pieces = PLACEHOLDERS + ["<p>", "</p>", "<br>", "\n", " ", "-->", "<!--", "msglint: disable=emoji"]
    n = rng.randint(5, 200) * scale
    out = [rng.choice(pieces) if rng.random() < 0.5 else _text(rng, rng.randint(1, 6)) for _ in range(n)]
    return "".join(out), "fuzz" + rng.choice([".j2", ".liquid", ".hbs", ".tpl", ".twig", ".html", ".blade.php"])


def front_matter(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    keys = ["reason", "channel", "operation", "send-after", "schedule", "marketplace", "language", "order",
            "template", "x", "encoding", "subject"]  # fmt: skip
    values = ["review-request", "sp-api", "createConfirmCustomizationDetails", "5 days after delivery", "31 days",
              "amazon.de", "de", "[a, b]", "'quoted'", '"x', "", "- item", "{{ x }}", "🙂", "utf-8", "x: y: z"]  # fmt: skip
    lines = ["---"]
    for _ in range(rng.randint(0, 12) * scale):
        lines.append(f"{rng.choice(keys)}{rng.choice([': ', ':', ' : ', ''])}{rng.choice(values)}")
    if rng.random() < 0.85:
        lines.append("---")
    lines.append(_text(rng, rng.randint(5, 80) * scale))
    return _newlines(rng, "\n".join(lines)), "fuzz" + rng.choice([".html", ".txt", ".j2", ".liquid"])


def mail(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    to = rng.choice(["x@marketplace.amazon.de", "b@members.ebay.com", "buyer@example.com", '"Doe, J" <j@d.com>',
                     "a:" * rng.randint(1, 600), "(" * rng.randint(1, 500), "u, " * rng.randint(1, 3000 * scale),
                     "Team: a@b.c, x@marketplace.amazon.fr;"])  # fmt: skip
    headers = [f"From: {rng.choice(['shop@example.com', '=?utf-8?B?8J+YgA==?= <a@b.c>', ''])}", f"To: {to}"]
    subject = rng.choice(["Your order has shipped", "Invoice", "=?utf-8?Q?Bestellung_=C3=BC?=", _text(rng, 5), ""])
    headers.append(f"Subject: {subject}")
    for _ in range(rng.randint(0, 4)):
        headers.append(rng.choice(["X-Mailer: Shopify", "MIME-Version: 1.0", "Date: x", "Cc: c@d.e", "X-Y: \ud800z"]))
    body = _text(rng, rng.randint(5, 120) * scale)
    if rng.random() < 0.5:
        b = "bnd" + str(rng.randint(0, 9))
        parts = []
        for _ in range(rng.randint(1, 4)):
            ctype = rng.choice(["text/plain", "text/html", "application/pdf", "image/gif"])
            cte = rng.choice(["7bit", "8bit", "base64", "quoted-printable"])
            payload = body if ctype.startswith("text") else "x"
            if cte == "base64":
                payload = base64.encodebytes(payload.encode()).decode()
            elif cte == "quoted-printable":
                payload = quopri.encodestring(payload.encode()).decode()
            disp = rng.choice(["", 'Content-Disposition: attachment; filename="a.pdf"\n'])
            parts.append(
                f"--{b}\nContent-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n{disp}\n{payload}\n"
            )
        headers.append(f'Content-Type: multipart/mixed; boundary="{b}"')
        body = "".join(parts) + (f"--{b}--\n" if rng.random() < 0.8 else "")
    src = "\n".join(headers) + "\n\n" + body
    src = _newlines(rng, src)
    as_bytes = rng.random() < 0.5
    return (src.encode("utf-8", "surrogatepass") if as_bytes else src), rng.choice(["fuzz.eml", "fuzz.eml", "fuzz"])


def regex_hostile(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    unit = rng.choice(
        ["a", "1", " ", "<a href=", "http://", "&#", "&amp", "{{", "{%", "[[", "<!--", "<", "</", "\"'", "((", "@",
         "+49 ", "123-", "x.", "\U0001f44d\U0001f3fd\u200d", "\u200d", "<br>", "\n\n", "=\r\n", "style=\"",
         "<p style=\"color:red;text-align:center\">", "<img src=x width=1 height=1>", "--", ";", ":", "\\"]
    )  # fmt: skip
    n = rng.randint(10, 3000) * scale
    body = unit * (n // max(1, len(unit)))
    if rng.random() < 0.5:
        body = _text(rng, 5) + body + _text(rng, 5)
    return body, "fuzz" + rng.choice([".html", ".txt", ".j2", ""])


def languages(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    paras = [_text(rng, rng.randint(5, 60)) for _ in range(rng.randint(1, 8) * scale)]
    if rng.random() < 0.5:
        return "".join(f"<p>{p}</p>\n" for p in paras), "fuzz.html"
    return "\n\n".join(paras), "fuzz.txt"


def css(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    sep = rng.choice(["\n", "\r", "\f", "\r\n"])
    rules = []
    for _ in range(rng.randint(1, 15) * scale):
        decls = (";" + rng.choice(["", " ", sep])).join(rng.choice(CSS_DECLS) for _ in range(rng.randint(1, 4)))
        rules.append(f"{rng.choice(['p', 'td', 'body', '.c', '#i', 'a:hover'])} {{{sep}{decls}{sep}}}")
    block = sep.join(rules)
    if rng.random() < 0.3:
        block = "@media screen {" + sep + block + sep + "}" * rng.randint(0, 2)
    if rng.random() < 0.2:
        block += "/* " + sep + "unclosed"
    inline = "; ".join(rng.choice(CSS_DECLS) for _ in range(rng.randint(0, 4)))
    doc = f'<html><head><style>{sep}{block}{sep}</style></head>{sep}<body><p style="{inline.replace(chr(34), "")}">{_text(rng, 12)}</p></body></html>{sep}'
    return doc, "fuzz.html"


def encodings(rng: random.Random, scale: int) -> tuple[str | bytes, str]:
    text, name = grammar_html(rng, scale) if rng.random() < 0.6 else languages(rng, scale)
    assert isinstance(text, str)
    enc = rng.choice(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252", "utf-16"])
    if enc == "cp1252":
        text = "".join(ch if ch.encode("cp1252", "ignore") else f"&#x{ord(ch):X};" for ch in text)
        return text.encode("cp1252"), name
    if enc == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"), name
    if enc == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass"), name
    return text.encode(enc, "surrogatepass"), name


FAMILIES: dict[str, Callable[[random.Random, int], tuple[str | bytes, str]]] = {
    "random_bytes": random_bytes,
    "fixture_mutation": fixture_mutation,
    "grammar_html": grammar_html,
    "template_soup": template_soup,
    "front_matter": front_matter,
    "mail": mail,
    "regex_hostile": regex_hostile,
    "languages": languages,
    "css": css,
    "encodings": encodings,
}


def generate(family: str, seed: int, scale: int = 1) -> Case:
    rng = random.Random(f"{family}:{seed}:{scale}")
    source, filename = FAMILIES[family](rng, scale)
    return Case(family, seed, source, filename, rng.choice(MARKETPLACES), rng.choice([None] * 6 + ["en", "de", "fr"]))


def family_of(seed: int) -> str:
    """The family input ``seed`` belongs to: every family in turn."""
    names = list(FAMILIES)
    return names[seed % len(names)]


__all__ = ["FAMILIES", "Case", "family_of", "generate"]
