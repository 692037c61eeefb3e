"""The admin's permission policies beyond Django's model permissions: what a correspondent
may see of other regions' pages, who may open a report in review, who may translate. How far a
correspondent's page rights reach on each page is practices.models.rights."""

from django.core.exceptions import PermissionDenied
from django.db.models import F

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from practices.models.pages import PracticePage, TutorialPage, VideoPage
from practices.models.rights import (
    SUBMIT_TRANSLATION,
    RegionalPagePermissionTester,
    correspondent_scope,
)


def user_may_translate(user, instance) -> bool:
    """wagtail-localize checks only its global right before it creates or updates translations;
    this is the check on the object. A page: the right to edit it (see `can_translate`). A
    snippet (a category, a region): the right to add one, since a translation is a new one."""

    if not user.has_perm(SUBMIT_TRANSLATION):
        return False
    if isinstance(instance, Page):
        perms = instance.permissions_for_user(user)
        if isinstance(perms, RegionalPagePermissionTester):
            return perms.can_translate()
        return perms.can_edit()
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.add_{meta.model_name}")


class ReportPermissionPolicy(ModelPermissionPolicy):
    """ "I tried this" reports: Django's model permissions, and the reviewer of a report in
    review may open it (the regional review decides who: RegionalReviewTask.may_review), so
    that the review queue links to it. Publishing stays with the review's actions."""

    def user_has_permission_for_instance(self, user, action, instance):
        if super().user_has_permission_for_instance(user, action, instance):
            return True
        if action != "change":
            return False
        task = instance.current_workflow_task
        return task is not None and task.specific.may_review(instance, user)


class RegionalPagePolicy(PagePermissionPolicy):
    """The admin's lists of pages — page search, the workflow, aging and locked pages reports —
    ask this policy, not each page's tester. For a user whose page rights come only from the
    Correspondents group, it keeps what the tester lets them see: the pages of their region
    (practices in their review, tutorials and videos), not other regions' drafts and review
    comments. Everyone else gets Wagtail's answer.

    `instances_hidden_from` says which pages' titles such a user may not see at all (the
    chooser, a page's own listing, the bulk actions: practices.wagtail_hooks)."""

    def narrows(self, user) -> bool:
        """True when the user's page rights all come from the Correspondents group."""
        if not user.is_active or user.is_superuser:
            return False
        scope = correspondent_scope(user)
        permissions = self.get_cached_permissions_for_user(user)
        return scope.group_id is not None and all(p.group_id == scope.group_id for p in permissions)

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        if not self.narrows(user):
            return pages
        countries = correspondent_scope(user).countries
        outside = [
            model.objects.exclude(country__in=countries).values("pk")
            for model in (PracticePage, TutorialPage, VideoPage)
        ]
        for page_ids in outside:
            pages = pages.exclude(pk__in=page_ids)
        return pages

    def instances_hidden_from(self, user):
        """The pages whose titles a correspondent-only user may not see, or None (nothing
        hidden). A live page's title is public; a draft's is not — a page never published, or
        a live page whose title has an unpublished change (the admin shows the draft title) —
        unless it is one of their region's. Drafts are few beside live pages, so this is the
        short list to leave out (a search backend takes it as a filter on the page id)."""
        if not self.narrows(user):
            return None
        theirs = self.instances_user_has_any_permission_for(user, {"add", "change", "publish"})
        return (
            self.model._default_manager.exclude(live=True, title=F("draft_title"))
            .exclude(pk__in=theirs.values("pk"))
            .values("pk")
        )


page_policy = RegionalPagePolicy(Page)  # registered for Page by practices.wagtail_hooks


def pages_seen_by(*, user, pages):
    """`pages` without those whose titles the user may not see (another region's drafts, for a
    correspondent). Narrowed by page id, a filter every search backend takes (a page type's own
    fields, such as the country, are not searchable through `Page`)."""
    hidden = page_policy.instances_hidden_from(user)
    return pages if hidden is None else pages.exclude(pk__in=hidden)


def pages_seen_or_refused(*, user, page_ids) -> None:
    """A page's own listing names it (header, status panel), as the chooser's "chosen" step
    does: refused when the title of one of these pages is hidden from the user, as Wagtail
    refuses a page they may not edit."""
    hidden = page_policy.instances_hidden_from(user)
    if page_ids and hidden is not None and hidden.filter(pk__in=page_ids).exists():
        raise PermissionDenied
