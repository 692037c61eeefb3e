"""'I tried this': a farmer's own trial of a published practice, moderated like a practice."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from practices import vocabulary as v

from .fields import author_field, file_link, optional_number, voice_note_field
from .profile import ProfileMixin
from .questions import PublicAuthorMixin


class ExperienceReport(
    PublicAuthorMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ProfileMixin,
    models.Model,
):
    """How a practice went on the reporter's farm, with that farm's conditions (so readers
    can see how it went in conditions like theirs). Shown once the regional review approves
    it (it is live); the review goes to the correspondents of the reporter's country."""

    location_required = False

    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="experience_reports",
        verbose_name=_("practice"),
    )
    author = author_field(related_name="experience_reports")
    outcome = models.CharField(_("outcome"), max_length=12, choices=v.Outcome.choices)
    what_happened = models.TextField(_("what happened"), max_length=3000)
    years = optional_number(
        models.PositiveSmallIntegerField, _("years tried"), high=v.YEARS_PRACTISED_MAX
    )
    photo = file_link("wagtailimages.Image", _("photo"))
    voice_note = voice_note_field()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("experience report")
        verbose_name_plural = _("experience reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.practice.title} — {self.get_outcome_display()}"

    is_report = True  # the review offers no "request changes" (RegionalReviewTask.get_actions)

    @property
    def review_country(self) -> str:
        """Where the review goes: the reporter's farm, else the practice's country."""
        return str(self.country or self.practice.country or "")
