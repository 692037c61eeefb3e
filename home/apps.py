from django.utils.translation import gettext_lazy as _

from practices.app_config import TerroirAppConfig


class HomeConfig(TerroirAppConfig):
    name = "home"
    verbose_name = _("Home and site pages")
