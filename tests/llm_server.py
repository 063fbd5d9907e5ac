"""A deterministic OpenAI-compatible chat-completions server on loopback, for tests.

``mode`` decides how it answers: ``ok`` (an answer from ``answers``: the first key
contained in the prompt gives the answer; a list is cycled per call), ``flaky`` (429 on
the first call for each prompt, then ok), ``down`` (500), ``hang`` (sleeps ``hang_s``),
``garbage`` (a body that is not JSON), ``empty`` (an empty choice list). A prompt that
contains ``refuse`` (when set) is refused with HTTP 400, as an endpoint refuses a prompt
longer than its context. It counts calls and the most requests it saw at once."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout test) closes the connection under us


class FakeLlm:
    def __init__(self) -> None:
        self.mode = "ok"
        self.answers: dict[str, str | list[str]] = {}
        self.default = "Je ne sais pas."
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

    def answer_for(self, prompt: str) -> str:
        for key, value in self.answers.items():
            if key in prompt:
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
                    content = fake.answer_for(prompt)
                    choices = [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": content},
                        }
                    ]
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
