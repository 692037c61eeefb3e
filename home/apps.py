from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.receivers import register_signal_handlers  # models are ready only now

        register_signal_handlers()
