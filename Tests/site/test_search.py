"""Search in a real browser: ranking, the combobox, the results page, JavaScript off, the offline copy, axe."""

import functools
import http.server
import json
import os
import pathlib
import threading
import urllib.parse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import run_kb

HERE = pathlib.Path(__file__).resolve().parent

# Query, the entry that must come first (top=1) or be among the first `top` where honestly ambiguous.
QUERIES = [
    # Codes and exact names.
    ("1014", "class-lti/1014", 1),
    ("1337", "class-lti/1337", 1),
    ("5", "lab-api/5", 1),
    ("110", "lab-api/110", 1),
    ("409", "scorm-api/version-conflict", 1),
    ("429", "scorm-api/rate-limit-exceeded", 1),
    ("FAILED_TO_GET_LMS_JWKS", "class-lti/1017", 1),
    ("INVALID_LTI_VERSION", "class-lti/1021", 1),
    ("Tenant Mismatch", "scorm-api/tenant-mismatch", 1),
    ("scenario 3", "lab-lti/learner-role-missing", 1),
    # Name parts and identifiers.
    ("jwks", "class-lti/1017", 1),
    ("AgsAccessToken", "lab-lti/no-ags-access-token", 1),
    ("membership#Learner", "lab-lti/learner-role-missing", 1),
    ("imsmanifest.xml", "scorm-api/invalid-scorm-package", 1),
    ("user_id", "scorm-api/invalid-user-id", 1),
    ("cmi", "scorm-api/cmi-data-update-failed", 1),
    ("FAILED_TO_CRE", "class-lti/1014", 2),
    # Symptom phrases and titles.
    ("host resources", "lab-api/3", 1),
    ("too many labs active in the class", "lab-api/90", 1),
    ("security review", "lab-api/110", 2),
    ("bearer token invalid", "lab-lti/invalid-bearer-token", 1),
    ("empty catalog", "lab-lti/empty-catalog", 1),
    ("deep link", "lab-lti/deep-link-error", 1),
    ("Skillable LTI tool missing", "lab-lti/tool-not-listed", 1),
    ("blank iframe", "scorm-api/player-not-loading", 1),
    ("class not yet created", "class-lti/1011", 1),
    ("zoom authentication", "class-lti/1337", 3),
    ("lti 1.3 version", "class-lti/1021", 1),
    ("version conflicts", "scorm-api/version-conflict", 1),
    # Typos, and a correct spelling of a misspelled identifier.
    ("sesion expired", "scorm-api/session-expired", 1),
    ("gradebok", "lab-lti/score-missing-from-gradebook", 1),
    ("Acces denied", "lab-api/access-denied", 1),
    ("msimatch", "scorm-api/tenant-mismatch", 1),
    ("PRIVILEGED", "class-lti/1009", 1),
    ("privleged zoom", "class-lti/1009", 1),
    # Pasted messages and log lines.
    ("Error: Session already exists", "scorm-api/session-already-exists", 1),
    ('Error: "Progress not updating"', "scorm-api/progress-not-updating", 1),
    ("Update failed: 409", "scorm-api/version-conflict", 1),
    (":-( Sorry, something went wrong!", "lab-api/sorry-something-went-wrong", 1),
    ("Opening the course from the LMS shows error 1017 FAILED_TO_GET_LMS_JWKS.", "class-lti/1017", 1),
    ("Error 1014", "class-lti/1014", 1),
    ('{"error":"Session already exists","status":409}', "scorm-api/session-already-exists", 1),
    ("POST /api/v2/sessions 409 Conflict", "scorm-api/version-conflict", 1),
    ("Uncaught Error: Invalid launch token at player.js:12", "scorm-api/invalid-launch-token", 1),
    ("HTTP/1.1 429 Too Many Requests", "scorm-api/rate-limit-exceeded", 1),
    # HTTP statuses and reason phrases.
    ("401 Unauthorized", "scorm-api/invalid-api-key", 1),
    ("unauthorized", "scorm-api/invalid-api-key", 1),
    ("403 Forbidden", "scorm-api/tenant-mismatch", 1),
    ("too many requests", "scorm-api/rate-limit-exceeded", 1),
    ("404 Not Found", "scorm-api/package-not-found", 2),
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    """Serves a folder on a free port in a thread; returns the server and its base URL."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def chrome(javascript=True):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--window-size=1200,900")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="module")
def base(site):
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    driver = chrome()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def ids_by_path(site):
    """Entry ids by their site-relative page path, read from the built index.json."""
    entries = json.loads((site / "index.json").read_text())["entries"]
    return {entry["url"]: entry["id"] for entry in entries}


def entry_id(href, root, ids_by_path):
    path = urllib.parse.urlsplit(href).path
    root_path = urllib.parse.urlsplit(root).path
    relative = path[len(root_path):] if path.startswith(root_path) else path
    return ids_by_path.get(relative.removesuffix("index.html"), href)


def wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def type_query(driver, query):
    """Types into the header box and waits for the suggestions of exactly that query."""
    box = driver.find_element(By.ID, "site-search")
    box.clear()
    box.send_keys(query)
    wait(driver, lambda d: d.find_element(By.ID, "site-search-listbox").get_attribute("data-query") == query)
    return box


def suggestions(driver):
    options = driver.find_elements(By.CSS_SELECTOR, "#site-search-listbox [role=option]:not(.search-all)")
    return [option.get_attribute("data-href") for option in options]


@pytest.fixture(scope="module")
def home(browser, base):
    browser.get(base)
    return browser


@pytest.mark.parametrize("query,expected,top", QUERIES, ids=[q for q, _, _ in QUERIES])
def test_query_ranks_the_right_entry_first(home, base, ids_by_path, query, expected, top):
    type_query(home, query)
    found = [entry_id(href, base, ids_by_path) for href in suggestions(home)]
    assert expected in found[:top], f"{query!r}: expected {expected} in the first {top}, got {found[:5]}"


@pytest.fixture(scope="module")
def split_base(tmp_path_factory):
    """The bundled site with its search index split into parts, as large sites get it."""
    folder = tmp_path_factory.mktemp("split") / "public"
    run_kb("build", "--output", str(folder), "--search-shards-above", "1")
    assert (folder / "search-index" / "p0.json").is_file()
    assert "postings" not in json.loads((folder / "search-index.json").read_text())
    server, url = serve(folder)
    yield url
    server.shutdown()


def test_a_split_index_ranks_every_query_alike(browser, base, split_base):
    """The whole table through the parts a query loads on demand gives the same order as one file."""
    ranking = """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 5)))
          .then(all => done(all.map(found => found.results.map(r => r.entry.url))), e => done(String(e)));
    """
    queries = [query for query, _, _ in QUERIES]
    browser.get(base)
    whole = browser.execute_async_script(ranking, queries)
    browser.get(split_base)
    split = browser.execute_async_script(ranking, queries)
    assert split == whole
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search-index/'))"
    )
    assert loaded


def test_table_covers_every_product_and_thirty_queries(ids_by_path):
    assert len(QUERIES) >= 30
    products = {expected.split("/")[0] for _, expected, _ in QUERIES}
    assert products == {entry.split("/")[0] for entry in ids_by_path.values()}
    assert {expected for _, expected, _ in QUERIES} <= set(ids_by_path.values())


CUSTOMER_QUERIES = json.loads((HERE / "search_queries.json").read_text())

# The bar in make test is below the benchmark's goal (95 % top 3, bench/RESULTS.md), so that a
# regression fails here while an unlucky new entry does not.
CUSTOMER_TOP3_BAR = 0.90

RANK_ALL = """
    const done = arguments[arguments.length - 1];
    Promise.all(arguments[0].map(q => KBSearch.search(q, 10)))
      .then(all => done(all.map(found => found.results.map(r => r.entry.url))), e => done(String(e)));
