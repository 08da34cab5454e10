// Progressive enhancement only: every page works without this file.
"use strict";
(function () {
  // Document page: a marked span shows its fact beside it, as well as linking to it.
  var pop = null;
  function close() { if (pop) { pop.remove(); pop = null; } }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.hl") : null;
    if (!link) { if (pop && !pop.contains(event.target)) close(); return; }
    var fact = document.getElementById(link.getAttribute("href").slice(1));
    if (!fact) return;
    event.preventDefault();
    close();
    pop = document.createElement("div");
    pop.id = "fact-pop";
    pop.setAttribute("role", "dialog");
    pop.appendChild(fact.cloneNode(true)).removeAttribute("id");
    document.body.appendChild(pop);
    var box = link.getBoundingClientRect();
    pop.style.left = Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 4)) + "px";
    pop.style.top = (window.scrollY + box.bottom + 4) + "px";
    history.replaceState(null, "", link.getAttribute("href"));
    document.querySelectorAll("li.fact.shown").forEach(function (f) { f.classList.remove("shown"); });
    fact.classList.add("shown");
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
  // Timeline: a changed select applies the filter at once.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { filters.submit(); });
    });
  }
})();
