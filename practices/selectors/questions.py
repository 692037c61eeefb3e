"""Questions on practices: who moderates them, what a practice page shows, what waits."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import FilteredRelation, Q, QuerySet
from django.utils import translation

from practices.models.pages import PracticePage
from practices.models.questions import Answer, Question, first_name
from practices.models.taxonomy import Region
from practices.roles import MODERATORS
from practices.selectors.visibility import practices_live
from practices.vocabulary import QuestionStatus


def _moderated_countries(*, user) -> set[str] | None:
    """Where the user moderates questions: None for everywhere (superusers and the
    "Moderators" group), else the countries of the regions they are a correspondent of (an
    empty set: nowhere). The same routing as the regional review (models.review)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser or user.groups.filter(name=MODERATORS).exists():
        return None
    return set(Region.objects.countries_covered_by(user))


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
    published = Q(answers__status=QuestionStatus.PUBLISHED)
    rows = (
        Question.objects.filter(
            practice__translation_key=practice.translation_key, status=QuestionStatus.PUBLISHED
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
        .filter(status=QuestionStatus.PENDING)
        .select_related("author", "practice")
        .order_by("created_at", "id")
    )
    answers = (
        answers_moderatable(user=user)
        .filter(status=QuestionStatus.PENDING)
        .select_related("author", "question", "question__practice")
        .order_by("created_at", "id")
    )
    return QuestionsWaiting(list(questions), list(answers))


def question_for_answer(*, question_id: int) -> tuple[Question, PracticePage]:
    """A published question that can be answered, and the live page of its practice to come
    back to (in the current language when there is one). Raises Question.DoesNotExist."""
    question = Question.objects.select_related("practice").get(
        pk=question_id, status=QuestionStatus.PUBLISHED
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


def member_questions(*, user) -> QuerySet[Question]:
    """The questions the user asked, newest first, with their practice (the account page)."""
    return Question.objects.filter(author=user).select_related("practice").order_by("-created_at")
