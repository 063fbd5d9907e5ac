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
