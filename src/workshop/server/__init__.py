"""``workshop serve``: the classroom server on the trainer's laptop.

Students upload the same archive as the folder inbox (``POST /api/v1/submissions`` with
their personal token); the server stores it in the inbox and a background worker grades
it through the same path as ``workshop grade``. The inbox is the queue: a restarted server
grades whatever arrived and was not graded yet. An LMS pulls scores from
``GET /api/v1/scores`` with the class token."""
