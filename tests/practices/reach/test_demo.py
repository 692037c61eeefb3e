"""The demo's videos (practices/reach/demo.py): a real clip with its small renditions in
place of the links to example.org, on every video page in the three languages."""

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.models import VideoPage
from practices.reach.models import MediaRenditions
from tests.practices.reach.conftest import committed

pytestmark = pytest.mark.django_db


def test_the_demo_videos_play_from_small_renditions():
    with committed():
        demo_load(practices=20, translated=3)
    pages = VideoPage.objects.live()
    assert {p.locale.language_code for p in pages} == {"en", "fr", "es"}
    assert not pages.filter(video_url__contains="example.org").exists()
    renditions = MediaRenditions.objects.get()  # one clip for every demo video
    assert renditions.ready and 3.5 <= renditions.duration <= 4.5
    client = Client()
    for page in pages:
        response = client.get(page.url)
        shown = response.content.decode()
        assert response.status_code == 200 and renditions.video.url in shown, page.url
        assert "example.org" not in shown
