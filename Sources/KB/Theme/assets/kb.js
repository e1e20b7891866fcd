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
      var caption = figure.querySelector("figcaption");
      if (!tabs.length && caption) {
        // One language: the caption naming it and the button share a row, as tabs and button do.
        caption.classList.add("sample-toolbar");
        caption.appendChild(copy);
      } else {
        toolbar.appendChild(copy);
        panels[0].parentNode.insertBefore(toolbar, panels[0]);
      }
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
  // page's drawing starts scrolled just far enough to show the highlighted step whole. The cue's
  // arrows point to where more of the drawing is, as the reader scrolls.
  function setUpDiagrams() {
    Array.prototype.forEach.call(document.querySelectorAll(".diagram-scroll"), function (frame) {
      var fits = frame.scrollWidth <= frame.clientWidth + 1;
      frame.parentNode.classList.toggle("fits", fits);
      if (fits) { return; }
      var current = frame.querySelector(".diagram-step.is-current, .diagram-node.is-current");
      if (current && current.getBoundingClientRect) {
        var box = current.getBoundingClientRect();
        var frameBox = frame.getBoundingClientRect();
        var margin = 8;
        if (box.right > frameBox.right - margin) {
          frame.scrollLeft += box.right - frameBox.right + margin;
        }
        box = current.getBoundingClientRect();
        if (box.left < frameBox.left + margin) {
          frame.scrollLeft -= frameBox.left + margin - box.left;
        }
      }
      var cue = frame.parentNode.querySelector(".scroll-cue");
      if (!cue) { return; }
      var words = cue.textContent.replace(/[\u2190\u2192]/g, "").trim();
      function point() {
        var left = frame.scrollLeft > 1;
        var right = frame.scrollLeft + frame.clientWidth < frame.scrollWidth - 1;
        cue.textContent = (left ? "\u2190 " : "") + words + (right ? " \u2192" : "");
      }
      point();
      frame.addEventListener("scroll", point, { passive: true });
    });
  }

  // Text that scripts write (search results, suggestions) wraps after underscores like the page's
  // own text, where kb puts <wbr>: FAILED_TO_CREATE_ / CLASS, never FAILED_TO_CRE / ATE_CLASS.
  function breakAfterUnderscores(root) {
    var nodes = [];
    if (root.nodeType === 3) {
      nodes.push(root);
    } else if (root.nodeType === 1) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push(node); }
    }
    nodes.forEach(function (node) {
      var parent = node.parentNode;
      if (!parent || !/_[^_\s]/.test(node.data) || (parent.closest && parent.closest("pre, script, style, textarea, template, svg"))) {
        return;
      }
      var parts = node.data.split(/(?<=_)(?=[^_\s])/);
      parts.forEach(function (part, index) {
        if (index > 0) { parent.insertBefore(document.createElement("wbr"), node); }
        parent.insertBefore(document.createTextNode(part), node);
      });
      parent.removeChild(node);
    });
  }

  function watchWrittenText() {
    if (!window.MutationObserver) { return; }
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        Array.prototype.forEach.call(record.addedNodes, breakAfterUnderscores);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  document.addEventListener("DOMContentLoaded", function () {
    watchWrittenText();
    setUpCopyButtons();
    setUpSamples();
    setUpCodesFilter();
    setUpNotFound();
    setUpDiagrams();
  });
})();
