"""People on the public site: a member's preferred language and, once set, their farm."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .profile import ProfileMixin


class Member(ProfileMixin, models.Model):
    """A farmer (or anyone) with an account. The farm's conditions use the same fields, the same
    derivation and the same encoder as a practice's site, so "farms like mine" can start from
    them."""

    location_required = False

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    farm_name = models.CharField(_("farm name"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def has_farm(self) -> bool:
        return self.latitude is not None or bool(self.country) or bool(self.koppen)
