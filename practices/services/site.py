"""The page tree every language needs (a home page and a practice library per locale), the
moderation set-up of contributions (the regional review workflow on every library) and what
correspondents may write (tutorials and videos of their region: practices.models.rights)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from practices.models import ExperienceReport, PracticeIndexPage, RegionalReviewTask
from practices.roles import CORRESPONDENTS, MODERATORS, WORKFLOW


@transaction.atomic
def site_structure_ensure() -> dict[str, PracticeIndexPage]:
    """Create what is missing (idempotent): the three locales, the home page's French and
    Spanish translations, and the practice library of each language.

    Returns the library (PracticeIndexPage) of each language code.
    """
    locales = locales_ensure()
    home = Site.objects.get(is_default_site=True).root_page.specific
    default = locales[settings.LANGUAGE_CODE]
    home = home.get_translation_or_none(default) or home

    english_library = PracticeIndexPage.objects.child_of(home).first()
    if english_library is None:
        with translation.override(default.language_code):
            english_library = PracticeIndexPage(
                title=_("Practices"),
                slug="practices",
                intro=_("What farmers did for their soil, and what happened."),
            )
            home.add_child(instance=english_library)
            english_library.save_revision().publish()

    libraries = {default.language_code: english_library}
    for code, locale in locales.items():
        if locale == default:
            continue
        translated_home = home.get_translation_or_none(locale)
        if translated_home is None:
            translated_home = home.copy_for_translation(locale)
            translated_home.save_revision().publish()
        library = english_library.get_translation_or_none(locale)
        if library is None:
            library = english_library.copy_for_translation(locale)
            with translation.override(code):
                library.title = _("Practices")
                library.intro = _("What farmers did for their soil, and what happened.")
            library.save_revision().publish()
        libraries[code] = library
    review_workflow_ensure(libraries.values())
    return libraries


def locales_ensure() -> dict[str, Locale]:
    """The locale of each content language (English, French, Spanish), created if missing."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def review_workflow_ensure(libraries) -> Workflow:
    """The "Contributions" workflow (one regional review task, moderators as its groups) on
    every practice library; the two groups may enter the admin, where the review queue is."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name in (MODERATORS, CORRESPONDENTS):
        groups[name], _created = Group.objects.get_or_create(name=name)
        groups[name].permissions.add(access_admin)
    task = RegionalReviewTask.objects.filter(name="Regional review").first()
    if task is None:
        task = RegionalReviewTask.objects.create(name="Regional review")
        task.groups.add(groups[MODERATORS])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for library in libraries:
        WorkflowPage.objects.get_or_create(page=library, defaults={"workflow": workflow})
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(ExperienceReport),
        defaults={"workflow": workflow},
    )
    correspondent_rights_ensure(group=groups[CORRESPONDENTS], libraries=libraries)
    return workflow


def correspondent_rights_ensure(*, group: Group, libraries) -> None:
    """Correspondents write, publish and translate tutorials and videos: add, change and publish
    on every library, narrowed to their region by practices.models.rights; wagtail-localize's
    right to translate; images and media to choose and upload, in every collection."""
    page_rights = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=["add_page", "change_page", "publish_page"],
    )
    for library in libraries:
        for permission in page_rights:
            GroupPagePermission.objects.get_or_create(
                group=group, page=library, permission=permission
            )
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    root = Collection.get_first_root_node()
    for app_label, model in (("wagtailimages", "image"), ("wagtailmedia", "media")):
        for action in ("add", "choose"):
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            ).first()
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )
