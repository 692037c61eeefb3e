"""Reach (renditions, offline packs, sheets).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "practices.reach"
    label = "reach"
    verbose_name = _("Reach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from practices.reach import pack_receivers, share  # noqa: F401 - registers (share links)

        pack_receivers.register_signal_handlers()