"""


def test_customer_queries_find_the_fix_in_the_first_three(home, base, ids_by_path):
    """Symptoms in customers' words, not titles or codes (Tests/site/search_queries.json)."""
    assert len(CUSTOMER_QUERIES) >= 80
    home.get(base)
    rankings = home.execute_async_script(RANK_ALL, [case["query"] for case in CUSTOMER_QUERIES])
    missed = []
    for case, urls in zip(CUSTOMER_QUERIES, rankings):
        found = [ids_by_path.get(url) for url in urls[:3]]
        if not set(found) & set(case["expected"]):
            missed.append(f"{case['query']!r}: got {found}, expected one of {case['expected'][:3]}")
    share = 1 - len(missed) / len(CUSTOMER_QUERIES)
    assert share >= CUSTOMER_TOP3_BAR, f"top 3 {share:.1%}; missed:\n" + "\n".join(missed)


def test_customer_queries_name_real_entries(ids_by_path):
    entries = set(ids_by_path.values())
    for case in CUSTOMER_QUERIES:
        assert case["expected"] and set(case["expected"]) <= entries, case


def test_an_exact_code_or_name_shows_that_entry_nearly_alone(home, base, site):
    home.get(base)
    entries = json.loads((site / "index.json").read_text())["entries"]
    keys = sorted({key for entry in entries for key in (entry["code"], entry["name"]) if key})
    counts = home.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 8)))
          .then(all => done(all.map(found => found.results.length)), e => done(String(e)));
        """,
        keys,
    )
    crowded = [(key, n) for key, n in zip(keys, counts) if n > 3]
    assert not crowded, crowded
    type_query(home, "PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED")
    assert len(suggestions(home)) == 1


def test_only_the_words_that_matched_are_marked(home, base):
    home.get(base)
    type_query(home, "PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED")
    marks = [m.text.lower() for m in home.find_elements(By.CSS_SELECTOR, "#site-search-listbox mark")]
    assert "privleged_zoom_user_not_yet_authorized" in marks
    assert "not" not in marks and "yet" not in marks
    type_query(home, "lab won't start")
    marks = [m.text.lower() for m in home.find_elements(By.CSS_SELECTOR, "#site-search-listbox mark")]
    assert marks and not {"won't", "not", "will"} & set(marks), marks


def test_every_kind_of_page_is_found_and_says_its_kind(home, base):
    home.get(base)
    type_query(home, "troubleshoot")
    first = home.find_element(By.CSS_SELECTOR, "#site-search-listbox [role=option]")
    assert first.find_element(By.CLASS_NAME, "result-kind").text == "Troubleshooter"
    assert first.get_attribute("data-href").startswith(base + "troubleshoot/"), first.get_attribute("data-href")
    expected = {
        "Lab API": "Product",
        "Scoring": "Topic",
        "LTI launch sequence": "Diagram",
        "Send Catalog": "Diagram step",
        "What does the Errors section say": "Troubleshooter question",
    }
    kinds = home.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 8)))
          .then(all => done(all.map(f => f.results[0].entry.kind)), e => done(String(e)));
        """,
        list(expected),
    )
    assert kinds == list(expected.values())
    type_query(home, "jwks")
    assert home.find_element(By.CSS_SELECTOR, "#site-search-listbox .result-kind").text == "Entry"


