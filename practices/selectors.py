"""Read queries of the practice library. Views and page `get_context` call these and render."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import models
from django.db.models import Count, FilteredRelation, Min, Prefetch, Q, QuerySet, Sum
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, PageViewRestriction, TaskState, WorkflowState

from practices.models import (
    Answer,
    ExperienceReport,
    Member,
    PracticeCategory,
    PracticeIndexPage,
    PracticePage,
    Question,
    Region,
    TutorialPage,
    VideoPage,
)
from practices.models.questions import Status, first_name
from practices.models.review import ReviewDecline
from practices.pagination import paginate
from practices.services.site import MODERATORS

LIBRARY_KINDS = {
    "practices": (PracticePage, _("Practices")),
    "tutorials": (TutorialPage, _("Tutorials")),
    "videos": (VideoPage, _("Videos")),
}


def pages_visible(queryset: QuerySet) -> QuerySet:
    """The pages of `queryset` a visitor may see: live, public, and under live pages only
    (one rule for the counts, the export and the search index)."""
    queryset = queryset.live().public()
    hidden_branches = Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True)
    for path in hidden_branches:
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def practices_live() -> QuerySet[PracticePage]:
    """Every practice a visitor may see, in any language: never a draft or a private page."""
    return pages_visible(PracticePage.objects.all())


LABELS_TTL = 300  # seconds; edits clear the cache at once (practices.apps)


def _labels(model, locale_id: int) -> dict:
    """slug -> name in the locale (falling back to any language), and id -> the same name."""
    key = f"terroir:labels:{model._meta.model_name}:{locale_id}"
    labels = cache.get(key)
    if labels is None:
        items = list(
            model.objects.order_by("locale_id").only("slug", "name", "locale", "translation_key")
        )
        by_key = {}
        for item in items:
            if item.locale_id == locale_id or item.translation_key not in by_key:
                by_key[item.translation_key] = item.name
        labels = {}
        for item in items:
            if item.locale_id == locale_id or item.slug not in labels:
                labels[item.slug] = item.name
            labels[item.id] = by_key[item.translation_key]
        cache.set(key, labels, LABELS_TTL)
    return labels


def labels_forget(model) -> None:
    for locale_id in Locale.objects.values_list("id", flat=True):
        cache.delete(f"terroir:labels:{model._meta.model_name}:{locale_id}")


def category_labels(*, locale: Locale) -> dict[str, str]:
    """slug -> category name in `locale`, falling back to the name in any other language."""
    labels = _labels(PracticeCategory, locale.id if isinstance(locale, Locale) else locale)
    return {key: name for key, name in labels.items() if isinstance(key, str)}


def region_labels(*, locale: Locale) -> dict[str, str]:
    """slug -> region name in `locale`, falling back to the name in any other language."""
    labels = _labels(Region, locale.id if isinstance(locale, Locale) else locale)
    return {key: name for key, name in labels.items() if isinstance(key, str)}


def region_label(*, region_id: int | None, locale_id: int) -> str:
    """The region's name in the locale, without loading the region (cached labels)."""
    if region_id is None:
        return ""
    return _labels(Region, locale_id).get(region_id, "")


@dataclass(frozen=True)
class CategoryLink:
    slug: str
    name: str


def _category_links(page, labels: Mapping[str, str]) -> list[CategoryLink]:
    # `page.categories.all()` is served from a prefetch where the caller made one.
    return [
        CategoryLink(category.slug, labels.get(category.slug, category.name))
        for category in page.categories.all()
    ]


def library_page(*, index: PracticeIndexPage, params: Mapping[str, str]) -> dict:
    """One page of the library's listing, newest first, for the kind asked (`?kind=`)."""
    kind = params.get("kind") if params.get("kind") in LIBRARY_KINDS else "practices"
    model = LIBRARY_KINDS[kind][0]
    items = (
        model.objects.live()
        .public()
        .child_of(index)
        .select_related("photo")
        .prefetch_related(
            Prefetch("categories", queryset=PracticeCategory.objects.only("slug", "name"))
        )
        .order_by("-first_published_at", "-id")
    )
    if model is VideoPage:
        items = items.select_related("video")
    page_obj = paginate(items=items, page_number=params.get("page"), per_page=20)
    labels = category_labels(locale=index.locale_id)
    entries = [(item, _category_links(item, labels)) for item in page_obj.object_list]
    return {
        "kind": kind,
        "kinds": [(key, label) for key, (_model, label) in LIBRARY_KINDS.items()],
        "page_obj": page_obj,
        "entries": entries,
    }


