"""A warm process freezes what it has loaded, once, so that full garbage collections stop walking
it: after its first request (the web) or its first task (a worker)."""

import gc

import pytest
from celery.signals import task_postrun

from claims import warm


@pytest.fixture
def cold(monkeypatch):
    gc.unfreeze()
    monkeypatch.setattr(warm, "_frozen", False)
    yield
    gc.unfreeze()


@pytest.mark.django_db
def test_the_first_request_freezes_what_the_process_loaded_and_later_ones_do_not_again(cold, viewer_client):
    assert gc.get_freeze_count() == 0
    assert viewer_client.get("/healthz").status_code in (200, 503)
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, the URL resolver, the templates...
    viewer_client.get("/healthz")
    assert gc.get_freeze_count() <= frozen  # not frozen again (frozen objects freed leave it)
    assert warm.freeze_once() is False


def test_a_worker_freezes_after_its_first_task(cold):
    task_postrun.send(sender=None, task_id="t", task=None, args=(), kwargs={}, retval=None, state="SUCCESS")
    assert gc.get_freeze_count() > 10_000


def test_a_forked_child_freezes_again_on_its_own(cold):
    assert warm.freeze_once() is True
    warm._forked()  # what os.register_at_fork runs in a child
    assert warm.freeze_once() is True