def serve_with_index(site, folder, change):
    """Serves a copy of the site whose search-index.json `change` edited in place; yields its URL."""
    import shutil

    shutil.copytree(site, folder)
    index = json.loads((folder / "search-index.json").read_text())
    change(index)
    (folder / "search-index.json").write_text(json.dumps(index))
    server, url = serve(folder)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def stale_base(site, tmp_path_factory):
    """The bundled site with a search index from another version of kb."""

    def older(index):
        index["version"] -= 1

    yield from serve_with_index(site, tmp_path_factory.mktemp("stale") / "public", older)


def test_a_stale_index_is_said_plainly(browser, stale_base):
    browser.get(stale_base)
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("session")
    notice = browser.find_element(By.CSS_SELECTOR, "#site-search ~ .search-notice")
    wait(browser, lambda d: notice.is_displayed())
    assert "out of date" in notice.text and "rebuilt" in notice.text
    browser.get(stale_base + "search/?q=session")
    results = browser.find_element(By.ID, "search-results")
    wait(browser, lambda d: results.get_attribute("data-query") == "session")
    assert "out of date" in results.text
    assert browser.find_element(By.CSS_SELECTOR, ".no-script-codes").is_displayed()


AFTER_LOAD = """
    const done = arguments[arguments.length - 1];
    KBSearch.load().then(() => done(arguments[0].map(text => KBSearch[arguments[1]](text))), e => done(String(e)));
"""


