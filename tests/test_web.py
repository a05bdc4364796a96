"""`chronist serve` for real: uvicorn in a subprocess on a free port over a store built from the
texts of test_aggregate, checked over HTTP and in Debian's Chromium driven by Playwright.

Screenshots of every page go to $CHRONIST_ARTIFACTS (default: a pytest temp folder). Without
Chromium the browser tests skip and say what to install (`make install-browser` as root, or
`apt-get install chromium`); Playwright's own browser download is never used.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_aggregate import ROOT, build_on_postgres, build_store

httpx = pytest.importorskip("httpx")

MARKUP = ('<script>alert(1)</script>', '"><img src=x onerror=alert(2)>')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(db):
    """The real command, `chronist serve --db DB --port N` (default host), until the module ends."""
    yield from _serve(db)


@pytest.fixture(scope="module")
def pg_db(tmp_path_factory, pg_server) -> str:
    """The same store in a PostgreSQL database of the session's server."""
    yield from build_on_postgres(pg_server, tmp_path_factory.mktemp("web-pg"))


@pytest.fixture(scope="module")
def pg_web(pg_db):
    """`chronist serve --db postgresql://...` until the module ends."""
    yield from _serve(pg_db)


def _serve(db):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "chronist.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/status", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"chronist serve did not start: {out} {err}")
        time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def store_events(db) -> list[dict]:
    from chronist.store import Store
    with Store.open(db) as store:
        return list(store.iter_events(with_article=True))


# -- over HTTP -----------------------------------------------------------------------------


PAGES = ["/events", "/timeline?a=USA&b=PRK", "/network", "/map", "/article/1", "/status"]
APIS = ["/api/events", "/api/aggregate?by=source,target&per=week", "/api/timeline?a=USA&b=PRK",
        "/api/network", "/api/map", "/api/status", "/api/article/1"]


@pytest.mark.parametrize("path", PAGES + APIS + ["/static/chronist.css", "/map/world.svg"])
def test_every_response_has_the_security_headers(server, path):
    r = httpx.get(server + path)
    assert r.status_code == 200, r.text[:300]
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_server_binds_loopback_by_default(server):
    from chronist.cli import build_parser
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    port = int(server.rsplit(":", 1)[1])
    with socket.socket() as s:     # listening on the loopback address it was given by default
        s.settimeout(2)
        s.connect(("127.0.0.1", port))


def test_writes_are_refused_and_the_store_is_not_touched(server, db):
    before = db.read_bytes()
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        r = httpx.request(method, server + "/events", content=b"DELETE FROM events")
        assert r.status_code == 405
    r = httpx.get(server + "/events", params={"sql": "DELETE FROM events", "q": "'; DROP TABLE events; --"})
    assert r.status_code == 200 and "no events match" in r.text
    assert httpx.get(server + "/api/status").json()["events"] > 0
    assert db.read_bytes() == before


def test_markup_in_an_article_is_shown_as_text(server):
    rows = httpx.get(server + "/api/events", params={"q": "on Iran"}).json()["events"]
    assert rows
    row = rows[0]["article_row"]
    html = httpx.get(f"{server}/article/{row}").text
    for markup in MARKUP:
        assert markup not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html     # the title too


