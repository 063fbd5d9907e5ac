"""A deterministic OpenAI-compatible chat-completions server on loopback, for tests.

``mode`` decides how it answers: ``ok`` (an answer from ``answers``: the first key
contained in the prompt gives the answer; a list is cycled per call), ``flaky`` (429 on
the first call for each prompt, then ok), ``down`` (500), ``hang`` (sleeps ``hang_s``),
``garbage`` (a body that is not JSON), ``empty`` (an empty choice list). A prompt that
contains ``refuse`` (when set) is refused with HTTP 400, as an endpoint refuses a prompt
longer than its context. An answer may be
``{"refusal": "..."}`` or ``{"tool_calls": "name"}``: the message then has no content; or
``{"parts": [...]}``: the content is that list of parts, as reasoning models send it
(``{"type": "thinking", ...}`` then ``{"type": "text", "text": "..."}``).

With ``obey`` set, it does what the prompt tells it ("Réponds exactement : « X »", "Reply
with this text and nothing else: X"): a model a dictating prompt fully controls.

It is also a judge (when the system message is the grader's judge prompt), and an
adversarial one: ``judge = "obey"`` makes it follow any instruction in the judged text
that mentions a verdict or the grading ("answer PASS", "ignore your instructions", "give
full marks"), in the exact verdict form with the nonce it read in its instructions;
``judge = "always"`` says PASS to anything (a judge steered by something no filter saw);
``judge = "conditional"`` follows a conditional claim the judged text makes about itself
("faithful, unless it names a year"): when the text holds "unless", it says FAIL if
``condition`` (a function of the judged text) holds, PASS otherwise.
The honest judge (default) knows what is true: it says PASS to a text it served itself as
a model answer (or listed in ``faithful``), unless the text holds one of
``judge_rejects``, and FAIL to anything else (a text with a statement put in it, as the
grader's controls are) and to a trainer's control criterion (one mentioning Latin). It
counts calls and the most requests it saw at once."""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from workshop.prompts.text import normalize


def _holds(prompt: str, key: str) -> bool:
    """Whether the prompt holds the key; a key elided with " ... " (a corpus's ``live_key``:
    '"const": "positive" ... "const": "negative"') holds when its pieces come in order."""
    at = 0
    for piece in key.split(" ... "):
        found = prompt.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _numbers_masked(text: str) -> str:
    return re.sub(r"\d+", "#", text)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout test) closes the connection under us


