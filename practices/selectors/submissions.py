"""Where a member's contributions stand (practices and "I tried this" reports) in the
regional review."""

from dataclasses import dataclass

from wagtail.models import Page, TaskState, WorkflowState

from practices.models.pages import PracticePage
from practices.models.reports import ExperienceReport
from practices.models.review import ReviewDecline
from practices.vocabulary import SubmissionStatus


@dataclass(frozen=True)
class Submission:
    page: Page
    title: str  # the latest draft's title
    status: SubmissionStatus
    unpublished_changes: bool  # published, with a newer draft not published yet
    comment: str = ""  # what the correspondent asked to change, or why they declined it

    @property
    def editable(self) -> bool:
        return self.status in (SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED)


def member_submissions(*, user) -> list[Submission]:
    """The practices the user owns, in any language, newest first, with where each stands:
    its current workflow (in review, changes requested), else published or draft."""
    # Plain Page rows: Wagtail's workflow prefetch matches them (not a subclass queryset).
    pages = (
        Page.objects.type(PracticePage)
        .filter(owner=user)
        .select_related("locale")
        .prefetch_workflow_states()
        .order_by("-latest_revision_created_at", "-id")
    )
    pages = list(pages)
    comments = _change_requests(
        [p.current_workflow_state for p in pages if p.current_workflow_state is not None]
    )
    declined = declined_reasons(
        [p for p in pages if p.current_workflow_state is None and not p.live]
    )
    submissions = []
    for page in pages:
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            status = SubmissionStatus.CHANGES_REQUESTED
        elif state is not None:
            status = SubmissionStatus.IN_REVIEW
        elif page.live:
            status = SubmissionStatus.PUBLISHED
        elif page.pk in declined:
            status = SubmissionStatus.DECLINED
        else:
            status = SubmissionStatus.DRAFT
        submissions.append(
            Submission(
                page=page,
                title=page.draft_title or page.title,
                status=status,
                unpublished_changes=page.live and page.has_unpublished_changes,
                comment=comments.get(state.pk, "")
                if state is not None
                else declined.get(page.pk, ""),
            )
        )
    return submissions


def declined_reasons(objects) -> dict[int, str]:
    """Object pk -> the reason its regional review declined it, for those of `objects` (all
    of one base model) that were declined (one query). A review cancelled any other way (by
    an admin, by a direct publication) was not declined."""
    if not objects:
        return {}
    rows = (
        ReviewDecline.objects.filter(
            workflow_state__base_content_type=objects[0].get_base_content_type(),
            workflow_state__object_id__in=[str(o.pk) for o in objects],
        )
        .order_by("-at")
        .values_list("workflow_state__object_id", "reason")
    )
    reasons: dict[int, str] = {}
    for object_id, reason in rows:
        reasons.setdefault(int(object_id), reason)
    return reasons


@dataclass(frozen=True)
class ReportSubmission:
    report: ExperienceReport
    status: SubmissionStatus
    reason: str = ""  # why it was declined


def member_reports(*, user) -> list[ReportSubmission]:
    """The user's "I tried this" reports, newest first, with where each stands."""
    reports = list(ExperienceReport.objects.filter(author=user).select_related("practice"))
    waiting = set(
        WorkflowState.objects.filter(
            base_content_type=ExperienceReport.get_base_content_type(),
            object_id__in=[str(r.pk) for r in reports],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )
    declined = declined_reasons([r for r in reports if not r.live])
    out = []
    for report in reports:
        if report.live:
            status = SubmissionStatus.PUBLISHED
        elif str(report.pk) in waiting:
            status = SubmissionStatus.IN_REVIEW
        elif report.pk in declined:
            status = SubmissionStatus.DECLINED
        else:
            status = SubmissionStatus.DRAFT
        out.append(ReportSubmission(report, status, declined.get(report.pk, "")))
    return out


def _change_requests(states) -> dict[int, str]:
    """Workflow state id -> the comment of its latest change request (one query)."""
    waiting = [s.pk for s in states if s.status == WorkflowState.STATUS_NEEDS_CHANGES]
    if not waiting:
        return {}
    rows = (
        TaskState.objects.filter(workflow_state_id__in=waiting, status=TaskState.STATUS_REJECTED)
        .order_by("workflow_state_id", "-finished_at")
        .values_list("workflow_state_id", "comment")
    )
    comments: dict[int, str] = {}
    for state_id, comment in rows:
        comments.setdefault(state_id, comment)
    return comments


def draft_media(*, draft: PracticePage) -> dict:
    """The files a farmer's practice carries in its `draft` (its latest revision, as an
    object), by kind: its video file ("video"; none for a link) and its voice note ("voice"),
    those it has (wagtailmedia)."""
    found = {"voice": draft.voice_note}
    for block in draft.body:
        if block.block_type == "video" and block.value["video"] is not None:
            found.setdefault("video", block.value["video"])
    return {kind: media for kind, media in found.items() if media is not None}
