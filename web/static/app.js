// Progressive enhancement only: every page works without this file.
// On the offer list, a changed filter applies itself.
document.addEventListener("change", (e) => {
  const form = e.target.closest("form.filters");
  if (form && e.target.matches("input[type=checkbox]")) {
    form.requestSubmit();
  }
});
