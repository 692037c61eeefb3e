from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class RegionsConfig(TerroirAppConfig):
    name = "practices.regions"
    label = "regions"
    verbose_name = _("Regions")
