// The drafting page: lint as you type (debounced), paint findings behind the text area,
// explain and apply rewrites, show the score and the "Versi luwes" with its diff, and in a
// workshop room send the draft to the trainer.
"use strict";
const $ = (id) => document.getElementById(id);
const LIMITS = { x: 280, instagram: 2200, facebook: 63206, whatsapp: 65536 };
const store = {
  get(k, d) { try { return localStorage.getItem("luwes." + k) ?? d; } catch (e) { return d; } },
  set(k, v) { try { localStorage.setItem("luwes." + k, v); } catch (e) { /* private mode */ } },
};
const state = { seq: 0, report: null, linted: null, fix: null, open: -1, diff: false, explained: {} };

function choice() {
  return { platform: $("platform").value, kind: document.querySelector("input[name=kind]:checked").value };
}

function status(msg) { $("status").textContent = msg || ""; }

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(check, 350);
  count();
  syncScroll();
}

function count() {
  const n = [...$("draft").value].length;
  const limit = LIMITS[$("platform").value];
  const c = $("count");
  c.textContent = limit ? `${n} / ${limit} ${L.t("chars")}${n > limit ? " · " + L.t("over_limit") : ""}` : `${n} ${L.t("chars")}`;
  c.classList.toggle("over", !!limit && n > limit);
}

async function check() {
  const text = $("draft").value;
  store.set("draft", text);
  const seq = ++state.seq;
  if (!text.trim()) { render(text, null, null); return; }
  status(L.t("checking"));
  try {
    const body = { text, ...choice() };
    const [lint, fix] = await Promise.all([api("/api/lint", body), api("/api/fix", body)]);
    if (seq !== state.seq) return; // a newer keystroke already asked again
    status("");
    render(text, lint.files[0], fix);
  } catch (e) {
    if (seq === state.seq) status(e.message && !/fetch/i.test(e.message) ? e.message : L.t("offline"));
  }
}

function render(text, report, fix) {
  state.linted = text; state.report = report; state.fix = fix;
  const diags = report ? report.diagnostics : [];
  highlight($("marks"), text, diags, null);
  $("n").textContent = diags.length;
  const list = $("findings");
  list.replaceChildren();
  if (!report) list.append(el("li", { class: "empty" }, L.t("empty")));
  else if (!diags.length) list.append(el("li", { class: "empty good" }, L.t("no_findings")));
  diags.forEach((d, k) => list.append(card(d, k)));
  if (state.open >= diags.length) state.open = -1;
  renderScore(report);
  renderFixed();
  syncScroll();
}

function card(d, k) {
  const sev = L.t("sev")[d.severity] || d.severity;
  const cat = L.t("cat")[d.category] || d.category;
  const fixes = d.suggestions.filter((s) => s.edits.length);
  const advice = d.suggestions.filter((s) => !s.edits.length);
  const body = el("div", { class: "card-body", id: "card-body-" + k, hidden: state.open !== k },
    fixes.length ? el("div", { class: "row" }, fixes.map((s) =>
      el("button", { type: "button", class: "apply", onclick: () => applySuggestion(s) },
        `${L.t("apply")}: “${suggestionText(s)}”`))) : null,
    advice.map((s) => el("p", { class: "advice" }, "→ " + s.text)),
    el("div", { class: "explain", id: "explain-" + k }));
  const head = el("button", { type: "button", class: "card-head", "aria-expanded": String(state.open === k),
    "aria-controls": "card-body-" + k, onclick: () => toggle(k) },
  el("span", { class: "pill sev-" + d.severity }, sev),
  el("span", { class: "cat" }, cat),
  el("span", { class: "msg" }, d.message),
  el("span", { class: "where" }, `${d.start.line}:${d.start.column}`));
  const li = el("li", { class: "card sev-" + d.severity, id: "card-" + k }, head, body);
  if (state.open === k) explain(d.rule, k);
  return li;
}