def test_tokenizer_matches_the_index_builder(home, base):
    home.get(base)
    cases = json.loads((HERE / "tokenizer_cases.json").read_text())
    tokens = home.execute_async_script(AFTER_LOAD, [case["text"] for case in cases], "tokenize")
    for case, found in zip(cases, tokens):
        assert found == case["tokens"], case["text"]


def test_codes_and_names_compare_as_kb_explain_compares_them(home, base):
    """Tests/site/lookup_cases.json, which the Swift tests of LookupKey read too."""
    home.get(base)
    cases = json.loads((HERE / "lookup_cases.json").read_text())
    keys = home.execute_async_script(AFTER_LOAD, [case["text"] for case in cases], "lookupKeys")
    for case, found in zip(cases, keys):
        assert found == case["keys"], case["text"]


@pytest.fixture(scope="module")
def other_rules_base(site, tmp_path_factory):
    """The bundled site with an index whose rule tables differ from kb's: search.js must follow them."""

    def other_rules(index):
        index["contractions"]["shant"] = ["shall", "not"]
        index["codePrefixes"].append("fault")
        index["unsegmented"].append([0x0400, 0x04FF])

    yield from serve_with_index(site, tmp_path_factory.mktemp("rules") / "public", other_rules)


def test_the_query_rules_come_with_the_index(browser, other_rules_base):
    browser.get(other_rules_base)
    tokens = browser.execute_async_script(AFTER_LOAD, ["shant", "abcЖЖЖ"], "tokenize")
    assert tokens == [["shall", "not"], ["abcжжж", "abc", "жжж", "жж"]]
    assert browser.execute_async_script(AFTER_LOAD, ["FAULT-1014"], "lookupKeys") == [["fault 1014", "1014"]]


def within_one_edit(a, b):
    """One insertion, deletion, substitution or swap of neighbours apart (or equal)."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j, k = len(a) - 1, len(b) - 1
    while j >= i and k >= i and a[j] == b[k]:
        j, k = j - 1, k - 1
    rest_a, rest_b = j - i + 1, k - i + 1
    return (rest_a <= 1 and rest_b <= 1) or (rest_a == rest_b == 2 and a[i] == b[i + 1] and a[i + 1] == b[i])


def test_typo_tolerance_never_reads_a_word_of_the_site_as_another(home, base, site):
    """Every pair of the site's words one edit apart (scorm and score, unable and enable, …): a query
    of one never matches the other, neither as a typo nor as a stem typed on."""
    index = json.loads((site / "search-index.json").read_text())
    parts = set(index["partsOnly"])
    words = [t for n, t in enumerate(index["tokens"]) if n not in parts and len(t) >= 4 and t.isalpha() and t.isascii()]
    near = {}
    for word in (word for word in words if len(word) >= 5):
        stems = {word[:-cut] for cut in (1, 2, 3) if len(word) - cut >= 4}
        for other in words:
            if other != word and (within_one_edit(word, other) or other in stems):
                near.setdefault(word, []).append(other)
    assert "scorm" in near and "scor" in near["scorm"], sorted(near)[:20]
    home.get(base)
    # A token typed as a query reads as itself unless stemming it again changes it (databas → databa).
    tokens = home.execute_async_script(AFTER_LOAD, list(near), "tokenize")
    near = {word: others for (word, others), found in zip(near.items(), tokens) if found == [word]}
    assert len(near) >= 20
    matched = home.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 10)))
          .then(all => done(all.map(found => Object.keys(found.matched))), e => done(String(e)));
        """,
        list(near),
    )
    joined = [(word, other) for (word, others), found in zip(near.items(), matched) for other in others if other in found]
    assert not joined, joined[:20]


