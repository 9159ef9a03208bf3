// msglint web page: paste or open a template, lint it through the HTTP API, show the findings.
// Plain JavaScript, no library; user text only ever reaches the page as text nodes.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { rules: {}, diags: [], checked: null, fileName: null, timer: null, seq: 0, renders: 0 };
  const PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  const EXT = { html: ".html", text: ".txt", jinja: ".j2", liquid: ".liquid", handlebars: ".hbs",
    mustache: ".mustache", twig: ".twig", prestashop: ".tpl", eml: ".eml" };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k.startsWith("data-")) node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  function headers() {
    const h = { "Content-Type": "application/json" };
    const token = $("token").value || sessionStorage.getItem("msglint-token");
    if (token) h.Authorization = "Bearer " + token;
    return h;
  }

  async function api(path, body) {
    const opts = body === undefined ? { headers: headers() } : { method: "POST", headers: headers(), body: JSON.stringify(body) };
    const resp = await fetch(path, opts);
    let data = null;
    try { data = await resp.json(); } catch (e) { data = null; }
    if (resp.status === 401) {
      $("token-label").hidden = false;
      throw new Error("This server needs an access token: enter it above.");
    }
    if (!resp.ok) throw new Error((data && data.error) || ("HTTP " + resp.status));
    return data;
  }

  function status(text, isError) {
    const s = $("status");
    s.textContent = text;
    s.className = isError ? "error" : "";
  }

  function hasFrontMatter(text) { return /^\ufeff?---[ \t]*\r?\n/.test(text); }

  function request(source) {
    const body = { source: source };
    const dialect = $("dialect").value;
    if (state.fileName && dialect === "auto") body.filename = state.fileName;
    else body.dialect = dialect;
    if ($("marketplace").value) body.marketplace = $("marketplace").value;
    if ($("language").value) body.language = $("language").value;
    const reason = $("reason").value;
    if (reason && !hasFrontMatter(source) && !isMail(source)) body.reason = reason;
    return body;
  }

  function isMail(text) {
    const d = $("dialect").value;
    if (d === "eml") return true;
    if (d !== "auto") return false;
    if (state.fileName && /\.eml$/i.test(state.fileName)) return true;
    return /^(?:[A-Za-z-]+:[^\n]*\r?\n)+\r?\n/.test(text) && /^(from|to):/im.test(text);
  }

  function isHtml(text) {
    const d = $("dialect").value;
    if (d === "html") return true;
    if (d === "text" || isMail(text)) return false;
    return /<\s*(html|body|p|div|table|br|a|img|span|h[1-6]|ul|ol|b|strong|em|i)\b/i.test(text);
  }

  // ---- positions: msglint counts lines from 1 and columns in code points from 1 ----
  function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
  }
  function toIndex(text, starts, line, col) {
    if (line < 1) return 0;
    if (line > starts.length) return text.length;
    let i = starts[line - 1];
    let n = col - 1;
    while (n > 0 && i < text.length && text.charCodeAt(i) !== 10) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      n--;
    }
    return i;
  }

  function spans(text, diags) {
    const starts = lineStarts(text);
    return diags.map((d, i) => {
      let a = toIndex(text, starts, d.line, d.column);
      let b = toIndex(text, starts, d.end_line, d.end_column);
      if (b < a) b = a;
      if (b === a && a < text.length && text.charCodeAt(a) !== 10) b = a + 1; // whole-message findings: mark one character
      return { i: i, a: a, b: b };
    });
  }

  // ---- rendering ----
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function render(text, diags) {
    state.diags = diags;
    state.checked = text;
    $("results").hidden = false;
    const errors = diags.filter((d) => d.severity === "error").length;
    const warnings = diags.length - errors;
    const fixable = diags.filter((d) => d.fix).length;
    const count = $("count");
    count.dataset.count = String(diags.length);
    count.dataset.render = String(++state.renders); // tells a reader (and the tests) a new result is shown
    count.textContent = diags.length
      ? plural(diags.length, "problem") + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") +
        (fixable ? " (" + fixable + " with a safe fix)" : "")
      : "No problems found: the message follows the guidelines msglint checks.";
    count.className = diags.length ? (errors ? "has-errors" : "has-warnings") : "clean";
    $("fix").disabled = fixable === 0;
    $("fix").textContent = fixable ? "Apply " + fixable + " safe fix" + (fixable === 1 ? "" : "es") : "Apply safe fixes";
    $("download").disabled = false;
    renderSource(text, diags);
    renderList(diags);
    renderPreview(text);
    $("detail").hidden = true;
  }

  function renderSource(text, diags) {
    const pre = $("highlighted");
    pre.replaceChildren();
    const sp = spans(text, diags);
    const cuts = new Set([0, text.length]);
    for (const s of sp) { cuts.add(s.a); cuts.add(s.b); }
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const piece = text.slice(a, b);
      const covering = sp.filter((s) => s.a <= a && s.b >= b && s.b > s.a).sort((x, y) => (x.b - x.a) - (y.b - y.a));
      if (!covering.length) { pre.append(piece); continue; }
      const worst = covering.some((s) => diags[s.i].severity === "error") ? "error" : "warning";
      const mark = el("mark", { class: "finding sev-" + worst, title: covering.map((s) => diags[s.i].code + " " + diags[s.i].message).join("\n"),
        "data-index": String(covering[0].i), "data-codes": covering.map((s) => diags[s.i].code).join(" ") }, piece);
      mark.addEventListener("click", () => select(covering[0].i));
      pre.append(mark);
    }
  }

  function renderList(diags) {
    const box = $("findings");
    box.replaceChildren();
    for (const sev of ["error", "warning"]) {
      const items = diags.map((d, i) => [d, i]).filter(([d]) => d.severity === sev);
      if (!items.length) continue;
      const group = el("div", { class: "group group-" + sev, "data-severity": sev });
      group.append(el("h4", {}, (sev === "error" ? "Errors" : "Warnings") + " ", el("span", { class: "n" }, "(" + items.length + ")")));
      const ul = el("ul");
      for (const [d, i] of items) {
        const btn = el("button", { type: "button", class: "item", "data-index": String(i), "data-code": d.code },
          el("span", { class: "code" }, d.code), " ", el("span", { class: "slug" }, d.rule), " ",
          el("span", { class: "pos" }, d.line + ":" + d.column), " ",
          el("span", { class: "msg" }, d.message), d.fix ? el("span", { class: "badge fixable" }, "safe fix") : null);
        btn.addEventListener("click", () => select(i));
        ul.append(el("li", {}, btn));
      }
      group.append(ul);
      box.append(group);
    }
  }

  function select(i) {
    const d = state.diags[i];
    if (!d) return;
    document.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
    document.querySelectorAll('[data-index="' + i + '"]').forEach((n) => n.classList.add("selected"));
    const mark = document.querySelector('mark[data-index="' + i + '"]');
    if (mark) mark.scrollIntoView({ block: "nearest" });
    showDetail(d);
  }

  function showDetail(d) {
    const r = state.rules[d.code] || {};
    const box = $("detail");
    box.replaceChildren();
    box.append(el("button", { type: "button", class: "close", title: "Close", onclick: () => { box.hidden = true; } }, "\u00d7"));
    box.append(el("h3", {}, el("span", { class: "code" }, d.code), " ", el("span", { class: "slug" }, d.rule), " ",
      el("span", { class: "sev sev-" + d.severity }, d.severity)));
    box.append(el("p", { class: "where" }, "Line " + d.line + ", column " + d.column + ": " + d.message));
    if (r.summary) box.append(el("p", { class: "summary" }, r.summary));
    if (r.guideline) {
      const src = r.source_url ? el("a", { href: r.source_url, rel: "noreferrer", target: "_blank" }, r.source) : r.source;
      box.append(el("h4", {}, "The guideline"), el("blockquote", { class: "guideline" }, r.guideline, el("footer", {}, "\u2014 ", src)));
    }
    if (r.flags) box.append(el("h4", {}, "What msglint flags"), el("p", {}, r.flags));
    if (r.ignores) box.append(el("h4", {}, "What it does not flag"), el("p", {}, r.ignores));
    const ex = el("div", { class: "examples" });
    if (r.bad) ex.append(el("div", {}, el("h4", {}, "Bad"), el("pre", { class: "example bad" }, r.bad)));
    if (r.good) ex.append(el("div", {}, el("h4", {}, "Good"), el("pre", { class: "example good" }, r.good)));
    box.append(ex);
    if (d.fix) box.append(el("p", { class: "fixnote" }, "Safe fix: " + d.fix.message + " (\u201cApply safe fixes\u201d does it)."));
    box.append(el("p", {}, el("a", { href: "/rules/" + encodeURIComponent(d.code) + "/", target: "_blank" }, "Rule page for " + d.code)));
    box.hidden = false;
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: "nearest" });
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function renderPreview(text) {
    const frame = $("preview");
    let body = text.replace(/^\ufeff?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, "");
    let html;
    if (isMail(text)) {
      html = "<p><em>No preview for a whole mail: paste its HTML part to see it.</em></p>";
    } else if (isHtml(body)) {
      html = body;
    } else {
      html = '<pre style="white-space:pre-wrap;font:inherit">' + escapeHtml(body) + "</pre>";
    }
    // The frame is sandboxed (no scripts, no same origin) and this policy loads nothing remote.
    frame.srcdoc = '<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="' +
      PREVIEW_CSP + '"><base target="_blank">' + html;
  }

  // ---- actions ----
  async function check() {
    const text = $("source").value;
    if (!text.trim()) { status("Paste a template first.", true); return; }
    const seq = ++state.seq;
    status("Checking\u2026");
    try {
      const diags = await api("/api/v1/lint", request(text));
      if (seq !== state.seq) return; // a newer check is under way
      render(text, diags);
      status("Checked.");
    } catch (e) {
      if (seq === state.seq) status(e.message, true);
    }
  }

  async function applyFixes() {
    const text = $("source").value;
    status("Fixing\u2026");
    try {
      const out = await api("/api/v1/fix", request(text));
      $("source").value = out.source;
      render(out.source, out.diagnostics);
      status("Fixed " + plural(out.fixed, "problem") + "; " + plural(out.diagnostics.length, "problem") + " left.");
    } catch (e) {
      status(e.message, true);
    }
  }

  function download() {
    const text = $("source").value;
    const name = state.fileName || "message" + (EXT[$("dialect").value] || (isHtml(text) ? ".html" : ".txt"));
    const blob = new Blob([text], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
    status("Downloaded " + name + ".");
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, 500);
  }

  function fill(select, values, labels) {
    for (const v of values) select.append(el("option", { value: v }, labels ? labels(v) : v));
  }

  async function init() {
    const saved = sessionStorage.getItem("msglint-token");
    if (saved) { $("token").value = saved; $("token-label").hidden = false; }
    $("token").addEventListener("change", () => { sessionStorage.setItem("msglint-token", $("token").value); boot(); });
    $("check").addEventListener("click", check);
    $("fix").addEventListener("click", applyFixes);
    $("download").addEventListener("click", download);
    $("source").addEventListener("input", scheduleCheck);
    for (const id of ["dialect", "marketplace", "language", "reason"]) $(id).addEventListener("change", () => { if ($("source").value.trim()) check(); });
    $("file").addEventListener("change", async () => {
      const f = $("file").files[0];
      if (!f) return;
      state.fileName = f.name;
      $("dialect").value = "auto";
      $("source").value = await f.text();
      check();
    });
    await boot();
  }

  async function boot() {
    try {
      const [meta, rules] = await Promise.all([api("/api/v1/meta"), api("/api/v1/rules")]);
      for (const r of rules) state.rules[r.code] = r;
      if (!$("dialect").options.length) {
        const names = { auto: "recognise it", html: "HTML", text: "plain text", jinja: "Jinja", liquid: "Liquid",
          handlebars: "Handlebars", mustache: "Mustache", twig: "Twig", prestashop: "PrestaShop", eml: "e-mail (.eml)" };
        fill($("dialect"), meta.dialects, (v) => names[v] || v);
        fill($("marketplace"), Object.keys(meta.marketplaces), (m) => m + " (" + meta.marketplaces[m].join(", ") + ")");
        fill($("language"), meta.languages);
        fill($("reason"), meta.reasons);
      }
      document.body.dataset.ready = "1";
      status("Ready.");
    } catch (e) {
      status(e.message, true);
    }
  }

  init();
})();
