from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class ImpactConfig(TerroirAppConfig):
    name = "practices.impact"
    label = "impact"
    verbose_name = _("Impact")
