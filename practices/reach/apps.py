"""Reach (renditions, offline packs, sheets).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""

from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class ReachConfig(TerroirAppConfig):
    name = "practices.reach"
    label = "reach"
    verbose_name = _("Reach")
