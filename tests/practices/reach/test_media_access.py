"""The files of uploaded videos, voice notes and farmers' photos (originals, small renditions,
posters) are served to everyone only once a live page uses them
(practices.reach.media_access); before, whoever does not know the page gets a 404, as for the
draft page itself."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

import pytest

from practices.models import ExperienceReport, PracticePage
from practices.reach.models import MediaRenditions
from tests.factories import (
    PracticePageFactory,
    VideoPageFactory,
    member_client,
    reviewers,
    share_form_data,
)
from tests.practices.reach.conftest import SHARE_URL, committed, upload
from tests.practices.test_upload_checks import image_bytes


@pytest.fixture
def people(libraries):
    return reviewers(elsewhere={"slug": "andes", "name": "Andes", "countries": ["PE"]})


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def draft_files(farmer, clips) -> tuple[PracticePage, list[str]]:
    """A farmer's draft with a video in its body and a voice note: the addresses of every
    file of both."""
    with committed():
        farmer.post(SHARE_URL, share_form_data(voice_file=upload(clips["ogg"]),
                                         video_file=upload(clips["mp4"])))  # fmt: skip
    urls = []
    for renditions in MediaRenditions.objects.select_related("media"):
        urls.append(renditions.media.file.url)
        urls += [f.url for f in (renditions.video, renditions.audio, renditions.poster) if f]
    assert len(urls) == 6  # the video: 4 files, the voice note: 2
    return PracticePage.objects.get(), urls


def statuses(client: Client, urls: list[str]) -> set[int]:
    return {client.get(url).status_code for url in urls}


def test_a_drafts_videos_and_voice_notes_are_not_found_until_it_is_published(farmer, clips,
                                                                           people):  # fmt: skip
    page, urls = draft_files(farmer, clips)
    assert statuses(Client(), urls) == {404}
    assert statuses(member_client("bako@example.org"), urls) == {404}  # another farmer
    assert statuses(farmer, urls) == {200}  # who sent them
    assert statuses(logged_in(people["moderator"]), urls) == {200}  # who reviews the page
    editor = logged_in(people["admin"]).get(urls[1])
    assert editor["Cache-Control"] == "private, no-cache"  # never kept by a shared cache

    page.get_latest_revision().publish()
    assert statuses(Client(), urls) == {200}
    public = Client().get(urls[1])
    assert public["Cache-Control"].startswith("public")
    page.refresh_from_db()
    page.unpublish()
    assert statuses(Client(), urls) == {404}


def test_a_published_small_video_plays_in_a_browser(farmer, clips):
    page, _ = draft_files(farmer, clips)
    page.get_latest_revision().publish()
    video = MediaRenditions.objects.get(media__type="video").video
    whole = Client().get(video.url)
    assert whole.status_code == 200 and whole["Content-Type"] == "video/mp4"
    assert whole["X-Content-Type-Options"] == "nosniff"
    part = Client().get(video.url, HTTP_RANGE="bytes=0-99")  # how a browser starts a video
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 0-99/{video.size}"
    assert len(b"".join(part.streaming_content)) == 100
    audio = MediaRenditions.objects.get(media__type="audio").audio
    assert Client().get(audio.url)["Content-Type"] == "audio/mp4"


def test_a_reports_voice_note_is_heard_once_the_report_is_approved(farmer, libraries, clips):
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")
    report = {"outcome": "worked", "what_happened": "Millet came back.", "years": "2",
              "country": "NE", "koppen": "BSh", "rainfall_mm": "600", "homepage": "",
              "voice_file": upload(clips["webm"])}  # fmt: skip
    with committed():
        farmer.post(f"/en/accounts/tried/{practice.pk}/", report)
    audio = MediaRenditions.objects.get().audio.url
    assert Client().get(audio).status_code == 404  # in review
    assert farmer.get(audio).status_code == 200
    ExperienceReport.objects.get().latest_revision.publish()
    assert Client().get(audio).status_code == 200
    practice.unpublish()  # a report on a practice gone from the site is gone with it
    assert Client().get(audio).status_code == 404


def test_a_video_pages_video_is_served_while_the_page_is_live(library, clips, people):
    media = get_media_model()(title="Digging zaï pits", type="video")
    media.file.save("clip.mp4", ContentFile(clips["mp4"].read_bytes()), save=False)
    with committed():
        media.save()
    poster = MediaRenditions.objects.get(media=media).poster.url
    assert Client().get(poster).status_code == 404  # in the library only
    assert logged_in(people["admin"]).get(poster).status_code == 200
    page = VideoPageFactory(parent=library, video=media, video_url="", live=False)
    assert Client().get(poster).status_code == 404
    page.save_revision().publish()
    assert Client().get(poster).status_code == 200
    assert Client().get(poster)["Content-Type"] == "image/webp"


def test_other_media_are_served_as_before(library):
    image = ContentFile(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    name = default_storage.save("original_images/dot.gif", image)
    assert Client().get(f"/media/{name}").status_code == 200


def photo_urls(image) -> list[str]:
    """The addresses of an image's original and of a small rendition, as pages show it."""
    return [image.file.url, image.get_rendition("max-320x240").url]


def test_a_drafts_photos_are_not_found_until_it_is_published(farmer, people):
    photos = [SimpleUploadedFile(f"field-{n}.png", image_bytes("PNG")) for n in (1, 2)]
    with committed():
        farmer.post(SHARE_URL, share_form_data(photos=photos))
    page = PracticePage.objects.get()
    urls = [url for image in get_image_model().objects.all() for url in photo_urls(image)]
    assert len(urls) == 4  # the main photo and the one in the steps, each with a rendition
    assert statuses(Client(), urls) == {404}
    assert statuses(member_client("bako@example.org"), urls) == {404}  # another farmer
    assert statuses(farmer, urls) == {200}
    assert statuses(logged_in(people["moderator"]), urls) == {200}

    page.get_latest_revision().publish()
    assert statuses(Client(), urls) == {200}
    page.refresh_from_db()
    page.unpublish()
    assert statuses(Client(), urls) == {404}


def test_a_reports_photo_is_seen_once_the_report_is_approved(farmer, libraries):
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")
    report = {"outcome": "worked", "what_happened": "Millet came back.", "years": "2",
              "country": "NE", "koppen": "BSh", "rainfall_mm": "600", "homepage": "",
              "photo_upload": SimpleUploadedFile("millet.jpg", image_bytes())}  # fmt: skip
    with committed():
        farmer.post(f"/en/accounts/tried/{practice.pk}/", report)
    urls = photo_urls(get_image_model().objects.get())
    assert statuses(Client(), urls) == {404}  # in review
    assert statuses(farmer, urls) == {200}
    ExperienceReport.objects.get().latest_revision.publish()
    assert statuses(Client(), urls) == {200}


def test_the_editors_own_images_are_served_as_before(library):
    root = Collection.get_first_root_node()
    image = get_image_model().objects.create(title="Terraces", file=get_test_image_file(),
                                             collection=root)  # fmt: skip
    assert statuses(Client(), photo_urls(image)) == {200}  # used by no page yet