def test_scorm_finds_the_scorm_product_only(home, base, ids_by_path):
    for query in ["scorm", "SCORM", "scorm grade"]:
        urls = home.execute_async_script(RANK_ALL, [query])[0]
        assert urls and all(url.startswith("scorm-api/") for url in urls[:3]), (query, urls[:3])


LAUNCH_WORDS = ["lab won't start", "lab not starting", "lab doesn't start", "my lab will not start", "lab fails to start"]


def test_a_plain_verb_finds_the_domain_word(home, base, site):
    """start ↔ launch: kb's language-level groups; the first result is one of the Lab API's launch errors."""
    launch_errors = {
        entry["url"] for entry in json.loads((site / "index.json").read_text())["entries"]
        if entry["product"] == "lab-api" and entry["topic"] == "launch-errors"
    }
    home.get(base)
    for query, urls in zip(LAUNCH_WORDS, home.execute_async_script(RANK_ALL, LAUNCH_WORDS)):
        assert urls and urls[0] in launch_errors, (query, urls[:3])
    signs = ["instructor can't log in to zoom", "teacher cannot sign in to zoom"]
    for query, urls in zip(signs, home.execute_async_script(RANK_ALL, signs)):
        assert urls[0] == "class-lti/1009/", (query, urls[:3])


CODES_AS_WRITTEN = [
    "E1014", "#1014", "1,014", "error-1014", "ERR_1014", "code 1014", "Error code: 1014", "E-1014", "err1014",
    "failed to create class", "Failed-To-Create-Class", "failedToCreateClass", "failed_to_create_class",
]


def test_a_code_as_logs_write_it_finds_its_entry_exactly(home, base):
    home.get(base)
    found = home.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 8)))
          .then(all => done(all.map(f => [f.results.map(r => r.entry.url), !!f.exact])), e => done(String(e)));
        """,
        CODES_AS_WRITTEN,
    )
    for query, (urls, exact) in zip(CODES_AS_WRITTEN, found):
        assert urls[:1] == ["class-lti/1014/"] and exact and len(urls) <= 3, (query, urls)
    pasted = home.execute_async_script(RANK_ALL, ["[E1017] launch failed", "Error #1009 while opening the course"])
    assert [urls[0] for urls in pasted] == ["class-lti/1017/", "class-lti/1009/"], pasted


@pytest.mark.parametrize("query", ["E1014", "1,014", "failed to create class"])
def test_enter_on_a_code_as_written_opens_the_entry(browser, base, query):
    browser.get(base + "codes/")
    browser.find_element(By.ID, "site-search").send_keys(query, Keys.ENTER)
    wait(browser, lambda d: d.current_url == base + "class-lti/1014/")


def test_a_troubleshooter_shows_next_to_the_entries_it_leads_to(home, base):
    queries = ["grade not showing in canvas", "score missing from the gradebook", "grades not passed back to the lms"]
    for query, urls in zip(queries, home.execute_async_script(RANK_ALL, queries)):
        assert "troubleshoot/lab-lti-scoring/" in urls[:3], (query, urls[:5])
        assert not urls[0].startswith("troubleshoot/"), (query, urls[:3])


def test_a_page_that_gathers_entries_never_shows_above_its_best_entry(home, base):
    queries = [query for query, _, _ in QUERIES] + [case["query"] for case in CUSTOMER_QUERIES]
    home.get(base)
    orders = home.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(q => KBSearch.search(q, 10)))
          .then(all => done(all.map(f => f.results.map(r => [r.number, r.entry.members]))), e => done(String(e)));
        """,
        queries,
    )
    gathering = 0
    for query, results in zip(queries, orders):
        numbers = [number for number, _ in results]
        for at, (_, members) in enumerate(results):
            listed = [numbers.index(m) for m in members if m in numbers]
            gathering += bool(listed)
            assert not listed or min(listed) < at, (query, results)
    assert gathering >= 5


