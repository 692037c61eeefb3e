import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

import pytest

from practices.services.site import site_structure_ensure


@pytest.fixture
def libraries(db):
    """The English, French and Spanish home pages and practice libraries."""
    return site_structure_ensure()


@pytest.fixture
def library(libraries):
    return libraries["en"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches (label and navigation caches outlive rollbacks, and
    rate-limit counts have a cache of their own)."""

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test ends in the default language: a request leaves its language active in the
    thread, and a later test (errors worded in English) would otherwise read it in Spanish."""
    yield
    translation.deactivate()


def pytest_sessionfinish(session, exitstatus):
    """The test settings make a media and a var directory in the temporary folder for each
    session (knowledge/settings/test.py); the var one holds about 200 MB of derived grids.
    Removed at the end, or every run would leave them behind."""
    temporary = Path(tempfile.gettempdir()).resolve()
    for directory in (settings.MEDIA_ROOT, settings.VAR_DIR):
        path = Path(directory).resolve()
        if path.parent == temporary and path.name.startswith("terroir-test-"):
            shutil.rmtree(path, ignore_errors=True)
