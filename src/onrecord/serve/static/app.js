// The article reader: statement details in a panel that stays in view, a speaker filter in the legend,
// and #s-KEY links that land on a statement. An external file: the CSP allows no inline script.
(function () {
  "use strict";
  var data = document.getElementById("statements-data");
  if (!data) { return; }
  var statements = JSON.parse(data.textContent);
  var fields = ["content", "actor", "written", "act", "hedged", "kind", "cue", "when", "confidence", "resolution"];
  var panel = document.getElementById("details");
  var closer = document.getElementById("details-close");
  var text = document.getElementById("article-text");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.stmt"));
  var current = null;  // the mark the panel was opened from, to give focus back on close
  var closing = false;  // giving focus back must not open the panel again

  function pieces(index) {
    return document.querySelectorAll('mark.stmt[data-statement="' + index + '"]');
  }

  function show(index, from) {
    var s = statements[index];
    if (!s) { return; }
    document.querySelectorAll("mark.stmt.selected").forEach(function (m) { m.classList.remove("selected"); });
    pieces(index).forEach(function (m) { m.classList.add("selected"); });
    var values = {
      content: s.content || "—",
      actor: (s.actor || "unresolved") + " [" + s.speaker_number + "]",
      written: s.written || "—",
      act: s.act + (s.negated ? " (negated)" : ""),
      hedged: s.hedged ? "yes" : "no",
      kind: s.kind,
      cue: s.cue || "—",
      when: s.when || "—",
      confidence: s.confidence.toFixed(2),
      resolution: s.resolution
    };
    // textContent, never innerHTML: these strings come from the article.
    fields.forEach(function (f) { document.getElementById("d-" + f).textContent = values[f]; });
    document.getElementById("d-link").setAttribute("href", "#" + s.anchor);
    // A run-on quotation ("A," she said. "B.") links to the statement it continues.
    var continues = document.getElementById("d-continues");
    continues.hidden = !s.continues;
    document.getElementById("d-continues-none").hidden = !!s.continues;
    if (s.continues) { continues.setAttribute("href", "#" + s.continues); }
    document.getElementById("details-empty").hidden = true;
    document.getElementById("details-list").hidden = false;
    closer.hidden = false;
    panel.classList.add("open");
    current = from || pieces(index)[0] || null;
  }

  function close() {
    document.querySelectorAll("mark.stmt.selected").forEach(function (m) { m.classList.remove("selected"); });
    document.getElementById("details-empty").hidden = false;
    document.getElementById("details-list").hidden = true;
    closer.hidden = true;
    panel.classList.remove("open");
    if (current && document.activeElement !== current) {
      closing = true;
      current.focus({ preventScroll: true });
      closing = false;
    }
  }

  // Clicking (not focusing) records the statement in the address bar, so the link can be copied.
  function remember(index) {
    var s = statements[index];
    if (s && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "#" + s.anchor);
    }
  }

  marks.forEach(function (mark) {
    var index = Number(mark.getAttribute("data-statement"));
    mark.addEventListener("click", function (event) { event.stopPropagation(); show(index, mark); remember(index); });
    mark.addEventListener("focus", function () { if (!closing) { show(index, mark); } });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(index, mark); remember(index); }
    });
  });
  closer.addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel.classList.contains("open")) { close(); }
  });

  // #s-KEY: scroll the statement to the middle of the view (not the top edge) and show its details.
  function follow() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.matches("span.stmt-anchor")) {
      // A statement with exactly the span of another has no highlight of its own, only this empty anchor
      // where it starts: bring that place into view (not the top of a long article) and show its details.
      target.scrollIntoView({ block: "center" });
      show(Number(target.getAttribute("data-statement")), null);
      var next = target.nextElementSibling;  // the highlight of the same words, outlined as the statement's
      if (next && next.matches("mark.stmt")) {
        pieces(next.getAttribute("data-statement")).forEach(function (m) { m.classList.add("selected"); });
      }
      return;
    }
    var parts = document.querySelector("nav.parts[data-here]");
    if (!target && id && parts && !/[?&]find=/.test(window.location.search)) {
      // A long article is shown a part at a time, and links keep the plain #s-KEY / #ev-N form (the CSV's
      // link column, search results): ask the server for the part that holds the anchor.
      window.location.replace(parts.getAttribute("data-here") + "?find=" + encodeURIComponent(id) + window.location.hash);
      return;
    }
    if (!target || !target.matches("mark.stmt")) {
      // An anchor that is not on the page (a page rendered before anchors for such statements): the details.
      for (var i = 0; i < statements.length; i += 1) {
        if (statements[i].anchor === id) { show(i, null); return; }
      }
      return;
    }
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });  // focus shows the details, and Tab goes on from here
  }
  window.addEventListener("hashchange", follow);
  follow();

  // The legend filter: one speaker's statements stay highlighted, the rest lose their colour and leave
  // the tab order, so Tab walks that speaker's statements only.
  var all = document.getElementById("legend-all");
  var status = document.getElementById("filter-status");
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".legend button[data-speaker]"));

  function filter(number) {
    var shown = {};
    marks.forEach(function (m) {
      var on = number === null || m.getAttribute("data-speaker") === number;
      m.classList.toggle("chosen", number !== null && on);
      m.setAttribute("tabindex", on ? "0" : "-1");
      if (on) { shown[m.getAttribute("data-statement")] = true; }
    });
    text.classList.toggle("filtered", number !== null);
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-speaker") === number)); });
    all.setAttribute("aria-pressed", String(number === null));
    var count = Object.keys(shown).length;
    status.textContent = number === null ? "Showing every speaker." :
      "Showing speaker " + number + " only: " + count + " statement" + (count === 1 ? "" : "s") + ".";
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      var number = b.getAttribute("data-speaker");
      filter(b.getAttribute("aria-pressed") === "true" ? null : number);  // a second click resets
    });
  });
  all.addEventListener("click", function () { filter(null); });
})();