def test_index_is_fetched_on_first_focus_only(browser, base):
    browser.get(base + "lab-api/")
    loaded = "return performance.getEntriesByType('resource').some(e => e.name.endsWith('search-index.json'))"
    assert not browser.execute_script(loaded)
    browser.find_element(By.ID, "site-search").click()
    wait(browser, lambda d: d.execute_script(loaded))


def test_a_result_shows_code_name_title_product_and_marked_snippet(home):
    type_query(home, "jwks")
    first = home.find_element(By.CSS_SELECTOR, "#site-search-listbox [role=option]")
    assert first.find_element(By.CLASS_NAME, "result-code").text == "1017"
    assert first.find_element(By.CLASS_NAME, "result-name").text == "FAILED_TO_GET_LMS_JWKS"
    assert first.find_element(By.CLASS_NAME, "result-title").text
    assert first.find_element(By.CLASS_NAME, "result-product").text == "Class LTI"
    assert first.find_element(By.CLASS_NAME, "result-snippet").text
    marks = [mark.text for mark in first.find_elements(By.TAG_NAME, "mark")]
    assert marks and all("jwk" in mark.lower() for mark in marks)


def test_keyboard_navigation_follows_the_combobox_pattern(browser, base):
    browser.get(base)
    box = type_query(browser, "session")
    listbox = browser.find_element(By.ID, "site-search-listbox")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-controls") == "site-search-listbox"
    assert box.get_attribute("aria-expanded") == "true"
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.find_elements(By.CSS_SELECTOR, "[role=option]")
    assert len(options) >= 3
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == options[0].get_attribute("id")
    assert options[0].get_attribute("aria-selected") == "true"
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == options[1].get_attribute("id")
    assert options[0].get_attribute("aria-selected") == "false"
    box.send_keys(Keys.ARROW_UP)
    assert box.get_attribute("aria-activedescendant") == options[0].get_attribute("id")
    box.send_keys(Keys.ESCAPE)
    assert not listbox.is_displayed()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    box.send_keys(Keys.ARROW_DOWN)
    wait(browser, lambda d: listbox.is_displayed())
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    target = browser.find_element(By.ID, box.get_attribute("aria-activedescendant")).get_attribute("data-href")
    box.send_keys(Keys.ENTER)
    wait(browser, lambda d: d.current_url == target)


def test_enter_on_an_exact_code_opens_the_entry(browser, base):
    browser.get(base + "codes/")
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("1014", Keys.ENTER)
    wait(browser, lambda d: d.current_url == base + "class-lti/1014/")


def test_enter_on_other_text_opens_the_results_page(browser, base):
    browser.get(base)
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("session", Keys.ENTER)
    wait(browser, lambda d: d.current_url == base + "search/?q=session")


def test_results_page_shows_the_same_ranking(browser, base, ids_by_path):
    query = "Update failed: 409"
    browser.get(base + "search/?q=" + urllib.parse.quote(query))
    results = browser.find_element(By.ID, "search-results")
    wait(browser, lambda d: results.get_attribute("data-query") == query)
    assert browser.find_element(By.ID, "search-page-input").get_attribute("value") == query
    links = [a.get_attribute("href") for a in results.find_elements(By.CSS_SELECTOR, "a.result-link")]
    assert entry_id(links[0], base, ids_by_path) == "scorm-api/version-conflict"
    assert not browser.find_element(By.CSS_SELECTOR, ".no-script-codes").is_displayed()
    type_query(browser, query)
    assert [entry_id(h, base, ids_by_path) for h in suggestions(browser)][0] == "scorm-api/version-conflict"


