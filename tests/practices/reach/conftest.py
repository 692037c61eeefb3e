"""Clips that ffmpeg makes itself (tiny: 2 s, 160x120), made once per test session, and the
farmer who shares them (and her practice sent back for changes)."""

import shutil
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

import pytest

from practices.models import PracticePage
from practices.reach.demo import clip_make
from practices.services.uploads import HELD_EXTENSIONS
from tests.factories import member_client, region_claiming, share_form_data

SHARE_URL = "/en/accounts/share-a-practice/"


@pytest.fixture(scope="session")
def clips(tmp_path_factory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("clips")
    made = {"mp4": clip_make(directory / "clip.mp4", seconds=2)}
    for extension in ("m4a", "ogg", "webm", "amr"):
        made[extension] = clip_make(directory / f"voice.{extension}", seconds=2, video=False)
    return made


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


@pytest.fixture(autouse=True)
def nothing_held():
    """Each test starts with no held voice note or video: VAR_DIR lives for the session, and on
    PostgreSQL a user id (the file's folder) is not reused after a rollback, so earlier files
    would count."""
    for kind in HELD_EXTENSIONS:
        shutil.rmtree(settings.VAR_DIR / f"staged-{kind}", ignore_errors=True)


def committed():
    """Inside it, what waits for the transaction's commit (the renditions' task) runs at its
    end, as it would once a request's transaction commits."""
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def farmer(libraries):
    """A member who shares a practice (Awa)."""
    return member_client("awa@example.org", first_name="Awa")


@pytest.fixture
def changes_requested(libraries):
    """Awa's practice, sent back to her by Aminata with a request for changes."""
    farmer = member_client("awa@example.org", first_name="Awa")
    aminata = User.objects.create_user("aminata@example.org", "aminata@example.org", "x")
    region_claiming(name="Sahel", slug="sahel", countries=["NE"]).correspondents.add(aminata)
    farmer.post(SHARE_URL, share_form_data())
    page = PracticePage.objects.get()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, aminata, "reject", comment="A video?")
    return farmer, page
