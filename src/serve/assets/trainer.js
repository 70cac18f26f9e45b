// The trainer's room: every draft live (polled every two seconds), the room's findings by
// category and mean score over time, a button to put a draft on the projector, exports.
"use strict";
const $ = (id) => document.getElementById(id);
// The trainer's token travels in an HttpOnly cookie the server set when the printed address
// was opened: this script never sees it.
const room = { drafts: [], since: 0, screen: null, title: "" };

async function poll() {
  try {
    const r = await api("/api/workshop/drafts?since=" + room.since);
    // Redraw only on news: a redraw every two seconds would steal the keyboard focus.
    const news = r.drafts.length > 0 || r.title !== room.title || r.screen !== room.screen;
    room.title = r.title;
    room.screen = r.screen;
    if (r.drafts.length) {
      room.drafts.push(...r.drafts);
      room.since = r.drafts[r.drafts.length - 1].id;
    }
    $("status").textContent = "";
    if (news) render();
  } catch (e) {
    $("status").textContent = e.message || L.t("offline");
  }
}

function shown() {
  if (!$("latest").checked) return room.drafts;
  const last = new Map();
  room.drafts.forEach((d) => last.set(d.participant, d));
  return [...last.values()];
}

function render() {
  $("title").textContent = room.title || L.t("trainer_title");
  document.title = "luwes · " + (room.title || L.t("trainer_title"));
  const people = new Set(room.drafts.map((d) => d.participant));
  $("n-drafts").textContent = room.drafts.length;
  $("n-people").textContent = people.size;
  const latest = [...new Map(room.drafts.map((d) => [d.participant, d])).values()];
  $("mean").textContent = latest.length ? Math.round(latest.reduce((a, d) => a + d.score, 0) / latest.length) : "–";
  categories(latest);
  trend();
  const list = $("drafts");
  const drafts = shown().slice().reverse();
  list.replaceChildren(...(drafts.length ? drafts.map(card) : [el("p", { class: "note" }, L.t("waiting"))]));
}

/** Findings by category over each participant's latest draft, as bars. */
function categories(latest) {
  const counts = {};
  latest.forEach((d) => (d.report && d.report.files[0] ? d.report.files[0].diagnostics : []).forEach((x) => {
    counts[x.category] = (counts[x.category] || 0) + 1;
  }));
  const max = Math.max(1, ...Object.values(counts));
  const cat = L.t("cat");
  $("cats").replaceChildren(...Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([c, n]) => {
    // Through the CSSOM: the page's policy refuses inline style attributes.
    const bar = el("i", {});
    bar.style.width = `${(100 * n) / max}%`;
    return el("div", { class: "bar" }, el("span", {}, cat[c] || c), el("span", { class: "track" }, bar), el("b", {}, n));
  }));
}

/** The mean of every participant's latest score, after each submission. */
function trend() {
  const ns = "http://www.w3.org/2000/svg";
  const last = new Map(), points = [];
  room.drafts.forEach((d) => {
    last.set(d.participant, d.score);
    const v = [...last.values()];
    points.push(v.reduce((a, b) => a + b, 0) / v.length);
  });
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 300 120");
  svg.setAttribute("class", "line-chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", L.t("over_time"));
  const x = (i) => 25 + (points.length < 2 ? 137 : (i * 270) / (points.length - 1));
  const y = (v) => 110 - v;
  for (const v of [0, 50, 100]) {
    const l = document.createElementNS(ns, "line");
    Object.entries({ x1: 25, x2: 295, y1: y(v), y2: y(v), class: "axis" }).forEach(([k, a]) => l.setAttribute(k, a));
    const t = document.createElementNS(ns, "text");
    Object.entries({ x: 2, y: y(v) + 4 }).forEach(([k, a]) => t.setAttribute(k, a));
    t.textContent = v;
    svg.append(l, t);
  }
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", points.map((v, i) => `${x(i)},${y(v)}`).join(" "));
  svg.append(line);
  points.forEach((v, i) => {
    const c = document.createElementNS(ns, "circle");
    Object.entries({ cx: x(i), cy: y(v), r: 3 }).forEach(([k, a]) => c.setAttribute(k, a));
    svg.append(c);
  });
  $("trend").replaceChildren(svg);
}

function card(d) {
  const file = d.report && d.report.files[0];
  const diags = file ? file.diagnostics : [];
  const [cls, word] = band(d.score);
  const text = el("div", { class: "text" });
  highlight(text, d.text, diags, null);
  const on = room.screen === d.id;
  return el("section", { class: "draft" + (on ? " on-screen" : ""), id: "draft-" + d.id, "data-id": d.id },
    el("div", { class: "draft-head" },
      el("span", { class: "who" }, d.name),
      el("span", { class: "note" }, `${L.t("version")} ${d.version} · ${d.created.slice(11, 16)} UTC`),
      el("span", { class: "score " + cls }, `${d.score} ${word}`)),
    text,
    diags.length ? el("ol", { class: "mini" }, diags.map((x) => {
      const fix = x.suggestions.find((s) => s.edits.length);
      return el("li", {}, x.message, fix ? el("span", { class: "after" }, ` → ${suggestionText(fix)}`) : null);
    })) : el("p", { class: "empty good" }, L.t("no_findings")),
    el("div", { class: "row" }, el("button", { type: "button", class: on ? "primary" : "ghost", "aria-pressed": String(on),
      onclick: () => project(on ? null : d.id) }, L.t(on ? "on_screen" : "to_screen"))));
}

async function project(id) {
  try { await api("/api/workshop/screen", { draft: id }); room.screen = id; render(); } catch (e) { $("status").textContent = e.message; }
}

function init() {
  L.apply();
  $("csv").href = "/trainer/export.csv";
  $("html").href = "/trainer/export.html" + (L.lang === "en" ? "?lang=en" : "");
  $("lang").addEventListener("click", () => { L.toggle(); render(); });
  $("latest").addEventListener("change", render);
  $("clear").addEventListener("click", () => project(null));
  poll();
  setInterval(poll, 2000);
}

init();
