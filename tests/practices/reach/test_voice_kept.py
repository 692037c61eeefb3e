"""A voice note sent with a form that must be corrected is kept (checked once, held outside
the media, carried signed) and attached when the corrected form is sent without it."""

from django.conf import settings

from wagtailmedia.models import get_media_model

from practices.forms.voice import VOICE
from practices.models import ExperienceReport, PracticePage
from practices.reach.models import MediaRenditions
from tests.factories import PracticePageFactory, share_form_data
from tests.practices.reach.conftest import SHARE_URL, committed, upload
from tests.practices.reach.held import forged_posted, held_files, kept_value


def test_a_voice_note_sent_with_a_refused_form_is_attached_on_the_corrected_post(farmer, clips):
    response = farmer.post(SHARE_URL, share_form_data(title="", voice_file=upload(
        clips["m4a"], name="ma note <b>.m4a")))  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400 and "This field is required" in page
    assert "Voice note kept: ma note &lt;b&gt;.m4a" in page  # the farmer's name, escaped
    assert 'name="voice_remove"' in page
    assert not get_media_model().objects.exists()  # held, not stored
    assert len(held_files("voice")) == 1 and settings.VAR_DIR != settings.MEDIA_ROOT

    with committed():
        response = farmer.post(SHARE_URL, share_form_data(kept_voice=kept_value(response, "voice")))
    assert response.status_code == 302
    draft = PracticePage.objects.get().get_latest_revision_as_object()
    media = get_media_model().objects.get(pk=draft.voice_note_id)
    assert media.type == "audio" and media.file.name.endswith(".m4a")
    assert media.file.read() == clips["m4a"].read_bytes()
    assert MediaRenditions.objects.get(media=media).ready
    assert held_files("voice") == []  # gone once stored


def test_a_kept_voice_note_stays_through_a_second_correction(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", voice_file=upload(clips["ogg"])))
    second = farmer.post(
        SHARE_URL, share_form_data(title="", kept_voice=kept_value(first, "voice"))
    )
    assert second.status_code == 400 and "Voice note kept: voice.ogg" in second.content.decode()
    with committed():
        farmer.post(SHARE_URL, share_form_data(kept_voice=kept_value(second, "voice")))
    draft = PracticePage.objects.get().get_latest_revision_as_object()
    assert draft.voice_note.file.name.endswith(".ogg")


def test_a_made_up_or_borrowed_kept_voice_note_counts_for_nothing(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", voice_file=upload(clips["m4a"])))
    forged_posted(VOICE, signed=kept_value(first, "voice"), owner=farmer.user,
                  name=held_files("voice")[0].name)  # fmt: skip
    assert not get_media_model().objects.exists()
    assert len(held_files("voice")) == 1  # Awa's note is still hers


def test_a_refused_report_keeps_its_voice_note_too(farmer, libraries, clips):
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")
    url = f"/en/accounts/tried/{practice.pk}/"
    report = {"outcome": "worked", "what_happened": "Millet came back.", "years": "2",
              "country": "NE", "koppen": "BSh", "rainfall_mm": "600", "homepage": ""}  # fmt: skip
    response = farmer.post(url, {**report, "outcome": "", "voice_file": upload(clips["webm"])})
    assert response.status_code == 400
    assert "Voice note kept: voice.webm" in response.content.decode()
    with committed():
        response = farmer.post(url, {**report, "kept_voice": kept_value(response, "voice")})
    assert response.status_code == 302
    note = ExperienceReport.objects.get().voice_note
    assert note is not None and note.file.name.endswith(".webm")
    assert MediaRenditions.objects.get(media=note).ready


def test_a_bots_voice_note_is_not_kept(farmer, clips):
    response = farmer.post(SHARE_URL, share_form_data(homepage="http://spam.example",
                                                voice_file=upload(clips["m4a"])))  # fmt: skip
    assert response.status_code == 400
    assert "Voice note kept" not in response.content.decode() and held_files("voice") == []
