"""Never a silent loss (issue 13): a video or voice note sent with a corrected practice is kept,
and a video over the request's cap is refused with a clear message, never "Thank you"."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtailmedia.models import get_media_model

from tests.factories import share_form_data
from tests.practices.reach.conftest import upload
from tests.practices.test_upload_checks import mp4_bytes

URL = "/en/accounts/share-a-practice/"


def test_a_video_sent_with_the_corrections_is_kept(changes_requested, clips):
    farmer, page = changes_requested
    response = farmer.post(
        f"{URL}{page.pk}/",
        share_form_data(video_file=upload(clips["mp4"]), voice_file=upload(clips["amr"])),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    videos = [block.value["video"] for block in draft.body if block.block_type == "video"]
    assert len(videos) == 1 and videos[0].file.name.endswith(".mp4")
    assert get_media_model().objects.get(pk=draft.voice_note_id).file.name.endswith(".amr")


def test_a_video_over_the_cap_on_the_corrections_is_refused_in_words(changes_requested,
                                                                    monkeypatch):  # fmt: skip
    farmer, page = changes_requested
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 50_000)
    big = SimpleUploadedFile("clip.mp4", mp4_bytes(boxes=((b"mdat", b"\x00" * 80_000),)))
    response = farmer.post(
        f"{URL.replace('/en/', '/fr/')}{page.pk}/",
        share_form_data(title="Half-moons, corrected", video_file=big),
    )
    shown = response.content.decode()
    assert response.status_code == 413 and "est trop lourd" in shown and "Merci" not in shown
    assert 'value="Half-moons, corrected"' in shown
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Half-moons on crusted soil"
