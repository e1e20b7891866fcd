// Search as you type over the index kb precomputes (search-index.json); every page works without it.
// Queries are tokenized by the rules in Sources/KB/Rendering/SearchTokenizer.swift, the one
// definition the index was built with: keep tokenize() below in step with it.
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}]+(?:[_#.\-][\p{L}\p{N}]+)*/gu;
  var DISPLAY_WORD = /[\p{L}\p{N}'\u2019]+(?:[_#.\-][\p{L}\p{N}'\u2019]+)*/gu;
  var JOINER = /[_#.\-]/;
  var EXACT = 1e6;
  var PHRASE = 1e4;
  var SUGGESTIONS = 8;

  // Tokenizing: rules 1 to 5 of SearchTokenizer.swift.

  function words(text) {
    return String(text).replace(/['\u2019]/g, "").match(WORD) || [];
  }

  function camelPieces(part) {
    var c = Array.from(part);
    var pieces = [];
    var start = 0;
    for (var i = 1; i < c.length; i++) {
      var lowerToUpper = /[a-z0-9]/.test(c[i - 1]) && /[A-Z]/.test(c[i]);
      var acronymEnd = /[A-Z]/.test(c[i - 1]) && /[A-Z]/.test(c[i]) && i + 1 < c.length && /[a-z]/.test(c[i + 1]);
      if (lowerToUpper || acronymEnd) {
        pieces.push(c.slice(start, i).join(""));
        start = i;
      }
    }
    pieces.push(c.slice(start).join(""));
    return pieces;
  }

  function stem(t) {
    if (t.length < 4 || !/^[a-z]+$/.test(t)) return t;
    if (t.length >= 5 && /ies$/.test(t)) return t.slice(0, -3) + "y";
    if (/sses$/.test(t)) return t.slice(0, -2);
    if (/s$/.test(t) && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
    return t;
  }

  function tokenize(text) {
    var seen = Object.create(null);
    var out = [];
    function add(raw) {
      var t = stem(raw.toLowerCase());
      if (!seen[t]) { seen[t] = true; out.push(t); }
    }
    words(text).forEach(function (word) {
      add(word);
      var parts = word.split(JOINER);
      if (parts.length > 1) parts.forEach(add);
      parts.forEach(function (part) {
        var pieces = camelPieces(part);
        if (pieces.length > 1) pieces.forEach(add);
      });
    });
    return out;
  }

  // A text's words lowercased and joined by single spaces: how exact codes, names and phrases compare.
  function key(text) {
    return words(text || "").join(" ").toLowerCase();
  }

  // Index.

  function prepare(data) {
    var tokens = data.tokens;
    var byLength = [];
    for (var i = 0; i < tokens.length; i++) {
      if (/^\d+$/.test(tokens[i])) continue;
      var n = tokens[i].length;
      (byLength[n] = byLength[n] || []).push(i);
    }
    var frequency = tokens.map(function (_, i) { return data.postings[i].length / 2; });
    var common = data.frequencies || [];
    for (var c = 0; c < common.length; c += 2) frequency[common[c]] = common[c + 1];
    var exact = Object.create(null);
    var entries = data.entries.map(function (e, number) {
      var entry = { code: e[0], name: e[1], title: e[2], product: data.products[e[3]] || "", url: e[4], snippet: e[5] };
      var keys = [e[0], e[1]].concat(e[6] || []).map(key).filter(Boolean);
      keys.forEach(function (k) { (exact[k] = exact[k] || []).push(number); });
      entry.phrases = [e[1], e[2]].concat(e[6] || []).map(key).filter(function (k) { return k.indexOf(" ") > 0; });
      return entry;
    });
    var n = entries.length;
    return {
      tokens: tokens, postings: data.postings, frequency: frequency, entries: entries, byLength: byLength, exact: exact,
      scores: new Float64Array(n), covered: new Float64Array(n), best: new Float64Array(n)
    };
  }

  function find(tokens, term) {
    var lo = 0;
    var hi = tokens.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (tokens[mid] < term) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // At most one insertion, deletion, substitution or swap of neighbours apart.
  function withinOneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (la === lb) {
      if (i === la || a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The tokens a query term matches, each with how much of its weight counts.
  function matches(index, term, typing) {
    var tokens = index.tokens;
    var hits = [];
    var at = find(tokens, term);
    var exact = tokens[at] === term;
    if (exact) hits.push([at, 1]);
    if (typing) {
      // Prefixes stop after 60 tokens or once they reach four postings per entry, so short prefixes stay fast.
      var budget = 4 * index.entries.length;
      for (var p = exact ? at + 1 : at, taken = 0; p < tokens.length && taken < 60 && budget > 0 && tokens[p].lastIndexOf(term, 0) === 0; p++, taken++) {
        hits.push([p, 0.4 + 0.4 * term.length / tokens[p].length]);
        budget -= index.frequency[p];
      }
    }
    // Near spellings are looked for when the word is unknown or rare as typed (a misspelled
    // identifier may be the only place a correctly spelled word would match); when the word
    // exists, they count for less.
    if (term.length >= 5 && /[a-z]/.test(term) && (!exact || index.frequency[at] <= 2)) {
      var typo = hits.length ? 0.2 : 0.6;
      for (var n = term.length - 1; n <= term.length + 1; n++) {
        var bucket = index.byLength[n] || [];
        for (var b = 0; b < bucket.length; b++) {
          if ((!exact || bucket[b] !== at) && withinOneEdit(term, tokens[bucket[b]])) hits.push([bucket[b], typo]);
        }
      }
    }
    return hits;
  }

  function search(index, query, limit) {
    var terms = tokenize(query);
    if (!terms.length) return { results: [], matched: {} };
    // Every token of the word still being typed (the last one) also matches as a prefix.
    var all = words(query);
    var typing = /[\p{L}\p{N}]$/u.test(query) ? tokenize(all[all.length - 1]) : [];
    var count = index.entries.length;
    // Scratch arrays, one slot per entry, reused from query to query and zeroed after use.
    var scores = index.scores;
    var covered = index.covered;
    var best = index.best;
    var candidates = [];
    var matched = Object.create(null);
    var totalWeight = 0;
    var termHits = terms.map(function (term) { return matches(index, term, typing.indexOf(term) >= 0); });
    // Words in more than an eighth of the entries (the, not, error) are left out when a rarer word
    // is there: they cannot change the ranking, and they are what makes a pasted line slow.
    var common = count / 8;
    var rare = termHits.some(function (hits) { return hits.length && index.frequency[hits[0][0]] <= common; });
    termHits.forEach(function (hits) {
      if (!hits.length || (rare && hits.length === 1 && index.frequency[hits[0][0]] > common)) return;
      var touched = [];
      var termWeight = 0;
      hits.forEach(function (hit) {
        var list = index.postings[hit[0]];
        var idf = Math.log(1 + count / index.frequency[hit[0]]);
        termWeight = Math.max(termWeight, idf * hit[1]);
        matched[index.tokens[hit[0]]] = true;
        // Entry numbers are stored as differences from the previous one.
        for (var j = 0, entry = 0; j < list.length; j += 2) {
          entry += list[j];
          var s = list[j + 1] * idf * hit[1];
          if (best[entry] === 0) touched.push(entry);
          if (s > best[entry]) best[entry] = s;
        }
      });
      totalWeight += termWeight;
      for (var t = 0; t < touched.length; t++) {
        var e = touched[t];
        if (scores[e] === 0) candidates.push(e);
        scores[e] += best[e];
        covered[e] += termWeight * Math.min(1, best[e] / termWeight);
        best[e] = 0;
      }
    });
    var wanted = key(query);
    var padded = " " + wanted + " ";
    (index.exact[wanted] || []).forEach(function (e) {
      if (scores[e] === 0) candidates.push(e);
      scores[e] += EXACT;
      covered[e] = totalWeight;
    });
    var ranked = candidates.map(function (e) {
      var coverage = totalWeight ? Math.min(1, covered[e] / totalWeight) : 1;
      var score = scores[e] * coverage * coverage;
      scores[e] = covered[e] = 0;
      return { number: e, score: score, entry: index.entries[e] };
    });
    // Only the strongest few hundred can reach the list, so only they are checked for phrases.
    if (ranked.length > 300) {
      var top = ranked.reduce(function (m, r) { return Math.max(m, r.score); }, 0);
      ranked = ranked.filter(function (r) { return r.score >= top / 20; });
    }
    ranked.forEach(function (r) {
      r.entry.phrases.forEach(function (phrase) {
        if (padded.indexOf(" " + phrase + " ") >= 0) r.score += PHRASE * phrase.split(" ").length;
      });
    });
    ranked.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    var first = ranked[0];
    return { results: ranked.slice(0, limit || 50), matched: matched, exact: first && first.score >= EXACT ? first : null };
  }

  // Loading: fetch over http(s); from disk, where fetch is refused, a script that sets KB_SEARCH_INDEX.

  var loading = null;
  var root = "./";

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      if (window.KB_SEARCH_INDEX) return resolve(window.KB_SEARCH_INDEX);
      if (location.protocol === "file:") {
        var script = document.createElement("script");
        script.src = root + "search-index.js";
        script.onload = function () { window.KB_SEARCH_INDEX ? resolve(window.KB_SEARCH_INDEX) : reject(new Error("empty index")); };
        script.onerror = function () { reject(new Error("cannot load the search index")); };
        document.head.appendChild(script);
      } else {
        fetch(root + "search-index.json").then(function (r) {
          if (!r.ok) throw new Error("search index: HTTP " + r.status);
          return r.json();
        }).then(resolve, reject);
      }
    }).then(prepare);
    loading.catch(function () { loading = null; });
    return loading;
  }

  function entryLink(entry) {
    return new URL(root + entry.url + (location.protocol === "file:" ? "index.html" : ""), location.href).href;
  }

  // Rendering, with textContent only: nothing from the index is ever parsed as HTML.

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function highlighted(tag, className, text, matched) {
    var node = element(tag, className);
    var last = 0;
    String(text).replace(DISPLAY_WORD, function (word, offset) {
      if (tokenize(word).some(function (t) { return matched[t]; })) {
        node.appendChild(document.createTextNode(text.slice(last, offset)));
        node.appendChild(element("mark", "", word));
        last = offset + word.length;
      }
      return word;
    });
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  function resultBody(container, entry, matched) {
    var id = element("span", "result-id");
    if (entry.code) id.appendChild(highlighted("code", "result-code", entry.code, matched));
    if (entry.name) id.appendChild(highlighted("span", "result-name", entry.name, matched));
    container.appendChild(id);
    container.appendChild(highlighted("span", "result-title", entry.title, matched));
    container.appendChild(element("span", "result-product", entry.product));
    if (entry.snippet) container.appendChild(highlighted("span", "result-snippet", entry.snippet, matched));
  }

  function countText(n, query) {
    return (n === 0 ? "No entries" : n === 1 ? "1 entry" : n + " entries") + " found for \u201c" + query + "\u201d";
  }

  // The header box (and the home page's lookup box): an ARIA combobox with a listbox of suggestions.

  function combobox(input) {
    var form = input.form;
    var listId = input.id + "-listbox";
    var list = element("ul", "search-suggestions");
    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    var status = element("div", "visually-hidden");
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var options = [];
    var active = -1;
    var last = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function activate(i) {
      if (options[active]) options[active].setAttribute("aria-selected", "false");
      active = i;
      if (options[i]) {
        options[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(i, href, fill) {
      var li = element("li", "search-option");
      li.id = listId + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-href", href);
      fill(li);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); });
      li.addEventListener("click", function () { location.href = href; });
      return li;
    }

    function update() {
      var query = input.value;
      if (!query.trim()) { close(); list.textContent = ""; last = null; return; }
      load().then(function (index) {
        if (input.value !== query) return;
        last = search(index, query, SUGGESTIONS);
        list.textContent = "";
        options = last.results.map(function (r, i) {
          return option(i, entryLink(r.entry), function (li) { resultBody(li, r.entry, last.matched); });
        });
        var all = new URL(form.getAttribute("action"), location.href);
        all.search = "?q=" + encodeURIComponent(query);
        options.push(option(options.length, all.href, function (li) {
          li.classList.add("search-all");
          li.textContent = "All results for \u201c" + query + "\u201d";
        }));
        options.forEach(function (li) { list.appendChild(li); });
        active = -1;
        input.removeAttribute("aria-activedescendant");
        list.hidden = false;
        list.setAttribute("data-query", query);
        input.setAttribute("aria-expanded", "true");
        status.textContent = countText(last.results.length, query);
      }, function () { status.textContent = "Search is not available; press Enter to see every code."; });
    }

    input.addEventListener("focus", function () { load().catch(function () {}); }, { once: true });
    input.addEventListener("input", update);
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { update(); return; }
        var step = event.key === "ArrowDown" ? 1 : -1;
        var states = options.length + 1;
        activate(((active + 1 + step + states) % states) - 1);
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); } else if (input.value) { event.preventDefault(); input.value = ""; }
      } else if (event.key === "Enter") {
        if (!list.hidden && options[active]) {
          event.preventDefault();
          location.href = options[active].getAttribute("data-href");
          return;
        }
        var query = input.value;
        if (!query.trim()) return;
        event.preventDefault();
        load().then(function (index) {
          var found = search(index, query, 1);
          location.href = found.exact ? entryLink(found.exact.entry) : listAll(form, query);
        }, function () { form.submit(); });
      }
    });
  }

  function listAll(form, query) {
    var url = new URL(form.getAttribute("action"), location.href);
    url.search = "?q=" + encodeURIComponent(query);
    return url.href;
  }

  // The search page: the same ranking as a list of links, for ?q= links support can share.

  function resultsPage(input, container) {
    var fallback = document.querySelector(".no-script-codes");
    function show(query, push) {
      if (!query.trim()) {
        container.textContent = "";
        if (fallback) fallback.hidden = false;
        return;
      }
      load().then(function (index) {
        if (input.value !== query) return;
        var found = search(index, query, 50);
        container.textContent = "";
        container.appendChild(element("p", "search-count", countText(found.results.length, query)));
        var ol = element("ol", "search-result-list");
        found.results.forEach(function (r) {
          var li = element("li", "search-result");
          var a = element("a", "result-link");
          a.href = entryLink(r.entry);
          resultBody(a, r.entry, found.matched);
          li.appendChild(a);
          ol.appendChild(li);
        });
        container.appendChild(ol);
        container.setAttribute("data-query", query);
        if (fallback) fallback.hidden = true;
        if (push) history.replaceState(null, "", "?q=" + encodeURIComponent(query));
      }, function () {
        container.textContent = "Search is not available here; every code is listed below.";
      });
    }
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    show(query, false);
    input.addEventListener("input", function () { show(input.value, true); });
  }

  function setUp() {
    var header = document.getElementById("site-search");
    if (header) root = header.getAttribute("data-root") || "./";
    if (header) combobox(header);
    var lookup = document.getElementById("code-lookup-input");
    if (lookup) combobox(lookup);
    var pageInput = document.getElementById("search-page-input");
    var results = document.getElementById("search-results");
    if (pageInput && results) resultsPage(pageInput, results);
  }

  // For tests and the benchmark: load() resolves to the prepared index, rank() searches it at once.
  window.KBSearch = {
    tokenize: tokenize,
    load: load,
    rank: search,
    search: function (q, limit) { return load().then(function (index) { return search(index, q, limit); }); }
  };
  document.addEventListener("DOMContentLoaded", setUp);
})();
