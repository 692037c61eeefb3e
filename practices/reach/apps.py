"""Reach (renditions, offline packs, sheets).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""

from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "practices.reach"
    label = "reach"
    verbose_name = _("Reach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtailmedia.models import get_media_model

        from practices.reach import pack_receivers, page_additions, receivers, share  # noqa: F401

        post_save.connect(receivers.media_saved, sender=get_media_model(),
                          dispatch_uid="reach-media-saved")  # fmt: skip
        pack_receivers.register_signal_handlers()