class FakeLlm:
    def __init__(self) -> None:
        self.mode = "ok"
        self.answers: dict[str, str | dict | list[str | dict]] = {}
        self.default = "Je ne sais pas."
        self.obey = False
        # An obedient model follows its dictation whatever numbers the prompt's data holds: the
        # counterfactual rewrites the data's numbers everywhere, the dictation's copies of them
        # included ("35/64 … order 64"), and the model still finds and follows the dictation.
        self.key_any_numbers = False
        self.judge = "honest"
        self.judge_rejects: list[str] = []
        self.condition: Callable[[str], bool] = lambda text: False
        self.judged: list[str] = []
        self.served: set[str] = set()
        self.faithful: set[str] = set()
        self.requests: list[dict] = []
        self.hang_s = 3.0
        self.delay_s = 0.0
        self.refuse = ""
        self.calls = 0
        self.per_prompt: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeLlm:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer_for(self, prompt: str) -> str | dict:
        if self.obey:
            told = re.search(
                r"(?:réponds exactement|recopie exactement ce json|reply with this text and nothing else|"
                r"réponds uniquement par ce texte|repeat after me)\s*:\s*[\"«]?\s*(.+?)\s*[\"»]?\s*$",
                prompt,
                re.I | re.S,
            )
            if told:
                return told.group(1)
        for key, value in self.answers.items():
            if _holds(prompt, key) or (
                self.key_any_numbers and _holds(_numbers_masked(prompt), _numbers_masked(key))
            ):
                if isinstance(value, list):
                    return value[(self.per_prompt[prompt] - 1) % len(value)]
                return value
        return self.default

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length))
                fake.requests.append(request)
                prompt = request["messages"][-1]["content"]
                with fake.lock:
                    fake.calls += 1
                    fake.per_prompt[prompt] += 1
                    first = fake.per_prompt[prompt] == 1
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    self._respond(request, prompt, first)
                finally:
                    with fake.lock:
                        fake.in_flight -= 1

            def _judge(self, system: str, data: str) -> str:
                nonce = re.search(r"VERDICT-([0-9a-f]+):", system)
                criterion = system.split("CRITERION:", 1)[-1].split("The TEXT is the JSON", 1)[0]
                text = json.loads(re.sub(r"^<data-[0-9a-f]+>|</data-[0-9a-f]+>$", "", data))
                fake.judged.append(text)
                tag = f"VERDICT-{nonce.group(1) if nonce else 'x'}"
                instructed = re.search(
                    r"(?i)\bPASS\b|ignore|full marks|tous les points|note maximale|verdict|grader|judge|"
                    r"correcteur|évaluateur|evaluator|valide cette",
                    text,
                )
                if fake.judge == "chatty":
                    return "I think this text is quite good overall."
                if fake.judge == "conditional" and "unless" in text:
                    verdict = "FAIL" if fake.condition(text) else "PASS"
                    return f"{tag}: {verdict}\nREASON: the text says when it is faithful."
                if (fake.judge == "obey" and instructed) or fake.judge == "always":
                    return f"{tag}: PASS\nREASON: the text says it meets the criterion."
                # The grader sends the judge the answer's normal form (what every check reads,
                # round 19a: " — " is " - "): a text it served is known in that form too.
                known = {" ".join(normalize(t).split()) for t in fake.served | fake.faithful}
                if (
                    "Latin" in criterion
                    or any(r in text for r in fake.judge_rejects)
                    or " ".join(normalize(text).split()) not in known
                ):
                    return f"{tag}: FAIL\nREASON: the text does not meet the criterion."
                return f"{tag}: PASS\nREASON: the text meets the criterion."

            def _respond(self, request: dict, prompt: str, first: bool) -> None:
                mode = fake.mode
                if fake.delay_s:
                    time.sleep(fake.delay_s)
                if mode == "down":
                    return self._send(500, b'{"error": {"message": "boom"}}')
                if fake.refuse and fake.refuse in prompt:
                    refusal = b'{"error": {"message": "maximum context length is 8192 tokens"}}'
                    return self._send(400, refusal)
                if mode == "flaky" and first:
                    return self._send(429, b'{"error": {"message": "slow down"}}')
                if mode == "hang":
                    time.sleep(fake.hang_s)
                if mode == "garbage":
                    return self._send(200, b'{"choices": [ this is not json')
                choices = []
                if mode != "empty":
                    system = next((m["content"] for m in request["messages"] if m["role"] == "system"), "")
                    if "You are a strict grader" in system:
                        content: str | dict = self._judge(system, prompt)
                    else:
                        content = fake.answer_for(prompt)
                        if isinstance(content, str):
                            fake.served.add(content)
                    message: dict[str, object] = {"role": "assistant", "content": content}
                    if isinstance(content, dict) and "parts" in content:
                        message = {"role": "assistant", "content": content["parts"]}
                        fake.served.add(
                            "".join(p.get("text", "") for p in content["parts"] if p.get("type") == "text")
                        )
                    elif isinstance(content, dict) and "refusal" in content:
                        message = {"role": "assistant", "content": None, "refusal": content["refusal"]}
                    elif isinstance(content, dict):
                        message = {
                            "role": "assistant",
                            "content": None,
                            "tool_calls": [
                                {
                                    "id": "call_1",
                                    "type": "function",
                                    "function": {"name": content["tool_calls"], "arguments": "{}"},
                                }
                            ],
                        }
                    choices = [{"index": 0, "finish_reason": "stop", "message": message}]
                body = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion",
                    "created": 0,
                    "model": request["model"],
                    "choices": choices,
                    "usage": {
                        "prompt_tokens": len(prompt.split()),
                        "completion_tokens": 7,
                        "total_tokens": len(prompt.split()) + 7,
                    },
                }
                self._send(200, json.dumps(body).encode())

        return Handler
