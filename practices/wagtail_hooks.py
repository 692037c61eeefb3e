"""The taxonomy and the members in the Wagtail admin; what correspondents may see, create and
translate there (practices.permissions)."""

from django.shortcuts import get_list_or_404, redirect
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import ExperienceReport, PracticeCategory, Region
from practices.models.review import UNPUBLISHABLE_PARAM, draft_problems
from practices.permissions import (
    ReportPermissionPolicy,
    page_policy,
    pages_seen_by,
    pages_seen_or_refused,
)
from practices.selectors.questions import questions_moderator, questions_waiting
from practices.views import questions, translations

# Before any view asks for the model's policy (Wagtail would make a default one).
register_permission_policy(ExperienceReport, ReportPermissionPolicy(ExperienceReport))
register_permission_policy(Page, page_policy, exact_class=True)


class TaxonomyViewSet(SnippetViewSet):
    """A translatable term (practices.models.taxonomy.TaxonomyTerm) in the admin's menu."""

    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class PracticeCategoryViewSet(TaxonomyViewSet):
    model = PracticeCategory
    icon = "tag"
    menu_order = 300
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "site"
    menu_order = 310
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("countries"),
        FieldPanel("correspondents"),
    ]


class ExperienceReportViewSet(SnippetViewSet):
    model = ExperienceReport
    icon = "comment"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["__str__", "author", "country", "live"]
    list_filter = ["outcome", "live"]
    panels = [
        FieldPanel("practice", read_only=True),
        FieldPanel("outcome"),
        FieldPanel("what_happened"),
        FieldPanel("years"),
        FieldPanel("photo"),
        *ExperienceReport.profile_panels,
    ]


register_snippet(PracticeCategoryViewSet)
register_snippet(ExperienceReportViewSet)
register_snippet(RegionViewSet)


@hooks.register("before_create_page")
def only_their_page_types(request, parent_page, page_class):
    """Correspondents add tutorials and videos; farmers' practices come through the public form
    and its regional review."""
    perms = parent_page.permissions_for_user(request.user)
    if getattr(perms, "can_add_subpage_of_type", None) is None:
        return None
    if perms.can_add_subpage_of_type(page_class):
        return None
    messages.error(
        request,
        _(
            "Practices come from farmers, through the public form and the regional review. "
            "Here you can add tutorials and videos."
        ),
    )
    return redirect("wagtailadmin_explore", parent_page.pk)


@hooks.register("construct_explorer_page_queryset")
def drafts_of_their_region(parent_page, pages, request):
    """A page's listing and its search (in a library: the live pages and the drafts of the
    correspondent's region), and the listing of a page they may not see refused."""
    pages_seen_or_refused(user=request.user, page_ids=[parent_page.pk])
    return pages_seen_by(user=request.user, pages=pages)


@hooks.register("construct_page_chooser_queryset")
def choosable_by_their_region(pages, request):
    """The page chooser (browse and search) offers every live page and the drafts of the
    correspondent's region. Browsing names its parent page, which the hook is not given: it is
    the URL's `parent_page_id`."""
    match = request.resolver_match
    parent_page_id = match.kwargs.get("parent_page_id") if match else None
    pages_seen_or_refused(user=request.user, page_ids=[parent_page_id] if parent_page_id else [])
    return pages_seen_by(user=request.user, pages=pages)


class SeenPagesOnlyMixin:
    """A bulk action over the pages the user may see: another region's draft is neither acted
    on nor named among "pages you cannot act on" (none left: 404, as for unknown ids)."""

    def get_queryset(self, model, object_ids):
        pages = pages_seen_by(user=self.request.user, pages=model._default_manager.all())
        return get_list_or_404(pages, pk__in=object_ids)


class DeletePagesSeen(SeenPagesOnlyMixin, DeleteBulkAction):
    pass


class MovePagesSeen(SeenPagesOnlyMixin, MoveBulkAction):
    pass


class PublishPagesSeen(SeenPagesOnlyMixin, PublishBulkAction):
    pass


class UnpublishPagesSeen(SeenPagesOnlyMixin, UnpublishBulkAction):
    pass


# Registered after Wagtail's own (a later order), so they take their place in the registry.
for action in (DeletePagesSeen, MovePagesSeen, PublishPagesSeen, UnpublishPagesSeen):
    hooks.register("register_bulk_action", action, order=1)


# Before wagtail-localize's own URLs (a lower order than its hook's), whatever the order of
# INSTALLED_APPS: the first pattern that matches serves, so these take the same addresses.
@hooks.register("register_admin_urls", order=-1)
def translation_urls_checked_on_the_object():
    return [
        path(
            "localize/submit/page/<id:page_id>/",
            translations.PageTranslationView.as_view(),
            name="terroir_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translations.SnippetTranslationView.as_view(),
            name="terroir_submit_snippet_translation",
        ),
        path(
            "localize/update/<id:translation_source_id>/",
            translations.TranslationsUpdateView.as_view(),
            name="terroir_update_translations",
        ),
    ]


@hooks.register("before_edit_page")
def say_why_an_approval_could_not_publish(request, page):
    """After "Approve and publish" on a draft the model refuses (RegionalReviewTask.on_action),
    the editor says what is wrong instead of a server error."""
    if request.method != "GET" or UNPUBLISHABLE_PARAM not in request.GET:
        return
    problems = draft_problems(page.specific)
    if not problems:
        return
    model = type(page.specific)
    names = {field.name: field.verbose_name for field in model._meta.get_fields()
             if hasattr(field, "verbose_name")}  # fmt: skip
    details = "; ".join(
        f"{names[name]}: {' '.join(errors)}" if name in names else " ".join(errors)
        for name, errors in problems.items()
    )
    messages.error(
        request,
        _(
            "“%(title)s” could not be published: %(problems)s Correct it here and save, or "
            "request a change from its author."
        )
        % {"title": page.get_latest_revision_as_object().title, "problems": details},
    )


# Questions and answers moderated in the admin too: one queue, on the dashboard and in the menu,
# each correspondent seeing their region's only (practices.selectors.questions).
@hooks.register("register_admin_urls")
def questions_queue_url():
    return [path("questions-waiting/", questions.admin_queue, name="practices_questions_waiting")]


class QuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return questions_moderator(user=request.user)


@hooks.register("register_admin_menu_item")
def questions_queue_menu_item():
    return QuestionsMenuItem(
        gettext_lazy("Questions"),
        reverse_lazy("practices_questions_waiting"),
        icon_name="help",
        order=330,
    )


class QuestionsPanel(Component):
    name = "questions_waiting"
    order = 90  # above the pages in review
    template_name = "practices/admin/questions_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        return {"waiting": questions_waiting(user=self.request.user), "request": self.request}


@hooks.register("construct_homepage_panels")
def questions_queue_panel(request, panels):
    if questions_moderator(user=request.user):
        panels.append(QuestionsPanel(request))
