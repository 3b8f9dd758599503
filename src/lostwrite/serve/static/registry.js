// lostwrite registry: progressive enhancement only. Every page works without this script;
// it reveals a "Copy" button next to each block marked with data-copy.
"use strict";

document.querySelectorAll("button[data-copy]").forEach((button) => {
  const target = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  if (!target) {
    return;
  }
  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(target.textContent);
      say("Copied to the clipboard");
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say("Selected: press Ctrl+C to copy");
    }
  });
});
