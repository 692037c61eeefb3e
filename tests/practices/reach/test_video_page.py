"""A video page as readers get it (templates/reach/media.html through the core templates): the
small renditions with their sizes, the original for editors only; a link stays a link; a
failed transcode is reported to the editor and never breaks the page."""

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.test import Client

from wagtailmedia.models import get_media_model

from practices.reach.models import MediaRenditions
from tests.factories import VideoPageFactory
from tests.practices.reach.conftest import committed
from tests.practices.test_upload_checks import mp4_bytes


def video_media(content: bytes):
    media = get_media_model()(title="Digging zaï pits", type="video")
    media.file.save("clip.mp4", ContentFile(content), save=False)
    with committed():
        media.save()
    return media


def video_page(library, media):
    return VideoPageFactory(parent=library, video=media, video_url="", title="Zaï in a minute")


def test_a_video_page_offers_the_small_renditions_with_their_sizes(library, clips):
    media = video_media(clips["mp4"].read_bytes())
    renditions = MediaRenditions.objects.get(media=media)
    page = Client().get(video_page(library, media).url).content.decode()
    assert f'poster="{renditions.poster.url}"' in page and 'preload="none"' in page
    assert f'<source src="{renditions.video.url}" type="video/mp4">' in page
    assert "small video, " in page and "audio only, " in page and "KB</a>" in page
    assert media.file.url not in page  # the original is for editors
    assert "Speaker: we dig before the rains." in page


def test_a_video_page_in_french_says_the_sizes_in_french(library, libraries, clips):
    media = video_media(clips["mp4"].read_bytes())
    page = Client().get(video_page(libraries["fr"], media).url).content.decode()
    assert "petite vidéo" in page and "son seul" in page


def test_a_link_stays_a_link(library):
    page = VideoPageFactory(parent=library, video_url="https://vimeo.com/123")
    shown = Client().get(page.url).content.decode()
    assert 'href="https://vimeo.com/123"' in shown and "<video" not in shown


def test_a_video_being_made_small_shows_no_player_yet(library, clips):
    media = get_media_model()(title="Digging", type="video")
    media.file.save("clip.mp4", ContentFile(clips["mp4"].read_bytes()), save=False)
    media.save()  # its task waits for the commit, which never comes here
    response = Client().get(video_page(library, media).url)
    assert response.status_code == 200 and "<video" not in response.content.decode()
    assert "being prepared" in response.content.decode()


def test_a_corrupt_video_is_reported_to_the_editor_and_the_page_still_works(library):
    media = video_media(mp4_bytes(boxes=((b"moov", b"\x00" * 8), (b"mdat", b"\x00" * 4000))))
    page = video_page(library, media)
    response = Client().get(page.url)
    shown = response.content.decode()
    assert response.status_code == 200 and "<video" not in shown
    assert "cannot be played yet" in shown and "Speaker: we dig" in shown
    admin = Client()
    admin.force_login(User.objects.create_superuser("ed", "ed@example.org", "x"))
    edit = admin.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "could not be made" in edit and "Digging zaï pits" in edit
