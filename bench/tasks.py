"""A task that only counts: the baseline of a queue drain (workers start with -I bench.tasks)."""

from functools import cache

import redis
from celery import shared_task
from django.conf import settings


@cache
def counter() -> redis.Redis:
    return redis.Redis.from_url(settings.CELERY_BROKER_URL)


@shared_task(name="bench.noop", ignore_result=True)
def noop(counter_key: str) -> None:
    counter().incr(counter_key)
