"""The editor's side of renditions: a page whose video or voice note could not be made small
says so (and why) when it is opened in the admin; one still being made says that too."""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail import hooks

from practices.reach.models import MediaRenditions


@hooks.register("before_edit_page")
def renditions_report(request, page) -> None:
    specific = page.specific
    ids = [getattr(specific, name, None) for name in ("video_id", "voice_note_id")]
    body = getattr(specific, "body", None) or []
    ids += [block.value["video"].pk for block in body
            if block.block_type == "video" and block.value.get("video")]  # fmt: skip
    for renditions in MediaRenditions.objects.filter(media__in=[i for i in ids if i]):
        if renditions.failed:
            messages.error(
                request,
                _("The small copies of “%(title)s” could not be made, so readers cannot play "
                  "it: upload another file. ffmpeg said: %(error)s")
                % {"title": renditions.media.title, "error": renditions.error},
            )  # fmt: skip
        elif not renditions.ready:
            messages.info(
                request,
                _("The small copies of “%(title)s” are being made; readers see them once they "
                  "are ready.") % {"title": renditions.media.title},
            )  # fmt: skip
