"""The embedded default's cache: Django's file cache, shared by every process on one machine.

`make run` serves through several worker processes; Django's memory cache would give each its
own copy, so a rate limit of 100 an hour would allow 100 per worker, and an edit would clear
cached navigation in one worker only. Files under TERROIR_VAR_DIR are seen by all of them.

django-ratelimit counts with `add` then `incr`, which Django's file cache does as a read then
a write: two workers counting at once would lose a count. Here both run under one exclusive
lock (flock, released when the file closes, also if the process dies), and `incr` keeps the
entry's expiry (Django's would restart it with the default timeout, shortening the window).
Production with several machines uses Redis instead (docs/deploy.md).
"""

import fcntl
import os
import pickle
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class SharedFileCache(FileBasedCache):
    lock_name = "counters.lock"  # not a cache entry: never culled nor cleared
    # Django's file cache lists its whole directory on every set to see whether it is full
    # (milliseconds at a few thousand entries); looking once every so many sets is enough.
    cull_every = 25
    _sets = 0

    def _cull(self):
        self._sets += 1
        if self._sets % self.cull_every == 0:
            super()._cull()

    @contextmanager
    def _exclusive(self):
        self._createdir()
        with open(os.path.join(self._dir, self.lock_name), "ab") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._exclusive():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        with self._exclusive():
            try:
                with open(self._key_to_file(key, version), "rb") as entry:
                    expiry = pickle.load(entry)  # noqa: S301 - our own cache files
                    value = pickle.loads(zlib.decompress(entry.read()))  # noqa: S301
            except (FileNotFoundError, EOFError):
                expiry, value = 0, None
            now = time.time()
            if expiry is not None and expiry <= now:
                raise ValueError(f"Key '{key}' not found")
            new_value = value + delta
            self.set(key, new_value, None if expiry is None else expiry - now, version)
        return new_value
