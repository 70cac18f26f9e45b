// luwes workshop report: optional extras. Everything shows without this script; it only
// keeps tooltips inside the window and lets Escape close one opened by a tap or Tab.
(() => {
  const place = (e) => {
    const mark = e.target.closest && e.target.closest("mark.hl");
    if (!mark) return;
    const tip = mark.querySelector(".tip");
    tip.classList.remove("flip");
    if (tip.getBoundingClientRect().right > document.documentElement.clientWidth - 8) {
      tip.classList.add("flip");
    }
  };
  document.addEventListener("mouseover", place);
  document.addEventListener("focusin", place);
  document.addEventListener("keydown", (e) => {
    const open = document.activeElement;
    if (e.key === "Escape" && open && open.matches("mark.hl")) open.blur();
  });
})();

// The filter box and the sort order over the drafts. The form is hidden in the page as
// written, since without this script it would do nothing; shown here.
(() => {
  const form = document.getElementById("tools");
  const box = document.getElementById("drafts");
  if (!form || !box) return;
  const drafts = [...box.querySelectorAll("section.draft")];
  const filter = document.getElementById("filter");
  const sort = document.getElementById("sort");
  const shown = document.getElementById("shown");
  const num = (d, k) => Number(d.dataset[k]);
  const orders = {
    order: (a, b) => num(a, "n") - num(b, "n"),
    "score-asc": (a, b) => num(a, "score") - num(b, "score") || num(a, "n") - num(b, "n"),
    "score-desc": (a, b) => num(b, "score") - num(a, "score") || num(a, "n") - num(b, "n"),
    findings: (a, b) => num(b, "findings") - num(a, "findings") || num(a, "n") - num(b, "n"),
    file: (a, b) => a.dataset.file.localeCompare(b.dataset.file) || num(a, "n") - num(b, "n"),
  };
  const haystack = (d) =>
    [d.dataset.rules, d.dataset.file, d.querySelector(".text")?.textContent || ""].join(" ").toLowerCase();
  const update = () => {
    const q = filter.value.trim().toLowerCase();
    const words = q.split(/\s+/).filter(Boolean);
    let n = 0;
    for (const d of [...drafts].sort(orders[sort.value] || orders.order)) {
      const hit = words.every((w) => haystack(d).includes(w));
      d.hidden = !hit;
      if (hit) n += 1;
      box.appendChild(d);
    }
    shown.textContent = shown.dataset.template.replace("{n}", n).replace("{total}", drafts.length);
  };
  form.addEventListener("submit", (e) => e.preventDefault());
  filter.addEventListener("input", update);
  sort.addEventListener("change", update);
  form.hidden = false;
})();
