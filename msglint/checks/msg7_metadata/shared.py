"""MSG004 and MSG7: what a template's front matter (docs/templates.md) declares, and what a mail attaches.

The front matter vocabulary (reasons, channels, ``send-after`` units and anchors) is data in
``rules/frontmatter.toml``; each rule's thresholds and keyword lists are its ``[rule.data]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from msglint.core.packs import derived, load_data, marketplaces

if TYPE_CHECKING:
    from msglint.core.packs import Packs
    from msglint.core.project import FileSummary, SummaryEntry
    from msglint.model.document import Document
    from msglint.model.frontmatter import Entry


def vocabulary() -> dict[str, Any]:
    """``rules/frontmatter.toml`` (msglint's own: user packs do not change it)."""
    return load_data("frontmatter")


# ---- front matter values ------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """One value of a front matter entry (a list is split into items), with its span."""

    value: str
    start: int
    end: int


def items(source: str, entry: Entry) -> list[Item]:
    """The values of ``entry`` with their source spans (list items located in the raw value)."""
    if isinstance(entry.value, str):
        return [Item(entry.value, entry.value_start, entry.value_end)]
    out: list[Item] = []
    pos = entry.value_start
    for v in entry.value:
        i = source.find(v, pos, entry.value_end) if v else -1
        if i < 0:
            out.append(Item(v, entry.value_start, entry.value_end))
        else:
            out.append(Item(v, i, i + len(v)))
            pos = i + len(v)
    return out


_SEND_AFTER = re.compile(
    r"\s*(\d{1,5}(?:\.\d{1,3})?)\s*([a-z]{1,5})?(?:\s+after\s+(?:the\s+)?([a-z][a-z -]{0,40}?))?\s*", re.I
)


@dataclass(frozen=True)
class Delay:
    days: float
    event: str  # "delivery", "order", "shipment"
    anchor: str  # the word as written (for messages)


def parse_send_after(value: str) -> Delay | str:
    """``7d after delivery`` -> Delay; a string is the reason it cannot be read."""
    if len(value) > 80:  # also keeps the regex below linear on hostile input
        return f"send-after value is too long ({len(value)} characters): write '<number><unit> after <event>'"
    m = _SEND_AFTER.fullmatch(value)
    if not m:
        return f"send-after {value!r} is not '<number><unit> after <event>' (e.g. '7d after delivery')"
    voc = vocabulary().get("send-after", {})
    unit = (m.group(2) or "d").lower()
    factor = voc.get("units", {}).get(unit)
    if factor is None:
        return f"send-after {value!r}: unknown unit {unit!r} (use d, days, w, weeks, h or hours)"
    anchor = " ".join((m.group(3) or "delivery").lower().split())
    event = voc.get("anchors", {}).get(anchor)
    if event is None:
        known = ", ".join(sorted(voc.get("anchors", {})))
        return f"send-after {value!r}: unknown event {anchor!r} (known: {known})"
    return Delay(float(m.group(1)) * float(factor), str(event), anchor)


def fmt_days(days: float) -> str:
    n = int(days) if days == int(days) else round(days, 1)
    return f"{n} day" if n == 1 else f"{n} days"


def value_problem(key: str, value: str, voc: dict[str, Any]) -> str | None:
    if key == "marketplace":
        if value.lower() not in marketplaces():
            return f"unknown marketplace {value!r} in front matter (known: {', '.join(sorted(marketplaces()))})"
    elif key == "language":
        if not re.fullmatch(r"[A-Za-z]{2}(?:[-_][A-Za-z]{2})?", value):
            return f"language {value!r} is not an ISO 639-1 code such as 'fr'"
    elif key == "channel":
        channels = voc.get("channels", ())
        if value.lower() not in channels:
            return f"unknown channel {value!r} (known: {', '.join(channels)})"
    elif key == "encoding":
        from msglint.model.decode import codec_name

        if codec_name(value) is None:
            return f"unknown encoding {value!r} (a name such as 'windows-1250', 'shift_jis', 'iso-8859-9')"
    elif key == "send-after":
        parsed = parse_send_after(value)
        if isinstance(parsed, str):
            return parsed
    elif key in ("reason", "trigger", "attachments") and not value.strip():
        return f"front matter key {key!r} has an empty value"
    return None


def value(doc: Document, key: str) -> str | None:
    fm = doc.front_matter
    v = fm.get(key) if fm else None
    return v.strip().lower() if isinstance(v, str) else None


# ---- MSG702 attachment-type -------------------------------------------------------------------
@dataclass(frozen=True)
class _Attachment:
    name: str
    content_type: str
    start: int
    end: int


#: Sections of rules/lang/<lang>.toml naming the permitted kinds of attachment.
ATTACHMENT_KINDS = ("MSG702-invoice", "MSG702-instructions", "MSG702-warranty")
_SEPARATORS = re.compile(r"[\W_]+")


def compact(text: str) -> str:
    """``text`` folded (phrase folding: case and accents ignored) without separators."""
    from msglint.text.phrases import fold

    return _SEPARATORS.sub("", fold(text).replace("ß", "ss"))


def keywords(packs: Packs | None = None) -> tuple[str, ...]:
    """Every language's attachment keywords, compacted (:func:`compact`), once per Packs."""

    def build(p: Packs | None) -> tuple[str, ...]:
        from msglint.text.phrases import sections

        words = (pat for name in ATTACHMENT_KINDS for sec in sections(name, packs=p) for pat in sec.patterns())
        return tuple(dict.fromkeys(k for k in map(compact, words) if k))

    return derived(packs, "msg7.keywords", build)


def attachments(doc: Document) -> list[_Attachment]:
    mail = doc.meta.get("mail")
    if mail is not None:
        return [_Attachment(a.filename, a.content_type, a.start, a.end) for a in mail.attachments]
    fm = doc.front_matter
    entry = fm.entries.get("attachments") if fm else None
    if entry is None:
        return []
    return [_Attachment(it.value, "", it.start, it.end) for it in items(doc.source, entry) if it.value.strip()]


def kind_of(att: _Attachment, data: dict[str, Any]) -> str | None:
    """The forbidden kind of file ``att`` is ("an executable"), or None."""
    name = att.name.lower().strip()
    dot = name.rfind(".")
    ext = name[dot + 1 :] if dot >= 0 else ""
    for kind, exts in data["forbidden-extensions"].items():
        if ext and ext in exts:
            return str(kind)
    ctype = att.content_type.lower()
    for kind, types in data["forbidden-types"].items():
        if ctype and any(ctype == t or (t.endswith("/") and ctype.startswith(t)) for t in types):
            return str(kind)
    return None


# ---- MSG704 repeated-review-request (a project rule: runs once over every template) ----------
def text(e: SummaryEntry | None) -> str:
    if e is None:
        return ""
    v = e.value
    return (v if isinstance(v, str) else ", ".join(v)).strip()


def review_key(s: FileSummary) -> tuple[str, str, str]:
    """(what triggers it, as shown; the same key lower-cased; for which buyers)."""
    trigger = text(s.get("trigger"))
    if trigger:
        shown = f"trigger {trigger!r}"
        key = "trigger " + " ".join(trigger.lower().split())
    else:
        sa = s.get("send-after")
        values = () if sa is None else (sa.value,) if isinstance(sa.value, str) else sa.value
        d = parse_send_after(values[0]) if values else None
        event = d.event if isinstance(d, Delay) else "delivery"
        shown = f"the same event ({event}, no trigger)"
        key = "event " + event
    mp, lang = text(s.get("marketplace")).lower(), text(s.get("language")).lower()
    audience = mp or (f"language {lang}" if lang else "")
    return shown, key, audience


# ---- MSG706 text-length / MSG707 markup-not-allowed ------------------------------------------
def sp_api(doc: Document) -> bool:
    return value(doc, "channel") == "sp-api"
