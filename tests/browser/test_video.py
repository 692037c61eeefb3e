"""A reader on a phone plays a video page's small rendition in the browser (Debian's
chromium): the plain <video> element loads the small MP4 the page offers and plays it."""

import tempfile
from pathlib import Path

from django.core.files import File

from wagtailmedia.models import get_media_model

import pytest

from practices.reach.demo import clip_make
from practices.reach.models import MediaRenditions
from tests.factories import VideoPageFactory


@pytest.fixture
def video_page(libraries):
    with tempfile.TemporaryDirectory() as directory:
        clip = clip_make(Path(directory) / "clip.mp4", seconds=2)
        media = get_media_model()(title="Zaï pits", type="video")
        with clip.open("rb") as content:
            media.file.save("clip.mp4", File(content), save=False)
        media.save()  # committed at once here: its renditions are made
    assert MediaRenditions.objects.get(media=media).ready
    return VideoPageFactory(parent=libraries["en"], video=media, video_url="",
                            title="Zaï pits in two seconds")  # fmt: skip


def test_the_small_rendition_plays(live_server, page, video_page, artifacts):
    page.goto(f"{live_server.url}{video_page.url}")
    video = page.locator("video")
    assert video.get_attribute("preload") == "none" and video.get_attribute("poster")
    assert page.evaluate("document.querySelector('video').readyState") == 0  # nothing loaded yet
    played = page.evaluate(
        """async () => {
            const video = document.querySelector('video');
            video.muted = true;
            await video.play();
            await new Promise(done => setTimeout(done, 500));
            return {ready: video.readyState, duration: video.duration, time: video.currentTime,
                    source: video.currentSrc};
        }"""
    )
    renditions = MediaRenditions.objects.get()
    assert played["ready"] >= 2 and 1.8 <= played["duration"] <= 2.3
    assert played["time"] > 0 and played["source"].endswith(renditions.video.url)
    page.screenshot(path=str(artifacts / "video-page.png"), full_page=True)
