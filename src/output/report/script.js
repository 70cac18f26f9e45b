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
