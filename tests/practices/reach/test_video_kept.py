"""Never a silent loss (issues 13 and 16): a video file sent with a practice that must be
corrected is kept (checked once, held outside the media, carried signed), said so in the
reader's language, and lands on the draft when the corrected form is sent without it; on the
"share a practice" form and on the "changes requested" one."""

import re

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.utils import translation

from wagtailmedia.models import get_media_model

import pytest

from practices.forms.contribute import VIDEO
from practices.models import PracticePage
from tests.factories import member_client, region_claiming, share_form_data
from tests.practices.reach.conftest import SHARE_URL, committed, upload
from tests.practices.reach.held import forged_posted, held_files, kept_value
from tests.practices.test_upload_checks import mp4_bytes

FR_URL = SHARE_URL.replace("/en/", "/fr/")
ES_URL = SHARE_URL.replace("/en/", "/es/")


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
    assert (
        len(held_files("video")) == 1
        and held_files("video")[0].read_bytes() == clips["mp4"].read_bytes()
    )

    with committed():
        response = farmer.post(FR_URL, share_form_data(kept_video=kept_value(response, "video")))
    assert response.status_code == 302
    video = draft_video(PracticePage.objects.get())
    assert video.type == "video" and video.file.name.endswith(".mp4")
    assert "demi-lunes" not in video.file.name
    assert video.file.read() == clips["mp4"].read_bytes()
    assert held_files("video") == []  # gone once stored


def test_spanish_readers_are_told_too_and_a_second_correction_keeps_it(farmer, clips):
    first = farmer.post(ES_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    second = farmer.post(ES_URL, share_form_data(summary="", kept_video=kept_value(first, "video")))
    shown = second.content.decode()
    assert second.status_code == 400 and "Video guardado: clip.mp4 (" in shown
    assert "Quitarlo" in shown  # el video
    with committed():
        farmer.post(ES_URL, share_form_data(kept_video=kept_value(second, "video")))
    assert draft_video(PracticePage.objects.get()).file.read() == clips["mp4"].read_bytes()


def test_a_new_video_replaces_the_kept_one(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    other = SimpleUploadedFile("other.mp4", mp4_bytes())
    second = farmer.post(SHARE_URL, share_form_data(title="", kept_video=kept_value(first, "video"),
                                                    video_file=other))  # fmt: skip
    assert "Video kept: other.mp4" in second.content.decode()
    assert "clip.mp4" not in second.content.decode()
    assert len(held_files("video")) == 1  # one a member: the first one went
    with committed():
        farmer.post(SHARE_URL, share_form_data(kept_video=kept_value(second, "video")))
    assert draft_video(PracticePage.objects.get()).file.read() == mp4_bytes()


@pytest.mark.parametrize(("kind", "clip"), [("video", "mp4"), ("voice", "m4a")])
def test_a_kept_file_the_farmer_removes_is_not_attached(farmer, clips, kind, clip):
    sent = {f"{kind}_file": upload(clips[clip])}
    first = farmer.post(SHARE_URL, share_form_data(title="", **sent))
    removed = {f"kept_{kind}": kept_value(first, kind), f"{kind}_remove": "1"}
    with committed():
        response = farmer.post(SHARE_URL, share_form_data(**removed))
    assert response.status_code == 302
    page = PracticePage.objects.get()
    assert draft_video(page) is None and page.get_latest_revision_as_object().voice_note is None
    assert not get_media_model().objects.exists()


def test_a_kept_video_and_a_link_are_not_both_taken(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    link = "https://example.org/v"
    response = farmer.post(SHARE_URL, share_form_data(kept_video=kept_value(first, "video"),
                                                      video_url=link))  # fmt: skip
    shown = response.content.decode()
    assert response.status_code == 400 and "Give a link or a file, not both." in shown
    assert "Video kept: clip.mp4" in shown  # still there to keep or remove


def test_a_made_up_borrowed_or_voice_name_counts_for_no_video(farmer, clips):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"]),
                                                   voice_file=upload(clips["m4a"])))  # fmt: skip
    forged_posted(VIDEO, signed=kept_value(first, "video"), owner=farmer.user,
                  name=held_files("video")[0].name)  # fmt: skip
    voice = re.search(r'name="kept_voice" value="([^"]+)"', first.content.decode()).group(1)
    with committed():  # Awa's own voice note, passed off as a video
        farmer.post(SHARE_URL, share_form_data(kept_video=voice))
    assert not any(draft_video(page) for page in PracticePage.objects.all())
    assert not get_media_model().objects.filter(type="video").exists()
    assert len(held_files("video")) == 1  # Awa's video is still hers


def test_a_bots_video_is_not_kept(farmer, clips):
    response = farmer.post(SHARE_URL, share_form_data(homepage="http://spam.example",
                                                      video_file=upload(clips["mp4"])))  # fmt: skip
    assert response.status_code == 400
    assert "Video kept" not in response.content.decode() and held_files("video") == []


def test_a_video_sent_with_refused_corrections_is_kept_for_the_next_try(changes_requested,
                                                                        clips):  # fmt: skip
    farmer, page = changes_requested
    url = f"{FR_URL}{page.pk}/"
    response = farmer.post(url, share_form_data(title="", video_file=upload(clips["mp4"])))
    assert response.status_code == 400 and "Vidéo gardée : clip.mp4" in response.content.decode()
    with committed():
        kept = kept_value(response, "video")
        response = farmer.post(url, share_form_data(title="Half-moons, with a video",
                                                    kept_video=kept))  # fmt: skip
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Half-moons, with a video"
    assert draft_video(page).file.read() == clips["mp4"].read_bytes()


def test_a_kept_video_stays_when_the_next_post_is_too_large(farmer, clips, monkeypatch):
    first = farmer.post(SHARE_URL, share_form_data(title="", video_file=upload(clips["mp4"])))
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 60_000)
    big = SimpleUploadedFile("big.mp4", mp4_bytes(boxes=((b"mdat", b"\x00" * 80_000),)))
    response = farmer.post(SHARE_URL, share_form_data(kept_video=kept_value(first, "video"),
                                                      video_file=big))  # fmt: skip
    assert response.status_code == 413 and "Video kept: clip.mp4" in response.content.decode()
    with committed():
        farmer.post(SHARE_URL, share_form_data(kept_video=kept_value(response, "video")))
    assert draft_video(PracticePage.objects.get()).file.read() == clips["mp4"].read_bytes()


