"""Clips that ffmpeg makes itself (tiny: 2 s, 160x120), made once per test session, and the
farmer who shares them."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

import pytest

from practices.reach.demo import clip_make
from tests.factories import member_client

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


def committed():
    """Inside it, what waits for the transaction's commit (the renditions' task) runs at its
    end, as it would once a request's transaction commits."""
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def farmer(libraries):
    """A member who shares a practice (Awa)."""
    return member_client("awa@example.org", first_name="Awa")
