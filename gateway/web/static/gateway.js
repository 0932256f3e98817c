// The pages' only script (served from /static under script-src 'self'): copy buttons on the employee page, and
// in the playground a finding's mark and its table row light up together.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy")) {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      if (!source) return;
      try {
        await navigator.clipboard.writeText(source.textContent);
        button.textContent = "Copied";
      } catch (err) {
        const range = document.createRange();
        range.selectNodeContents(source);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        button.textContent = "Selected: press Ctrl+C";
      }
      setTimeout(() => { button.textContent = "Copy"; }, 2000);
    });
  }
  const linked = document.querySelectorAll("[data-finding]");
  for (const el of linked) {
    const same = () => document.querySelectorAll(`[data-finding="${el.dataset.finding}"]`);
    el.addEventListener("mouseenter", () => same().forEach((x) => x.classList.add("lit")));
    el.addEventListener("mouseleave", () => same().forEach((x) => x.classList.remove("lit")));
  }
  document.body.classList.add("js");
});
