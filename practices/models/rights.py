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

from django.contrib.auth.models import Group

from wagtail.models import PagePermissionTester

from practices.models.taxonomy import Region
from practices.roles import CORRESPONDENTS

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
    group_id = Group.objects.filter(name=CORRESPONDENTS).values_list("pk", flat=True).first()
    countries = Region.objects.countries_covered_by(user)
    user._correspondent_scope = CorrespondentScope(group_id, countries)
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
