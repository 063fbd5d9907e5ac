"""The live-mode client against a real HTTP server on loopback, through the openai client."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from llm_server import FakeLlm
from workshop.prompts.llm import LlmClient, LlmSettings, LlmUnavailable, Usage


@pytest.fixture
def fake():
    server = FakeLlm().start()
    server.answers = {"Caroline": "Caroline a une seule sœur."}
    yield server
    server.stop()


def _client(fake: FakeLlm, tmp_path, **overrides) -> LlmClient:
    settings = LlmSettings(
        base_url=fake.base_url,
        model="test-model",
        cache_dir=tmp_path / "cache",
        timeout_s=overrides.pop("timeout_s", 5.0),
        retries=overrides.pop("retries", 2),
        **overrides,
    )
    return LlmClient(settings, api_key="test-key")


def test_answer_is_fetched_once_then_served_from_the_cache(fake, tmp_path):
    usage = Usage()
    first = _client(fake, tmp_path).answer("Caroline a 3 frères", 0, usage)
    again = _client(fake, tmp_path).answer("Caroline a 3 frères", 0, usage)
    assert first == again == "Caroline a une seule sœur."
    assert fake.calls == 1
    assert (usage.calls, usage.cached, usage.completion_tokens) == (1, 1, 14)


def test_a_client_sharing_a_connection_keeps_its_own_cache_and_refuses_another_endpoint(fake, tmp_path):
    first = _client(fake, tmp_path / "a")
    settings = first.settings.model_copy(update={"cache_dir": tmp_path / "b" / "cache"})
    second = LlmClient(settings, api_key="test-key", shared=first)
    assert second.client is first.client
    usage = Usage()
    first.answer("Caroline a 3 frères", 0, usage)
    second.answer("Caroline a 3 frères", 0, usage)  # its own cache folder: fetched again
    assert fake.calls == 2 and (usage.calls, usage.cached) == (2, 0)
    for change in ({"timeout_s": 9.0}, {"retries": 0}, {"base_url": fake.base_url + "/other"}):
        with pytest.raises(ValueError, match="same endpoint"):
            LlmClient(settings.model_copy(update=change), api_key="test-key", shared=first)
    with pytest.raises(ValueError, match="same endpoint"):
        LlmClient(settings, api_key="another-key", shared=first)


def test_each_sample_number_is_its_own_call(fake, tmp_path):
    fake.answers = {"x": ["un", "deux", "trois"]}
    client = _client(fake, tmp_path)
    got = [client.answer("x", sample, Usage()) for sample in range(3)]
    assert got == ["un", "deux", "trois"] and fake.calls == 3


def test_429_is_retried_then_succeeds(fake, tmp_path):
    fake.mode = "flaky"
    assert _client(fake, tmp_path).answer("Caroline ?", 0, Usage()) == "Caroline a une seule sœur."
    assert fake.calls == 2


def test_500_after_retries_is_unavailable_and_nothing_is_cached(fake, tmp_path):
    fake.mode = "down"
    with pytest.raises(LlmUnavailable):
        _client(fake, tmp_path, retries=1).answer("Caroline ?", 0, Usage())
    assert fake.calls == 2
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.json"))


def test_a_hang_past_the_timeout_is_unavailable(fake, tmp_path):
    fake.mode = "hang"
    started = time.monotonic()
    with pytest.raises(LlmUnavailable):
        _client(fake, tmp_path, timeout_s=0.3, retries=0).answer("Caroline ?", 0, Usage())
    assert time.monotonic() - started < 2.5


def test_malformed_json_is_unavailable(fake, tmp_path):
    fake.mode = "garbage"
    with pytest.raises(LlmUnavailable):
        _client(fake, tmp_path, retries=0).answer("Caroline ?", 0, Usage())


def test_an_empty_choice_list_is_unavailable(fake, tmp_path):
    fake.mode = "empty"
    with pytest.raises(LlmUnavailable, match="empty choices"):
        _client(fake, tmp_path, retries=0).answer("Caroline ?", 0, Usage())


def test_concurrency_limit_holds_across_threads(fake, tmp_path):
    # Each answer takes long enough that two requests overlap even on a loaded machine (at 0.05 s,
    # a run beside three busy workers once saw one request at a time); the limit is what is checked.
    fake.delay_s = 0.3
    client = _client(fake, tmp_path, concurrency=2)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda i: client.answer(f"prompt {i}", 0, Usage()), range(16)))
    assert fake.calls == 16
    assert fake.max_in_flight == 2


THINKING = {"type": "thinking", "thinking": [{"type": "text", "text": "Caroline a 2 sœurs, je pense."}]}


@pytest.mark.parametrize(
    ("parts", "text", "kind"),
    [
        (
            [THINKING, {"type": "text", "text": "Caroline a une seule sœur."}],
            "Caroline a une seule sœur.",
            "text",
        ),
        (
            [{"type": "text", "text": "Caroline a "}, THINKING, {"type": "text", "text": "une seule sœur."}],
            "Caroline a une seule sœur.",
            "text",
        ),
        (
            [{"type": "reasoning", "text": "Réponse : 2."}, {"type": "output_text", "text": "Une seule."}],
            "Une seule.",
            "text",
        ),  # fmt: skip
        ([THINKING], "", "reasoning_only"),
        ([THINKING, {"type": "refusal", "refusal": "Je ne peux pas."}], "", "refusal"),
    ],
)
def test_content_sent_as_parts_is_its_text_parts_never_the_reasoning(fake, tmp_path, parts, text, kind):
    fake.answers = {"Caroline": {"parts": parts}}
    answer = _client(fake, tmp_path).reply([{"role": "user", "content": "Caroline ?"}], 0, Usage())
    assert (answer.text, answer.kind) == (text, kind)
