from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    name = "practices.regions"
    label = "regions"
    verbose_name = _("Regions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from practices.regions import views  # noqa: F401 - registers the page types' context