def practice_learning_pages(*, practice: PracticePage) -> list[Page]:
    """Live tutorials and videos of the practice's library that explain it: one query.

    They share the practice's ancestors (which Wagtail checked when serving it), so only their
    own view restrictions need excluding, in a subquery rather than `.public()`'s extra query.
    """
    library_path = practice.path[: -Page.steplen]
    return list(
        Page.objects.live()
        .filter(path__startswith=library_path, depth=practice.depth)
        .filter(Q(tutorialpage__practices=practice) | Q(videopage__practices=practice))
        .exclude(id__in=PageViewRestriction.objects.values("page_id"))
        .select_related("content_type")
        .only("title", "url_path", "content_type")
        .distinct()
        .order_by("title")
    )


def practice_detail(*, practice: PracticePage) -> dict:
    labels = category_labels(locale=practice.locale_id)
    return {
        "categories": _category_links(practice, labels),
        "region_name": region_label(region_id=practice.region_id, locale_id=practice.locale_id),
        "learning_pages": practice.learning_pages,
        "tags": list(practice.tags.all()),
        "reports": practice_reports(practice=practice),
    }


def practice_reports(*, practice: PracticePage) -> list[ExperienceReport]:
    """The published "I tried this" reports on the practice, in any of its languages (a report
    written on the French page counts on the Spanish one), newest first, in one query (their
    photos' renditions come from Wagtail's rendition cache once made)."""
    return list(
        ExperienceReport.objects.filter(
            live=True, practice__translation_key=practice.translation_key
        ).select_related("author", "photo")
    )


def learning_page_detail(*, page: TutorialPage | VideoPage) -> dict:
    labels = category_labels(locale=page.locale_id)
    return {
        "categories": _category_links(page, labels),
        "explained_practices": list(
            practices_live()
            .filter(**{f"explained_by_{page._meta.model_name}": page})
            .order_by("title")
        ),
    }


@dataclass(frozen=True)
class PlatformStats:
    practices: int
    countries: int
    farmers: int
    hectares: float


def practice_stats() -> PlatformStats:
    """Counts over live practices, each practice counted once whatever its translations."""
    # One version of each practice (the first), summed in SQL: no row reaches Python.
    first_versions = (
        practices_live()
        .order_by()  # no ordering column in the GROUP BY
        .values("translation_key")
        .annotate(first=Min("id"))
        .values("first")
    )
    totals = PracticePage.objects.filter(id__in=first_versions).aggregate(
        practices=Count("id"), farmers=Sum("farmers"), hectares=Sum("area_ha")
    )
    practices = totals["practices"]
    farmers = totals["farmers"] or 0
    hectares = totals["hectares"] or 0.0
    countries = practices_live().exclude(country="").values("country").distinct().count()
    return PlatformStats(practices, countries, farmers, hectares)


def practices_featured(*, locale: Locale, limit: int = 6) -> list[PracticePage]:
    """Newest practices of the locale with a photo and a measured or published result."""
    return list(
        practices_live()
        .filter(locale=locale, evidence__in=["measured", "peer_reviewed"])
        .exclude(photo=None)
        .select_related("photo")
        .order_by("-first_published_at", "-id")[:limit]
    )


def home_page_context(*, home: Page) -> dict:
    library = PracticeIndexPage.objects.live().filter(locale=home.locale).first()
    return {
        "stats": practice_stats(),
        "featured": practices_featured(locale=home.locale),
        "library": library,
    }


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


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


FARM_PARAMS = ("latitude", "longitude", "koppen", "rainfall_mm", "temperature_c", "altitude_m",
               "slope_class", "soil_group", "texture", "land_use", "water_supply")  # fmt: skip


def member_farm(*, user) -> Member | None:
    """The signed-in user's member profile when it describes a farm, else None."""
    if not user.is_authenticated:
        return None
    member = Member.objects.filter(user=user).first()
    return member if member is not None and member.has_farm else None


def member_farm_params(*, user) -> dict[str, str]:
    """The farm of the signed-in user as the query parameters of "farms like mine" (the
    same names as its form and the similarity API); empty without a farm."""
    member = member_farm(user=user)
    if member is None:
        return {}
    values = {name: getattr(member, name) for name in FARM_PARAMS}
    return {name: str(value) for name, value in values.items() if value not in (None, "")}


def member_farm_query(*, user) -> str:
    """member_farm_params as a query string ("" without a farm)."""
    return urlencode(member_farm_params(user=user))