def draft_files(page: PracticePage) -> dict:
    """The draft's stored files by kind, as the edit form names them."""
    return {"video": draft_video(page), "voice": page.get_latest_revision_as_object().voice_note}


@pytest.fixture
def video_sent_back(changes_requested, clips):
    """Awa's practice, its video and voice note stored with it, sent back to her for changes."""
    farmer, page = changes_requested
    with committed():
        farmer.post(f"{SHARE_URL}{page.pk}/", share_form_data(
            video_file=upload(clips["mp4"]), voice_file=upload(clips["m4a"])))  # fmt: skip
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    aminata = User.objects.get(username="aminata@example.org")
    task_state.task.specific.on_action(task_state, aminata, "reject", comment="Shorter?")
    stored = draft_files(page)
    assert stored["video"] is not None and stored["voice"] is not None
    return farmer, page, stored


SAID = {  # what the edit form says of each stored file, by language
    ("video", "en"): ("Video already received ({size})", "Remove it", "Download the video"),
    ("video", "fr"): ("Vidéo déjà reçue ({size})", "La retirer", "Télécharger la vidéo"),
    ("video", "es"): ("Video ya recibido ({size})", "Quitarlo", "Descargar el video"),
    ("voice", "en"): ("Voice note already received ({size})", "Remove it",
                      "Download the voice note"),
    ("voice", "fr"): ("Note vocale déjà reçue ({size})", "La retirer",
                      "Télécharger la note vocale"),
    ("voice", "es"): ("Nota de voz ya recibida ({size})", "Quitarla", "Descargar la nota de voz"),
}  # fmt: skip
PLAYER = {"video": '<video controls preload="none" width="100%" src="{url}">',
          "voice": '<audio controls preload="none" src="{url}">'}  # fmt: skip


