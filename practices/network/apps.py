"""Network (maps, members and partners).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "practices.network"
    label = "network"
    verbose_name = _("Network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the practice page's locator map (practices.page_context).
        from practices.network import views  # noqa: F401
        from practices.network.receivers import register_signal_handlers  # models are ready now

        register_signal_handlers()
