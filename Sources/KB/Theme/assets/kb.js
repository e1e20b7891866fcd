// Progressive enhancements; every page works without this file.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }

  function canonical(url) {
    // Relative base URLs resolve against the page; query and fragment are never copied.
    var absolute = new URL(url, window.location.href);
    absolute.search = "";
    absolute.hash = "";
    return absolute.href;
  }

  // A copy button shows "Copied" for a moment. Both labels sit in one grid cell, the hidden one
  // invisible, so the button is as wide as the longer one and never changes width.
  function makeCopyButton(button) {
    var idle = document.createElement("span");
    idle.className = "copy-idle";
    idle.textContent = button.textContent;
    var done = document.createElement("span");
    done.className = "copy-done";
    done.textContent = "Copied";
    button.textContent = "";
    button.appendChild(idle);
    button.appendChild(done);
    button.classList.add("has-copied-state");
  }

  function flash(button) {
    button.classList.add("copied");
    clearTimeout(button.kbFlash);
    button.kbFlash = setTimeout(function () { button.classList.remove("copied"); }, 1500);
  }

  // A reply names its short link from the site's root when the build had no site URL; the copy
  // names it in full, as the page was reached.
  function replyText(button) {
    var text = button.getAttribute("data-copy");
    var link = button.getAttribute("data-link");
    var short = button.getAttribute("data-short");
    if (!link || !short || /^https?:/i.test(link)) { return text; }
    var full = canonical(short);
    return text.split(link).join(button.hasAttribute("data-markdown") ? "<" + full + ">" : full);
  }

  // Short and full links are copied as absolute addresses; a reply (data-copy) as it is.
  function setUpCopyButtons() {
    var buttons = document.querySelectorAll("button.copy-link[data-url], button.copy-link[data-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      makeCopyButton(button);
      button.addEventListener("click", function () {
        var url = button.getAttribute("data-url");
        var text = url === null ? replyText(button) : canonical(url);
        copyText(text).then(function () { flash(button); });
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".no-js-only"), function (element) {
      element.hidden = true;
    });
  }

  // A sample in several languages becomes tabs (the chosen language sticks across samples);
  // every sample gets a button that copies the code on show.
  function setUpSamples() {
    var figures = document.querySelectorAll("figure.sample");
    Array.prototype.forEach.call(figures, function (figure) {
      var panels = figure.querySelectorAll(".sample-code");
      if (!panels.length) { return; }
      var toolbar = document.createElement("div");
      toolbar.className = "sample-toolbar";
      var tabs = [];
      if (figure.hasAttribute("data-tabs") && panels.length > 1) {
        var list = document.createElement("div");
        list.className = "sample-tabs";
        list.setAttribute("role", "tablist");
        list.setAttribute("aria-label", "Languages");
        Array.prototype.forEach.call(panels, function (panel, index) {
          var tab = document.createElement("button");
          tab.type = "button";
          tab.className = "sample-tab";
          tab.id = panel.id + "-tab";
          tab.textContent = panel.getAttribute("data-label");
          tab.setAttribute("role", "tab");
          tab.setAttribute("aria-controls", panel.id);
          tab.setAttribute("data-language", panel.getAttribute("data-language"));
          tab.addEventListener("click", function () { selectLanguage(tab.getAttribute("data-language")); });
          tab.addEventListener("keydown", function (event) {
            var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (!step) { return; }
            var next = tabs[(index + step + tabs.length) % tabs.length];
            selectLanguage(next.getAttribute("data-language"));
            next.focus();
          });
          panel.setAttribute("role", "tabpanel");
          panel.setAttribute("aria-labelledby", tab.id);
          var label = panel.querySelector(".sample-language");
          if (label) { label.hidden = true; }
          tabs.push(tab);
          list.appendChild(tab);
        });
        toolbar.appendChild(list);
        figure.kbTabs = tabs;
      } else {
        toolbar.appendChild(document.createElement("span"));
      }
      var copy = document.createElement("button");
      copy.type = "button";
      copy.className = "copy-code";
      copy.textContent = "Copy";
      copy.setAttribute("aria-label", "Copy the code");
      makeCopyButton(copy);
      copy.addEventListener("click", function () {
        var shown = Array.prototype.filter.call(panels, function (panel) { return !panel.hidden; })[0];
        copyText(shown.querySelector("code").textContent).then(function () { flash(copy); });
      });
      toolbar.appendChild(copy);
      panels[0].parentNode.insertBefore(toolbar, panels[0]);
      if (tabs.length) { showTab(figure, tabs[0].getAttribute("data-language")); }
    });
    var saved = null;
    try { saved = window.localStorage.getItem("kb-sample-language"); } catch (error) { saved = null; }
    if (saved) { selectLanguage(saved, true); }
  }

  function showTab(figure, language) {
    var tabs = figure.kbTabs || [];
    var known = tabs.some(function (tab) { return tab.getAttribute("data-language") === language; });
    if (!known) { return; }
    tabs.forEach(function (tab) {
      var selected = tab.getAttribute("data-language") === language;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    });
  }

  function selectLanguage(language, quietly) {
    Array.prototype.forEach.call(document.querySelectorAll("figure.sample[data-tabs]"), function (figure) {
      showTab(figure, language);
    });
    if (!quietly) {
      try { window.localStorage.setItem("kb-sample-language", language); } catch (error) { /* private mode */ }
    }
  }

  // /codes/: a filter box narrows every product's table as you type.
  function setUpCodesFilter() {
    var box = document.querySelector(".codes-filter");
    if (!box) { return; }
    var input = box.querySelector("input");
    var status = box.querySelector("#codes-filter-status");
    var groups = document.querySelectorAll(".codes-group");
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(groups, function (group) {
        var inGroup = 0;
        Array.prototype.forEach.call(group.querySelectorAll("tbody tr"), function (row) {
          var text = row.textContent.toLowerCase();
          var match = words.every(function (word) { return text.indexOf(word) !== -1; });
          row.hidden = !match;
          if (match) { inGroup += 1; }
        });
        group.hidden = inGroup === 0;
        shown += inGroup;
      });
      status.textContent = words.length ? shown + (shown === 1 ? " entry matches." : " entries match.") : "";
    });
  }

  // 404: offer to search for the last part of the address that was asked for.
  function setUpNotFound() {
    var link = document.getElementById("not-found-query");
    if (!link) { return; }
    var parts = window.location.pathname.split("/").filter(Boolean);
    var last = decodeURIComponent(parts[parts.length - 1] || "").replace(/\.html?$/, "");
    if (!last || last === "404") { return; }
    var query = last.replace(/[-_]+/g, " ");
    link.textContent = "\u201c" + query + "\u201d";
    link.href = link.getAttribute("href") + "?q=" + encodeURIComponent(query);
    link.parentNode.hidden = false;
  }

  // A drawing that scrolls shows its cue only when it is wider than its frame, and an entry
  // page's drawing starts scrolled to the highlighted step.
  function setUpDiagrams() {
    Array.prototype.forEach.call(document.querySelectorAll(".diagram-scroll"), function (frame) {
      var fits = frame.scrollWidth <= frame.clientWidth + 1;
      frame.parentNode.classList.toggle("fits", fits);
      var current = frame.querySelector(".diagram-step.is-current, .diagram-node.is-current");
      if (!fits && current && current.getBoundingClientRect) {
        var box = current.getBoundingClientRect();
        var frameBox = frame.getBoundingClientRect();
        frame.scrollLeft += box.left - frameBox.left - (frame.clientWidth - box.width) / 2;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCopyButtons();
    setUpSamples();
    setUpCodesFilter();
    setUpNotFound();
    setUpDiagrams();
  });
})();
