"""Voice notes through the real forms ("share a practice", "I tried this"): phones' formats
accepted by content, anything else refused with a message that loses nothing else typed or
attached, and nothing played publicly before the review publishes it."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtailmedia.models import get_media_model

import pytest

from practices.models import ExperienceReport, PracticePage
from practices.reach.models import MediaRenditions
from tests.factories import PracticePageFactory, share_form_data
from tests.practices.reach.conftest import SHARE_URL, committed, upload
from tests.practices.test_upload_checks import image_bytes, mp4_bytes


@pytest.fixture
def practice(libraries):
    return PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")


def report(**changes) -> dict:
    data = {"outcome": "worked", "what_happened": "Millet came back.", "years": "2",
            "country": "NE", "koppen": "BSh", "rainfall_mm": "600", "homepage": ""}  # fmt: skip
    return {**data, **changes}


@pytest.mark.parametrize("extension", ["m4a", "ogg", "webm", "amr"])
def test_a_voice_note_recorded_on_a_phone_is_taken(farmer, clips, extension):
    voice = upload(clips[extension], name="recording.bin")  # the name says nothing
    with committed():
        response = farmer.post(SHARE_URL, share_form_data(voice_file=voice))
    assert response.status_code == 302
    draft = PracticePage.objects.get().get_latest_revision_as_object()
    media = get_media_model().objects.get(pk=draft.voice_note_id)
    assert media.type == "audio" and media.file.name.endswith(f".{extension}")
    assert MediaRenditions.objects.get(media=media).ready


def test_the_share_form_offers_to_record(farmer):
    page = farmer.get(SHARE_URL).content.decode()
    assert 'name="voice_file" accept="audio/*" capture' in page


def test_a_renamed_text_file_is_refused_and_nothing_else_is_lost(farmer):
    fake = SimpleUploadedFile("note.m4a", b"Dear correspondent, here is my note.\n" * 20)
    photo = SimpleUploadedFile("field.png", image_bytes("PNG"))
    response = farmer.post(SHARE_URL, share_form_data(title="Half-moons, said aloud",
                                                voice_file=fake, photos=[photo]))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400 and "is not a sound we can play" in page
    assert 'value="Half-moons, said aloud"' in page
    assert "1 photo already received" in page  # the photo is kept for the corrected post
    assert not PracticePage.objects.exists() and not get_media_model().objects.exists()


def test_a_fake_video_is_refused(farmer):
    html = mp4_bytes()[:24] + b"<html><script>alert(1)</script></html>"
    response = farmer.post(SHARE_URL, share_form_data(video_file=SimpleUploadedFile("v.mp4", html)))
    assert response.status_code == 400 and "not a video we can show" in response.content.decode()
    assert not get_media_model().objects.exists()


def test_a_voice_note_over_the_caps_is_refused_with_a_message(farmer, clips, monkeypatch):
    monkeypatch.setattr("practices.upload_checks.VOICE_MAX_BYTES", 1000)
    response = farmer.post(SHARE_URL, share_form_data(title="Too long a note",
                                                voice_file=upload(clips["m4a"])))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400 and "may be at most 1 kB" in page
    assert 'value="Too long a note"' in page
    monkeypatch.setattr("practices.upload_checks.VOICE_MAX_BYTES", 10_000_000)
    monkeypatch.setattr("practices.upload_checks.VOICE_MAX_SECONDS", 1)
    response = farmer.post(SHARE_URL, share_form_data(voice_file=upload(clips["m4a"])))
    assert response.status_code == 400 and "it may last at most" in response.content.decode()
    assert not PracticePage.objects.exists() and not get_media_model().objects.exists()


def test_a_draft_voice_note_and_video_are_played_only_once_published(farmer, clips):
    with committed():
        farmer.post(SHARE_URL, share_form_data(voice_file=upload(clips["ogg"]),
                                         video_file=upload(clips["mp4"])))  # fmt: skip
    page = PracticePage.objects.get()
    renditions = MediaRenditions.objects.get(media__type="audio")
    video = MediaRenditions.objects.get(media__type="video")
    assert Client().get(page.url).status_code == 404  # a draft
    assert renditions.audio.url not in Client().get("/en/practices/").content.decode()
    page.get_latest_revision().publish()
    page.refresh_from_db()
    shown = Client().get(page.url).content.decode()
    assert f'<audio controls preload="none" src="{renditions.audio.url}"' in shown
    assert "audio only" in shown and "Voice note" in shown
    assert f'<source src="{video.video.url}" type="video/mp4">' in shown  # in its body


def test_a_report_carries_a_voice_note_shown_once_approved(farmer, practice, clips):
    with committed():
        response = farmer.post(f"/en/accounts/tried/{practice.pk}/",
                               report(voice_file=upload(clips["webm"])))  # fmt: skip
    assert response.status_code == 302
    note = ExperienceReport.objects.get().voice_note
    audio = MediaRenditions.objects.get(media=note).audio.url
    assert audio not in Client().get(practice.url).content.decode()  # in review
    ExperienceReport.objects.get().latest_revision.publish()
    assert audio in Client().get(practice.url).content.decode()


def test_a_refused_report_voice_note_keeps_what_was_typed(farmer, practice):
    fake = SimpleUploadedFile("note.ogg", io.BytesIO(b"OggS" + b"\x00" * 200).getvalue())
    response = farmer.post(f"/en/accounts/tried/{practice.pk}/",
                           report(what_happened="Typed on a phone.", voice_file=fake))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400 and "Typed on a phone." in page
    assert "is not a sound we can play" in page and not ExperienceReport.objects.exists()


def test_the_report_form_is_in_french(farmer, practice):
    page = farmer.get(f"/fr/accounts/tried/{practice.pk}/").content.decode()
    assert 'accept="audio/*" capture' in page and "Une note vocale" in page
