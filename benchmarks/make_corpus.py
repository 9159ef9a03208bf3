"""Generate the benchmark corpus: thousands of varied, realistic message templates.

Deterministic (seeded, one generator per file, so file N is the same whatever the count) and
offline. The mix mirrors what seller tooling produces: HTML documents with table layouts and
``<style>`` blocks, HTML fragments, plain text, Jinja / Liquid / Handlebars / PrestaShop /
review-service placeholders, front matter, five languages, sizes from 300 bytes to about 50 kB,
compliant and violating wording, malformed markup, and a few CRLF, Windows-1252, UTF-16 and
binary files.

Usage: ``python benchmarks/make_corpus.py [--count 5000] [--seed 2026] [--out benchmarks/corpus]``.
The corpus folder is git-ignored; ``benchmarks/bench.py`` creates it when it is missing.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus"
#: Bump when the generator changes so that an old corpus is rebuilt.
VERSION = 4

LANGS = ("en", "de", "fr", "es", "it")
MARKETPLACE = {"en": "amazon.co.uk", "de": "amazon.de", "fr": "amazon.fr", "es": "amazon.es", "it": "amazon.it"}

# ---- wording banks -----------------------------------------------------------------------------
GREETING = {
    "en": ["Hello {name},", "Dear {name},", "Hi {name},", "Good morning {name},"],
    "de": ["Hallo {name},", "Sehr geehrte/r {name},", "Guten Tag {name},", "Liebe/r {name},"],
    "fr": ["Bonjour {name},", "Chère cliente, cher client,", "Madame, Monsieur,", "Bonjour {name} !"],
    "es": ["Hola {name}:", "Estimado/a {name}:", "Buenos días, {name}:", "Querido cliente:"],
    "it": ["Gentile {name},", "Buongiorno {name},", "Salve {name},", "Caro cliente,"],
}
# Permitted purposes: customisation questions, invoices, delivery appointments, problems.
PERMITTED = {
    "en": [
        "We need the engraving text for the ring in your order {order}.",
        "Please tell us which colour you would like for the embroidered name on your order {order}.",
        "The invoice for your order {order} is attached to this message as a PDF file.",
        "Our carrier would like to arrange a delivery appointment for the wardrobe you ordered.",
        "Please let us know a day next week when someone can receive the delivery at home.",
        "Unfortunately the address in order {order} is missing the house number; could you send it to us?",
        "The user manual for your coffee grinder is attached, as you asked.",
        "Could you confirm the size of the photo print before we start production?",
        "The warranty card for your drill is attached; keep it with your receipt.",
        "Your activation key for the software is ABCD-EFGH-JKLM; it is valid for one device.",
        "We noticed a problem with the battery of this batch and will replace it at no cost.",
        "If anything about the customisation is unclear, simply reply to this message.",
    ],
    "de": [
        "Für die Gravur Ihres Rings aus der Bestellung {order} benötigen wir noch den Text.",
        "Bitte teilen Sie uns mit, in welcher Farbe der Name auf Ihrer Bestellung {order} gestickt werden soll.",
        "Die Rechnung zu Ihrer Bestellung {order} finden Sie im Anhang als PDF-Datei.",
        "Unsere Spedition möchte einen Liefertermin für den bestellten Kleiderschrank vereinbaren.",
        "Bitte nennen Sie uns einen Tag in der nächsten Woche, an dem jemand die Lieferung annehmen kann.",
        "Leider fehlt in der Adresse der Bestellung {order} die Hausnummer; könnten Sie sie uns schicken?",
        "Die Bedienungsanleitung für Ihre Kaffeemühle haben wir wie gewünscht angehängt.",
        "Könnten Sie uns die Größe des Fotodrucks bestätigen, bevor wir mit der Herstellung beginnen?",
        "Die Garantiekarte für Ihre Bohrmaschine liegt bei; bitte bewahren Sie sie mit dem Beleg auf.",
        "Falls bei der Personalisierung etwas unklar ist, antworten Sie einfach auf diese Nachricht.",
    ],
    "fr": [
        "Nous avons besoin du texte de la gravure pour la bague de votre commande {order}.",
        "Merci de nous indiquer la couleur souhaitée pour le prénom brodé de votre commande {order}.",
        "Vous trouverez ci-joint la facture de votre commande {order} au format PDF.",
        "Notre transporteur souhaite convenir d'un rendez-vous de livraison pour l'armoire commandée.",
        "Pourriez-vous nous indiquer un jour de la semaine prochaine où quelqu'un peut réceptionner le colis ?",
        "Il manque le numéro de rue dans l'adresse de la commande {order} ; pouvez-vous nous le transmettre ?",
        "Comme demandé, le mode d'emploi de votre moulin à café est joint à ce message.",
        "Pourriez-vous confirmer le format du tirage photo avant que nous lancions la fabrication ?",
        "Si un détail de la personnalisation n'est pas clair, répondez simplement à ce message.",
    ],
    "es": [
        "Necesitamos el texto del grabado para el anillo de su pedido {order}.",
        "Indíquenos, por favor, el color que desea para el nombre bordado de su pedido {order}.",
        "Adjuntamos la factura de su pedido {order} en formato PDF.",
        "Nuestro transportista desea acordar una cita de entrega para el armario que ha pedido.",
        "Díganos un día de la próxima semana en el que alguien pueda recibir la entrega.",
        "Falta el número de la calle en la dirección del pedido {order}; ¿podría enviárnoslo?",
        "Como nos pidió, adjuntamos el manual de instrucciones de su molinillo de café.",
        "Si algún detalle de la personalización no está claro, responda a este mensaje.",
    ],
    "it": [
        "Ci serve il testo dell'incisione per l'anello del suo ordine {order}.",
        "Ci indichi, per favore, il colore desiderato per il nome ricamato dell'ordine {order}.",
        "In allegato trova la fattura del suo ordine {order} in formato PDF.",
        "Il nostro corriere desidera fissare un appuntamento per la consegna dell'armadio ordinato.",
        "Ci indichi un giorno della prossima settimana in cui qualcuno possa ricevere la consegna.",
        "Nell'indirizzo dell'ordine {order} manca il numero civico; potrebbe inviarcelo?",
        "Come richiesto, alleghiamo il manuale di istruzioni del suo macinacaffè.",
        "Se qualche dettaglio della personalizzazione non è chiaro, risponda a questo messaggio.",
    ],
}
REVIEW_NEUTRAL = {
    "en": "Positive or negative, every honest review helps other buyers.",
    "de": "Ob positiv oder negativ: jede ehrliche Bewertung hilft anderen Käufern.",
    "fr": "Positif ou négatif, chaque avis sincère aide les autres acheteurs.",
    "es": "Positiva o negativa, cada opinión sincera ayuda a otros compradores.",
    "it": "Positiva o negativa, ogni recensione sincera aiuta gli altri acquirenti.",
}
# Wording the guidelines forbid (review incentives, biased requests, marketing, stock-outs...).
VIOLATIONS = {
    "en": [
        "Leave us a 5-star review and get a £10 gift card!",
        "If you are happy, please leave a positive review; if not, contact us first.",
        "Use the code SAVE20 for 20% off your next order in our shop.",
        "Sorry, this item is out of stock; we can send you a similar model instead.",
        "Follow us on Instagram for the latest deals.",
        "Your order has shipped and will arrive on Tuesday.",
        "Thank you so much for your purchase!",
        "Please change your 1-star review, we will refund you in full.",
        "Call us on +44 20 7946 0958 or write to support@example-shop.co.uk.",
    ],
    "de": [
        "Hinterlassen Sie eine 5-Sterne-Bewertung und erhalten Sie einen Gutschein über 10 €!",
        "Wenn Sie zufrieden sind, bewerten Sie uns bitte positiv.",
        "Mit dem Code SPAR20 sparen Sie 20 % bei Ihrer nächsten Bestellung in unserem Shop.",
        "Leider ist der Artikel nicht auf Lager; wir können Ihnen ein ähnliches Modell schicken.",
        "Ihre Bestellung wurde versandt und kommt am Dienstag an.",
        "Rufen Sie uns an: +49 30 12345678 oder schreiben Sie an service@beispiel-shop.de.",
    ],
    "fr": [
        "Laissez-nous un avis 5 étoiles et recevez un bon d'achat de 10 € !",
        "Si vous êtes satisfait, laissez-nous un avis positif.",
        "Profitez de 20 % de réduction avec le code PROMO20 sur notre boutique.",
        "Votre commande a été expédiée et arrivera mardi.",
        "Appelez-nous au 01 23 45 67 89 ou écrivez à contact@exemple-boutique.fr.",
    ],
    "es": [
        "Déjenos una reseña de 5 estrellas y reciba un cupón de 10 €.",
        "Si está satisfecho, deje una valoración positiva.",
        "Su pedido ha sido enviado y llegará el martes.",
        "Llámenos al +34 912 345 678 o escriba a info@tienda-ejemplo.es.",
    ],
    "it": [
        "Lasciaci una recensione a 5 stelle e ricevi un buono da 10 €!",
        "Se è soddisfatto, ci lasci una recensione positiva.",
        "Il suo ordine è stato spedito e arriverà martedì.",
        "Ci chiami al +39 02 1234 5678 o scriva a info@negozio-esempio.it.",
    ],
}
CLOSING = {
    "en": ["Kind regards,", "Best wishes,", "Thank you,"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Herzliche Grüße"],
    "fr": ["Cordialement,", "Bien à vous,", "Merci et à bientôt,"],
    "es": ["Un saludo,", "Atentamente,", "Saludos cordiales,"],
    "it": ["Cordiali saluti,", "Distinti saluti,", "A presto,"],
}
SHOPS = ["Acme Home", "SuperGrip Tools", "Atelier Lumière", "Holzwerk Berger", "Casa Bella", "Tienda Sol"]
EMOJI = ["😀", "🎉", "👍", "⭐", "❤️", "🇩🇪", "👍🏽", "📦"]
REASONS = ["customization", "invoice", "delivery-scheduling", "review-request", "warranty", "unexpected-problem"]

# Placeholder syntaxes of the template engines seen in seller tooling.
PLACEHOLDERS = {
    "jinja": ("{{ buyer_name }}", "{{ order_id }}", "{{ shop.name }}"),
    "liquid": ("{{ customer.first_name }}", "{{ order.id }}", "{{ shop.name }}"),
    "hbs": ("{{buyer.name}}", "{{order.number}}", "{{shopName}}"),
    "presta": ("{firstname}", "{order_name}", "{shop_name}"),
    "review": ("[[buyer-name]]", "[[order-id]]", "[[shop-name]]"),
}
SUFFIX = {
    "jinja": [".j2", ".jinja", ".html"],
    "liquid": [".liquid"],
    "hbs": [".hbs", ".mustache"],
    "presta": [".tpl"],
    "review": [".txt", ".html"],
}


def order_number(rng: random.Random) -> str:
    return f"{rng.randrange(100, 1000)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"


class Gen:
    """One file's content generator (its own seeded RNG)."""

    def __init__(self, rng: random.Random, lang: str, engine: str | None) -> None:
        self.rng = rng
        self.lang = lang
        self.engine = engine
        if engine:
            self.name, self.order, self.shop = PLACEHOLDERS[engine]
        else:
            self.name = rng.choice(["Anna", "Jean", "Luca", "María", "Jürgen", "Sam"])
            self.order = order_number(rng)
            self.shop = rng.choice(SHOPS)
        self.violating = rng.random() < 0.45

    def sentence(self) -> str:
        rng = self.rng
        if self.violating and rng.random() < 0.12:
            s = rng.choice(VIOLATIONS[self.lang])
        elif rng.random() < 0.08:
            s = REVIEW_NEUTRAL[self.lang]
        else:
            s = rng.choice(PERMITTED[self.lang])
        if self.violating and rng.random() < 0.04:
            s += " " + rng.choice(EMOJI)
        return s.format(order=self.order, name=self.name)

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))

    def greeting(self) -> str:
        return self.rng.choice(GREETING[self.lang]).format(name=self.name)

    def closing(self) -> str:
        return self.rng.choice(CLOSING[self.lang])

    # ---- HTML pieces -----------------------------------------------------------------------
    def link(self) -> str:
        rng = self.rng
        if self.violating and rng.random() < 0.5:
            href = rng.choice(
                [
                    "https://www.example-shop.com/deals",
                    "http://bit.ly/3xYz",
                    "mailto:hi@example.com",
                    "https://amazon.de.example.net/review",
                    "tel:+4930123456",
                ]
            )
        elif self.engine and rng.random() < 0.5:
            href = "{{ review_url }}" if self.engine in ("jinja", "liquid", "hbs") else "[[review-link]]"
        else:
            href = rng.choice(
                [
                    "https://www.amazon.de/gp/css/order-history",
                    "https://sellercentral.amazon.fr/",
                    "https://www.amazon.co.uk/review/create-review?asin=B000000001",
                ]
            )
        text = {
            "en": "your orders",
            "de": "Ihre Bestellungen",
            "fr": "vos commandes",
            "es": "sus pedidos",
            "it": "i suoi ordini",
        }[self.lang]
        return f'<a href="{href}">{text}</a>'

    def image(self) -> str:
        rng = self.rng
        if self.violating and rng.random() < 0.5:
            src = rng.choice(
                [
                    "http://cdn.example.com/logo.png",
                    "https://cdn.example.com/anim.gif",
                    "https://track.example.com/open?id=123",
                    "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
                ]
            )
            size = rng.choice(['width="1" height="1"', 'width="900"', 'style="display:none"', ""])
        else:
            src = rng.choice(["https://m.media-amazon.com/images/I/41abc.jpg", "cid:logo@shop"])
            size = rng.choice(['width="120"', 'width="200" height="80"', ""])
        return f'<img src="{src}" alt="{self.shop}" {size}>'

    def style_attr(self) -> str:
        rng = self.rng
        if self.violating and rng.random() < 0.5:
            return rng.choice(
                [
                    "font-family: Comic Sans MS; color: #ff0000",
                    "text-align: center",
                    "font-size: 22px; line-height: 2",
                    "margin: 0 200px",
                    "background: url(http://x.example/bg.gif)",
                ]
            )
        return rng.choice(["font-weight: bold", "margin: 0 0 8px 0", "padding: 4px", "font-style: italic"])

    def html_block(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            inner = self.paragraph()
            if rng.random() < 0.25:
                words = inner.split(" ")
                i = rng.randrange(len(words))
                words[i] = f"<strong>{words[i]}</strong>"
                inner = " ".join(words)
            if rng.random() < 0.15:
                inner += " " + self.link()
            style = f' style="{self.style_attr()}"' if rng.random() < 0.2 else ""
            return f"<p{style}>{inner}</p>"
        if r < 0.65:
            items = "".join(f"<li>{self.sentence()}</li>" for _ in range(rng.randint(2, 5)))
            return f"<ul>{items}</ul>"
        if r < 0.75:
            rows = "".join(
                f'<tr><td style="padding:4px">{self.order if i == 0 else "SKU-" + str(rng.randrange(1000, 9999))}</td>'
                f"<td>{rng.randint(1, 3)}</td><td>{rng.randint(5, 200)},{rng.randint(0, 99):02d} €</td></tr>"
                for i in range(rng.randint(1, 6))
            )
            return f'<table width="100%" cellpadding="0" cellspacing="0" border="0">{rows}</table>'
        if r < 0.82:
            return f"<div>{self.image()}</div>"
        if r < 0.88:
            return "<br>" * rng.randint(1, 5 if self.violating else 2)
        if r < 0.93:
            level = rng.randint(1, 3)
            return f"<h{level}>{self.shop}</h{level}>"
        if r < 0.96:
            return f"<!-- section {rng.randrange(100)} -->"
        return f"<div><span>{self.closing()}</span><br>{self.shop}</div>"

    def template_logic(self, block: str) -> str:
        """Wrap a block in the engine's conditional syntax."""
        if self.engine in ("jinja", "liquid"):
            return "{% if order.gift %}" + block + "{% endif %}"
        if self.engine == "hbs":
            return "{{#if gift}}" + block + "{{/if}}"
        if self.engine == "presta":
            return "{if $gift}" + block + "{/if}"
        return block


STYLE_BLOCK = """<style type="text/css">
  body { margin: 0; padding: 0; background: #ffffff; }
  table.main { width: 600px; border-collapse: collapse; }
  td.content { padding: 12px 16px; font-size: 14px; }
  .footer { font-size: 11px; color: #666666; }
  @media only screen and (max-width: 480px) { table.main { width: 100% !important; } }
</style>"""


def front_matter(rng: random.Random, lang: str, crlf: bool) -> str:
    lines = ["---"]
    if rng.random() < 0.6:
        lines.append(f"marketplace: {MARKETPLACE[lang]}")
    else:
        lines.append(f"language: {lang}")
    lines.append(f"reason: {rng.choice(REASONS)}")
    if rng.random() < 0.4:
        lines.append(f"send-after: {rng.choice([3, 7, 10, 45])}d after delivery")
    if rng.random() < 0.2:
        lines.append("attachments: [invoice.pdf]")
    if rng.random() < 0.05:
        lines.append("colour: red")  # an unknown key
    lines.append("---")
    return "\n".join(lines) + "\n"


def target_size(rng: random.Random) -> int:
    # Most templates are a few kB; a tail of newsletter-style documents reaches ~50 kB.
    if rng.random() < 0.85:
        return int(300 * (5000 / 300) ** rng.random())
    return int(5000 * (50000 / 5000) ** rng.random())


def make_html(g: Gen, size: int, document: bool) -> str:
    rng = g.rng
    blocks: list[str] = [f"<p>{g.greeting()}</p>"]
    total = 0
    while total < size:
        b = g.html_block()
        if g.engine and rng.random() < 0.1:
            b = g.template_logic(b)
        blocks.append(b)
        total += len(b) + 1
    blocks.append(f"<p>{g.closing()}<br>{g.shop}</p>")
    if rng.random() < 0.3:
        blocks.insert(rng.randrange(1, len(blocks)), g.image())
    sep = "\n" if rng.random() < 0.9 else ""  # some minified
    body = sep.join(blocks)
    if not document:
        return body + "\n"
    head = '<meta charset="utf-8"><title>' + g.shop + "</title>"
    if rng.random() < 0.6:
        head += "\n" + STYLE_BLOCK
    layout = rng.random() < 0.6
    if layout:
        body = (
            '<table class="main" align="center" cellpadding="0" cellspacing="0">\n<tr><td class="content">\n'
            + body
            + '\n</td></tr>\n<tr><td class="footer">'
            + g.shop
            + "</td></tr>\n</table>"
        )
    return f'<!DOCTYPE html>\n<html lang="{g.lang}">\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n'


def make_text(g: Gen, size: int) -> str:
    rng = g.rng
    parts = [g.greeting(), ""]
    total = 0
    while total < size:
        p = g.paragraph()
        parts.append(p)
        parts.append("" if not (g.violating and rng.random() < 0.05) else "\n\n\n")
        total += len(p) + 1
    parts += [g.closing(), g.shop, ""]
    return "\n".join(parts)


def make_eml(g: Gen, size: int) -> str:
    alias = f"{g.rng.randrange(10**8):08x}@marketplace.{MARKETPLACE[g.lang]}"
    body = make_text(g, min(size, 4000))
    return (
        f"From: {g.shop} <shop@example.com>\nTo: {alias}\nSubject: {g.lang.upper()} order {g.order}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
    )


def malform(rng: random.Random, text: str) -> str:
    """Break a template the way hand-edited files break."""
    kind = rng.randrange(7)
    cut = rng.randrange(len(text)) if text else 0
    if kind == 0:
        return text[:cut]  # truncated mid-tag
    if kind == 1:
        return text[:cut] + "<!-- never closed " + text[cut:]
    if kind == 2:
        return text[:cut] + '<a href="https://example.com/x>broken quote' + text[cut:]
    if kind == 3:
        return text[:cut] + "{{ unclosed placeholder " + text[cut:]
    if kind == 4:
        return "<div>" * 2000 + text  # deep nesting, never closed
    if kind == 5:
        return text.replace("</p>", "", rng.randint(1, 20)).replace("<td", "<td <b", 3)
    return text[:cut] + " a < b && c > d <<<>>> " + text[cut:]


def build_file(index: int, seed: int) -> tuple[str, bytes]:
    """(relative path, content) of corpus file ``index``."""
    rng = random.Random(seed * 1_000_003 + index)
    lang = rng.choices(LANGS, weights=(40, 20, 15, 12, 13))[0]
    fmt = rng.choices(
        ["html_doc", "html_frag", "text", "jinja", "liquid", "hbs", "presta", "review", "eml", "binary"],
        weights=(22, 20, 18, 14, 7, 5, 5, 5, 3, 0.1),
    )[0]
    if fmt == "binary":
        noise = bytes(rng.randrange(256) for _ in range(600))
        return f"binary/{index:05d}.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    engine = fmt if fmt in PLACEHOLDERS else None
    g = Gen(rng, lang, engine)
    size = target_size(rng)
    if fmt == "eml":
        text, suffix = make_eml(g, size), ".eml"
    elif fmt == "text":
        text, suffix = make_text(g, size), ".txt"
    elif engine:
        suffix = rng.choice(SUFFIX[engine])
        text = make_text(g, size) if suffix == ".txt" else make_html(g, size, document=rng.random() < 0.3)
    else:
        text, suffix = make_html(g, size, document=fmt == "html_doc"), ".html"
    crlf = rng.random() < 0.03
    if fmt != "eml" and rng.random() < 0.3:
        text = front_matter(rng, lang, crlf) + text
    if rng.random() < 0.05:
        text = malform(rng, text)
    if crlf:
        text = text.replace("\n", "\r\n")
    enc = rng.random()
    if enc < 0.01:
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif enc < 0.02:
        data = codecs.BOM_UTF8 + text.encode("utf-8")
    elif enc < 0.04 and lang != "en":
        data = text.encode("cp1252", errors="replace")
    else:
        data = text.encode("utf-8")
    return f"{fmt}/{lang}/{index:05d}{suffix}", data


def manifest_path(out: Path) -> Path:
    return out / "MANIFEST.json"


def is_current(out: Path, count: int, seed: int) -> bool:
    try:
        m = json.loads(manifest_path(out).read_text())
    except (OSError, ValueError):
        return False
    return bool(m.get("version") == VERSION and m.get("count") == count and m.get("seed") == seed)


def make_corpus(out: Path = DEFAULT_OUT, count: int = 5000, seed: int = 2026, force: bool = False) -> Path:
    """Write the corpus unless an identical one is already there; return its folder."""
    if not force and is_current(out, count, seed):
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total = 0
    for i in range(count):
        rel, data = build_file(i, seed)
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        total += len(data)
    manifest_path(out).write_text(json.dumps({"version": VERSION, "count": count, "seed": seed, "bytes": total}))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--force", action="store_true", help="rebuild even if the corpus is current")
    args = ap.parse_args(argv)
    out = make_corpus(args.out, args.count, args.seed, args.force)
    m = json.loads(manifest_path(out).read_text())
    print(f"{out}: {m['count']} files, {m['bytes'] / 1e6:.1f} MB (seed {m['seed']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
