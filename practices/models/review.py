"""Regional review: the moderation step every contribution goes through.

A contribution is routed to the correspondents of the region that contains its country; the
moderators (the initiative's secretariat: the task's groups) can act everywhere. Nobody else
sees it in their review queue, opens it in the editor through the task, or acts on it.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Page, TaskState

from practices.signals import contribution_declined

from .pages import PracticePage
from .reports import ExperienceReport
from .taxonomy import Region


class DeclineForm(forms.Form):
    comment = forms.CharField(
        label=_("Reason (the farmer reads it)"),
        widget=forms.Textarea({"rows": 3}),
        max_length=2000,
    )


class RequestChangesForm(forms.Form):
    """A change request says what to change: the farmer's e-mail quotes it (an empty one ended
    "… and asks:" with nothing after it)."""

    comment = forms.CharField(
        label=_("What to change (the farmer reads it)"),
        widget=forms.Textarea({"rows": 3}),
        max_length=2000,
    )


# The actions whose comment the farmer reads, and so must be written.
COMMENT_REQUIRED = {"decline": DeclineForm, "reject": RequestChangesForm}


def regions_of(obj) -> models.QuerySet:
    """The regions (every language's row) whose countries contain the object's country (a
    contribution's row keeps the country of its latest draft: services.submissions)."""
    obj = getattr(obj, "specific", obj)  # the admin passes plain Page objects
    country = getattr(obj, "review_country", None) or str(getattr(obj, "country", "") or "")
    if not country:
        return Region.objects.none()
    return Region.objects.filter(countries__contains=country)


# On the page editor's address after an approval that could not publish (wagtail_hooks).
UNPUBLISHABLE_PARAM = "unpublishable"


def draft_problems(obj) -> dict[str, list[str]]:
    """What the model refuses in a page's latest draft, by field (empty when it can be
    published): a draft saved before the public forms held numbers to the model's range.
    Publishing a page validates it; a snippet's publication does not."""
    if not isinstance(obj, Page):
        return {}
    try:
        obj.get_latest_revision_as_object().full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


class RegionalReviewTask(AbstractGroupApprovalTask):
    def may_review(self, obj, user) -> bool:
        if not user.is_authenticated:
            return False
        if user.is_superuser or self._user_in_groups(user):
            return True
        return regions_of(obj).filter(correspondents=user).exists()

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_review(obj, user)

    def get_actions(self, obj, user):
        if not self.may_review(obj, user):
            return []
        actions = [
            ("decline", _("Decline, with a reason"), True),
            ("approve", _("Approve and publish"), False),
            ("approve", _("Approve with comment"), True),
        ]
        if not getattr(obj, "is_report", False):  # a report is short: declined or published
            actions.insert(0, ("reject", _("Request changes"), True))
        return actions

    def get_form_for_action(self, action):
        return COMMENT_REQUIRED.get(action) or super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        """Act on `task_state` — after checking it against the object it is about: Wagtail's
        action views check the actions against the object named in the URL, not against the
        task state's own object, and ours depend on the object (its region).

        "decline" ends the review for good: the task state is rejected, the workflow cancelled
        (nothing is published; the farmer cannot send it again) and the reason recorded
        (ReviewDecline), which the farmer reads."""
        workflow_state = task_state.workflow_state
        obj = workflow_state.content_object
        obj = getattr(obj, "specific", obj)
        allowed = {name for name, _label, _modal in self.get_actions(obj, user)}
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or task_state.task_id != self.pk
            or action_name not in allowed
        ):
            raise PermissionDenied
        if action_name == "approve" and draft_problems(obj):
            # Publishing would fail on the model's validation, leaving the review approved and
            # the page unpublished: nothing is approved, and the editor says what to correct.
            edit = reverse("wagtailadmin_pages:edit", args=[obj.pk])
            return f"{edit}?{UNPUBLISHABLE_PARAM}=1"
        if action_name in COMMENT_REQUIRED:
            form = COMMENT_REQUIRED[action_name]({"comment": kwargs.get("comment", "")})
            if not form.is_valid():  # the admin's form asks first; only a forged post lands here
                raise PermissionDenied
        if action_name != "decline":
            return super().on_action(task_state, user, action_name, **kwargs)
        reason = form.cleaned_data["comment"]
        task_state.reject(user=user, update=False, comment=reason)
        workflow_state.cancel(user=user)
        ReviewDecline.objects.create(workflow_state=workflow_state, reason=reason, by=user)
        contribution_declined.send(sender=type(self), workflow_state=workflow_state, reason=reason)
        return None

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser or self._user_in_groups(user):
            return in_progress
        countries = Region.objects.countries_covered_by(user)
        if not countries:
            return TaskState.objects.none()
        pages = PracticePage.objects.filter(country__in=countries).values_list("pk", flat=True)
        reports = ExperienceReport.objects.filter(
            Q(country__in=countries) | Q(country="", practice__country__in=countries)
        ).values_list("pk", flat=True)
        report_type = ContentType.objects.get_for_model(ExperienceReport)
        return in_progress.filter(
            Q(workflow_state__object_id__in=[str(pk) for pk in pages])
            & ~Q(workflow_state__base_content_type=report_type)
            | Q(workflow_state__object_id__in=[str(pk) for pk in reports])
            & Q(workflow_state__base_content_type=report_type)
        )

    @classmethod
    def get_description(cls):
        return _(
            "The correspondents of the region that contains the contribution's country review it; "
            "members of the chosen groups (the secretariat) can review everywhere."
        )

    class Meta:
        verbose_name = _("regional review")
        verbose_name_plural = _("regional reviews")


class ReviewDecline(models.Model):
    """A regional review that declined a contribution for good, and why (the farmer reads it).
    A review cancelled any other way (an admin, a direct publication) has none."""

    workflow_state = models.OneToOneField(
        "wagtailcore.WorkflowState", on_delete=models.CASCADE, related_name="decline"
    )
    reason = models.TextField(_("reason"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("declined contribution")

    def __str__(self):
        return self.reason[:60]