def test_bad_filters_give_a_clear_400(server):
    r = httpx.get(server + "/events", params={"quad": "conflict"})
    assert r.status_code == 400 and "is not a quad class" in r.text
    r = httpx.get(server + "/api/aggregate", params={"by": "colour"})
    assert r.status_code == 400 and "cannot aggregate by colour" in r.json()["error"]
    assert httpx.get(server + "/article/999").status_code == 404


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "plover"])
def test_download_of_the_selection(server, store_events, fmt):
    r = httpx.get(f"{server}/download.{fmt}", params={"category": "SANCTION"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    lines = r.text.splitlines()
    expected = [e for e in store_events if e["plover"] == "SANCTION"]
    assert len(lines) == len(expected) + (1 if fmt == "csv" else 0) and expected
    if fmt == "plover":
        ids = {json.loads(line)["id"] for line in lines}
        assert ids == {e["id"] for e in expected}
        assert all(json.loads(line)["event"] == ["SANCTION"] for line in lines)


def test_api_aggregate_returns_the_library_rows(server, db):
    from chronist.aggregate import aggregate, open_readonly
    got = httpx.get(server + "/api/aggregate", params={"by": "source,target", "per": "week"}).json()["rows"]
    conn = open_readonly(db)
    try:
        assert got == [r.record() for r in aggregate(conn, by="source,target", per="week", limit=1000)]
    finally:
        conn.close()


def _comparable(path: str, body: dict) -> dict:
    if path == "/api/status":                   # the times of migrations and ingest differ, of course
        body["migrations"] = [m[:2] for m in body["migrations"]]
        for row in body["latest"]:
            row.pop("ingested_at")
    return body


@pytest.mark.parametrize("path", [*APIS, "/api/events?q=iran", "/api/events?category=sanction&lang=en",
                                  "/api/aggregate?by=category,quad,country&per=month",
                                  "/api/aggregate?by=source&per=day&actors=code"])
def test_the_api_on_postgresql_answers_as_on_sqlite(server, pg_web, path):
    lite = httpx.get(server + path, timeout=30)
    served = httpx.get(pg_web + path, timeout=30)
    assert lite.status_code == served.status_code == 200
    assert _comparable(path, served.json()) == _comparable(path, lite.json())
    assert served.json() != {}


def test_download_from_postgresql(pg_web, store_events):
    got = httpx.get(pg_web + "/download.plover", timeout=30)
    assert got.status_code == 200
    assert {json.loads(line)["id"] for line in got.text.splitlines()} == {e["id"] for e in store_events}


# -- in the browser ------------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        pytest.skip("Chromium is not installed: run `make install-browser` as root or `apt-get install chromium` "
                    "(Playwright's own browser download is not used)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="install the test extra: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("CHRONIST_ARTIFACTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server):
    yield from _page(browser, server)


@pytest.fixture
def pg_page(browser, pg_web):
    yield from _page(browser, pg_web)


def _page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    tab = context.new_page()
    tab.problems = []            # console errors (CSP violations land here) and script dialogs
    tab.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    yield tab
    problems = tab.problems
    context.close()
    assert problems == []


def test_events_page_lists_events_and_filters_change_the_rows(page, shots, store_events):
    page.goto("/events")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(store_events)
    assert page.locator("#total").inner_text() == str(len(store_events))
    page.screenshot(path=shots / "events.png", full_page=True)
    page.select_option("select[name=category]", "SANCTION")
    page.click("#apply")
    page.wait_for_url("**/events?*category=SANCTION*")
    sanctions = [e for e in store_events if e["plover"] == "SANCTION"]
    assert rows.count() == len(sanctions) < len(store_events)
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.category)")) == {"SANCTION"}
    page.fill("input[name=q]", "Iran")
    page.click("#apply")
    page.wait_for_url("**q=Iran*")
    assert rows.count() == 1 and "Iran" in rows.first.inner_text()
    page.screenshot(path=shots / "events-filtered.png", full_page=True)


def test_events_page_on_postgresql(pg_page, store_events):
    pg_page.goto("/events")
    rows = pg_page.locator("#events-table tbody tr")
    assert rows.count() == len(store_events)
    pg_page.fill("input[name=q]", "iran")
    pg_page.click("#apply")
    pg_page.wait_for_url("**q=iran*")
    assert rows.count() == 1 and "Iran" in rows.first.inner_text()
    pg_page.goto("/network")
    nodes = pg_page.locator("#network g.node")
    assert {"USA", "PRK", "UKR"} <= set(nodes.evaluate_all("ns => ns.map(n => n.dataset.actor)"))


def test_dyad_and_language_filters(page, store_events):
    page.goto("/events?dyad=PRK,USA")
    dyad = [e for e in store_events if {e["source"][0]["actor"] if e["source"] else None,
                                        e["target"][0]["actor"] if e["target"] else None} == {"USA", "PRK"}]
    assert page.locator("#events-table tbody tr").count() == len(dyad) >= 3
    page.goto("/events")
    page.select_option("select[name=lang]", "de")
    page.click("#apply")
    page.wait_for_url("**lang=de*")
    german = [e for e in store_events if e["story"]["lang"] == "de"]
    assert page.locator("#events-table tbody tr").count() == len(german) > 0


def test_clicking_a_timeline_bar_lists_its_events(page, shots):
    page.goto("/timeline?a=USA&b=PRK&per=week")
    bars = page.locator("#timeline g.bar")
    assert bars.count() >= 3                    # May 1, 8 and 15 weeks (and empty weeks between, if any)
    full = [i for i in range(bars.count()) if int(bars.nth(i).get_attribute("data-events")) > 0]
    assert len(full) >= 2
    assert page.locator("#timeline polyline.goldstein").get_attribute("points").count(",") >= 2
    page.screenshot(path=shots / "timeline.png", full_page=True)
    bar = bars.nth(full[0])
    period, n = bar.get_attribute("data-period"), int(bar.get_attribute("data-events"))
    bar.locator("rect.seg").first.click()
    page.wait_for_url(f"**bucket={period}*")
    listed = page.locator("#events-table tbody tr")
    assert listed.count() == n
    import datetime as dt
    monday = dt.date.fromisoformat(period)
    for day in listed.locator("td.date").all_inner_texts():
        assert monday <= dt.date.fromisoformat(day) <= monday + dt.timedelta(days=6)
    assert page.locator("#bucket").inner_text().startswith(period)
    page.screenshot(path=shots / "timeline-bar-clicked.png", full_page=True)


def test_network_has_actors_and_weighted_coloured_edges(page, shots):
    page.goto("/network")
    nodes = page.locator("#network g.node")
    assert {"USA", "PRK", "UKR"} <= set(nodes.evaluate_all("ns => ns.map(n => n.dataset.actor)"))
    edges = page.locator("#network path.edge")
    assert edges.count() >= 4
    colours = set(edges.evaluate_all("es => es.map(e => e.getAttribute('stroke'))"))
    assert len(colours) >= 2
    page.screenshot(path=shots / "network.png", full_page=True)
    edge = page.locator('#network path.edge[data-source="USA"][data-target="PRK"]')
    n = int(edge.get_attribute("data-events"))
    edge.dispatch_event("click")
    page.wait_for_url("**/events?source=USA&target=PRK*")
    assert page.locator("#events-table tbody tr").count() == n


def test_map_draws_places_over_country_outlines(page, shots):
    page.goto("/map")
    places = page.locator("#map circle.place")
    names = set(places.evaluate_all("ps => ps.map(p => p.dataset.name)"))
    assert {"Seoul", "Berlin", "Kyiv"} <= names
    loaded = page.evaluate("""() => new Promise(done => { const img = new Image();
        img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); img.src = '/map/world.svg'; })""")
    assert loaded > 0
    from chronist.web.world import has_atlas
    if has_atlas():
        svg = page.request.get("/map/world.svg").text()
        assert svg.count("<path") > 150                      # Natural Earth's countries at 1:110m
    else:
        assert page.locator("#no-atlas").is_visible()
    page.screenshot(path=shots / "map.png", full_page=True)


def test_article_highlights_cover_the_right_characters(page, shots, server, store_events):
    articles = sorted({httpx.get(server + "/api/events", params={"q": e["sentence"][:30]}).json()["events"][0]
                       ["article_row"] for e in store_events})
    checked = 0
    for row in articles:
        data = httpx.get(f"{server}/api/article/{row}").json()
        page.goto(f"/article/{row}")
        text = data["text"]
        assert page.locator("#article-text").inner_text() == text
        for event in data["events"]:
            spans = json.loads(page.locator(f'.spans[data-event="{event["event_id"]}"]').get_attribute("data-spans"))
            for role in ("source", "target", "trigger"):
                for start, end in spans[role]:
                    got = page.evaluate(
                        """([id, role, start, end]) => [...document.querySelectorAll('#article-text span.hl')]
                            .filter(s => s.dataset.events.split(' ').includes(id) && s.classList.contains(role)
                                         && +s.dataset.start >= start && +s.dataset.end <= end)
                            .map(s => s.textContent).join('')""", [event["event_id"], role, start, end])
                    assert got == text[start:end], (row, event["event_id"], role)
                    checked += 1
        if row == articles[0]:
            page.screenshot(path=shots / "article.png", full_page=True)
    assert checked >= 3 * len(store_events) - 2


def test_every_event_links_to_its_article_with_the_event_selected(page, shots):
    page.goto("/events?q=Seoul")
    link = page.locator("#events-table a.to-article").first
    event_id = link.locator("xpath=ancestor::tr").get_attribute("data-event")
    link.click()
    page.wait_for_url("**/article/*")
    assert page.locator(f'#events-table tr.selected[data-event="{event_id}"]').count() == 1
    chosen = page.locator("#article-text span.hl.sel")
    assert chosen.count() >= 3                     # source, target and trigger of the chosen event
    assert "met" in "".join(chosen.all_inner_texts())
    page.screenshot(path=shots / "article-selected.png", full_page=True)


def test_script_in_an_article_stays_text_in_the_browser(page, shots, server):
    row = httpx.get(server + "/api/events", params={"q": "on Iran"}).json()["events"][0]["article_row"]
    page.goto(f"/article/{row}")
    body = page.locator("#article-text").inner_text()
    for markup in MARKUP:
        assert markup in body
    assert page.locator("#article-text script, #article-text img, main img").count() == 0
    assert page.locator("#title").inner_text() == "<script>alert('title')</script>"
    page.screenshot(path=shots / "article-markup.png", full_page=True)
    # the fixture asserts that no dialog opened and the console shows no error


def test_status_page_shows_states_and_reasons(page, shots):
    page.goto("/status")
    states = dict(page.locator("#states tbody tr[data-state]").evaluate_all(
        "rs => rs.map(r => [r.dataset.state, r.cells[1].textContent])"))
    assert states == {"coded": "6", "skipped": "1", "failed": "1"}
    assert "no text" in page.locator("#reasons-skipped").inner_text()
    assert "not valid JSON" in page.locator("#reasons-failed").inner_text()
    reasons = page.locator("#latest td.reason").all_inner_texts()
    assert any("not valid JSON" in r for r in reasons) and any("no text" in r for r in reasons)
    page.screenshot(path=shots / "status.png", full_page=True)
