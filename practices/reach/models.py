"""The small copies of an uploaded video or sound that readers on a slow connection get: a
small H.264/AAC MP4 and a poster image for a video, an audio-only AAC file for both. Made in
the background (practices.reach.tasks) whenever a wagtailmedia file is uploaded or replaced;
the original stays for editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _

RENDITIONS_FOLDER = "reach"


class RenditionStatus(models.TextChoices):
    PENDING = "pending", _("being made")
    DONE = "done", _("ready")
    FAILED = "failed", _("failed")


class MediaRenditions(models.Model):
    media = models.OneToOneField(
        "wagtailmedia.Media",
        on_delete=models.CASCADE,
        related_name="reach_renditions",
        verbose_name=_("media"),
    )
    source_name = models.CharField(max_length=255, blank=True)  # the file they were made from
    status = models.CharField(
        _("status"), max_length=8, choices=RenditionStatus.choices, default=RenditionStatus.PENDING
    )
    error = models.TextField(_("what went wrong"), blank=True)
    video = models.FileField(_("small video"), upload_to=RENDITIONS_FOLDER, blank=True)
    audio = models.FileField(_("audio only"), upload_to=RENDITIONS_FOLDER, blank=True)
    poster = models.FileField(_("poster"), upload_to=RENDITIONS_FOLDER, blank=True)
    duration = models.FloatField(_("duration (s)"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("media renditions")
        verbose_name_plural = _("media renditions")

    def __str__(self):
        return f"{self.media} ({self.get_status_display()})"

    @property
    def ready(self) -> bool:
        return self.status == RenditionStatus.DONE

    @property
    def failed(self) -> bool:
        return self.status == RenditionStatus.FAILED
