"""Never a silent loss (issues 13 and 16): a video file sent with a practice that must be
corrected is kept (checked once, held outside the media, carried signed), said so in the
reader's language, and lands on the draft when the corrected form is sent without it; on the
"share a practice" form and on the "changes requested" one."""

import re
import shutil

from django.conf import settings
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from wagtailmedia.models import get_media_model

import pytest

from practices.forms.contribute import VIDEO
from practices.models import PracticePage
from tests.factories import member_client, share_form_data
from tests.practices.reach.conftest import SHARE_URL, committed, upload
from tests.practices.test_upload_checks import mp4_bytes

KEPT = re.compile(r'name="kept_video" value="([^"]+)"')
FR_URL = SHARE_URL.replace("/en/", "/fr/")
ES_URL = SHARE_URL.replace("/en/", "/es/")


@pytest.fixture(autouse=True)
def no_held_video():
    """Each test starts with no held video (VAR_DIR lives for the session)."""
    shutil.rmtree(settings.VAR_DIR / "staged-video", ignore_errors=True)


def kept_video(response) -> str:
    found = KEPT.search(response.content.decode())
    assert found, "the corrected form carries no video"
    return found.group(1)


def held_files() -> list:
    return sorted((settings.VAR_DIR / "staged-video").glob("*/*"))


def draft_video(page: PracticePage):
    draft = page.get_latest_revision_as_object()
    videos = [block.value["video"] for block in draft.body if block.block_type == "video"]
    assert len(videos) <= 1
    return videos[0] if videos else None


def test_a_video_sent_with_a_refused_share_lands_on_the_corrected_draft(farmer, clips):
    response = farmer.post(FR_URL, share_form_data(title="", video_file=upload(
        clips["mp4"], name="mes demi-lunes <b>.mp4")))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400 and "Ce champ est obligatoire" in page
    with translation.override("fr"):
        size = filesizeformat(clips["mp4"].stat().st_size)
    assert re.fullmatch(r"\d+,\d\xa0Kio", size)  # 43,2 Kio: in French
    assert f"Vidéo gardée : mes demi-lunes &lt;b&gt;.mp4 ({size})" in page  # name escaped
    assert 'name="video_remove"' in page and "La retirer" in page
    assert not get_media_model().objects.exists()  # held, not stored
    assert len(held_files()) == 1 and held_files()[0].read_bytes() == clips["mp4"].read_bytes()

    with committed():
        response = farmer.post(FR_URL, share_form_data(kept_video=kept_video(response)))
    assert response.status_code == 302
    video = draft_video(PracticePage.objects.get())
    assert video.type == "video" and video.file.name.endswith(".mp4")
    assert "demi-lunes" not in video.file.name
    assert video.file.read() == clips["mp4"].read_bytes()
    assert held_files() == []  # gone once stored


def test_spanish_readers_are_told_too_and_a_second_correction_keeps_it(farmer, clips):
    first = farmer.post(ES_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    second = farmer.post(ES_URL, share_form_data(summary="", kept_video=kept_video(first)))
    shown = second.content.decode()
    assert second.status_code == 400 and "Video guardado: clip.mp4 (" in shown
    assert "Quitarlo" in shown  # el video
    with committed():
        farmer.post(ES_URL, share_form_data(kept_video=kept_video(second)))
    assert draft_video(PracticePage.objects.get()).file.read() == clips["mp4"].read_bytes()


def test_a_new_video_replaces_the_kept_one(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    other = SimpleUploadedFile("other.mp4", mp4_bytes())
    second = farmer.post(SHARE_URL, share_form_data(title="", kept_video=kept_video(first),
                                                    video_file=other))  # fmt: skip
    assert "Video kept: other.mp4" in second.content.decode()
    assert "clip.mp4" not in second.content.decode()
    assert len(held_files()) == 1  # one a member: the first one went
    with committed():
        farmer.post(SHARE_URL, share_form_data(kept_video=kept_video(second)))
    assert draft_video(PracticePage.objects.get()).file.read() == mp4_bytes()


def test_a_kept_video_the_farmer_removes_is_not_attached(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    with committed():
        response = farmer.post(SHARE_URL, share_form_data(kept_video=kept_video(first),
                                                          video_remove="1"))  # fmt: skip
    assert response.status_code == 302
    assert draft_video(PracticePage.objects.get()) is None
    assert not get_media_model().objects.exists()


def test_a_kept_video_and_a_link_are_not_both_taken(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    link = "https://example.org/v"
    response = farmer.post(SHARE_URL, share_form_data(kept_video=kept_video(first),
                                                      video_url=link))  # fmt: skip
    shown = response.content.decode()
    assert response.status_code == 400 and "Give a link or a file, not both." in shown
    assert "Video kept: clip.mp4" in shown  # still there to keep or remove


def test_a_made_up_borrowed_or_voice_name_counts_for_no_video(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"]),
                                                   voice_file=upload(clips["m4a"])))  # fmt: skip
    signed = kept_video(first)
    voice = re.search(r'name="kept_voice" value="([^"]+)"', first.content.decode()).group(1)
    other = member_client("bako@example.org")
    name = held_files()[0].name
    forged = [
        signed,  # another member's video
        signing.dumps({"user": other.user.pk, "name": f"../{farmer.user.pk}/{name}"},
                      salt=VIDEO.salt),  # a path: never followed
        f"{farmer.user.pk}/{name}",  # unsigned
    ]  # fmt: skip
    for value in forged:
        with committed():
            response = other.post(SHARE_URL, share_form_data(kept_video=value))
        assert response.status_code == 302
    with committed():  # Awa's own voice note, passed off as a video
        farmer.post(SHARE_URL, share_form_data(kept_video=voice))
    assert not any(draft_video(page) for page in PracticePage.objects.all())
    assert not get_media_model().objects.filter(type="video").exists()
    assert len(held_files()) == 1  # Awa's video is still hers


def test_a_bots_video_is_not_kept(farmer, clips):
    response = farmer.post(SHARE_URL, share_form_data(homepage="http://spam.example",
                                                      video_file=upload(clips["mp4"])))  # fmt: skip
    assert response.status_code == 400
    assert "Video kept" not in response.content.decode() and held_files() == []


def test_a_video_sent_with_refused_corrections_is_kept_for_the_next_try(changes_requested,
                                                                        clips):  # fmt: skip
    farmer, page = changes_requested
    url = f"{FR_URL}{page.pk}/"
    response = farmer.post(url, share_form_data(title="", video_file=upload(clips["mp4"])))
    assert response.status_code == 400 and "Vidéo gardée : clip.mp4" in response.content.decode()
    with committed():
        response = farmer.post(url, share_form_data(title="Half-moons, with a video",
                                                    kept_video=kept_video(response)))  # fmt: skip
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Half-moons, with a video"
    assert draft_video(page).file.read() == clips["mp4"].read_bytes()