@pytest.mark.parametrize("kind", ["video", "voice"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_edit_form_shows_the_stored_file_in_the_readers_language(
    video_sent_back, language, kind
):
    farmer, page, stored = video_sent_back
    media = stored[kind]
    response = farmer.get(f"/{language}/accounts/share-a-practice/{page.pk}/")
    shown = response.content.decode()
    with translation.override(language):
        size = filesizeformat(media.file.size)
    said, remove, download = SAID[kind, language]
    assert f'<p id="stored-{kind}">{said.format(size=size)}</p>' in shown  # no file name
    name = media.file.name.rpartition("/")[2]  # the storage's random name: never said
    assert shown.count(name) == 2  # only in the player's and the link's address
    assert PLAYER[kind].format(url=media.file.url) in shown
    assert f'<a href="{media.file.url}">{download}</a>' in shown
    box = f'name="{kind}_stored_remove" value="1" aria-describedby="stored-{kind}"> {remove}'
    assert box in shown  # kept by default
    assert farmer.get(media.file.url).status_code == 200  # hers to watch or hear


def test_sending_the_edit_form_without_a_new_file_keeps_the_stored_ones(video_sent_back):
    farmer, page, stored = video_sent_back
    with committed():
        response = farmer.post(f"{SHARE_URL}{page.pk}/", share_form_data(title="Deeper"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Deeper"
    assert {kind: media.pk for kind, media in draft_files(page).items()} == {
        kind: media.pk for kind, media in stored.items()
    }
    assert get_media_model().objects.count() == 2  # nothing sent again


@pytest.mark.parametrize(("kind", "other"), [("video", "voice"), ("voice", "video")])
def test_the_farmer_removes_a_stored_file_and_keeps_the_other(video_sent_back, kind, other):
    farmer, page, stored = video_sent_back
    with committed():
        response = farmer.post(f"{SHARE_URL}{page.pk}/",
                               share_form_data(**{f"{kind}_stored_remove": "1"}))  # fmt: skip
    assert response.status_code == 302
    page.refresh_from_db()
    assert draft_files(page)[kind] is None
    assert draft_files(page)[other].pk == stored[other].pk
    assert page.current_workflow_state.status == "in_progress"  # back with Aminata
    shown = farmer.get(f"{SHARE_URL}{page.pk}/").content.decode()
    assert f'id="stored-{kind}"' not in shown and f'id="stored-{other}"' not in shown  # in review


@pytest.mark.parametrize("kind", ["video", "voice"])
def test_a_removal_ticked_on_a_refused_edit_stays_ticked(video_sent_back, kind):
    farmer, page, stored = video_sent_back
    response = farmer.post(f"{SHARE_URL}{page.pk}/",
                           share_form_data(title="", **{f"{kind}_stored_remove": "1"}))  # fmt: skip
    shown = response.content.decode()
    assert response.status_code == 400
    assert f'name="{kind}_stored_remove" value="1" checked' in shown
    other = "voice" if kind == "video" else "video"
    assert f'name="{other}_stored_remove" value="1" aria-describedby' in shown  # not ticked
    assert draft_files(page)[kind].pk == stored[kind].pk  # nothing changed yet


@pytest.mark.parametrize(("kind", "sent"), [("video", "mp4"), ("voice", "ogg")])
def test_a_new_file_replaces_the_stored_one(video_sent_back, clips, kind, sent):
    farmer, page, stored = video_sent_back
    new = {f"{kind}_file": upload(clips[sent])}
    with committed():
        response = farmer.post(f"{SHARE_URL}{page.pk}/", share_form_data(**new))
    assert response.status_code == 302
    page.refresh_from_db()
    replaced = draft_files(page)[kind]
    assert replaced.pk != stored[kind].pk and replaced.file.read() == clips[sent].read_bytes()


@pytest.mark.parametrize("kind", ["video", "voice"])
def test_nobody_else_sees_the_stored_file(video_sent_back, kind):
    _farmer, page, stored = video_sent_back
    url = stored[kind].file.url
    bako = member_client("bako@example.org")
    response = bako.get(f"{SHARE_URL}{page.pk}/")
    assert response.status_code == 404 and url not in response.content.decode()
    assert bako.get(url).status_code == 404  # the draft's media guard
    assert Client().get(url).status_code == 404


def test_the_reviewer_hears_and_sees_what_the_corrections_brought(changes_requested, clips):
    """A video and a voice note sent with corrections are in the draft only (a revision), not
    in the page's row: the correspondent who reviews it still gets them; a correspondent of
    another region does not."""
    farmer, page = changes_requested
    with committed():
        farmer.post(f"{SHARE_URL}{page.pk}/", share_form_data(
            video_file=upload(clips["mp4"]), voice_file=upload(clips["m4a"])))  # fmt: skip
    page.refresh_from_db()
    stored = draft_files(page)
    aminata = Client()
    aminata.force_login(User.objects.get(username="aminata@example.org"))
    elsewhere = User.objects.create_user("rosa@example.org", "rosa@example.org", "x")
    region_claiming(name="Andes", slug="andes", countries=["PE"]).correspondents.add(elsewhere)
    rosa = Client()
    rosa.force_login(elsewhere)
    for media in stored.values():
        assert aminata.get(media.file.url).status_code == 200
        assert rosa.get(media.file.url).status_code == 404
