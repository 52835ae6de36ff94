// newsfacts page behaviour, plain JavaScript: highlight a span of the text (an event's evidence, a
// quote, a headline's evidence) from the character offsets on the clicked element.
(function () {
  "use strict";
  var segs = null, starts = null;

  function index() {  // the text's segments, in order, with their start offsets
    if (segs) return;
    segs = Array.prototype.slice.call(document.querySelectorAll("#article-text span[data-s]"));
    starts = segs.map(function (s) { return +s.dataset.s; });
  }

  function first(at) {  // first segment whose end is after `at` (binary search on starts)
    var lo = 0, hi = starts.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (starts[mid] <= at) lo = mid + 1; else hi = mid; }
    return Math.max(0, lo - 1);
  }

  function mark(start, end, cls) {  // add cls to every segment inside [start, end); returns them
    var out = [];
    for (var i = first(start); i < segs.length && starts[i] < end; i++) {
      var segEnd = i + 1 < starts.length ? starts[i + 1] : Infinity;  // a segment ends where the next starts
      if (segEnd > start) { segs[i].classList.add(cls); out.push(segs[i]); }
    }
    return out;
  }

  function clear() {
    document.querySelectorAll("#article-text .hl, #article-text .hl-also, #article-text .hl-trigger").forEach(function (s) {
      s.classList.remove("hl", "hl-also", "hl-trigger");
    });
    document.querySelectorAll(".span-link.active").forEach(function (e) { e.classList.remove("active"); });
  }

  function show(el) {
    index();
    if (!segs.length) return;
    clear();
    el.classList.add("active");
    var hit = mark(+el.dataset.start, +el.dataset.end, "hl");
    if (el.dataset.ts) mark(+el.dataset.ts, +el.dataset.te, "hl-trigger");
    (el.dataset.also || "").split(" ").filter(Boolean).forEach(function (pair) {
      var p = pair.split("-"); mark(+p[0], +p[1], "hl-also");
    });
    if (hit.length) hit[0].scrollIntoView({ block: "center", behavior: "auto" });
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target.closest(".span-link[data-start]");
    if (el && el.dataset.start !== "") show(el);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    var el = ev.target.closest && ev.target.closest(".span-link[data-start]");
    if (el) { ev.preventDefault(); show(el); }
  });
  document.addEventListener("submit", function (ev) {  // say that it is working; analysis takes seconds
    var form = ev.target;
    if (form.id !== "analyze-form") return;
    var busy = form.querySelector(".busy"), button = form.querySelector("button[type=submit]");
    if (busy) busy.hidden = false;
    if (button) button.disabled = true;
  });
})();