def test_results_page_follows_typing_and_keeps_a_shareable_url(browser, base):
    browser.get(base + "search/")
    assert browser.find_element(By.CSS_SELECTOR, ".no-script-codes").is_displayed()
    field = browser.find_element(By.ID, "search-page-input")
    field.send_keys("jwks")
    results = browser.find_element(By.ID, "search-results")
    wait(browser, lambda d: results.get_attribute("data-query") == "jwks")
    assert browser.current_url == base + "search/?q=jwks"


def open_results(browser, url, query):
    browser.get(url)
    results = browser.find_element(By.ID, "search-results")
    wait(browser, lambda d: results.get_attribute("data-query") == query)
    return results


def test_a_search_that_finds_nothing_offers_ways_on(browser, base, site):
    query = "zzqx wobble"
    results = open_results(browser, base + "search/?q=" + urllib.parse.quote(query), query)
    assert not results.find_elements(By.CSS_SELECTOR, "a.result-link")
    said = results.find_element(By.CSS_SELECTOR, ".search-none")
    assert "\u201c" + query + "\u201d" in said.text
    assert query in browser.title and "Search" in browser.title
    field = browser.find_element(By.ID, "search-page-input")
    assert field.get_attribute("value") == query
    said.find_element(By.CSS_SELECTOR, "a.search-edit").click()
    assert browser.switch_to.active_element == field
    help = browser.find_element(By.ID, "search-help")
    assert help.is_displayed()
    hrefs = [a.get_attribute("href") for a in help.find_elements(By.CSS_SELECTOR, ".search-ways a")]
    assert base + "codes/" in hrefs and base + "troubleshoot/lab-lti-scoring/" in hrefs
    products = json.loads((site / "index.json").read_text())["products"]
    contacts = [h.text for h in help.find_elements(By.TAG_NAME, "h3")]
    assert contacts == [product["title"] for product in products]
    assert len(help.find_elements(By.CSS_SELECTOR, ".support-block")) == len(products)
    # The moment is told to listeners (the feedback hook), each time a query shown finds nothing.
    browser.execute_script(
        "window.misses = []; document.addEventListener('kb-search-nothing-found', e => misses.push(e.detail.query));"
    )
    field.clear()
    field.send_keys("qqzv")
    wait(browser, lambda d: results.get_attribute("data-query") == "qqzv")
    misses = browser.execute_script("return misses")
    assert misses and misses[-1] == "qqzv" and all("qqzv".startswith(miss) for miss in misses)
    field.clear()
    field.send_keys("jwks")
    wait(browser, lambda d: results.get_attribute("data-query") == "jwks")
    assert not help.is_displayed()
    assert browser.execute_script("return misses") == misses
    assert browser.title.startswith("\u201cjwks\u201d")


def test_a_search_with_results_names_its_query_in_the_title(browser, base):
    open_results(browser, base + "search/?q=session", "session")
    assert browser.title.startswith("\u201csession\u201d \u00b7 Search \u00b7 ")
    assert not browser.find_element(By.ID, "search-help").is_displayed()


def test_suggestions_that_find_nothing_lead_to_the_ways_on(browser, base):
    browser.get(base)
    type_query(browser, "zzqx wobble")
    only = browser.find_elements(By.CSS_SELECTOR, "#site-search-listbox [role=option]")
    assert len(only) == 1 and "other ways" in only[0].text
    assert only[0].get_attribute("data-href") == base + "search/?q=zzqx%20wobble"


