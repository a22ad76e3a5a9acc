"""Once a process is warm - its first request served, or its first task run - what it has loaded
(modules, the URL resolver, templates, the registry, the lemmatizers) stays for the life of the
process. `gc.freeze()` then moves it out of the garbage collector's reach, so that a full
collection no longer walks some 120,000 long-lived objects: at 100,000 claims those collections
made one request in twenty 50-70 ms slower (the proposition page of 2,326 claims, cold: p95 156
-> 96 ms, p50 89 -> 82)."""

from __future__ import annotations

import gc
import os
import threading

_lock = threading.Lock()
_frozen = False


def freeze_once(**_signal_kwargs) -> bool:
    """Collect what warming up left behind, then freeze the rest; once per process (a forked
    child starts warm from its parent's state but freezes on its own first request or task).
    True when this call froze."""
    global _frozen
    with _lock:
        if _frozen:
            return False
        _frozen = True
    gc.collect()
    gc.freeze()
    return True


def _forked() -> None:
    global _frozen
    _frozen = False  # the lock is free in the child: no other thread survives a fork


def connect() -> None:
    from celery.signals import task_postrun
    from django.core.signals import request_finished

    request_finished.connect(freeze_once, dispatch_uid="claims.warm.request")
    task_postrun.connect(freeze_once, dispatch_uid="claims.warm.task", weak=False)
    os.register_at_fork(after_in_child=_forked)  # a forked worker freezes what it loads itself
