"""Network (maps, members and partners).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""

from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class NetworkConfig(TerroirAppConfig):
    name = "practices.network"
    label = "network"
    verbose_name = _("Network")
