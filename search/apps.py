from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class SearchConfig(TerroirAppConfig):
    name = "search"
    verbose_name = _("Search and similarity")
