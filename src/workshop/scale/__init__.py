"""Past one laptop: grading jobs through a broker (Celery, Redis) to workers on other
machines, each with its own Docker engine.

The journey of one attempt with ``--broker``: the producer (``workshop grade`` or the
server's grading thread) unpacks and checks it and builds the job exactly as on a laptop;
:class:`~workshop.scale.runner.BrokerRunner` sends the job (submission files, public and
hidden tests, limits, image tag) as one JSON message; a worker (:mod:`~workshop.scale.worker`,
``workshop worker``) runs it in its engine's container and answers with what the container
printed; the producer validates that answer and interprets it with
:func:`workshop.results.interpret`, as it does a local container's output, and records it.

Nothing here is imported on the laptop path (no ``--broker``): Celery, Redis and the
PostgreSQL driver come with ``pip install 'workshop[scale]'``."""
