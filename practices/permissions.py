"""Object permissions the Wagtail admin asks about, beyond Django's model permissions.

How far a regional correspondent's page rights reach:

The "Regional correspondents" group holds add, change and publish rights on every practice
library (services.site). Wagtail applies such rights to the whole subtree; here each page type
narrows them (`correspondent_rights`):

- a library: only to add pages beneath it (and publish them), never to edit the library;
- a tutorial or a video: only when its country is in one of the user's regions;
- a practice: never (farmers' practices go through the regional review task).

Rights held through any other group (the moderators) are left as Wagtail grants them. One
extension point, `Page.permissions_for_user`, so the admin's edit, publish, unpublish, move,
delete, copy and bulk views and wagtail-localize's translation editor all ask the same tester.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.core.exceptions import PermissionDenied
from django.db.models import F

from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


class CorrespondentRights(StrEnum):
    NONE = "none"  # no rights from the group (review goes through the workflow task)
    CHILDREN = "children"  # only to add (and publish) pages beneath
    REGION = "region"  # on the pages whose country is in the user's regions


@dataclass(frozen=True)
class CorrespondentScope:
    group_id: int | None
    countries: frozenset[str]


def correspondent_scope(user) -> CorrespondentScope:
    """The Correspondents group's id and the countries of every region (every language's row)
    the user corresponds for; cached on the user object, as Wagtail caches page rights."""
    cached = getattr(user, "_correspondent_scope", None)
    if cached is not None:
        return cached
    from django.contrib.auth.models import Group

    from practices.models.taxonomy import Region
    from practices.services.site import CORRESPONDENTS

    group_id = Group.objects.filter(name=CORRESPONDENTS).values_list("pk", flat=True).first()
    countries = set()
    for region in Region.objects.filter(correspondents=user).only("countries"):
        countries.update(str(code) for code in region.countries)
    user._correspondent_scope = CorrespondentScope(group_id, frozenset(countries))
    return user._correspondent_scope


class RegionalPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with the Correspondents group's rights narrowed by the page type.

    `permissions` are the rights on the page itself; `child_permissions` the rights used to add
    (and publish) pages beneath it. `as_correspondent` is true when the user's rights here come
    only from the Correspondents group: what they create or change must then be of their region.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        self.as_correspondent = False
        self.countries = frozenset()
        if not user.is_active or user.is_superuser:
            return
        self.child_permissions = self.permissions
        scope = correspondent_scope(user)
        if scope.group_id is None:
            return
        own, scoped = set(), set()
        for perm in self.permission_policy.get_cached_permissions_for_user(user):
            if self.page.path.startswith(perm.page.path):
                action = perm.permission.codename.rsplit("_", maxsplit=1)[0]
                (scoped if perm.group_id == scope.group_id else own).add(action)
        if not scoped - own:
            return  # nothing only the Correspondents group grants here
        self.as_correspondent = not {"add", "change"} & own
        self.countries = scope.countries
        rights = getattr(page, "correspondent_rights", CorrespondentRights.NONE)
        if rights == CorrespondentRights.REGION and self.in_region(page):
            return
        self.permissions = own
        if rights != CorrespondentRights.CHILDREN or not scope.countries:
            self.child_permissions = own

    def in_region(self, page) -> bool:
        return str(getattr(page, "country", "") or "") in self.countries

    def _with_child_permissions(self, check) -> bool:
        if not hasattr(self, "child_permissions"):  # superusers, inactive users
            return check()
        own = self.permissions
        self.permissions = self.child_permissions
        try:
            return check()
        finally:
            self.permissions = own

    def can_add_subpage(self):
        return self._with_child_permissions(super().can_add_subpage)

    def can_publish_subpage(self):
        return self._with_child_permissions(super().can_publish_subpage)

    def can_add_subpage_of_type(self, page_class) -> bool:
        """A correspondent adds only the page types that are theirs in their region."""
        if not self.can_add_subpage():
            return False
        if self.user.is_superuser or "add" in self.permissions:
            return True
        rights = getattr(page_class, "correspondent_rights", CorrespondentRights.NONE)
        return rights == CorrespondentRights.REGION

    def can_copy_to(self, destination, recursive=False):
        if not super().can_copy_to(destination, recursive=recursive):
            return False
        if self.user.is_superuser:
            return True
        perms = destination.permissions_for_user(self.user)
        adds = getattr(perms, "can_add_subpage_of_type", None)
        return adds is None or adds(self.page.specific_class)

    def can_translate(self) -> bool:
        """Translate this page (wagtail-localize): its global right, and the right to edit the
        page itself (a reviewer's access to a practice in review does not count)."""
        if self.page_is_root or not self.user.has_perm(SUBMIT_TRANSLATION):
            return False
        if self.user.is_superuser or "change" in self.permissions:
            return True
        return "add" in self.permissions and self.page.owner_id == self.user.pk


class CorrespondentRightsMixin:
    """For page types: how far the Correspondents group's rights reach on this type."""

    correspondent_rights = CorrespondentRights.NONE

    def permissions_for_user(self, user):
        return RegionalPagePermissionTester(user, self)


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
        from practices.models import PracticePage, TutorialPage, VideoPage

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
