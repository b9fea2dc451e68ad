// Clicking, focusing or pressing Enter on a highlighted statement shows its details.
(function () {
  "use strict";
  var data = document.getElementById("statements-data");
  if (!data) { return; }
  var statements = JSON.parse(data.textContent);
  var fields = ["actor", "written", "act", "hedged", "kind", "cue", "confidence", "resolution"];

  function show(index) {
    var s = statements[index];
    if (!s) { return; }
    document.querySelectorAll("mark.stmt.selected").forEach(function (m) { m.classList.remove("selected"); });
    document.querySelectorAll('mark.stmt[data-statement="' + index + '"]').forEach(function (m) {
      m.classList.add("selected");
    });
    var values = {
      actor: (s.actor || "unresolved") + " [" + s.speaker_number + "]",
      written: s.written || "—",
      act: s.act + (s.negated ? " (negated)" : ""),
      hedged: s.hedged ? "yes" : "no",
      kind: s.kind,
      cue: s.cue || "—",
      confidence: s.confidence.toFixed(2),
      resolution: s.resolution
    };
    fields.forEach(function (f) { document.getElementById("d-" + f).textContent = values[f]; });
    document.getElementById("details-empty").hidden = true;
    document.getElementById("details-list").hidden = false;
  }

  document.querySelectorAll("mark.stmt").forEach(function (mark) {
    var index = Number(mark.getAttribute("data-statement"));
    mark.addEventListener("click", function (event) { event.stopPropagation(); show(index); });
    mark.addEventListener("focus", function () { show(index); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(index); }
    });
  });
})();
