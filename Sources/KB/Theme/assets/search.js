// Search as you type over the index kb precomputes (search-index.json); every page works without it.
// Queries are tokenized by the rules in Sources/KB/Search/SearchTokenizer.swift, the one
// definition the index was built with: keep tokenize() below in step with it. The tables those
// rules use (stop words, contractions, scripts without spaces, code prefixes, the common-word
// floor) come with the index, so they are written once, in Swift.
(function () {
  "use strict";

  var FORMAT = 5; // SearchIndex.version: an index of another version was built by another kb.
  var WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[_#.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
  var DISPLAY_WORD = /[\p{L}\p{N}\p{M}'\u2019]+(?:[_#.\-][\p{L}\p{N}\p{M}'\u2019]+)*/gu;
  var JOINER = /[_#.\-]/;
  var EXACT = 1e6;
  var PHRASE = 1e4;
  var SUGGESTIONS = 8;
  // Results scoring below this share of the best are left out.
  var KEEP = 0.2;
  // Pages other than entries (products, topics, diagrams, troubleshooters) weigh less than an
  // entry that matches as well: entries hold the fixes.
  var PAGE = 0.6;
  // The tables of the rules, from the index (prepare() sets them): contractions, unsegmented (a
  // pattern of the scripts written without spaces), commonFloor (below this many pages, no word
  // is too common to count) and codePrefixes.
  var rules = null;

  // Tokenizing: rules 1 to 8 of SearchTokenizer.swift.

  function normalized(text) {
    return String(text).normalize("NFKC").replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u2010\u2011]/g, "-");
  }

  function words(text) {
    var out = [];
    (normalized(text).replace(/'[sS](?![\p{L}\p{N}])/gu, "").replace(/'/g, "").match(WORD) || []).forEach(function (word) {
      var lower = word.toLowerCase();
      var expanded = Object.prototype.hasOwnProperty.call(rules.contractions, lower) && rules.contractions[lower];
      if (expanded) out.push(expanded[0], expanded[1]); else out.push(word);
    });
    return out;
  }

  function fold(text) {
    return text.toLowerCase().replace(/\u03C2/g, "\u03C3");
  }

  function camelPieces(part) {
    var c = Array.from(part);
    var pieces = [];
    var start = 0;
    for (var i = 1; i < c.length; i++) {
      var lowerToUpper = /[a-z0-9]/.test(c[i - 1]) && /[A-Z]/.test(c[i]);
      var acronymEnd = /[A-Z]/.test(c[i - 1]) && /[A-Z]/.test(c[i]) && i + 1 < c.length && /[a-z]/.test(c[i + 1]);
      var scriptChange = rules.unsegmented.test(c[i - 1]) !== rules.unsegmented.test(c[i]);
      if (lowerToUpper || acronymEnd || scriptChange) {
        pieces.push(c.slice(start, i).join(""));
        start = i;
      }
    }
    pieces.push(c.slice(start).join(""));
    return pieces;
  }

  function hasVowel(s) {
    return /[aeiou]/.test(s) || /.y/.test(s);
  }

  function restoreEnd(s) {
    var n = s.length;
    var last = s.charAt(n - 1);
    var previous = s.charAt(n - 2);
    if (n >= 4 && last === previous && !/[aeiou]/.test(last) && !/[lsz]/.test(last)) return s.slice(0, -1);
    if (n <= 3 && n >= 2 && !/[aeiouwxy]/.test(last) && /[aeiou]/.test(previous)) return s + "e";
    return s;
  }

  function stem(t) {
    if (t.length < 4 || !/^[a-z]+$/.test(t)) return t;
    if (t.length >= 5 && /ies$/.test(t)) t = t.slice(0, -3) + "y";
    else if (/sses$/.test(t)) t = t.slice(0, -2);
    else if (/s$/.test(t) && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
    if (t.length >= 5 && /ied$/.test(t)) t = t.slice(0, -3) + "y";
    else if (/eed$/.test(t)) { /* need, speed: not a past tense */ }
    else if (/ed$/.test(t) && hasVowel(t.slice(0, -2))) t = restoreEnd(t.slice(0, -2));
    else if (/ing$/.test(t) && hasVowel(t.slice(0, -3))) t = restoreEnd(t.slice(0, -3));
    if (t.length >= 5 && /e$/.test(t)) t = t.slice(0, -1);
    return t;
  }

  // Each pair of neighbouring characters of a piece of three or more in a script without spaces.
  function unsegmentedPairs(piece) {
    var c = Array.from(piece);
    var pairs = [];
    if (c.length < 3 || !rules.unsegmented.test(c[0])) return pairs;
    for (var i = 0; i + 1 < c.length; i++) pairs.push(c[i] + c[i + 1]);
    return pairs;
  }

  // Tokens with whether each came from splitting a word (a stop word counts there).
  function tokenParts(text) {
    var seen = Object.create(null);
    var out = [];
    function add(raw, part) {
      var t = stem(fold(raw));
      if (!seen[t]) { seen[t] = true; out.push({ text: t, part: part }); }
    }
    words(text).forEach(function (word) {
      add(word, false);
      var parts = word.split(JOINER);
      if (parts.length > 1) parts.forEach(function (p) { add(p, true); });
      parts.forEach(function (part) {
        var pieces = camelPieces(part);
        pieces.forEach(function (p) {
          if (pieces.length > 1) add(p, true);
          unsegmentedPairs(p).forEach(function (pair) { add(pair, true); });
        });
      });
    });
    return out;
  }

  function tokenize(text) {
    return tokenParts(text).map(function (t) { return t.text; });
  }

  // Each word as one token, in order: what phrases and nearness are judged by.
  function wordTokens(text) {
    return words(text).map(function (w) { return stem(fold(w)); });
  }

  // A text's words case-folded and joined by single spaces: how phrases and titles compare.
  function key(text) {
    return words(text || "").map(fold).join(" ");
  }

  // How codes and names compare (LookupKey.swift, the one definition): rule 1, a text's word
  // pieces, case-folded and joined by single spaces, so FAILED_TO_CREATE_CLASS reads as
  // "failed to create class"; rule 2, the number a code written after or glued to a prefix, or
  // with its digits in threes, names (E4012, #4012, error-4012, 4,012), or null.
  function lookupPieces(text) {
    var out = [];
    words(text || "").forEach(function (word) {
      word.split(JOINER).forEach(function (part) {
        camelPieces(part).forEach(function (piece) { out.push(fold(piece)); });
      });
    });
    return out;
  }

  function lookupKey(text) {
    return lookupPieces(text).join(" ");
  }

  function codeKey(text) {
    var pieces = lookupPieces(text);
    var digits = /^[0-9]+$/;
    while (pieces.length > 1 && rules.codePrefixes.indexOf(pieces[0]) >= 0) pieces.shift();
    if (!pieces.length) return null;
    if (!digits.test(pieces[0])) {
      var glued = rules.codePrefixes.filter(function (p) {
        return pieces[0].lastIndexOf(p, 0) === 0 && digits.test(pieces[0].slice(p.length));
      })[0];
      if (glued) pieces[0] = pieces[0].slice(glued.length);
    }
    if (!pieces.every(function (p) { return digits.test(p); })) return null;
    var grouped = pieces.length === 1 || (pieces[0].length <= 3 && pieces.slice(1).every(function (p) { return p.length === 3; }));
    return grouped ? pieces.join("") : null;
  }

  // The keys a query is compared with codes, names and aliases by, most literal first.
  function lookupKeys(text) {
    var whole = lookupKey(text);
    var code = codeKey(text);
    var keys = whole ? [whole] : [];
    if (code && code !== whole) keys.push(code);
    return keys;
  }

  // Index: the main file always; postings, entries and exact keys either in it or in parts loaded
  // on demand (see SearchIndex.swift for the layout).

  function display(e, index) {
    return {
      code: e[0], name: e[1], title: e[2], product: index.products[e[3]] || "", url: e[4], snippet: e[5],
      kind: index.kinds[e[6]] || "", texts: [e[1] || "", e[2]].concat(e[7] || []), titleKey: key(e[2]),
      // An entry's name, title and aliases, for a pasted line that holds one whole; a symbolic
      // name also as its words, as a customer retypes CLASS_NOT_YET_CREATED from the screen.
      phrases: e[6] ? [] : [e[1], e[1] && e[1].replace(/[_.-]+/g, " "), e[2]].concat(e[8] || []).map(key)
        .filter(function (k, i, all) { return k.indexOf(" ") > 0 && all.indexOf(k) === i; }),
      // A page that gathers entries (a topic, a troubleshooter): their numbers.
      members: e[6] ? e[8] || [] : []
    };
  }

  // An index built by another version of kb: its tokens or layout may differ from this script's.
  function staleIndex(version) {
    var error = new Error("search index format " + version + ", expected " + FORMAT);
    error.stale = true;
    return error;
  }

  function prepare(data) {
    if (!data || data.version !== FORMAT) throw staleIndex(data && data.version);
    rules = {
      contractions: data.contractions,
      unsegmented: new RegExp("[" + data.unsegmented.map(function (range) {
        return "\\u{" + range[0].toString(16) + "}-\\u{" + range[1].toString(16) + "}";
      }).join("") + "]", "u"),
      commonFloor: data.commonWordFloor,
      codePrefixes: data.codePrefixes
    };
    var tokens = data.tokens;
    var byLength = [];
    for (var i = 0; i < tokens.length; i++) {
      if (/^\d+$/.test(tokens[i])) continue;
      var n = tokens[i].length;
      (byLength[n] = byLength[n] || []).push(i);
    }
    var count = data.count;
    var stop = Object.create(null);
    data.stopWords.forEach(function (w) { stop[w] = true; });
    // 1 for a word of the site's vocabulary, 0 for a token only ever part of a word.
    var word = new Uint8Array(tokens.length).fill(1);
    data.partsOnly.forEach(function (t) { word[t] = 0; });
    var index = {
      tokens: tokens, frequency: data.df, byLength: byLength, products: data.products, kinds: data.kinds,
      count: count, entryCount: data.entryCount, stop: stop, word: word,
      postings: data.postings || new Array(tokens.length),
      entries: new Array(count),
      exact: data.exact || null,
      postingShards: data.postingShards, entryShard: data.entryShard, exactShards: data.exactShards,
      scores: new Float64Array(count), covered: new Float64Array(count), best: new Float64Array(count),
      masks: new Uint32Array(count)
    };
    if (data.entries) index.entries = data.entries.map(function (e) { return display(e, index); });
    return index;
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
        list.forEach(function (e, i) { index.entries[shard * index.entryShard + i] = display(e, index); });
      });
    }));
  }

  // The entries whose code, name or alias is exactly what a key names.
  function exactEntries(index, wanted) {
    if (!wanted) return Promise.resolve([]);
    if (index.exact) return Promise.resolve(index.exact[wanted] || []);
    return loadPart("x" + (fnv(wanted) % index.exactShards)).then(function (keys) {
      return Object.prototype.hasOwnProperty.call(keys, wanted) ? keys[wanted] : [];
    });
  }

  // The entries the first of the query's lookup keys that names any names.
  function exactMatches(index, query) {
    return lookupKeys(query).reduce(function (found, wanted) {
      return found.then(function (entries) { return entries.length ? entries : exactEntries(index, wanted); });
    }, Promise.resolve([]));
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

  // The tokens a query term matches, each with how much of its weight counts. A term that is a
  // word of the site's vocabulary is never read as another such word: neither a shorter stem
  // (refund is not refunds typed short) nor a near spelling (refund is no typo of refunds); it may still
  // find a misspelling that only occurs inside an identifier.
  function matches(index, term, typing) {
    var tokens = index.tokens;
    var hits = [];
    var at = find(tokens, term);
    var exact = tokens[at] === term;
    var known = exact && index.word[at] === 1;
    if (exact) hits.push([at, 1]);
    if (typing && !known) {
      // A word typed past its stem (launchi, starte) still finds the stem.
      for (var cut = 1; cut <= 3 && term.length - cut >= 4; cut++) {
        var stemAt = find(tokens, term.slice(0, -cut));
        if (tokens[stemAt] === term.slice(0, -cut)) hits.push([stemAt, 0.8]);
      }
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
          if (exact && bucket[b] === at) continue;
          if (known && index.word[bucket[b]] === 1) continue;
          if (withinOneEdit(term, tokens[bucket[b]])) hits.push([bucket[b], typo]);
        }
      }
    }
    return hits;
  }

  // Ranks the pages for a query; resolves to the results, the matched tokens and any exact match.
  function search(index, query, limit) {
    limit = limit || 50;
    var parts = tokenParts(query);
    // A code as logs write it (E4012, ERR-4012) also counts as its number.
    words(query).forEach(function (word) {
      var code = codeKey(word);
      if (code && !parts.some(function (p) { return p.text === code; })) parts.push({ text: code, part: true });
    });
    // Stop words count inside identifiers; on their own only when the query holds nothing else.
    var content = parts.filter(function (p) { return p.part || !index.stop[p.text]; });
    var terms = (content.length ? content : parts).map(function (p) { return p.text; }).slice(0, 32);
    if (!terms.length) return Promise.resolve({ results: [], matched: {} });
    // Every token of the word still being typed (the last one) also matches as a prefix.
    var all = words(query);
    var typing = /[\p{L}\p{N}]$/u.test(query) ? tokenize(all[all.length - 1]) : [];
    var termHits = terms.map(function (term) { return matches(index, term, typing.indexOf(term) >= 0); });
    // In a long query (a pasted line), words in more than an eighth of the pages, and in more
    // than COMMON_FLOOR of them (error, lab), are left out when a rarer word is there: they barely
    // change the ranking, and they are what makes a pasted line slow.
    var common = Math.max(index.count / 8, rules.commonFloor);
    var rare = termHits.length > 3 && termHits.some(function (hits) { return hits.length && index.frequency[hits[0][0]] <= common; });
    termHits = termHits.map(function (hits) {
      return hits.length && !(rare && hits.length === 1 && index.frequency[hits[0][0]] > common) ? hits : [];
    });
    var tokenNumbers = [];
    termHits.forEach(function (hits) { hits.forEach(function (hit) { tokenNumbers.push(hit[0]); }); });
    var wanted = key(query);
    return Promise.all([needPostings(index, tokenNumbers), exactMatches(index, query)]).then(function (loaded) {
      var scored = score(index, termHits, loaded[1]);
      var top = scored.ranked.slice(0, Math.max(40, limit));
      return needEntries(index, top.map(function (r) { return r.number; })).then(function () {
        var padded = " " + wanted + " ";
        var queryWords = wordTokens(query);
        top.forEach(function (r) {
          r.entry = index.entries[r.number];
          // A query that holds an entry's whole name or title (a pasted message) puts it on top.
          r.entry.phrases.forEach(function (phrase) {
            if (padded.indexOf(" " + phrase + " ") >= 0) r.score += PHRASE * phrase.split(" ").length;
          });
          // A query that is a page's whole title (a product, a topic, a diagram) finds that page.
          if (wanted === r.entry.titleKey) r.score += PHRASE;
          // The words of a page's short texts, tokenized once per page and kept.
          r.entry.words = r.entry.words || r.entry.texts.map(wordTokens);
          r.score *= 1 + nearness(r.entry.words, queryWords, terms, scored.termTokens, index.stop);
        });
        top.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
        var first = top[0];
        var kept = besideMembers(top.filter(function (r) { return r.score >= first.score * KEEP; }));
        return { results: kept.slice(0, limit), matched: scored.matched, exact: first && first.score >= EXACT ? first : null };
      });
    });
  }

  // A page that gathers entries shows next to them: never above the best of its entries that
  // the results hold, but right after it when its own score would put it higher.
  function besideMembers(results) {
    results.slice().forEach(function (page) {
      if (!page.entry.members.length) return;
      var at = results.indexOf(page);
      var best = -1;
      for (var i = 0; i < results.length && best < 0; i++) {
        if (page.entry.members.indexOf(results[i].number) >= 0) best = i;
      }
      if (best > at) {
        results.splice(at, 1);
        results.splice(best, 0, page);
      }
    });
    return results;
  }

  // A bonus from 0 to 0.7 for the query's words close together in one short text of the page,
  // and for a run of them in the query's order (a phrase); `texts` holds each text's word tokens.
  function nearness(texts, queryWords, terms, termTokens, stop) {
    var content = [];
    var sets = queryWords.map(function (w) {
      var t = terms.indexOf(w);
      if (t < 0 || stop[w]) return null;
      if (content.indexOf(t) < 0) content.push(t);
      return termTokens[t];
    });
    function same(token, j) {
      return sets[j] ? sets[j][token] === true : token === queryWords[j];
    }
    var closest = 0;
    var longest = 0;
    texts.forEach(function (tw) {
      var found = [];
      for (var p = 0; p < tw.length; p++) {
        for (var j = 0; j < queryWords.length; j++) {
          if (!same(tw[p], j)) continue;
          if (sets[j]) found.push([p, terms.indexOf(queryWords[j])]);
          var run = 1;
          var meaningful = sets[j] ? 1 : 0;
          while (p + run < tw.length && j + run < queryWords.length && same(tw[p + run], j + run)) {
            if (sets[j + run]) meaningful++;
            run++;
          }
          if (run >= 2 && meaningful >= 1 && run > longest) longest = run;
        }
      }
      // The most distinct content words within a span of their number plus two.
      var span = content.length + 2;
      for (var a = 0; a < found.length; a++) {
        var seen = Object.create(null);
        var distinct = 0;
        for (var b = a; b < found.length && found[b][0] - found[a][0] < span; b++) {
          if (!seen[found[b][1]]) { seen[found[b][1]] = true; distinct++; }
        }
        if (distinct > closest) closest = distinct;
      }
    });
    var near = content.length >= 2 ? Math.max(0, closest - 1) / (content.length - 1) : 0;
    var phrase = queryWords.length >= 2 ? Math.min(1, Math.max(0, longest - 1) / (queryWords.length - 1)) : 0;
    return 0.35 * near + 0.35 * phrase;
  }

  // Sums each entry's best weight per query term, weighted by rarity and by how much of the query it covers.
  function score(index, termHits, exact) {
    var count = index.count;
    // Scratch arrays, one slot per entry, reused from query to query and zeroed after use.
    var scores = index.scores;
    var covered = index.covered;
    var best = index.best;
    var masks = index.masks;
    var candidates = [];
    // Token to the bits of the query terms it matched, and each term's matched tokens.
    var matched = Object.create(null);
    var termTokens = termHits.map(function () { return Object.create(null); });
    var totalWeight = 0;
    termHits.forEach(function (hits, term) {
      var touched = [];
      var termWeight = 0;
      var bit = 1 << term;
      hits.forEach(function (hit) {
        var list = index.postings[hit[0]];
        var idf = Math.log(1 + count / index.frequency[hit[0]]);
        termWeight = Math.max(termWeight, idf * hit[1]);
        var token = index.tokens[hit[0]];
        termTokens[term][token] = true;
        if (!index.stop[token]) matched[token] = (matched[token] | 0) | bit;
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
        masks[e] |= bit;
        best[e] = 0;
      }
    });
    exact.forEach(function (e) {
      if (scores[e] === 0) candidates.push(e);
      scores[e] += EXACT;
      covered[e] = totalWeight;
      masks[e] = 0xFFFFFFFF;
    });
    var top = 0;
    candidates.forEach(function (e) {
      var coverage = totalWeight ? Math.min(1, covered[e] / totalWeight) : 1;
      scores[e] *= coverage * coverage * (e < index.entryCount ? 1 : PAGE);
      covered[e] = 0;
      if (scores[e] > top) top = scores[e];
    });
    // Of many candidates only the strongest can reach the list; the rest are not even sorted.
    var floor = candidates.length > 300 ? top / 20 : 0;
    var ranked = [];
    candidates.forEach(function (e) {
      if (scores[e] >= floor) ranked.push({ number: e, score: scores[e], mask: masks[e] });
      scores[e] = 0;
      masks[e] = 0;
    });
    if (ranked.length > 200) {
      // A numeric sort of plain numbers is far cheaper than sorting objects: it finds the 200th best.
      var values = new Float64Array(ranked.length);
      ranked.forEach(function (r, i) { values[i] = r.score; });
      var cut = values.sort()[values.length - 200];
      ranked = ranked.filter(function (r) { return r.score >= cut; });
    }
    ranked.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return { ranked: ranked, matched: matched, termTokens: termTokens };
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

  // The address of a result's page; from disk, folders need their index.html, before any anchor.
  function entryLink(entry) {
    var url = entry.url;
    if (location.protocol === "file:") url = url.replace(/\/(#|$)/, "/index.html$1");
    return new URL(root + url, location.href).href;
  }

  // Rendering, with textContent only: nothing from the index is ever parsed as HTML.

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Marks the words of a text that matched one of the query terms this result matched.
  function highlighted(tag, className, text, matched, mask) {
    var node = element(tag, className);
    var last = 0;
    String(text).replace(DISPLAY_WORD, function (word, offset) {
      if (tokenize(word).some(function (t) { return (matched[t] & mask) !== 0; })) {
        node.appendChild(document.createTextNode(text.slice(last, offset)));
        node.appendChild(element("mark", "", word));
        last = offset + word.length;
      }
      return word;
    });
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  function resultBody(container, result, matched) {
    var entry = result.entry;
    var mask = result.mask;
    var id = element("span", "result-id");
    if (entry.code) id.appendChild(highlighted("code", "result-code", entry.code, matched, mask));
    if (entry.name) id.appendChild(highlighted("span", "result-name", entry.name, matched, mask));
    if (id.firstChild) container.appendChild(id);
    container.appendChild(highlighted("span", "result-title", entry.title, matched, mask));
    var meta = element("span", "result-meta");
    meta.appendChild(element("span", "result-kind", entry.kind));
    meta.appendChild(document.createTextNode(" \u00b7 "));
    meta.appendChild(element("span", "result-product", entry.product));
    container.appendChild(meta);
    if (entry.snippet) container.appendChild(highlighted("span", "result-snippet", entry.snippet, matched, mask));
  }

  // What to say when search cannot run: plainly, when the index is from another version of kb.
  function unavailable(error) {
    return error && error.stale
      ? "Search is out of date: this site\u2019s search index was built by a different version of kb than this page. Reload the page; if this message stays, the site needs to be rebuilt."
      : "Search is not available here.";
  }

  function countText(n, query) {
    return (n === 0 ? "No pages" : n === 1 ? "1 page" : n + " pages") + " found for \u201c" + query + "\u201d";
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
    // Said plainly and visibly when search cannot run; announced, as it appears, by role=alert.
    var notice = element("p", "search-notice");
    notice.setAttribute("role", "alert");
    notice.hidden = true;
    list.insertAdjacentElement("afterend", notice);
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
        notice.hidden = true;
        last = found;
        list.textContent = "";
        options = last.results.map(function (r, i) {
          return option(i, entryLink(r.entry), function (li) { resultBody(li, r, last.matched); });
        });
        var all = new URL(form.getAttribute("action"), location.href);
        all.search = "?q=" + encodeURIComponent(query);
        options.push(option(options.length, all.href, function (li) {
          li.classList.add("search-all");
          li.textContent = last.results.length
            ? "All results for \u201c" + query + "\u201d"
            : "Nothing found for \u201c" + query + "\u201d: other ways to find it";
        }));
        options.forEach(function (li) { list.appendChild(li); });
        active = -1;
        input.removeAttribute("aria-activedescendant");
        list.hidden = false;
        list.setAttribute("data-query", query);
        input.setAttribute("aria-expanded", "true");
        status.textContent = countText(last.results.length, query);
      }, function (error) {
        if (input.value !== query) return;
        close();
        list.textContent = "";
        notice.textContent = unavailable(error) + " Press Enter to see every code.";
        notice.hidden = false;
      });
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

  // The search page: the same ranking as a list of links, for ?q= links support can share. The
  // page's title names the query. Around the results, the page holds the ways on (#search-help:
  // the codes page, the troubleshooters, each product's support) and every code
  // (.no-script-codes), which show when there is no result to show.

  function resultsPage(input, container) {
    var fallback = document.querySelector(".no-script-codes");
    var help = document.getElementById("search-help");
    var title = document.title;
    function ways(shown) {
      if (help) help.hidden = !shown;
      if (fallback) fallback.hidden = !shown;
    }
    function show(query, push) {
      document.title = query.trim() ? "\u201c" + query.trim() + "\u201d \u00b7 " + title : title;
      if (!query.trim()) {
        container.textContent = "";
        container.removeAttribute("data-query");
        ways(true);
        return;
      }
      load().then(function (index) { return search(index, query, 50); }).then(function (found) {
        if (input.value !== query) return;
        container.textContent = "";
        container.setAttribute("data-query", query);
        if (window.KBFeedback) window.KBFeedback.searched(query, found.results.length);
        if (push) history.replaceState(null, "", "?q=" + encodeURIComponent(query));
        if (!found.results.length) { nothingFound(query); return; }
        container.appendChild(element("p", "search-count", countText(found.results.length, query)));
        var ol = element("ol", "search-result-list");
        found.results.forEach(function (r) {
          var li = element("li", "search-result");
          var a = element("a", "result-link");
          a.href = entryLink(r.entry);
          resultBody(a, r, found.matched);
          li.appendChild(a);
          ol.appendChild(li);
        });
        container.appendChild(ol);
        ways(false);
      }, function (error) {
        container.textContent = "";
        container.appendChild(element("p", "search-unavailable", unavailable(error) + " Every code is listed below."));
        container.setAttribute("data-query", query);
        ways(true);
      });
    }
    // A query that found nothing, the one place that knows it: says so with the query, points
    // at the query in the box above to correct it, shows the ways on, and tells any listener
    // (a "kb-search-nothing-found" event on document, with the query as detail.query).
    function nothingFound(query) {
      var said = element("p", "search-count search-none");
      said.appendChild(document.createTextNode(countText(0, query) + ". "));
      var edit = element("a", "search-edit", "Change the search");
      edit.href = "#search-page-input";
      edit.addEventListener("click", function (event) {
        event.preventDefault();
        input.focus();
        input.select();
      });
      said.appendChild(edit);
      said.appendChild(document.createTextNode(", or try one of the ways below."));
      container.appendChild(said);
      ways(true);
      document.dispatchEvent(new CustomEvent("kb-search-nothing-found", { detail: { query: query } }));
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
    // tokenize() and lookupKeys() use the tables that come with the index: load() it first.
    tokenize: tokenize,
    lookupKeys: lookupKeys,
    load: load,
    rank: search,
    search: function (q, limit) { return load().then(function (index) { return search(index, q, limit); }); }
  };
  document.addEventListener("DOMContentLoaded", setUp);
})();
