// The positions page: an as-of slider over the store's dated days. It writes the date field and submits
// the form when let go; without script the date field and the earlier/later links do the same.
(function () {
  "use strict";
  var slider = document.getElementById("as-of-slider");
  var field = document.getElementById("as-of");
  var form = document.getElementById("positions-form");
  if (!slider || !field || !form) { return; }
  var first = new Date(slider.dataset.first + "T00:00:00Z");

  function day(offset) {
    var d = new Date(first.getTime() + offset * 86400000);
    return d.toISOString().slice(0, 10);
  }

  slider.closest("label").hidden = false;
  slider.addEventListener("input", function () { field.value = day(Number(slider.value)); });
  slider.addEventListener("change", function () {
    field.value = day(Number(slider.value));
    form.submit();
  });
}());
