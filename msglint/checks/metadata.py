"""MSG004 and MSG7: what a template's front matter (cli.md) declares, and what a mail attaches.

The front matter vocabulary (reasons, channels, ``send-after`` units and anchors) is data in
``rules/frontmatter.toml``; each rule's thresholds and keyword lists are its ``[rule.data]``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from msglint.core.diagnostics import Finding
from msglint.core.packs import load_data, marketplaces

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.project import FileSummary, ProjectFinding, SummaryEntry
    from msglint.model.document import Document
    from msglint.model.frontmatter import Entry


@cache
def vocabulary() -> dict[str, Any]:
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


def _fmt_days(days: float) -> str:
    n = int(days) if days == int(days) else round(days, 1)
    return f"{n} day" if n == 1 else f"{n} days"


# ---- MSG004 invalid-front-matter --------------------------------------------------------------
def front_matter(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    if fm is None:
        return
    for s, e, message in fm.errors:
        yield Finding(s, max(e, s + 1), message)
    voc = vocabulary()
    single = set(voc.get("single-value-keys", ()))
    for key, entry in fm.entries.items():
        if key in single and not isinstance(entry.value, str):
            yield Finding(entry.value_start, entry.value_end, f"front matter key {key!r} takes one value, not a list")
            continue
        for it in items(doc.source, entry):
            problem = _value_problem(key, it.value, voc)
            if problem:
                yield Finding(it.start, max(it.end, it.start + 1), problem)


def _value_problem(key: str, value: str, voc: dict[str, Any]) -> str | None:
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
    elif key == "send-after":
        parsed = parse_send_after(value)
        if isinstance(parsed, str):
            return parsed
    elif key in ("reason", "trigger", "attachments") and not value.strip():
        return f"front matter key {key!r} has an empty value"
    return None


def _value(doc: Document, key: str) -> str | None:
    fm = doc.front_matter
    v = fm.get(key) if fm else None
    return v.strip().lower() if isinstance(v, str) else None


# ---- MSG701 proactive-window ------------------------------------------------------------------
def proactive_window(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    entry = fm.entries.get("send-after") if fm else None
    if entry is None:
        return
    data = ctx.data
    max_days = float(data.get("max-days-after-completion", 30))
    slack = float(data.get("earlier-event-slack-days", 30))
    min_review = float(data.get("review-min-days-after-delivery", 5))
    is_review = _value(doc, "reason") in vocabulary().get("review-reasons", ())
    for it in items(doc.source, entry):
        d = parse_send_after(it.value)
        if isinstance(d, str):
            continue  # MSG004 reports it
        late = d.days > max_days if d.event == "delivery" else d.days > max_days + slack
        if late:
            yield Finding(
                it.start,
                it.end,
                f"scheduled {_fmt_days(d.days)} after {d.anchor}: proactive messages may only be sent "
                f"within {_fmt_days(max_days)} of order completion",
            )
        elif is_review and d.days < min_review:
            # Order and shipment come before delivery: earlier after them is earlier after delivery.
            yield Finding(
                it.start,
                it.end,
                f"review request scheduled {_fmt_days(d.days)} after {d.anchor}: Amazon allows review "
                f"requests from {_fmt_days(min_review)} to {_fmt_days(max_days)} after delivery",
            )


# ---- MSG702 attachment-type -------------------------------------------------------------------
@dataclass(frozen=True)
class _Attachment:
    name: str
    content_type: str
    start: int
    end: int


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
    return " " + re.sub(r"[^a-z0-9]+", " ", plain).strip() + " "


@cache
def _keywords(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold(w).strip() for w in words if _fold(w).strip())


def _attachments(doc: Document) -> list[_Attachment]:
    mail = doc.meta.get("mail")
    if mail is not None:
        return [_Attachment(a.filename, a.content_type, a.start, a.end) for a in mail.attachments]
    fm = doc.front_matter
    entry = fm.entries.get("attachments") if fm else None
    if entry is None:
        return []
    return [_Attachment(it.value, "", it.start, it.end) for it in items(doc.source, entry) if it.value.strip()]


def _kind_of(att: _Attachment, data: dict[str, Any]) -> str | None:
    """The forbidden kind of file ``att`` is ("an executable"), or None."""
    name = att.name.lower().strip()
    dot = name.rfind(".")
    ext = name[dot + 1 :] if dot >= 0 else ""
    for kind, exts in data.get("forbidden-extensions", {}).items():
        if ext and ext in exts:
            return str(kind)
    ctype = att.content_type.lower()
    for kind, types in data.get("forbidden-types", {}).items():
        if ctype and any(ctype == t or (t.endswith("/") and ctype.startswith(t)) for t in types):
            return str(kind)
    return None


def attachment_type(doc: Document, ctx: Context) -> Iterator[Finding]:
    atts = _attachments(doc)
    if not atts:
        return
    data = ctx.data
    groups: dict[str, tuple[str, ...]] = {
        str(k): _keywords(tuple(v)) for k, v in data.get("keywords", {}).items()
    }
    allowed = "product instructions, warranty information and invoices"
    for att in atts:
        shown = repr(att.name) if att.name else f"({att.content_type or 'unnamed'})"
        kind = _kind_of(att, data)
        if kind:
            yield Finding(att.start, att.end, f"attachment {shown} is {kind}: only {allowed} may be attached")
            continue
        # Substring of the name without separators: "Bedienungsanleitung" holds "anleitung",
        # "mode-d-emploi" holds "mode d'emploi" (a lenient test: a false alarm costs more).
        compact = _fold(att.name).replace(" ", "")
        if not any(k.replace(" ", "") in compact for ks in groups.values() for k in ks):
            yield Finding(
                att.start,
                att.end,
                f"attachment {shown}: its name does not say it is product instructions, warranty "
                f"information or an invoice, the only attachments Amazon permits",
            )
    fm = doc.front_matter
    channel = _value(doc, "channel") if fm else None
    limit = int(data.get("sp-api-max-attachments", 5))
    if channel == "sp-api" and len(atts) > limit:
        extra = atts[limit]
        yield Finding(
            extra.start,
            extra.end,
            f"{len(atts)} attachments: the Selling Partner API takes at most {limit} per message",
        )


# ---- MSG703 contact-reason --------------------------------------------------------------------
def contact_reason(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    entry = fm.entries.get("reason") if fm else None
    if entry is None or not isinstance(entry.value, str) or not entry.value.strip():
        return
    reasons = tuple(vocabulary().get("reasons", ()))
    value = entry.value.strip()
    if value.lower() in reasons:
        return
    close = difflib.get_close_matches(value.lower(), reasons, n=1, cutoff=0.75)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (permitted: {', '.join(reasons)})"
    yield Finding(
        entry.value_start,
        entry.value_end,
        f"contact reason {value!r} is not one Amazon permits for a proactive message{hint}",
    )


# ---- MSG704 repeated-review-request (a project rule: runs once over every template) ----------
def _text(e: SummaryEntry | None) -> str:
    if e is None:
        return ""
    v = e.value
    return (v if isinstance(v, str) else ", ".join(v)).strip()


def _review_key(s: FileSummary) -> tuple[str, str, str]:
    """(what triggers it, as shown; the same key lower-cased; for which buyers)."""
    trigger = _text(s.get("trigger"))
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
    mp, lang = _text(s.get("marketplace")).lower(), _text(s.get("language")).lower()
    audience = mp or (f"language {lang}" if lang else "")
    return shown, key, audience


def repeated_review_request(summaries: Sequence[FileSummary], ctx: Context) -> Iterator[ProjectFinding]:
    from msglint.core.project import ProjectFinding

    review = set(vocabulary().get("review-reasons", ()))
    first: dict[tuple[str, str], FileSummary] = {}
    for s in summaries:
        reason = s.get("reason")
        if reason is None or _text(reason).lower() not in review:
            continue
        sa = s.get("send-after")
        if sa is not None and not isinstance(sa.value, str) and len(sa.value) > 1:
            yield ProjectFinding(
                s.path,
                sa,
                f"review request scheduled {len(sa.value)} times ({_text(sa)}): Amazon allows one "
                "review request per order",
            )
        shown, key, audience = _review_key(s)
        earlier = first.get((key, audience))
        if earlier is None:
            first[(key, audience)] = s
            continue
        for_whom = f" for {audience}" if audience else ""
        yield ProjectFinding(
            s.path,
            s.get("trigger") or reason,
            f"second review request on {shown}{for_whom}: {earlier.path} already asks for a review "
            "of the same orders; Amazon allows one review request per order",
        )


# ---- MSG706 text-length / MSG707 markup-not-allowed ------------------------------------------
def _sp_api(doc: Document) -> bool:
    return _value(doc, "channel") == "sp-api"


def text_length(doc: Document, ctx: Context) -> Iterator[Finding]:
    if not _sp_api(doc):
        return
    reason = _value(doc, "reason") or ""
    op = ctx.data.get("operations", {}).get(reason)
    if not op:
        return  # no Messaging API operation for this reason: nothing to measure against
    limit = ctx.data.get("limits", {}).get(op)
    if limit is None:
        limit = ctx.data.get("default-limit", 2000)
    limit = int(limit)
    # Count the visible text with placeholders removed and each run of white space as one
    # character (the text a buyer receives, minus the values that are filled in later).
    text = doc.text
    end = len(text.rstrip())
    count = 0
    over_at = -1
    prev_space = False
    for i in range(len(text) - len(text.lstrip()), end):
        if text[i].isspace():
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        count += 1
        if count == limit + 1:
            over_at = i
    if count <= limit or over_at < 0:
        return
    s, e = doc.text_span(over_at, end)
    if limit == 0:
        yield Finding(
            s,
            e,
            f"{count} characters of text for {op} (reason {reason!r}): it takes no text, Amazon "
            "sends its own wording",
        )
        return
    yield Finding(
        s,
        e,
        f"{count} characters for {op} (reason {reason!r}): the Selling Partner API accepts at most "
        f"{limit}; this is where the text goes over",
    )


def markup(doc: Document, ctx: Context) -> Iterator[Finding]:
    if not _sp_api(doc) or doc.kind != "html" or not doc.elements:
        return
    el = doc.elements[0]
    more = len(doc.elements) - 1
    rest = f" (and {more} more tag{'s' if more != 1 else ''})" if more else ""
    yield Finding(
        el.start,
        el.end,
        f"HTML tag <{el.tag}>{rest} in a Selling Partner API message: its text fields take plain text only",
    )
