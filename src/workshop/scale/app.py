"""The Celery application both sides share: how jobs are queued, acknowledged and answered.

* Late acknowledgement (``task_acks_late``) and one job taken at a time per slot
  (``worker_prefetch_multiplier=1``): a job leaves the broker only once its answer is
  stored. A worker killed mid-job never acknowledges it; Redis gives it back to the queue
  after ``visibility_timeout_s`` and another worker runs it.
* Two queues, consumed in order (Redis's ``queue_order_strategy=priority``): a worker takes
  from ``workshop.interactive`` (students in the room, sent by ``workshop serve``) whenever
  it holds a job, and from ``workshop.bulk`` (``workshop grade``, re-grades) only when the
  first is empty. Two queues rather than Celery's message priorities: the order is strict
  and easy to watch (two list lengths), a machine can be kept for the room
  (``workshop worker --queues interactive``), and the same two names work on RabbitMQ,
  whose priority numbers run the other way round from Redis's.
* JSON only, both ways: no pickle reaches a worker or a producer."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from workshop.scale.settings import BULK, QUEUES, BrokerSettings

if TYPE_CHECKING:
    from celery import Celery


def make_app(settings: BrokerSettings) -> Celery:
    try:
        from celery import Celery
        from kombu import Exchange, Queue
    except ImportError as exc:
        from workshop.errors import ConfigError

        raise ConfigError("scale_not_installed", detail=exc.name or "celery") from exc
    app = Celery("workshop", broker=settings.broker_url, backend=settings.results(), set_as_current=False)
    visibility = settings.visibility_timeout_s
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # Each queue its own exchange and key: a job sent to one never lands in the other.
        task_queues=[Queue(name, Exchange(name, type="direct"), routing_key=name) for name in QUEUES],
        task_default_queue=BULK,
        broker_transport_options={
            "visibility_timeout": visibility,
            "queue_order_strategy": "priority",
            # Look for jobs of vanished workers a few times per visibility timeout.
            "unacked_restore_interval": max(1, min(10, int(visibility // 5))),
            "unacked_restore_throttle": 1,
        },
        result_expires=timedelta(days=1),  # long enough for a restarted producer to find them
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
    )
    return app
