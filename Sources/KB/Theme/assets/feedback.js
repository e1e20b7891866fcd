// "Was this page helpful?" and searches that found nothing, sent to the endpoint the site's
// content names (Site.feedback). kb loads this file only when one is named. Each answer is one
// JSON object, POSTed as text/plain without cookies or referrer (see kb report for the format):
//   {"kind":"vote","page":"billing/4012/","entry":"billing/4012","helpful":false}
//   {"kind":"comment","page":"…","entry":"…","comment":"…"}
//   {"kind":"search","page":"search/","query":"lab wont start"}
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var endpoint = script.getAttribute("data-endpoint");
  var root = script.getAttribute("data-root") || "./";
  var sendsSearches = script.hasAttribute("data-searches");
  if (!endpoint) { return; }

  // The page's path from the site's root, the same wherever the site is published.
  function pagePath() {
    var base = new URL(root, window.location.href).pathname;
    var path = window.location.pathname;
    path = path.indexOf(base) === 0 ? path.slice(base.length) : path;
    return path.replace(/(^|\/)index\.html$/, "$1");
  }

  // What a reader types may hold an address or a number by mistake: neither is kept.
  function scrubbed(text, limit) {
    return text.replace(/\S+@\S+/g, "[email]").replace(/\+?\d[\d ().-]{6,}\d/g, "[number]")
      .replace(/\s+/g, " ").trim().slice(0, limit);
  }

  function send(message) {
    message.page = pagePath();
    var body = JSON.stringify(message);
    try {
      window.fetch(endpoint, {
        method: "POST", body: body, mode: "no-cors", credentials: "omit", keepalive: true,
        referrerPolicy: "no-referrer", headers: { "Content-Type": "text/plain" }
      }).catch(function () { /* an answer lost is no reader's problem */ });
    } catch (error) { /* fetch missing or refused */ }
  }

  function setUpWidget(box) {
    var entry = box.getAttribute("data-entry") || null;
    var votes = box.querySelector(".feedback-votes");
    var form = box.querySelector(".feedback-comment");
    var thanks = box.querySelector(".feedback-thanks");
    var stuck = box.querySelector(".feedback-stuck");
    box.hidden = false;
    Array.prototype.forEach.call(box.querySelectorAll(".feedback-vote"), function (button) {
      button.addEventListener("click", function () {
        var helpful = button.getAttribute("data-helpful") === "yes";
        send({ kind: "vote", entry: entry, helpful: helpful });
        votes.hidden = true;
        if (helpful) {
          thanks.textContent = "Thank you for telling us.";
        } else {
          thanks.textContent = "Thank you. What was missing helps us improve this page.";
          form.hidden = false;
          if (stuck) { stuck.hidden = false; }
        }
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var comment = scrubbed(form.querySelector("textarea").value, 500);
      if (comment) { send({ kind: "comment", entry: entry, comment: comment }); }
      form.hidden = true;
      thanks.textContent = comment ? "Thank you: your note was sent." : "Thank you.";
    });
  }

  // The search page tells us what each query found; a query that found nothing is sent once
  // the reader has stopped typing, and only if no longer query that found something followed.
  var pending = null;
  var timer = null;
  var sent = {};
  function flush() {
    clearTimeout(timer);
    if (pending && !sent[pending]) {
      sent[pending] = true;
      send({ kind: "search", query: pending });
    }
    pending = null;
  }
  window.KBFeedback = {
    searched: function (query, count) {
      if (!sendsSearches) { return; }
      var words = scrubbed(String(query || ""), 200);
      clearTimeout(timer);
      if (count > 0 || !words) {
        pending = null;
        return;
      }
      pending = words;
      timer = setTimeout(flush, 1500);
    }
  };
  window.addEventListener("pagehide", flush);

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".page-feedback"), setUpWidget);
  });
})();
