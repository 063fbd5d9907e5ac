"""The trainer's dashboard and a student's page in real headless Chromium (Debian's
chromium, driven by Playwright), against the real server and the real sandbox."""

from __future__ import annotations

import shutil
import time

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

from conftest import REPO
from test_server import SOLUTION, LiveServer, _tokens, _work
from workshop.course import Course
from workshop.roster import load_roster
from workshop.server.app import create_app
from workshop.server.worker import GradingWorker
from workshop.submit import build_archive

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def server(tmp_path, sandbox_image):
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nalice,Alice Martin,alice@x.org\nbob,Bob Durand,bob@x.org\n")
    course, data, inbox = Course.locate(REPO), tmp_path / "server", tmp_path / "inbox"
    worker = GradingWorker(inbox, course, data, workers=1)
    live = LiveServer(create_app(inbox, course, data, load_roster(roster), worker))
    worker.start()
    yield live, _tokens(data), tmp_path
    live.stop()
    worker.stop()


@pytest.fixture
def page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser.new_page()
        browser.close()


def _upload(url: str, token: str, student: str, tmp_path, name: str) -> None:
    archive, _ = build_archive(
        _work(tmp_path, name, SOLUTION), Course.locate(REPO).exercise("calculatrice"), student
    )
    sent = httpx.post(
        f"{url}/api/v1/submissions",
        content=archive,
        headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {token}"},
    )
    assert sent.status_code == 201


def test_dashboard_shows_a_submission_arrive_and_its_score_update(server, page):
    live, tokens, tmp_path = server
    page.goto(f"{live.url}/dashboard#token={tokens['*class*']}")
    expect(page.locator("h1")).to_have_text("Live dashboard")
    expect(page.locator("#updated")).to_contain_text("Updated at")
    assert page.locator("section").count() == 0
    _upload(live.url, tokens["alice"], "alice", tmp_path, "a")
    row = page.locator("section[data-slug=calculatrice] tr", has_text="alice")
    expect(row).to_be_visible(timeout=10_000)
    expect(row).to_contain_text("48 / 48", timeout=60_000)
    expect(row).to_contain_text("passed")
    counts = page.locator("section[data-slug=calculatrice] .counts")
    expect(counts).to_contain_text("Submitted: 1 / 2")
    page.screenshot(path=str(tmp_path / "dashboard.png"))


def test_dashboard_refuses_a_student_token(server, page):
    live, tokens, _ = server
    page.goto(f"{live.url}/dashboard#token={tokens['alice']}")
    expect(page.locator("#updated")).to_have_text("Unknown token: open the link your trainer gave you.")


def test_student_page_shows_public_feedback_then_the_released_score(server, page):
    live, tokens, tmp_path = server
    _upload(live.url, tokens["bob"], "bob", tmp_path, "b")
    page.goto(f"{live.url}/student#token={tokens['bob']}")
    expect(page.locator("#who")).to_have_text("My submissions — bob")
    state = page.locator("section[data-slug=calculatrice] .state")
    expect(state).to_contain_text("the hidden tests and your score come", timeout=60_000)
    expect(page.locator("section[data-slug=calculatrice] td", has_text="test_addition")).to_be_visible()
    assert page.locator("td", has_text="test_computes").count() == 0  # hidden tests not yet shown
    released = httpx.post(
        f"{live.url}/api/v1/release/calculatrice", headers={"Authorization": f"Bearer {tokens['*class*']}"}
    )
    assert released.status_code == 200
    expect(state).to_contain_text("48 / 48", timeout=10_000)
    deadline = time.monotonic() + 10
    while page.locator("td", has_text="test_computes").count() == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert page.locator("td", has_text="test_computes").count() > 0


# -- the debrief on the live dashboard (issue 12, item 6) ------------------------------------------
DEMO = REPO / "graders" / "calculatrice" / "demo"
VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture
def session_server(tmp_path, sandbox_image, monkeypatch):
    """The one-hour session in French: three on the roster, carol never hands in."""
    from workshop.session import choose

    monkeypatch.setenv("WORKSHOP_LANG", "fr")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,email\nalice,Alice Martin,alice@x.org\nbruno,Bruno Petit,bruno@x.org\n"
        "carol,Carol Roux,carol@x.org\n"
    )
    course, data, inbox = choose(Course.locate(REPO), "une-heure"), tmp_path / "server", tmp_path / "inbox"
    worker = GradingWorker(inbox, course, data, workers=1, roster=load_roster(roster))
    live = LiveServer(create_app(inbox, course, data, load_roster(roster), worker))
    worker.start()
    yield live, _tokens(data), tmp_path
    live.stop()
    worker.stop()


