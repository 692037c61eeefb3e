"""Writes of the regional level: an expression of interest, stored, then sent to the
secretariat."""

import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupPagePermission, Page

from practices.regions.models import EventIndexPage, ExpressionOfInterest, TwinRegionIndexPage
from practices.roles import CORRESPONDENTS
from practices.services.site import site_structure_ensure
from practices.text import one_line

logger = logging.getLogger(__name__)


def secretariat_addresses() -> list[str]:
    """TERROIR_SECRETARIAT_EMAIL (comma-separated), else the ADMINS, else DEFAULT_FROM_EMAIL."""
    configured = settings.TERROIR_SECRETARIAT_EMAIL
    if configured:
        return [address.strip() for address in configured.split(",") if address.strip()]
    if settings.ADMINS:
        return [address for _name, address in settings.ADMINS]
    return [settings.DEFAULT_FROM_EMAIL]


def interest_express(*, data: dict, language: str) -> ExpressionOfInterest:
    """Store the expression of interest, then tell the secretariat. Stored first: a mail server
    that is down loses the e-mail (logged), never the answer, which the admin lists."""
    interest = ExpressionOfInterest.objects.create(**data, language=language)
    text = render_to_string("emails/expression_of_interest.txt", {"interest": interest})
    subject, _blank, body = text.strip().partition("\n")
    try:
        send_mail(one_line(subject), body.strip() + "\n", None, secretariat_addresses())
    except OSError:
        logger.exception("Expression of interest %s stored, but not e-mailed", interest.pk)
    return interest


INDEXES = {
    "events": (
        EventIndexPage,
        "events",
        _("Events"),
        _("Regional meetings, field days and webinars."),
    ),
    "twins": (TwinRegionIndexPage, "twin-regions", _("Twin regions"), ""),
}


@transaction.atomic
def regions_structure_ensure() -> dict[str, dict[str, Page]]:
    """The events and twin-regions index pages under each language's home page (idempotent),
    on which the Correspondents group may add, change and publish: narrowed to the pages of
    their regions by practices.models.rights."""
    libraries = site_structure_ensure()
    group = Group.objects.get(name=CORRESPONDENTS)
    rights = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=["add_page", "change_page", "publish_page"],
    )
    made: dict[str, dict[str, Page]] = {}
    for key, (model, slug, title, intro) in INDEXES.items():
        english_home = libraries[settings.LANGUAGE_CODE].get_parent()
        english = model.objects.child_of(english_home).first()
        if english is None:
            with translation.override(settings.LANGUAGE_CODE):
                english = model(title=str(title), slug=slug, intro=str(intro), show_in_menus=True)
            english_home.add_child(instance=english)
            english.save_revision().publish()
        made[key] = {settings.LANGUAGE_CODE: english}
        for code, library in libraries.items():
            if code == settings.LANGUAGE_CODE:
                continue
            page = english.get_translation_or_none(library.locale)
            if page is None:
                page = english.copy_for_translation(library.locale)
                with translation.override(code):
                    page.title, page.intro = str(title), str(intro)
                page.save_revision().publish()
            made[key][code] = page
        for page in made[key].values():
            for permission in rights:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )
    return made
