"""The initiative's own categories of organisations (its colleges) and membership."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class College(models.TextChoices):
    STATE = "state", _("States and provinces")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisations")
    BANK_FUND = "bank_fund", _("Banks and development funds")
    FOUNDATION = "foundation", _("Foundations")
    PRODUCER_ORGANISATION = "producer_organisation", _("Producer organisations")
    RESEARCH = "research", _("Research institutes and universities")
    NGO = "ngo", _("Civil society and NGOs")
    FOR_PROFIT = "for_profit", _("For-profit organisations")


class Membership(models.TextChoices):
    MEMBER = "member", _("Member")
    PARTNER = "partner", _("Partner")


DESCRIPTION_LANGUAGES = ("en", "fr", "es")
