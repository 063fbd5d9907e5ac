"""The review API against a class of very long answers (red team 12c, F4), through the real
server (uvicorn on 127.0.0.1, as tests/test_server_shedding.py): what one answer renders
to is cut, one response is a bounded page, the render cache's bound is in bytes of memory.
The review page itself follows the pages in Chromium (tests/test_review_browser.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from test_server_shedding import Guarded, _class_token, _long_answers
from workshop.gradebook import Gradebook


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[Guarded]:
    running = Guarded(tmp_path)
    yield running
    running.stop()


def test_the_review_api_answers_a_class_of_long_answers_in_bounded_pages(guarded):
    book = Gradebook(guarded.data / "gradebook.sqlite")
    try:
        _long_answers(book, 40, 3)
    finally:
        book.close()
    auth = {"Authorization": f"Bearer {_class_token(guarded)}"}

    seen: list[str] = []
    sizes: list[int] = []
    offset: int | None = 0
    with httpx.Client(timeout=120) as client:
        while offset is not None and len(sizes) < 100:
            got = client.get(f"{guarded.url}/api/v1/manual", params={"offset": offset}, headers=auth)
            assert got.status_code == 200, got.text
            sizes.append(len(got.content))
            page = got.json()
            seen += [entry["student"] for entry in page["students"]]
            offset = page["next"]

    from workshop.bounds import MAX_ANSWER_CHARS
    from workshop.manual import PAGE_BYTES, RENDER_CHARS

    assert sorted(seen) == [f"s{n:03d}" for n in range(40)]  # each once, none lost
    assert max(sizes) <= PAGE_BYTES + 64 * 1024  # main: 11 MB in one answer
    first = httpx.get(f"{guarded.url}/api/v1/manual", headers=auth, timeout=120).json()
    # s000's first answer: 50,005 characters, stored cut to bounds.MAX_ANSWER_CHARS
    cell = first["students"][0]["cells"][0]
    assert cell["html"].startswith("<p>" + "&quot;" * 100)
    assert cell["html"].endswith(
        f'<p class="cut">(answer cut here: {MAX_ANSWER_CHARS - RENDER_CHARS} more characters are not shown;'
        " the whole answer is in the student&#x27;s submission)</p>"
    )
    assert len(cell["html"]) < RENDER_CHARS * 6 + 1000


def test_the_render_cache_counts_memory_not_characters():
    from workshop.manual import _Rendered

    cache = _Rendered(budget=1 << 20)
    for n in range(40):  # astral characters: 4 bytes each in memory
        cache.get("code", "\U0001f600" * 5_000 + str(n))

    assert cache.size == sum(sys.getsizeof(html) for html in cache.kept.values())
    assert cache.size <= 1 << 20
