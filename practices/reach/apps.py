from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "practices.reach"
    label = "reach"
    verbose_name = _("Reach")
    default_auto_field = "django.db.models.BigAutoField"