def test_the_dashboard_shows_the_debrief_at_1280x800_and_releases_results_with_a_click(
    session_server, tmp_path
):
    import os
    from pathlib import Path

    live, tokens, _ = session_server
    _upload(live.url, tokens["alice"], "alice", tmp_path, "a")
    # bruno: a careful parser that computes strictly from left to right (the demo's bruno)
    archive, _ = build_archive(
        _work(tmp_path, "b", DEMO / "bruno" / "calculator.py"),
        Course.locate(REPO).exercise("calculatrice"),
        "bruno",
    )
    sent = httpx.post(
        f"{live.url}/api/v1/submissions",
        content=archive,
        headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {tokens['bruno']}"},
    )
    assert sent.status_code == 201
    shots = Path(os.environ.get("WORKSHOP_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(f"{live.url}/dashboard#token={tokens['*class*']}")
        calc = page.locator("article.debrief[data-slug=calculatrice]")
        expect(calc.locator("table.grid tbody tr")).to_have_count(2, timeout=10_000)
        expect(calc.locator("table.grid tbody tr", has_text="bruno")).to_contain_text(
            "43 / 48", timeout=90_000
        )
        expect(calc.locator("table.grid tbody tr", has_text="alice")).to_contain_text(
            "48 / 48", timeout=90_000
        )
        expect(page.locator("#session")).to_contain_text("Séance : Une heure pour débuter")
        expect(page.locator("#session")).to_contain_text("Total attendu : 77 points (calculatrice, prompts)")
        # bruno computes strictly from left to right: precedence, and nested parentheses
        expect(calc.locator(".top-failures li")).to_have_text(
            ["Priorité des opérations — 1 élève\nbruno", "Parenthèses — 1 élève\nbruno"], use_inner_text=True
        )
        expect(calc.locator(".missing")).to_contain_text("carol")
        expect(calc.locator("h2 .mean")).to_contain_text("Moyenne : 94,8 %")
        bruno = calc.locator("table.grid tbody tr", has_text="bruno")
        head = calc.locator("table.grid thead th").all_inner_texts()
        marks = bruno.locator("td.cell").all_inner_texts()
        cells = dict(zip(head[1:-1], marks, strict=True))
        # part of the precedence cases pass (2+3*4 happens to work from left to right): "~"
        assert (cells.pop("Priorité des opérations"), cells.pop("Parenthèses")) == ("~", "~")
        assert set(cells.values()) == {"✓"} and len(cells) == 7
        # the prompts exercise of the session is there before anyone hands it in
        expect(page.locator("article.debrief[data-slug=prompts]")).to_contain_text(
            "Personne n'a encore rendu."
        )
        page.screenshot(path=str(shots / "dashboard-fr.png"))
        page.screenshot(path=str(shots / "dashboard-fr-full.png"), full_page=True)
        facts = page.evaluate(
            """() => {
            const px = e => parseFloat(getComputedStyle(e).fontSize);
            const grid = document.querySelector("article.debrief table.grid");
            return {
                scrollWidth: document.scrollingElement.scrollWidth,
                overflow: [...document.querySelectorAll("body *")].filter(
                    e => e.getBoundingClientRect().right > window.innerWidth + 0.5).length,
                cellPx: Math.min(...[...grid.querySelectorAll("td")].map(px)),
                failuresPx: Math.min(
                    ...[...document.querySelectorAll(".top-failures li, .top-failures li *")].map(px)),
                buttonPx: px(document.querySelector("button.release")),
                buttonBottom: document.querySelector("button.release").getBoundingClientRect().bottom,
            };
        }"""
        )
        assert facts["scrollWidth"] <= VIEWPORT["width"] and facts["overflow"] == 0
        assert facts["cellPx"] >= 16 and facts["failuresPx"] >= 16 and facts["buttonPx"] >= 16
        assert facts["buttonBottom"] < VIEWPORT["height"]
        # releasing: one click, no curl; the student then sees the score
        before = httpx.get(
            f"{live.url}/api/v1/feedback/calculatrice", headers={"Authorization": f"Bearer {tokens['bruno']}"}
        ).json()
        assert before["released"] is False and "score" not in before
        button = calc.locator("button.release")
        expect(button).to_have_text("Publier les résultats")
        button.click()
        expect(button).to_have_text("Résultats publiés")
        expect(button).to_be_disabled()
        after = httpx.get(
            f"{live.url}/api/v1/feedback/calculatrice", headers={"Authorization": f"Bearer {tokens['bruno']}"}
        ).json()
        assert (after["released"], after["score"]) == (True, 43)
        page.reload()  # the server remembers: the button stays "released"
        expect(page.locator("article.debrief[data-slug=calculatrice] button.release")).to_have_text(
            "Résultats publiés"
        )
        browser.close()


# -- browser hardening: the pages work under their Content-Security-Policy (issue 12, part A) ------
def _csp_reports(page) -> list[str]:  # type: ignore[no-untyped-def]
    """What Chromium says in the console about the page's Content-Security-Policy."""
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    return said


def _violations(said: list[str]) -> list[str]:
    return [text for text in said if "Content Security Policy" in text]


def test_the_dashboard_and_the_student_page_work_under_their_csp_with_no_violation(server, page):
    live, tokens, tmp_path = server
    said = _csp_reports(page)
    _upload(live.url, tokens["alice"], "alice", tmp_path, "a")
    page.goto(f"{live.url}/dashboard#token={tokens['*class*']}")
    row = page.locator("section[data-slug=calculatrice] tr", has_text="alice")
    expect(row).to_contain_text("48 / 48", timeout=60_000)  # the script ran, fetched, rendered
    expect(page.locator("article.debrief")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # styled
    widths = page.evaluate("[...document.querySelectorAll('section .bar')].map(bar => bar.style.width)")
    assert "20rem" in widths  # a width the script sets (CSSOM) is allowed
    page.goto(f"{live.url}/student#token={tokens['alice']}")
    expect(page.locator("#who")).to_have_text("My submissions — alice")
    expect(page.locator("section[data-slug=calculatrice] td", has_text="test_addition")).to_be_visible(
        timeout=30_000
    )
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    assert _violations(said) == [], said


def test_a_script_the_page_did_not_bring_is_refused_and_reported(server, page):
    """The check above can fail: a script injected without the nonce (as an XSS would) does
    not run, and Chromium reports it in the console."""
    live, tokens, _ = server
    said = _csp_reports(page)
    page.goto(f"{live.url}/student#token={tokens['bob']}")
    expect(page.locator("#who")).to_have_text("My submissions — bob")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
        " document.body.appendChild(s); }"
    )
    page.evaluate("() => { const s = document.createElement('style'); s.textContent = 'body{color:red}';"
                  " document.head.appendChild(s); }")
    deadline = time.monotonic() + 5
    while len(_violations(said)) < 2 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("getComputedStyle(document.body).color") != "rgb(255, 0, 0)"
    found = _violations(said)
    assert any("script" in text for text in found) and any("style" in text for text in found), said


def test_a_page_past_its_read_limit_says_so_and_every_refused_answer_is_read(tmp_path, page):
    """Refusals are read to the end (no-store answers left unread hold their connection
    open, and six of them would stall the page), and a 429 shows the server's sentence."""
    from test_server_headers import _app
    from workshop.server.app import RateLimit

    app, tokens = _app(tmp_path, RateLimit(count=3, window_s=60))
    live = LiveServer(app)
    try:
        finished: list[str] = []
        page.on("requestfinished", lambda request: finished.append(request.url))
        page.goto(f"{live.url}/dashboard#token={tokens['alice']}")  # a student's token: 401
        expect(page.locator("#updated")).to_have_text("Unknown token: open the link your trainer gave you.")
        page.wait_for_load_state("networkidle", timeout=10_000)
        page.goto(f"{live.url}/student#token={tokens['bob']}")  # /me every 2 s: the 4th is refused
        expect(page.locator("#who")).to_have_text(
            "Too many requests from this token in a short time. Wait a few seconds, then reload the page.",
            timeout=15_000,
        )
        page.wait_for_load_state("networkidle", timeout=10_000)
    finally:
        live.stop()
    assert sum("/api/v1/dashboard" in url for url in finished) >= 1
    assert sum("/api/v1/me" in url for url in finished) >= 4
