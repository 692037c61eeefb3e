"""The regional level in the admin: the expressions of interest for the secretariat (a
read-only list with filters: they come from the public form, nobody edits them) and how each
correspondent appears on their regions' pages."""

from django.utils.translation import gettext_lazy as _

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.regions.models import CorrespondentListing, ExpressionOfInterest


class ReadOnlyPolicy(ModelPermissionPolicy):
    """View (and delete, for the moderators' clean-up); never add or change."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ExpressionOfInterestViewSet(SnippetViewSet):
    model = ExpressionOfInterest
    icon = "mail"
    menu_label = _("Expressions of interest")
    add_to_admin_menu = True
    list_display = ["organisation", "region_name", "country", "role", "contact_name", "email",
                    "created_at"]  # fmt: skip
    list_filter = ["role", "country", "language"]
    search_fields = ["organisation", "region_name", "contact_name", "message"]
    inspect_view_enabled = True


class CorrespondentListingViewSet(SnippetViewSet):
    model = CorrespondentListing
    icon = "user"
    list_display = ["display_name", "user", "listed", "role"]
    list_filter = ["listed"]


register_permission_policy(ExpressionOfInterest, ReadOnlyPolicy(ExpressionOfInterest))
register_snippet(ExpressionOfInterestViewSet)
register_snippet(CorrespondentListingViewSet)
