"""wagtailmedia's upload form, checking by content as the public forms do
(WAGTAILMEDIA["MEDIA_FORM_BASE"]): a video by its container's structure, a sound by what
ffmpeg reads in it; either stored under a random name with the detected extension."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from wagtailmedia.forms import BaseMediaForm

from practices.media_probe import media_probe
from practices.services.uploads import stored_name
from practices.upload_checks import VOICE_CONTAINERS, upload_on_disk, video_check


class CheckedMediaForm(BaseMediaForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        if self.instance.type == "video":
            extension = video_check(upload)
        else:
            with upload_on_disk(upload) as path:
                probe = media_probe(path)
            extension = VOICE_CONTAINERS.get(probe.container) if probe and probe.audio else None
            if extension is None:
                raise forms.ValidationError(
                    _("This file is not a sound we can play (M4A, AMR, Ogg, WebM or MP3).")
                )
        upload.name = stored_name(extension)
        return upload
