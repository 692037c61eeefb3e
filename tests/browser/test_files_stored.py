"""The "changes requested" form on a 360 px phone, in French and Spanish: the video and the
voice note the draft already carries are said received (by their size, never by the storage's
random name), each with its player, a link and a box to remove it, and nothing scrolls
sideways.

Screenshots go to test-artifacts/ (and /work/wt/voice-shots when it exists, to look at)."""

import re

from django.conf import settings

import pytest

from tests.browser.test_files_kept import SHOTS
from tests.browser.test_phone import no_sideways_scroll

SAID = {  # the stored files, as the form says them; the size as each language writes it
    ("video", "fr"): r"^Vidéo déjà reçue \(\d+,\d\sKio\)$",
    ("voice", "fr"): r"^Note vocale déjà reçue \(\d+,\d\sKio\)$",
    ("video", "es"): r"^Video ya recibido \(\d+,\d\sKB\)$",
    ("voice", "es"): r"^Nota de voz ya recibida \(\d+,\d\sKB\)$",
}
REMOVE = {("video", "fr"): "La retirer", ("voice", "fr"): "La retirer",
          ("video", "es"): "Quitarlo", ("voice", "es"): "Quitarla"}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_stored_video_and_voice_note_on_the_edit_form(
    live_server, phone, video_sent_back, artifacts, language
):
    farmer, page, stored = video_sent_back
    session = farmer.cookies[settings.SESSION_COOKIE_NAME].value
    phone.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session,
                                "url": live_server.url}])  # fmt: skip
    phone.goto(f"{live_server.url}/{language}/accounts/share-a-practice/{page.pk}/")
    for kind in ("video", "voice"):
        shown = phone.locator(f".kept-stored-{kind}")
        assert re.match(SAID[kind, language], shown.locator(f"#stored-{kind}").inner_text())
        assert stored[kind].file.name.rpartition("/")[2] not in shown.inner_text()
        player = shown.locator("video" if kind == "video" else "audio")
        assert player.get_attribute("src") == stored[kind].file.url
        box = shown.get_by_label(REMOVE[kind, language])
        assert not box.is_checked()  # kept unless she removes it
        box_right = box.bounding_box()["x"] + box.bounding_box()["width"]
        assert shown.bounding_box()["x"] >= 0 and box_right <= 360
    no_sideways_scroll(phone)
    for folder in (artifacts, SHOTS):
        for kind in ("video", "voice") if folder.exists() else ():
            phone.locator(f".kept-stored-{kind}").evaluate("shown => shown.scrollIntoView()")
            phone.screenshot(path=str(folder / f"stored-{kind}-{language}.png"))
