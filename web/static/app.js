// Progressive enhancement only: every page works without this file.
// On the offer list, a changed filter applies itself.
document.addEventListener("change", (e) => {
  const form = e.target.closest("form.filters");
  if (form && e.target.matches("input[type=checkbox]")) {
    form.requestSubmit();
  }
});

// Search boxes suggest completions as you type, through a datalist.
document.querySelectorAll('input[type=search][name=q]').forEach((input, i) => {
  const list = document.createElement("datalist");
  list.id = "q-suggest-" + i;
  input.after(list);
  input.setAttribute("list", list.id);
  let timer, last = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      try {
        const res = await fetch("/api/v1/suggest?q=" + encodeURIComponent(q));
        if (!res.ok) return;
        const { suggestions } = await res.json();
        list.replaceChildren(...suggestions.map((s) => Object.assign(document.createElement("option"), { value: s })));
      } catch (_) { /* offline: no suggestions */ }
    }, 150);
  });
});

// The result page's print button needs script, so it shows only with it.
document.querySelectorAll("button.rc-print").forEach((b) => {
  b.hidden = false;
  b.addEventListener("click", () => window.print());
});