function toggle(k, scroll) {
  state.open = state.open === k ? -1 : k;
  document.querySelectorAll(".card").forEach((c, i) => {
    const on = i === state.open;
    c.querySelector(".card-head").setAttribute("aria-expanded", String(on));
    c.querySelector(".card-body").hidden = !on;
    c.classList.toggle("open", on);
  });
  if (state.open >= 0) {
    explain(state.report.diagnostics[k].rule, k);
    if (scroll) $("card-" + k).scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

async function explain(rule, k) {
  const box = $("explain-" + k);
  if (!box || box.dataset.done) return;
  try {
    const r = state.explained[rule] || (state.explained[rule] = await api("/api/explain/" + rule.split("/").map(encodeURIComponent).join("/")));
    box.dataset.done = "1";
    const ex = r.examples.find((e) => e.before && e.after) || r.examples.find((e) => e.before);
    box.replaceChildren(
      el("p", { class: "why" }, el("strong", {}, L.t("why") + " "), r.description.split("\n\n")[0]),
      ex ? el("dl", { class: "beforeafter" }, el("dt", {}, L.t("before")), el("dd", { class: "before" }, ex.before),
        ex.after ? [el("dt", {}, L.t("after")), el("dd", { class: "after" }, ex.after)] : null) : null,
      r.source ? el("p", { class: "note" }, `${L.t("source")}: ${r.source}`) : null,
      el("p", { class: "note rule-id" }, r.id));
  } catch (e) { /* the card still shows the message and the rewrite */ }
}

/** Applies one suggestion's byte-offset edits to the text they were computed on. */
function applySuggestion(s) {
  const text = state.linted;
  if (text === null || text !== $("draft").value) { check(); return; }
  const at = byteIndex(text);
  let out = text;
  [...s.edits].sort((a, b) => b.start - a.start).forEach((e) => {
    out = out.slice(0, at(e.start)) + e.text + out.slice(at(e.end));
  });
  setText(out);
}

function setText(text) {
  const area = $("draft");
  area.value = text;
  area.focus();
  state.open = -1;
  clearTimeout(timer);
  count();
  check();
}

function renderScore(report) {
  const box = $("gauge");
  box.replaceChildren();
  $("breakdown").replaceChildren();
  if (!report) { $("verdict").textContent = ""; return; }
  const v = report.score.value;
  box.append(gauge(v));
  const [cls, word] = band(v);
  $("verdict").className = "verdict " + cls;
  $("verdict").textContent = `${v} · ${word}`;
  $("breakdown").append(...breakdown(report.score));
}

function renderFixed() {
  const box = $("fixed");
  box.replaceChildren();
  const fix = state.fix;
  if (!fix) return;
  if (!fix.changed) { box.append(el("p", { class: "note" }, L.t("unchanged"))); }
  if (state.diff) {
    fix.diff.forEach((p) => box.append(p.op === "equal" ? p.text : el(p.op === "insert" ? "ins" : "del", {}, p.text)));
  } else if (fix.changed) {
    box.append(fix.text);
  }
  $("diff").textContent = L.t(state.diff ? "hide_diff" : "show_diff");
  $("diff").setAttribute("aria-pressed", String(state.diff));
}

async function copyFixed() {
  const text = state.fix ? state.fix.text : $("draft").value;
  let ok = false;
  try { await navigator.clipboard.writeText(text); ok = true; } catch (e) {
    // Plain http on a LAN address is not a "secure context": fall back to a selection copy.
    const t = el("textarea", { class: "offscreen", readonly: true });
    t.value = text; document.body.append(t); t.select();
    try { ok = document.execCommand("copy"); } catch (e2) { ok = false; }
    t.remove();
  }
  $("copy-status").textContent = L.t(ok ? "copied" : "copy_failed");
  document.body.dataset.copied = ok ? text : "";
}

/** Opens the finding under the caret: a click on a highlight opens its card. */
function caretFinding() {
  if (!state.report || state.linted !== $("draft").value) return;
  const pos = $("draft").selectionStart;
  const at = byteIndex(state.linted);
  const k = state.report.diagnostics.findIndex((d) => at(d.span.start) <= pos && pos <= at(d.span.end) && d.span.end - d.span.start < 1200);
  if (k >= 0 && k !== state.open) toggle(k, true);
}

function syncScroll() {
  const b = document.querySelector(".backdrop");
  b.scrollTop = $("draft").scrollTop;
}

function addGreeting() {
  const g = $("greeting").value.trim() || $("greeting").placeholder;
  const t = $("draft").value;
  if (!t.startsWith(g)) setText(g + (t ? "\n\n" + t : "\n"));
}

function addChannel() {
  const c = $("channel").value.trim() || $("channel").placeholder;
  const t = $("draft").value.replace(/\s+$/, "");
  if (!t.includes(c)) setText(`${t}${t ? "\n\n" : ""}${L.t("channel_intro")} ${c}`);
}

async function send() {
  const name = $("name").value.trim();
  const text = $("draft").value;
  const say = (m) => { $("room-status").textContent = m; };
  if (!name) { say(L.t("need_name")); $("name").focus(); return; }
  if (!text.trim()) { say(L.t("need_text")); return; }
  store.set("name", name);
  try {
    const r = await api("/api/workshop/drafts", { participant: participantId(), name, text, ...choice() });
    say(L.lang === "en" ? LUWES_WORDS.en.sent(r.version, r.score) : LUWES_WORDS.id.sent(r.version, r.score));
  } catch (e) { say(e.message); }
}

function participantId() {
  let id = store.get("participant", "");
  if (!id) {
    const a = new Uint8Array(8);
    crypto.getRandomValues(a);
    id = [...a].map((b) => b.toString(16).padStart(2, "0")).join("");
    store.set("participant", id);
  }
  return id;
}

async function init() {
  L.apply();
  $("lang").addEventListener("click", () => { L.toggle(); count(); render(state.linted ?? "", state.report, state.fix); });
  const area = $("draft");
  area.addEventListener("input", schedule);
  area.addEventListener("scroll", syncScroll);
  area.addEventListener("click", caretFinding);
  area.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow")) caretFinding(); });
  $("platform").addEventListener("change", () => { store.set("platform", $("platform").value); schedule(); });
  document.querySelectorAll("input[name=kind]").forEach((r) => r.addEventListener("change", () => { store.set("kind", r.value); schedule(); }));
  $("copy").addEventListener("click", copyFixed);
  $("diff").addEventListener("click", () => { state.diff = !state.diff; renderFixed(); });
  $("use").addEventListener("click", () => { if (state.fix && state.fix.changed) setText(state.fix.text); });
  $("add-greeting").addEventListener("click", addGreeting);
  $("add-channel").addEventListener("click", addChannel);
  for (const k of ["greeting", "channel"]) $(k).addEventListener("change", () => store.set(k, $(k).value));
  $("send").addEventListener("click", send);
  $("platform").value = store.get("platform", "generic");
  const kind = store.get("kind", "post");
  document.querySelectorAll("input[name=kind]").forEach((r) => { r.checked = r.value === kind; });
  area.value = store.get("draft", "");
  $("name").value = store.get("name", "");
  try {
    const cfg = await api("/api/config");
    $("greeting").value = store.get("greeting", cfg.profile.greeting || "");
    $("channel").value = store.get("channel", cfg.profile.channel || "");
    if (cfg.workshop) { $("room").hidden = false; $("room-title").textContent = cfg.workshop; }
  } catch (e) { status(L.t("offline")); }
  count();
  if (area.value) check(); else render("", null, null);
}

init();