def test_without_javascript_the_form_lands_on_the_static_codes_list(site, base):
    driver = chrome(javascript=False)
    try:
        driver.get(base)
        box = driver.find_element(By.ID, "site-search")
        box.send_keys("1014", Keys.ENTER)
        wait(driver, lambda d: d.current_url == base + "search/?q=1014")
        table = driver.find_element(By.CSS_SELECTOR, ".no-script-codes")
        assert table.is_displayed()
        help = driver.find_element(By.ID, "search-help")
        assert help.is_displayed() and help.find_elements(By.CSS_SELECTOR, ".support-block")
        hrefs = [a.get_attribute("href") for a in table.find_elements(By.TAG_NAME, "a")]
        assert base + "class-lti/1014/" in hrefs
        assert driver.find_element(By.ID, "site-search").get_attribute("role") is None
    finally:
        driver.quit()


def test_search_works_under_a_sub_path(browser, subpath_site):
    server, url = serve(subpath_site.parent)
    try:
        browser.get(url + "public/class-lti/1014/")
        type_query(browser, "jwks")
        assert suggestions(browser)[0] == url + "public/class-lti/1017/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module", params=["whole", "split"])
def offline(request, tmp_path_factory):
    """The offline copy, with its search index in one file and split into parts."""
    folder = tmp_path_factory.mktemp("offline")
    split = ["--search-shards-above", "1"] if request.param == "split" else []
    run_kb("build", "--output", str(folder / "public"), "--offline", str(folder / "copy"), *split)
    return folder / "copy"


def test_offline_copy_links_point_at_files(offline):
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.urls = []

        def handle_starttag(self, tag, attrs):
            if tag == "link" and ("rel", "canonical") in attrs:
                return
            self.urls += [value for name, value in attrs if name in ("href", "src", "action") and value]

    broken = []
    pages = list(offline.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        parser = Links()
        parser.feed(page.read_text())
        for url in parser.urls:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or url.startswith(("#", "//")):
                continue
            if not (page.parent / urllib.parse.unquote(parts.path)).resolve().is_file():
                broken.append(f"{page.relative_to(offline)}: {url}")
    assert not broken, broken[:20]
    assert (offline / "search-index.js").read_text().startswith("window.KB_SEARCH_INDEX = {")


def test_offline_copy_searches_from_disk(browser, offline):
    home = offline.joinpath("index.html").as_uri()
    browser.get(home)
    type_query(browser, "jwks")
    first = suggestions(browser)[0]
    assert first == offline.joinpath("class-lti/1017/index.html").as_uri()
    browser.find_element(By.ID, "site-search").send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    wait(browser, lambda d: d.current_url == first)
    assert "1017" in browser.title
    browser.get(offline.joinpath("search/index.html").as_uri() + "?q=409")
    results = browser.find_element(By.ID, "search-results")
    wait(browser, lambda d: results.get_attribute("data-query") == "409")
    link = results.find_element(By.CSS_SELECTOR, "a.result-link").get_attribute("href")
    assert link == offline.joinpath("scorm-api/version-conflict/index.html").as_uri()


AXE_PAGES = ["", "class-lti/", "class-lti/1014/", "search/?q=session", "search/?q=zzqx"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES, ids=["home", "product", "entry", "results", "no-results"])
def test_axe_reports_no_violations(browser, base, path, scheme):
    from axe_selenium_python import Axe

    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    try:
        browser.get(base + path)
        if path.startswith("search/"):
            results = browser.find_element(By.ID, "search-results")
            wait(browser, lambda d: results.get_attribute("data-query"))
        axe = Axe(browser)
        axe.inject()
        violations = axe.run()["violations"]
        assert not violations, axe.report(violations)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_axe_reports_no_violations_with_suggestions_open(browser, base):
    from axe_selenium_python import Axe

    browser.get(base)
    type_query(browser, "session")
    browser.find_element(By.ID, "site-search").send_keys(Keys.ARROW_DOWN)
    axe = Axe(browser)
    axe.inject()
    violations = axe.run()["violations"]
    assert not violations, axe.report(violations)
