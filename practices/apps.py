from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from practices import checks  # noqa: F401 - registers the app's system checks
from practices.app_config import TerroirAppConfig
from practices.converters import DatabaseIdConverter


class PracticesConfig(TerroirAppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        register_converter(DatabaseIdConverter, "id")  # before any URL module is read
        super().ready()
