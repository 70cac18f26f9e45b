// The projector: the one draft the trainer picked, large, with its findings and rewrites.
"use strict";
let last = "";

async function poll() {
  let r;
  try { r = await api("/api/workshop/screen"); } catch (e) { return; }
  const key = JSON.stringify([r.draft && r.draft.id, L.lang]);
  document.getElementById("title").textContent = r.title || "luwes";
  if (key === last) return;
  last = key;
  const main = document.getElementById("main");
  if (!r.draft) { main.replaceChildren(el("p", { class: "note" }, L.t("screen_waiting"))); return; }
  const d = r.draft, file = d.report && d.report.files[0], diags = file ? file.diagnostics : [];
  const [cls, word] = band(d.score);
  const text = el("div", { class: "text" });
  highlight(text, d.text, diags, null);
  main.replaceChildren(
    el("div", { class: "draft-head" }, el("span", { class: "who" }, d.name), el("span", { class: "score " + cls }, `${d.score} · ${word}`)),
    text,
    diags.length ? el("ol", { class: "mini" }, diags.map((x) => {
      const fix = x.suggestions.find((s) => s.edits.length);
      return el("li", {}, el("span", { class: "before" }, x.match), fix ? el("span", { class: "after" }, ` → ${suggestionText(fix)}`) : null,
        el("div", { class: "note" }, x.message));
    })) : el("p", { class: "empty good" }, L.t("no_findings")));
}

L.apply();
document.getElementById("lang").addEventListener("click", () => { L.toggle(); last = ""; poll(); });
poll();
setInterval(poll, 2000);
