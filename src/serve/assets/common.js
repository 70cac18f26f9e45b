// Helpers every page shares: language, DOM building (text only: participant input never
// becomes HTML), the API, byte offsets, highlighting, score bands.
"use strict";
const L = {
  lang: (() => { try { return localStorage.getItem("luwes.lang") === "en" ? "en" : "id"; } catch (e) { return "id"; } })(),
  t(key) { const w = LUWES_WORDS[this.lang]; return key in w ? w[key] : LUWES_WORDS.id[key]; },
  apply(root) {
    document.documentElement.lang = this.lang;
    (root || document).querySelectorAll("[data-i18n]").forEach((e) => { e.textContent = this.t(e.dataset.i18n); });
    (root || document).querySelectorAll("[data-i18n-ph]").forEach((e) => { e.placeholder = this.t(e.dataset.i18nPh); });
    (root || document).querySelectorAll("[data-i18n-label]").forEach((e) => { e.setAttribute("aria-label", this.t(e.dataset.i18nLabel)); });
  },
  toggle() {
    this.lang = this.lang === "id" ? "en" : "id";
    try { localStorage.setItem("luwes.lang", this.lang); } catch (e) { /* private mode: this page only */ }
    this.apply();
  },
};

/** el("p", {class: "x"}, "text", child): builds an element; strings become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers["X-Luwes-Token"] = token;
  const res = await fetch(path, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

/** Maps the API's UTF-8 byte offsets to JavaScript string indexes for `text`. */
function byteIndex(text) {
  const map = new Map();
  let b = 0, i = 0;
  for (const ch of text) {
    map.set(b, i);
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(b, i);
  return (off) => {
    while (off > 0 && !map.has(off)) off--; // a span inside a character: widen to its start
    return map.get(off) || 0;
  };
}

function band(score) {
  const w = L.t("bands");
  return score >= 70 ? ["good", w[2]] : score >= 40 ? ["fair", w[1]] : ["poor", w[0]];
}

/** Phrase findings, outermost first, as flat [start, end, diagnostics] pieces of `text`. */
function pieces(text, diags) {
  const at = byteIndex(text);
  const spans = diags.map((d, k) => ({ s: at(d.span.start), e: at(d.span.end), d, k }))
    .filter((x) => x.e > x.s && x.e - x.s < 400); // sentence- or document-wide findings are listed, not painted
  const cuts = new Set([0, text.length]);
  spans.forEach((x) => { cuts.add(x.s); cuts.add(x.e); });
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [s, e] = [sorted[i], sorted[i + 1]];
    out.push([s, e, spans.filter((x) => x.s <= s && x.e >= e)]);
  }
  return out;
}

/** Fills `box` with `text`, each finding a <mark> (text nodes only). `onMark(k)` on click. */
function highlight(box, text, diags, onMark) {
  box.replaceChildren();
  for (const [s, e, on] of pieces(text, diags)) {
    const part = text.slice(s, e);
    if (!on.length) { box.append(part); continue; }
    const top = on[on.length - 1];
    const m = el("mark", { class: "hl sev-" + top.d.severity, "data-k": top.k, title: top.d.message }, part);
    if (onMark) {
      m.tabIndex = 0;
      m.addEventListener("click", () => onMark(top.k));
      m.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); onMark(top.k); } });
    }
    box.append(m);
  }
  box.append("\n"); // keeps a trailing newline's line visible behind a textarea
}

/** A semicircle gauge for a 0–100 score. */
function gauge(score) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 120 70");
  svg.setAttribute("class", "gauge");
  svg.setAttribute("aria-hidden", "true");
  const arc = (cls, frac) => {
    const p = document.createElementNS(ns, "path");
    p.setAttribute("d", "M10 60 A50 50 0 0 1 110 60");
    p.setAttribute("class", cls);
    p.setAttribute("pathLength", "100");
    p.setAttribute("stroke-dasharray", `${frac} 100`);
    svg.append(p);
  };
  arc("track", 100);
  if (score > 0) arc("value " + band(score)[0], Math.min(100, score)); // a zero-length dash would still draw its round caps
  const t = document.createElementNS(ns, "text");
  t.setAttribute("x", "60"); t.setAttribute("y", "58"); t.setAttribute("text-anchor", "middle");
  t.textContent = String(score);
  svg.append(t);
  return svg;
}

/** The score's breakdown as list items: points lost per category, points earned per signal. */
function breakdown(score) {
  const cat = L.t("cat"), credit = L.t("credit"), items = [];
  // 12,5 in Indonesian, 12.5 in English, as `luwes report` writes points.
  const pts = (v) => (L.lang === "id" ? String(v).replace(".", ",") : String(v));
  for (const [c, v] of Object.entries(score.by_category || {})) items.push(el("li", { class: "lost" }, `−${pts(v)} ${cat[c] || c}`));
  for (const [c, v] of Object.entries(score.credits || {})) items.push(el("li", { class: "earned" }, `+${pts(v)} ${credit[c] || c}`));
  return items;
}

/** A suggestion's text the way people read it: the replacement, or "(hapus)" for a deletion. */
function suggestionText(s) { return s.text === "" ? (L.lang === "en" ? "(remove)" : "(hapus)") : s.text; }