def _moderated_countries(*, user) -> set[str] | None:
    """Where the user moderates questions: None for everywhere (superusers and the
    "Moderators" group), else the countries of the regions they are a correspondent of (an
    empty set: nowhere). The same routing as the regional review (models.review)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser or user.groups.filter(name=MODERATORS).exists():
        return None
    countries: set[str] = set()
    for region in Region.objects.filter(correspondents=user).only("countries"):
        countries.update(str(code) for code in region.countries)
    return countries


def questions_moderatable(*, user) -> QuerySet[Question]:
    """The questions the user may approve or hide (any other id is not found)."""
    countries = _moderated_countries(user=user)
    if countries is None:
        return Question.objects.all()
    return Question.objects.filter(practice__country__in=countries)


def answers_moderatable(*, user) -> QuerySet[Answer]:
    """The answers the user may approve or hide."""
    countries = _moderated_countries(user=user)
    if countries is None:
        return Answer.objects.all()
    return Answer.objects.filter(question__practice__country__in=countries)


def questions_moderator(*, user) -> bool:
    """Whether the user moderates questions anywhere (a correspondent or a moderator)."""
    countries = _moderated_countries(user=user)
    return countries is None or bool(countries)


def practice_contributor_id(*, practice: PracticePage) -> int | None:
    """The user who shared the practice: the owner of the first page of its translation
    group (a translation may be owned by whoever translated it)."""
    return (
        PracticePage.objects.filter(translation_key=practice.translation_key)
        .order_by("id")
        .values_list("owner_id", flat=True)
        .first()
    )


def practice_question_roles(*, practice: PracticePage, user) -> tuple[bool, bool]:
    """(may moderate, may answer as trusted) the practice's questions. Moderating: the
    correspondents of its region and the moderators; trusted answers (published at once):
    those and the practice's contributor."""
    if not user.is_authenticated:
        return False, False
    countries = _moderated_countries(user=user)
    moderates = countries is None or str(practice.country or "") in countries
    trusted = moderates or practice_contributor_id(practice=practice) == user.pk
    return moderates, trusted


@dataclass(frozen=True)
class PublishedAnswer:
    pk: int
    text: str
    created_at: datetime
    author_name: str  # the first name only


@dataclass(frozen=True)
class PublishedQuestion:
    pk: int
    text: str
    created_at: datetime
    author_name: str
    published_answers: list[PublishedAnswer]


def practice_questions(*, practice: PracticePage) -> list[PublishedQuestion]:
    """The published questions of the practice, in every language of its translation group,
    oldest first, each with its published answers: one query (a left join on the published
    answers), which keeps the practice page within its query budget."""
    published = Q(answers__status=Status.PUBLISHED)
    rows = (
        Question.objects.filter(
            practice__translation_key=practice.translation_key, status=Status.PUBLISHED
        )
        .annotate(published=FilteredRelation("answers", condition=published))
        .order_by("created_at", "id", "published__created_at", "published__id")
        .values_list(
            "id",
            "text",
            "created_at",
            "author__first_name",
            "published__id",
            "published__text",
            "published__created_at",
            "published__author__first_name",
        )
    )
    questions: dict[int, PublishedQuestion] = {}
    for pk, text, created_at, author, answer_pk, answer_text, answered_at, answerer in rows:
        if pk not in questions:
            questions[pk] = PublishedQuestion(pk, text, created_at, first_name(author or ""), [])
        if answer_pk is not None:
            questions[pk].published_answers.append(
                PublishedAnswer(answer_pk, answer_text, answered_at, first_name(answerer or ""))
            )
    return list(questions.values())


def practice_questions_detail(*, practice: PracticePage, user) -> dict:
    """What the practice page's "Questions" section needs, for this reader."""
    may_moderate, may_answer = practice_question_roles(practice=practice, user=user)
    return {
        "questions": practice_questions(practice=practice),
        "may_moderate_questions": may_moderate,
        "may_answer_questions": may_answer,
    }


@dataclass(frozen=True)
class QuestionsWaiting:
    questions: list[Question]
    answers: list[Answer]


def questions_waiting(*, user) -> QuestionsWaiting:
    """The pending questions and answers the user may moderate, oldest first."""
    questions = (
        questions_moderatable(user=user)
        .filter(status=Status.PENDING)
        .select_related("author", "practice")
        .order_by("created_at", "id")
    )
    answers = (
        answers_moderatable(user=user)
        .filter(status=Status.PENDING)
        .select_related("author", "question", "question__practice")
        .order_by("created_at", "id")
    )
    return QuestionsWaiting(list(questions), list(answers))


def question_for_answer(*, question_id: int) -> tuple[Question, PracticePage]:
    """A published question that can be answered, and the live page of its practice to come
    back to (in the current language when there is one). Raises Question.DoesNotExist."""
    question = Question.objects.select_related("practice").get(
        pk=question_id, status=Status.PUBLISHED
    )
    pages = list(
        practices_live()
        .filter(translation_key=question.practice.translation_key)
        .select_related("locale")
    )
    if not pages:
        raise Question.DoesNotExist
    language = translation.get_language()
    page = next((p for p in pages if p.locale.language_code == language), pages[0])
    return question, page


def practice_page_for(*, practice: PracticePage, language: str) -> PracticePage:
    """The live translation of the practice in `language`, else the practice itself."""
    return (
        practices_live()
        .filter(translation_key=practice.translation_key, locale__language_code=language)
        .first()
        or practice
    )
