"""``.eml`` input: an RFC 5322 message becomes one document per text or HTML part.

The standard library's ``email`` package (``policy=email.policy.default``) decodes headers
(RFC 2047 encoded words) and transfer encodings; :func:`decode_mail` reads each text part in
its own charset; a small scanner finds where each part's headers and body sit in the file, so
that diagnostics point into the ``.eml``:

* a part that is not transfer-encoded (7bit/8bit/binary) is linted as it is in the file: line and column
  are those of the file;
* a quoted-printable or base64 part is linted as decoded, and its diagnostics point to the
  part's ``Content-Transfer-Encoding`` header line (the decoded text is not in the file);
* the subject is a ``Document.fields`` entry of every part document; it points into the
  ``Subject`` header (exactly when the header is not RFC 2047 encoded).

Each part document carries the whole mail in ``doc.meta["mail"]`` (a :class:`Mail`: recipients
and their positions, marketplace aliases, headers, attachments, the other parts), so mail-level
rules (MSG702 attachments, MSG705 marketplace recipient) see the message as a whole. Their
findings are the same in every part and are reported once. Fixes are never offered in a mail:
``--fix`` does not rewrite messages.

Recipients (To, Cc, Bcc) decide the marketplace: a mail to no marketplace alias, linted without
``--marketplace``, is not a marketplace message and gets no diagnostic (docs/templates.md), except MSG001
when the file cannot be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from msglint.market.aliases import Alias, find_aliases
from msglint.model.decode import MAX_BYTES, DecodeError, codec_name, decode_bytes, decode_part
from msglint.model.document import TEMPLATE_SUFFIXES, TEXT_SUFFIXES, Document, Kind, TextBuilder, scan_html
from msglint.model.placeholders import Finder, find_placeholders, mask

if TYPE_CHECKING:
    from email.message import EmailMessage


#: Suffixes that are certainly not a mail: content detection is skipped for them.
_NOT_MAIL_SUFFIXES = (
    frozenset({".html", ".htm", ".xhtml", ".j2", ".jinja", ".jinja2", ".liquid", ".hbs", ".mustache", ".tpl", ".twig"})
    | TEXT_SUFFIXES
    | TEMPLATE_SUFFIXES  # every template dialect's suffix (.php, .ftl, .mjml...)
)
_MAIL_SUFFIXES = frozenset({".eml"})
#: Headers that, two of them with From or To among them, make a header block a mail.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "received",
        "return-path",
        "reply-to",
        "sender",
        "content-type",
        "x-mailer",
        "delivered-to",
    }
)
_HEADER_LINE = re.compile(r"[!-9;-~]{1,76}:")
_RECIPIENT_HEADERS = ("to", "cc", "bcc")
_MAX_DEPTH = 20  # nested multiparts deeper than this are not descended into
_MAX_PARTS = 200


def is_mail(path: str, head: bytes | str) -> bool:
    """Whether to read ``path`` as an RFC 5322 message.

    A ``.eml`` file always is. Standard input and files with a suffix msglint does not know
    are when they start with a header block (two or more mail headers, From or To among them,
    then a blank line). HTML, text and template files never are, whatever they start with.
    """
    lower = path.lower()
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    dot = lower.rfind(".")
    suffix = lower[dot:] if dot > slash else ""
    if suffix in _MAIL_SUFFIXES:
        return True
    if suffix in _NOT_MAIL_SUFFIXES:
        return False
    sample = head[:16384]
    text = sample.decode("latin-1") if isinstance(sample, bytes) else sample
    return _looks_like_headers(text)


def _looks_like_headers(text: str) -> bool:
    names: set[str] = set()
    lines = text.split("\n")
    if lines and lines[0].startswith("From "):  # mbox separator line
        lines = lines[1:]
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r")
        if not line:
            return i > 0 and len(names & _MAIL_HEADERS) >= 2 and bool(names & {"from", "to"})
        if line[0] in " \t":
            if i == 0:
                return False
            continue
        m = _HEADER_LINE.match(line)
        if not m:
            return False
        names.add(line[: m.end() - 1].lower())
    return False


# ---- the mail model ------------------------------------------------------------------------
@dataclass(frozen=True)
class Recipient:
    header: str  # "to", "cc", "bcc"
    address: str  # addr-spec, lower-cased
    start: int  # container offset of the address (or of the header name if not found)
    end: int


@dataclass(frozen=True)
class Attachment:
    filename: str  # "" when the part names none
    content_type: str  # "application/pdf"
    start: int  # container offset of the part's header line to report at
    end: int


@dataclass
class Mail:
    """What mail-level rules read, shared by every part document of one message."""

    path: str
    source: str  # the whole decoded .eml
    headers: dict[str, list[str]]  # lower-cased name -> decoded values
    header_spans: dict[str, tuple[int, int]]  # lower-cased name -> span of its first line
    subject: str | None
    recipients: list[Recipient]
    aliases: list[tuple[Alias, Recipient]]
    attachments: list[Attachment]
    parts: list[MailPart] = field(default_factory=list)
    #: memo for mail-level checks (a check runs once per part; its work is done once)
    cache: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class MailPart(Document):
    """A text or HTML part of a mail.

    ``source`` is the whole ``.eml`` followed by a newline and the part's body (from
    ``body_start``): header offsets (recipients, attachments) are valid in every part, and rules
    that read ``source[body_start:]`` see this part only. Offsets in the body map back to the
    file: one to one for a part that is in the file as it is (``in_place_at``, the offset of its
    body in the file), to its header line (``report_at``) for a transfer-encoded one.
    """

    in_place_at: int | None = None
    report_at: int = 0

    def file_offset(self, offset: int) -> int:
        """The offset in the ``.eml`` file that ``offset`` of :attr:`source` stands for."""
        if offset < self.body_start:
            return offset
        if self.in_place_at is not None:
            return self.in_place_at + (offset - self.body_start)
        return self.report_at

    def position(self, offset: int) -> tuple[int, int]:
        return super().position(self.file_offset(offset))


# ---- locating parts in the file ------------------------------------------------------------
_BLANK_LINE = re.compile(r"\r?\n\r?\n")


@dataclass(frozen=True)
class _Span:
    header_start: int
    body_start: int
    body_end: int


def _header_end(text: str, start: int, end: int) -> int:
    """Offset where the body starts, after the blank line that ends the headers at ``start``."""
    if text.startswith(("\n", "\r\n"), start):  # no headers at all
        return start + (1 if text[start] == "\n" else 2)
    m = _BLANK_LINE.search(text, start, end)
    return m.end() if m else end


def _locate(
    msg: EmailMessage, text: str, start: int, end: int, depth: int, out: list[tuple[EmailMessage, _Span]]
) -> None:
    """Pair every leaf part of ``msg`` (in ``email``'s walk order) with its span in ``text``."""
    body = _header_end(text, start, end)
    if msg.get_content_maintype() == "multipart" and msg.is_multipart() and depth < _MAX_DEPTH:
        boundary = msg.get_boundary()
        children = msg.get_payload()
        if not boundary or not isinstance(children, list):
            return
        delim = re.compile(rf"^--{re.escape(boundary)}(--)?[ \t]*\r?$", re.M)
        marks = list(delim.finditer(text, body, end))
        for i, child in enumerate(children):
            if i + 1 >= len(marks) or len(out) >= _MAX_PARTS:
                break
            cstart = marks[i].end()
            cstart += 2 if text.startswith("\r\n", cstart) else 1 if text.startswith("\n", cstart) else 0
            cend = marks[i + 1].start()
            # The line break before a delimiter belongs to the delimiter (RFC 2046).
            if text.startswith("\r\n", cend - 2):
                cend -= 2
            elif text.startswith("\n", cend - 1):
                cend -= 1
            _locate(child, text, cstart, max(cend, cstart), depth + 1, out)
        return
    out.append((msg, _Span(start, body, end)))


def _header_lines(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """(lower-cased name, start of line, start of value, end of the (folded) header)."""
    out: list[tuple[str, int, int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl + 1
        line = text[pos:line_end].rstrip("\r\n")
        if not line:
            break
        if line[0] in " \t" and out:
            name, s, v, _ = out[-1]
            out[-1] = (name, s, v, pos + len(line))
        else:
            colon = line.find(":")
            if colon > 0:
                v = colon + 1
                while v < len(line) and line[v] in " \t":
                    v += 1
                out.append((line[:colon].strip().lower(), pos, pos + v, pos + len(line)))
        pos = line_end
    return out


# ---- reading the bytes ---------------------------------------------------------------------
#: Content-Transfer-Encodings under which a part's body is in the file as it is.
_AS_IS = frozenset({"7bit", "8bit", "binary", ""})


def _cte(part: EmailMessage) -> str:
    return str(part.get("content-transfer-encoding", "7bit")).strip().lower()


def _charset(part: EmailMessage) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001 - a malformed Content-Type names no charset
        return None


def _linted(part: EmailMessage) -> bool:
    """Whether ``part`` is a text or HTML part that becomes a document (not an attachment)."""
    return part.get_content_type() in ("text/plain", "text/html") and not part.is_attachment()


def decode_mail(data: bytes, msg: EmailMessage, encoding: str | None = None, limit: int = MAX_BYTES) -> str:
    """The text of a mail, read part by part (``msg`` is ``data`` parsed).

    The body of every text part that is in the file as it is (7bit, 8bit, binary) is read in
    the charset its ``Content-Type`` names (:func:`msglint.model.decode.decode_part`), so a
    Windows-1250 part and a Shift_JIS part of one mail are both read right; the headers,
    boundaries and transfer-encoded bodies (ASCII, or headers written raw) are read as UTF-8,
    else in the first part's charset, else as a file is read (``encoding``: the configuration's).
    Attachments and other bodies that are never linted keep one character per byte. Every piece
    keeps its line breaks, so a position in the text is the position in the file (in characters
    of the decoded text, as for any file). Raises DecodeError."""
    if len(data) > limit:
        return decode_bytes(data, encoding, limit).text  # raises InputTooLarge
    raw = data.decode("latin-1")  # one character per byte: spans found in it are byte offsets
    spans: list[tuple[EmailMessage, _Span]] = []
    _locate(msg, raw, 0, len(raw), 0, spans)
    own: list[tuple[int, int, str]] = []  # (start, end, text) of the bodies read on their own
    first: str | None = None
    for part, span in spans:
        start, end = span.body_start, span.body_end
        if end <= start or _cte(part) not in _AS_IS:
            continue
        if not _linted(part):
            own.append((start, end, raw[start:end]))
            continue
        charset = _charset(part)
        try:
            text = decode_part(data[start:end], charset, encoding, limit).text
        except DecodeError as exc:
            raise DecodeError(f"its {part.get_content_type()} part (charset {charset or 'not given'}): {exc}") from None
        own.append((start, end, text))
        first = first or (codec_name(charset) if charset else None)
    gaps: list[bytes] = []
    pos = 0
    for start, end, _text in own:
        gaps.append(data[pos:start])
        pos = end
    gaps.append(data[pos:])
    codec = _rest_codec(b"".join(gaps), first, encoding, limit)
    out: list[str] = []
    for gap, (_start, _end, text) in zip(gaps, own, strict=False):
        out += [gap.decode(codec), text]
    out.append(gaps[-1].decode(codec))
    return "".join(out)


def _rest_codec(rest: bytes, first: str | None, encoding: str | None, limit: int) -> str:
    """The codec of a mail's headers, boundaries and transfer-encoded bodies."""
    if rest.isascii():
        return "ascii"
    try:
        rest.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if first is not None:
        try:
            rest.decode(first)
            return first
        except UnicodeError:
            pass
    name = decode_bytes(rest, encoding, limit).encoding
    if name.endswith("-bom"):
        raise DecodeError("a mail in UTF-16 is not read (its headers must be ASCII)")
    return name


def _transfer_decoded(part: EmailMessage, encoding: str | None, limit: int) -> str:
    """The text of a quoted-printable or base64 part, in its charset (as :func:`decode_mail`
    reads a part that is in the file as it is)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(payload or "")
    charset = _charset(part)
    try:
        return decode_part(payload, charset, encoding, limit).text
    except DecodeError as exc:
        what = f"{_cte(part)} {part.get_content_type()}"
        raise DecodeError(f"its {what} part (charset {charset or 'not given'}): {exc}") from None


# ---- building the documents ----------------------------------------------------------------


def split_addresses(value: str) -> tuple[str, list[tuple[int, int]]]:
    """An address header's value with its comments blanked (same length), and the (start, end)
    of each mailbox-sized part of it: the text between top-level ``,``, ``:`` and ``;``
    (outside quoted strings, comments and angle brackets).

    One pass, no recursion: the standard parser recurses once per group (``name: a, b;``) and
    per nested comment, so a To: of a thousand ``:`` raised RecursionError (fuzz triage D12). A
    part holds at most one mailbox, which the standard parser then reads alone; comments never
    hold the address."""
    out = list(value)
    parts: list[tuple[int, int]] = []
    start = 0
    depth = 0  # comment nesting
    quoted = angle = False
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c == "\\" and (quoted or depth):
            if depth:
                out[i : i + 2] = " " * len(out[i : i + 2])
            i += 2
            continue
        if depth:
            depth += 1 if c == "(" else -1 if c == ")" else 0
            out[i] = " "
        elif quoted:
            quoted = c != '"'
        elif angle:
            angle = c != ">"
        elif c == '"':
            quoted = True
        elif c == "(":
            depth = 1
            out[i] = " "
        elif c == "<":
            angle = True
        elif c in ",:;":
            parts.append((start, i))
            start = i + 1
        i += 1
    parts.append((start, n))
    clean = "".join(out)
    return clean, [(s, e) for s, e in parts if clean[s:e].strip()]


def _recipients(msg: EmailMessage, text: str, hdrs: list[tuple[str, int, int, int]]) -> list[Recipient]:
    from email.utils import getaddresses

    out: list[Recipient] = []
    for name, line_start, vstart, hend in hdrs:
        if name not in _RECIPIENT_HEADERS:
            continue
        raw = text[vstart:hend]
        clean, parts = split_addresses(raw.replace("\r", " ").replace("\n", " "))
        lower = raw.lower()
        for ps, pe in parts:
            # getaddresses on one part never raises and keeps the addr-spec as written.
            for _display, addr in getaddresses([clean[ps:pe]]):
                addr = addr.strip()
                if "@" not in addr:
                    continue
                i = lower.find(addr.lower(), ps)
                if i >= 0:
                    out.append(Recipient(name, addr.lower(), vstart + i, vstart + i + len(addr)))
                else:  # encoded or oddly folded: point at the header
                    out.append(Recipient(name, addr.lower(), line_start, line_start + len(name)))
    return out


def encode_text(text: str) -> bytes:
    """The UTF-8 bytes of a text given as ``str`` (lone surrogates included: a library caller's
    string may hold any code point; ``surrogateescape`` failed on U+D800, fuzz triage D15)."""
    return text.encode("utf-8", "surrogatepass")


def _subject_field(msg: EmailMessage, text: str, hdrs: list[tuple[str, int, int, int]]) -> tuple[str, str, int] | None:
    for name, _line_start, vstart, hend in hdrs:
        if name != "subject":
            continue
        raw = text[vstart:hend]
        if "=?" not in raw:
            # Unfold in place (CR/LF become spaces) so every offset stays exact.
            return ("subject", raw.replace("\r", " ").replace("\n", " "), vstart)
        try:
            decoded = str(msg.get("subject", ""))
        except Exception:  # noqa: BLE001 - a malformed header must not stop the lint
            decoded = raw
        return ("subject", decoded, vstart)
    return None


#: Address headers: the standard library parses them into address objects, slowly (minutes for
#: a To: of 20,000 names) and nothing reads them that way: they are kept as written (unfolded).
_RAW_HEADERS = frozenset(
    {"to", "cc", "bcc", "from", "sender", "reply-to", "resent-to", "resent-cc", "resent-bcc", "resent-from"}
)
_MAX_PARSED_HEADER = 4000


def _header_values(msg: EmailMessage) -> dict[str, list[str]]:
    """Decoded values by lower-cased header name, in one pass over the headers (RFC 2047
    encoded words decoded, as ``msg.get_all`` gives them), address and very long headers as
    written."""
    out: dict[str, list[str]] = {}
    policy = msg.policy
    for name, raw in msg.raw_items():
        key = name.lower()
        text = "".join(str(raw).splitlines())
        if key in _RAW_HEADERS or len(text) > _MAX_PARSED_HEADER:
            value = text
        else:
            try:
                value = str(policy.header_fetch_parse(name, raw))
            except Exception:  # noqa: BLE001 - malformed headers are read as they are
                value = str(raw)
        out.setdefault(key, []).append(value)
    return out


def _filename(part: EmailMessage) -> str:
    try:
        return str(part.get_filename() or "")
    except Exception:  # noqa: BLE001
        return ""


def read_mail(
    data: bytes,
    text: str | None,
    path: str,
    alias_domains: tuple[str, ...] = (),
    placeholder_re: Finder | None = None,
    encoding: str | None = None,
    limit: int = MAX_BYTES,
) -> Mail:
    """Parse ``data`` into a :class:`Mail` and its part documents. ``text``: its text when the
    caller has it (an editor's buffer, standard input given as text; ``data`` is then its UTF-8),
    None to read the bytes part by part (:func:`decode_mail`; ``encoding``: the one the
    configuration names). Raises DecodeError when a part cannot be read."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.default)
    if text is None:
        text = decode_mail(data, msg, encoding, limit)
    spans: list[tuple[EmailMessage, _Span]] = []
    _locate(msg, text, 0, len(text), 0, spans)
    top_end = _header_end(text, 0, len(text))
    hdrs = _header_lines(text, 0, top_end)
    header_spans: dict[str, tuple[int, int]] = {}
    for name, s, _v, e in hdrs:
        header_spans.setdefault(name, (s, e))
    recipients = _recipients(msg, text, hdrs)
    aliases = []
    by_addr = {r.address: r for r in reversed(recipients)}
    for alias in find_aliases([r.address for r in recipients], alias_domains):
        aliases.append((alias, by_addr[alias.address]))
    subject = _subject_field(msg, text, hdrs)
    mail = Mail(
        path=path,
        source=text,
        headers=_header_values(msg),
        header_spans=header_spans,
        subject=subject[1] if subject else None,
        recipients=recipients,
        aliases=aliases,
        attachments=[],
    )
    fields = [subject] if subject else []
    for part, span in spans:
        phdrs = _header_lines(text, span.header_start, span.body_start)
        report_at = next((s for n, s, _v, _e in phdrs if n == "content-transfer-encoding"), None)
        if report_at is None:
            report_at = next((s for n, s, _v, _e in phdrs if n == "content-type"), span.header_start)
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        inline = disposition == "inline" or part.get("content-id") is not None  # body images
        if part.is_attachment() or (ctype not in ("text/plain", "text/html") and _filename(part) and not inline):
            disp = next((s for n, s, _v, _e in phdrs if n == "content-disposition"), report_at)
            line_end = text.find("\n", disp)
            mail.attachments.append(Attachment(_filename(part), ctype, disp, disp if line_end < 0 else line_end))
            continue
        if ctype not in ("text/plain", "text/html"):
            continue
        kind: Kind = "html" if ctype == "text/html" else "text"
        # Not transfer-encoded: lint the characters as they are in the file (decode_mail read
        # them in the part's charset, or the caller gave the text itself).
        in_place = _cte(part) in _AS_IS
        base = len(text) + 1
        body = text[span.body_start : span.body_end] if in_place else _transfer_decoded(part, encoding, limit)
        doc = MailPart(
            path,
            text + "\n" + body,
            kind,
            None,
            base,
            [],
            in_place_at=span.body_start if in_place else None,
            report_at=report_at,
        )
        _fill(doc, (base, base + len(body)), placeholder_re)
        doc.fields = list(fields)
        mail.parts.append(doc)
    if not mail.parts:  # only attachments, or an empty body: the subject and headers still count
        base = len(text) + 1
        doc = MailPart(path, text + "\n", "text", None, base, [], in_place_at=top_end)
        _fill(doc, (base, base), placeholder_re)
        doc.fields = list(fields)
        mail.parts.append(doc)
    return mail


def _fill(doc: MailPart, region: tuple[int, int], placeholder_re: Finder | None) -> None:
    """Scan ``doc.source[region]`` as the document's body (the model of ``document.parse``)."""
    start, end = region
    body = doc.source[start:end]
    doc.placeholders = [(s + start, e + start) for s, e in find_placeholders(body, placeholder_re)]
    masked = mask(body, doc.placeholders, start)
    if doc.kind == "html":
        scan_html(doc, masked, start)
    else:
        b = TextBuilder()
        b.add(masked, start)
        doc.textmap = b.build()


__all__ = ["Attachment", "Mail", "MailPart", "Recipient", "decode_mail", "is_mail", "read_mail"]
