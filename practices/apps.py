from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from practices import checks  # noqa: F401 - registers the app's system checks
from practices.converters import DatabaseIdConverter


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        register_converter(DatabaseIdConverter, "id")  # before any URL module is read

        from practices.receivers import register_signal_handlers  # models are ready only now
        from practices.views import pages  # noqa: F401 - registers the page types' contexts

        register_signal_handlers(self)
