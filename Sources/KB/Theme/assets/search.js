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

  // Index: the main file always; postings, entries and exact keys either in it or in parts loaded
  // on demand (see SearchIndex.swift for the layout).

  function display(e, products) {
    return {
      code: e[0], name: e[1], title: e[2], product: products[e[3]] || "", url: e[4], snippet: e[5],
      phrases: [e[1], e[2]].concat(e[6] || []).map(key).filter(function (k) { return k.indexOf(" ") > 0; })
    };
  }

  function prepare(data) {
    var tokens = data.tokens;
    var byLength = [];
    for (var i = 0; i < tokens.length; i++) {
      if (/^\d+$/.test(tokens[i])) continue;
      var n = tokens[i].length;
      (byLength[n] = byLength[n] || []).push(i);
    }
    var count = data.count;
    return {
      tokens: tokens, frequency: data.df, byLength: byLength, products: data.products, count: count,
      postings: data.postings || new Array(tokens.length),
      entries: data.entries ? data.entries.map(function (e) { return display(e, data.products); }) : new Array(count),
      exact: data.exact || null,
      postingShards: data.postingShards, entryShard: data.entryShard, exactShards: data.exactShards,
      scores: new Float64Array(count), covered: new Float64Array(count), best: new Float64Array(count)
    };
  }

  function fnv(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h;
  }

  // Loads the postings of the given tokens that are not there yet.
  function needPostings(index, tokenNumbers) {
    var wanted = Object.create(null);
    tokenNumbers.forEach(function (t) {
      if (index.postings[t]) return;
      var starts = index.postingShards;
      var lo = 0;
      var hi = starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= t) lo = mid; else hi = mid - 1;
      }
      wanted[lo] = true;
    });
    return Promise.all(Object.keys(wanted).map(function (shard) {
      return loadPart("p" + shard).then(function (lists) {
        var start = index.postingShards[shard];
        lists.forEach(function (list, i) { index.postings[start + i] = list; });
      });
    }));
  }

  function needEntries(index, numbers) {
    var wanted = Object.create(null);
    numbers.forEach(function (e) { if (!index.entries[e]) wanted[Math.floor(e / index.entryShard)] = true; });
    return Promise.all(Object.keys(wanted).map(function (shard) {
      return loadPart("e" + shard).then(function (list) {
        list.forEach(function (e, i) { index.entries[shard * index.entryShard + i] = display(e, index.products); });
      });
    }));
  }

  // The entries whose code, name or alias is exactly the query.
  function exactEntries(index, wanted) {
    if (!wanted) return Promise.resolve([]);
    if (index.exact) return Promise.resolve(index.exact[wanted] || []);
    return loadPart("x" + (fnv(wanted) % index.exactShards)).then(function (keys) {
      return Object.prototype.hasOwnProperty.call(keys, wanted) ? keys[wanted] : [];
    });
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

  // At most one insertion, deletion, substitution or swap of neighbours apart; compares in place
  // (no slices), since a typo looks at thousands of tokens.
  function withinOneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (la - lb > 1 || lb - la > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    var j = la - 1;
    var k = lb - 1;
    while (j >= i && k >= i && a.charCodeAt(j) === b.charCodeAt(k)) { j--; k--; }
    var restA = j - i + 1;
    var restB = k - i + 1;
    if (restA <= 1 && restB <= 1) return true;
    return restA === 2 && restB === 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
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

  // Ranks the entries for a query; resolves to the results, the matched tokens and any exact match.
  function search(index, query, limit) {
    limit = limit || 50;
    var terms = tokenize(query);
    if (!terms.length) return Promise.resolve({ results: [], matched: {} });
    // Every token of the word still being typed (the last one) also matches as a prefix.
    var all = words(query);
    var typing = /[\p{L}\p{N}]$/u.test(query) ? tokenize(all[all.length - 1]) : [];
    var termHits = terms.map(function (term) { return matches(index, term, typing.indexOf(term) >= 0); });
    // Words in more than an eighth of the entries (the, not, error) are left out when a rarer word
    // is there: they cannot change the ranking, and they are what makes a pasted line slow.
    var common = index.count / 8;
    var rare = termHits.some(function (hits) { return hits.length && index.frequency[hits[0][0]] <= common; });
    termHits = termHits.filter(function (hits) {
      return hits.length && !(rare && hits.length === 1 && index.frequency[hits[0][0]] > common);
    });
    var tokenNumbers = [];
    termHits.forEach(function (hits) { hits.forEach(function (hit) { tokenNumbers.push(hit[0]); }); });
    var wanted = key(query);
    return Promise.all([needPostings(index, tokenNumbers), exactEntries(index, wanted)]).then(function (loaded) {
      var scored = score(index, termHits, loaded[1]);
      var top = scored.ranked.slice(0, Math.max(40, limit));
      return needEntries(index, top.map(function (r) { return r.number; })).then(function () {
        // A query that holds an entry's whole name or title (a pasted message) puts it on top.
        var padded = " " + wanted + " ";
        top.forEach(function (r) {
          r.entry = index.entries[r.number];
          r.entry.phrases.forEach(function (phrase) {
            if (padded.indexOf(" " + phrase + " ") >= 0) r.score += PHRASE * phrase.split(" ").length;
          });
        });
        top.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
        var first = top[0];
        return { results: top.slice(0, limit), matched: scored.matched, exact: first && first.score >= EXACT ? first : null };
      });
    });
  }

  // Sums each entry's best weight per query term, weighted by rarity and by how much of the query it covers.
  function score(index, termHits, exact) {
    var count = index.count;
    // Scratch arrays, one slot per entry, reused from query to query and zeroed after use.
    var scores = index.scores;
    var covered = index.covered;
    var best = index.best;
    var candidates = [];
    var matched = Object.create(null);
    var totalWeight = 0;
    termHits.forEach(function (hits) {
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
    exact.forEach(function (e) {
      if (scores[e] === 0) candidates.push(e);
      scores[e] += EXACT;
      covered[e] = totalWeight;
    });
    var top = 0;
    candidates.forEach(function (e) {
      var coverage = totalWeight ? Math.min(1, covered[e] / totalWeight) : 1;
      scores[e] *= coverage * coverage;
      covered[e] = 0;
      if (scores[e] > top) top = scores[e];
    });
    // Of many candidates only the strongest can reach the list; the rest are not even sorted.
    var floor = candidates.length > 300 ? top / 20 : 0;
    var ranked = [];
    candidates.forEach(function (e) {
      if (scores[e] >= floor) ranked.push({ number: e, score: scores[e] });
      scores[e] = 0;
    });
    if (ranked.length > 200) {
      // A numeric sort of plain numbers is far cheaper than sorting objects: it finds the 200th best.
      var values = new Float64Array(ranked.length);
      ranked.forEach(function (r, i) { values[i] = r.score; });
      var cut = values.sort()[values.length - 200];
      ranked = ranked.filter(function (r) { return r.score >= cut; });
    }
    ranked.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return { ranked: ranked, matched: matched };
  }

  // Loading: fetch over http(s); from disk, where fetch is refused, scripts that set globals.

  var loading = null;
  var parts = Object.create(null);
  var root = "./";

  function fromScript(src, read) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () { var data = read(); data ? resolve(data) : reject(new Error("empty " + src)); };
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  function fromFetch(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function loadPart(name) {
    if (!parts[name]) {
      parts[name] = location.protocol === "file:"
        ? fromScript(root + "search-index/" + name + ".js", function () { return (window.KB_SEARCH_PARTS || {})[name]; })
        : fromFetch(root + "search-index/" + name + ".json");
      parts[name].catch(function () { delete parts[name]; });
    }
    return parts[name];
  }

  function load() {
    if (loading) return loading;
    loading = (window.KB_SEARCH_INDEX ? Promise.resolve(window.KB_SEARCH_INDEX)
      : location.protocol === "file:" ? fromScript(root + "search-index.js", function () { return window.KB_SEARCH_INDEX; })
      : fromFetch(root + "search-index.json")).then(prepare);
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
      load().then(function (index) { return search(index, query, SUGGESTIONS); }).then(function (found) {
        if (input.value !== query) return;
        last = found;
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
        load().then(function (index) { return search(index, query, 1); }).then(function (found) {
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
      load().then(function (index) { return search(index, query, 50); }).then(function (found) {
        if (input.value !== query) return;
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

  // For tests and the benchmark: load() resolves to the prepared index, rank() searches it.
  window.KBSearch = {
    tokenize: tokenize,
    load: load,
    rank: search,
    search: function (q, limit) { return load().then(function (index) { return search(index, q, limit); }); }
  };
  document.addEventListener("DOMContentLoaded", setUp);
})();
