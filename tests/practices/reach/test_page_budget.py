"""Issue 16's page budget: a practice page with a voice note and a video in its body, and a
video page, stay within 150 KB on first load without photos (HTML, stylesheets and scripts as
the server sends them, uncompressed: stricter than over the wire)."""

from django.core.files.base import ContentFile
from django.test import Client

from wagtailmedia.models import get_media_model

from bs4 import BeautifulSoup

from tests.factories import PracticePageFactory, VideoPageFactory
from tests.practices.reach.conftest import committed

BUDGET = 150 * 1024


def uploaded(path, kind: str):
    media = get_media_model()(title="Zaï", type=kind)
    media.file.save(f"x.{path.suffix[1:]}", ContentFile(path.read_bytes()), save=False)
    with committed():
        media.save()
    return media


def first_load(url: str) -> tuple[int, str]:
    """Bytes of the page with its stylesheets and scripts, and its HTML."""
    client = Client()
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assets += [script["src"] for script in soup.find_all("script", src=True)]
    total = len(response.content)
    for asset in assets:
        fetched = client.get(asset)
        assert fetched.status_code == 200, asset
        total += len(b"".join(fetched.streaming_content) if fetched.streaming else fetched.content)
    return total, html


def test_pages_with_recordings_stay_within_the_first_load_budget(library, clips):
    voice, video = uploaded(clips["m4a"], "audio"), uploaded(clips["mp4"], "video")
    body = [("video", {"video": video, "url": "", "caption": ""})]
    practice = PracticePageFactory(parent=library, title="Zaï pits", voice_note=voice, body=body)
    video_page = VideoPageFactory(parent=library, video=video, video_url="")
    for page, players in ((practice, ("<audio", "<video")), (video_page, ("<video",))):
        size, html = first_load(page.url)
        assert all(player in html for player in players)  # the players are on the page
        assert size <= BUDGET, f"{page.url}: {size / 1024:.0f} KB"
