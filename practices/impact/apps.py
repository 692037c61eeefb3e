from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "practices.impact"
    label = "impact"
    verbose_name = _("Impact")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from practices.impact import views  # noqa: F401 - registers the practice page's carbon line
        from practices.impact.receivers import register_signal_handlers  # models are ready now

        register_signal_handlers()
