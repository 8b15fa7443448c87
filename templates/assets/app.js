// Filters that work without a server: the timeline by actor, the quote index by speaker and
// date range, and the quote index's three views. Plain DOM, no dependency.
(function () {
  "use strict";
  // A partial ISO date ("2022", "2022-02") covers a range; compare its first and last day.
  function first(d) { return (d + "-01-01").slice(0, 10); }
  function last(d) { return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d; }

  var timeline = document.querySelector('form[data-filter="timeline"]');
  if (timeline) {
    var applyTimeline = function () {
      var actor = timeline.elements.actor.value, curated = timeline.elements.curated.checked;
      document.querySelectorAll("li.event").forEach(function (li) {
        var ok = (!actor || li.dataset.actors.indexOf(" " + actor + " ") >= 0) &&
                 (!curated || li.classList.contains("curated"));
        li.hidden = !ok;
      });
      document.querySelectorAll("section.month, section.year").forEach(function (s) {
        s.hidden = !s.querySelector("li.event:not([hidden])");
      });
    };
    timeline.addEventListener("change", applyTimeline);
    applyTimeline();
  }

  var quotes = document.querySelector('form[data-filter="quotes"]');
  if (quotes) {
    var applyQuotes = function () {
      var f = quotes.elements, speaker = f.speaker.value, from = f.from.value, to = f.to.value;
      document.querySelectorAll("[data-speaker][data-date]").forEach(function (el) {
        var d = el.dataset.date;
        el.hidden = (speaker && el.dataset.speaker !== speaker) ||
                    (from && last(d) < from) || (to && first(d) > to);
      });
      document.querySelectorAll("section.view").forEach(function (v) {
        v.hidden = v.dataset.view !== f.view.value;
      });
    };
    quotes.addEventListener("change", applyQuotes);
    quotes.addEventListener("input", applyQuotes);
    // a permalink always shows the quote, whatever the filters
    var showTarget = function () {
      if (location.hash.indexOf("#q-") === 0) {
        quotes.reset();
        applyQuotes();
        var el = document.getElementById(location.hash.slice(1));
        if (el) { el.scrollIntoView(); }
      }
    };
    window.addEventListener("hashchange", showTarget);
    applyQuotes();
    showTarget();
  }
})();
