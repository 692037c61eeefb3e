"""Questions on a practice, through the real URLs: asking, moderation routed on the practice's
region, answers (trusted ones at once), emails, the security rules.

Roles: anonymous, farmer A (the contributor), farmer B (asks), farmer C, the correspondent of
the practice's region (X, the Sahel), a correspondent of another region (Y, Europe), a
moderator (secretariat), an admin. The practice is in Niger.
"""

from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils.html import escape

from wagtail.models import Locale

import pytest

from practices.models import Answer, PracticePage, Question
from practices.roles import MODERATORS
from practices.services.members import member_get
from tests.factories import PracticePageFactory, region_claiming

ROLES = ["anonymous", "farmer_a", "farmer_b", "farmer_c", "correspondent_x", "correspondent_y",
         "moderator", "admin"]  # fmt: skip
MODERATING = {"correspondent_x", "moderator", "admin"}
TRUSTED = MODERATING | {"farmer_a"}
PAYLOAD = '<script>alert("x")</script>'
QUESTION = "How deep are the pits in a sandy soil?"


@pytest.fixture
def world(libraries):
    def user(name, first_name="", **extra):
        return User.objects.create_user(
            name, f"{name}@example.org", "x", first_name=first_name, **extra
        )

    people = {
        "farmer_a": user("farmer_a", "Awa Diallo"),
        "farmer_b": user("farmer_b", "Boubacar Keita"),
        "farmer_c": user("farmer_c", "Chidi"),
        "correspondent_x": user("correspondent_x", "Aminata"),
        "correspondent_y": user("correspondent_y", "Jean"),
        "moderator": user("moderator", "Sam"),
        "admin": User.objects.create_superuser("admin", "admin@example.org", "x"),
    }
    people["moderator"].groups.add(Group.objects.get(name=MODERATORS))
    region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML"]).correspondents.add(
        people["correspondent_x"]
    )
    region_claiming(name="Europe", slug="europe", countries=["FR"]).correspondents.add(
        people["correspondent_y"]
    )
    page = PracticePageFactory(parent=libraries["en"], country="NE", owner=people["farmer_a"])
    return page, people


def client_for(role, people, **kwargs) -> Client:
    client = Client(**kwargs)
    if role != "anonymous":
        client.force_login(people[role])
    return client


def ask(client, page, text=QUESTION, **extra):
    return client.post(f"/en/accounts/ask/{page.pk}/", {"text": text, "homepage": "", **extra})


def answer(client, question, text="Forty centimetres.", **extra):
    return client.post(
        f"/en/accounts/answer/{question.pk}/", {"text": text, "homepage": "", **extra}
    )


def moderate(client, obj, action="approve"):
    kind = "question" if isinstance(obj, Question) else "answer"
    return client.post(f"/en/accounts/questions/{kind}/{obj.pk}/", {"action": action})


def published_question(page, people, text=QUESTION) -> Question:
    return Question.objects.create(
        practice=page, author=people["farmer_b"], text=text, status="published"
    )


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_visitors_are_asked_to_log_in(world):
    page, people = world
    body = html(Client(), page)
    assert "Log in to ask a question" in body
    assert f'/en/accounts/login/?next={page.url}"' in body
    assert 'name="text"' not in body
    response = ask(Client(), page)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Question.objects.exists()


def test_a_question_waits_for_the_regions_correspondents_who_are_emailed(
    world, django_capture_on_commit_callbacks
):
    page, people = world
    farmer = client_for("farmer_b", people)
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(farmer, page)
    assert response.status_code == 302 and response["Location"] == page.url + "#question-sent"
    question = Question.objects.get()
    assert question.status == "pending" and question.author == people["farmer_b"]
    assert question.practice == page

    shown = farmer.get(page.url).content.decode()
    sent = "Your question is sent; it will show once a correspondent has approved it."
    assert shown.count(sent) == 1  # next to the form, where the page opens; not at its top
    section = shown[shown.index('id="questions"') :]
    assert f'id="question-sent" role="status" tabindex="-1">{sent}</p>' in section
    assert section.index(sent) < section.index('name="text"')
    assert QUESTION not in shown and QUESTION not in html(Client(), page)

    (email,) = mail.outbox  # not the other region's correspondent, not the moderators
    assert email.to == ["correspondent_x@example.org"]
    assert page.title in email.subject and QUESTION in email.body
    assert "/en/accounts/questions/" in email.body


def test_a_correspondent_of_another_region_cannot_moderate_or_see_it(world):
    page, people = world
    ask(client_for("farmer_b", people), page)
    question = Question.objects.get()
    europe = client_for("correspondent_y", people)
    listing = europe.get("/en/accounts/questions/")
    assert listing.status_code == 200 and QUESTION not in listing.content.decode()
    assert moderate(europe, question).status_code == 404
    assert moderate(europe, question, "hide").status_code == 404
    farmer = client_for("farmer_c", people)
    assert farmer.get("/en/accounts/questions/").status_code == 403
    assert moderate(farmer, question).status_code == 404
    assert moderate(client_for("anonymous", people), question).status_code == 302
    question.refresh_from_db()
    assert question.status == "pending"


def test_the_correspondent_approves_it_shows_on_every_translation_and_the_contributor_is_told(
    world, libraries, django_capture_on_commit_callbacks
):
    page, people = world
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    ask(client_for("farmer_b", people), page)
    question = Question.objects.get()
    correspondent = client_for("correspondent_x", people)
    listing = correspondent.get("/en/accounts/questions/").content.decode()
    assert QUESTION in listing and "Boubacar" in listing

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderate(correspondent, question)
    assert response.status_code == 302 and response["Location"] == "/en/accounts/questions/"
    question.refresh_from_db()
    assert question.status == "published"
    english, french_html = html(Client(), page), html(Client(), french.specific)
    assert QUESTION in english and QUESTION in french_html  # one thread per translation group
    assert "Boubacar asked on" in english and "Keita" not in english  # the first name only
    assert "farmer_b@example.org" not in english
    (email,) = mail.outbox
    assert email.to == ["farmer_a@example.org"] and QUESTION in email.body
    assert f"{page.url}#question-{question.pk}" in email.body


def test_a_question_asked_on_the_translation_goes_to_the_same_region(
    world, django_capture_on_commit_callbacks
):
    page, people = world
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    farmer = client_for("farmer_b", people)
    with django_capture_on_commit_callbacks(execute=True):
        response = farmer.post(f"/fr/accounts/ask/{french.pk}/", {"text": QUESTION})
    assert response.status_code == 302 and response["Location"].startswith("/fr/")
    assert [m.to for m in mail.outbox] == [["correspondent_x@example.org"]]
    moderate(client_for("correspondent_x", people), Question.objects.get())
    assert QUESTION in html(Client(), page)


def said_in_the_question(client, page, question, said):
    """The page the answerer comes back to says `said` once, inside the question answered
    (where the page opens, by the address's #fragment), not at the top of the page."""
    shown = client.get(page.url).content.decode()
    assert shown.count(said) == 1
    start = shown.index(f'<li id="question-{question.pk}">')
    item = shown[start : shown.index("</ol>", start)]  # the question, through its answers
    assert f'id="answer-sent-{question.pk}" role="status" tabindex="-1">{said}</p>' in item
    assert said not in client.get(page.url).content.decode()  # said once, not on every visit


def test_the_contributors_answer_shows_at_once_and_the_asker_is_emailed(
    world, django_capture_on_commit_callbacks
):
    page, people = world
    question = published_question(page, people)
    contributor = client_for("farmer_a", people)
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(contributor, question)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#answer-sent-{question.pk}"
    assert Answer.objects.get().status == "published"
    said_in_the_question(contributor, page, question, "Your answer is published.")
    body = html(Client(), page)
    assert "Forty centimetres." in body and "Awa answered on" in body
    (email,) = mail.outbox
    assert email.to == ["farmer_b@example.org"]
    assert "Forty centimetres." in email.body and page.title in email.subject


def test_another_farmers_answer_waits_for_approval(world, django_capture_on_commit_callbacks):
    page, people = world
    question = published_question(page, people)
    farmer = client_for("farmer_c", people)
    with django_capture_on_commit_callbacks(execute=True):
        assert answer(farmer, question, "Try 30 cm.").status_code == 302
    waiting = "Your answer is sent; it will show once a correspondent has approved it."
    said_in_the_question(farmer, page, question, waiting)
    pending = Answer.objects.get()
    assert pending.status == "pending"
    assert "Try 30 cm." not in html(Client(), page)
    assert [m.to for m in mail.outbox] == [["correspondent_x@example.org"]]  # not the asker yet

    correspondent = client_for("correspondent_x", people)
    assert "Try 30 cm." in correspondent.get("/en/accounts/questions/").content.decode()
    assert moderate(client_for("correspondent_y", people), pending).status_code == 404
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert moderate(correspondent, pending).status_code == 302
    assert "Try 30 cm." in html(Client(), page)
    assert [m.to for m in mail.outbox] == [["farmer_b@example.org"]]


def test_hidden_questions_and_answers_never_show(world):
    page, people = world
    question = published_question(page, people)
    given = Answer.objects.create(question=question, author=people["farmer_c"], text="Spam link")
    moderator = client_for("moderator", people)  # the secretariat moderates everywhere
    assert moderate(moderator, given, "hide").status_code == 302
    body = html(Client(), page)
    assert QUESTION in body and "Spam link" not in body
    # Hidden from the page itself: the form comes back to the page.
    response = moderator.post(
        f"/en/accounts/questions/question/{question.pk}/", {"action": "hide", "next": page.url}
    )
    assert response.status_code == 302 and response["Location"] == page.url
    assert QUESTION not in html(Client(), page)
    assert moderate(moderator, question, "delete").status_code == 400


def test_answering_a_question_that_is_not_published_is_not_found(world):
    page, people = world
    question = Question.objects.create(practice=page, author=people["farmer_b"], text=QUESTION)
    assert answer(client_for("farmer_a", people), question).status_code == 404
    assert answer(client_for("farmer_a", people), Question(pk=9999)).status_code == 404
    assert not Answer.objects.exists()


def test_only_live_practices_take_questions(world, libraries):
    page, people = world
    draft = PracticePageFactory(parent=libraries["en"], country="NE")
    draft.unpublish()
    farmer = client_for("farmer_b", people)
    assert ask(farmer, draft).status_code == 404
    assert farmer.post("/en/accounts/ask/99999/", {"text": QUESTION}).status_code == 404
    assert not Question.objects.exists()
    # A published question whose practice was unpublished cannot be answered either.
    question = published_question(draft, people)
    assert answer(client_for("farmer_a", people), question).status_code == 404


def test_the_honeypot_refuses_without_saying_why(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    response = ask(farmer, page, homepage="http://spam.example")
    assert response.status_code == 400
    assert "We could not take your question." in response.content.decode()
    question = published_question(page, people)
    assert answer(farmer, question, homepage="http://spam.example").status_code == 400
    assert Question.objects.count() == 1 and not Answer.objects.exists()


def test_an_empty_or_too_long_question_comes_back_with_what_was_typed(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    assert ask(farmer, page, text="   ").status_code == 400
    response = ask(farmer, page, text="x" * 2001 + " <b>kept</b>")
    assert response.status_code == 400 and "&lt;b&gt;kept&lt;/b&gt;" in response.content.decode()
    assert not Question.objects.exists()


def test_questions_are_rate_limited_per_account_and_nothing_typed_is_lost(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    for n in range(10):
        assert ask(farmer, page, text=f"Question {n}").status_code == 302
    response = ask(farmer, page, text="The eleventh question")
    assert response.status_code == 429
    body = response.content.decode()
    assert "The eleventh question" in body and "Too many attempts" in body
    assert Question.objects.count() == 10


def test_a_workshop_behind_one_address_is_limited_per_account_first(world):
    """Forty farmers behind one address (a training session, a carrier NAT) each ask, though one
    of them has hammered the form: their refused posts are not charged to the address."""
    page, people = world
    hammering = client_for("farmer_b", people, REMOTE_ADDR="203.0.113.7")
    for n in range(10):
        assert ask(hammering, page, text=f"Question {n}").status_code == 302
    for _n in range(50):
        assert ask(hammering, page).status_code == 429  # limited by their account
    for n in range(40):
        farmer = User.objects.create_user(f"farmer{n}", f"farmer{n}@example.org", "x")
        client = Client(REMOTE_ADDR="203.0.113.7")
        client.force_login(farmer)
        assert ask(client, page, text=f"Workshop question {n}").status_code == 302, n
    assert Question.objects.count() == 50


def test_many_accounts_behind_one_address_are_stopped_at_the_address_budget(world):
    page, people = world
    for n in range(20):  # a bot with twenty accounts, ten posts each: two hundred
        bot = User.objects.create_user(f"bot{n}", f"bot{n}@example.org", "x")
        client = Client(REMOTE_ADDR="203.0.113.7")
        client.force_login(bot)
        for _post in range(10):
            assert ask(client, page, text="   ").status_code == 400  # counted, though invalid
    late = client_for("farmer_c", people, REMOTE_ADDR="203.0.113.7")
    assert ask(late, page).status_code == 429
    elsewhere = client_for("farmer_c", people, REMOTE_ADDR="198.51.100.9")
    assert ask(elsewhere, page).status_code == 302


def test_markup_renders_escaped_on_the_page_the_form_and_the_moderation_page(world):
    page, people = world
    people["farmer_b"].first_name = f"{PAYLOAD} Bob"
    people["farmer_b"].save()
    ask(client_for("farmer_b", people), page, text=f"Question {PAYLOAD}")
    question = Question.objects.get()
    answer(client_for("farmer_c", people), published_question(page, people), f"Reply {PAYLOAD}")
    correspondent = client_for("correspondent_x", people)
    listing = correspondent.get("/en/accounts/questions/").content.decode()
    assert escape(f"Question {PAYLOAD}") in listing and escape(f"Reply {PAYLOAD}") in listing
    assert escape(PAYLOAD) in listing  # the asker's name
    moderate(correspondent, question)
    moderate(correspondent, Answer.objects.get())
    body = html(Client(), page)
    assert escape(f"Question {PAYLOAD}") in body and escape(f"Reply {PAYLOAD}") in body
    answering = correspondent.get(f"/en/accounts/answer/{question.pk}/").content.decode()
    assert escape(f"Question {PAYLOAD}") in answering
    for shown in (listing, body, answering, html(correspondent, page)):
        assert "<script>alert" not in shown


def test_csrf_is_required_on_every_form(world):
    page, people = world
    question = published_question(page, people)
    farmer = client_for("farmer_a", people, enforce_csrf_checks=True)
    assert ask(farmer, page).status_code == 403
    assert answer(farmer, question).status_code == 403
    correspondent = client_for("correspondent_x", people, enforce_csrf_checks=True)
    assert moderate(correspondent, question, "hide").status_code == 403
    assert Question.objects.get().status == "published" and not Answer.objects.exists()
    # The forms carry the token.
    assert 'name="csrfmiddlewaretoken"' in html(farmer, page)


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_which_forms_on_the_page(world, role):
    page, people = world
    question = published_question(page, people)
    body = html(client_for(role, people), page)
    assert (f"/en/accounts/ask/{page.pk}/" in body) == (role != "anonymous")
    assert (f"/en/accounts/answer/{question.pk}/" in body) == (role in TRUSTED)
    assert (f"/en/accounts/questions/question/{question.pk}/" in body) == (role in MODERATING)


@pytest.mark.parametrize("role", ROLES)
def test_who_may_approve_and_whose_answer_is_published_at_once(world, role):
    page, people = world
    pending = Question.objects.create(practice=page, author=people["farmer_b"], text="Pending?")
    question = published_question(page, people)
    client = client_for(role, people)
    approve = moderate(client, pending)
    given = answer(client, question, f"Answer by {role}")
    pending.refresh_from_db()
    if role == "anonymous":
        assert approve.status_code == given.status_code == 302
        assert "/login/" in approve["Location"] and "/login/" in given["Location"]
        assert not Answer.objects.exists()
        return
    assert approve.status_code == (302 if role in MODERATING else 404), role
    assert pending.status == ("published" if role in MODERATING else "pending")
    assert given.status_code == 302
    status = Answer.objects.get(text=f"Answer by {role}").status
    assert status == ("published" if role in TRUSTED else "pending"), role


def test_the_practice_page_stays_within_the_query_budget(world, django_assert_max_num_queries):
    """DESIGN.md: at most 15 SQL queries per practice page, whatever the number of questions
    and answers (two queries for all of them)."""
    page, people = world
    for n in range(5):
        question = published_question(page, people, text=f"Question {n}")
        for m in range(3):
            Answer.objects.create(
                question=question, author=people["farmer_a"], text=f"A{n}.{m}", status="published"
            )
    other = PracticePageFactory(parent=page.get_parent(), country="NE")
    client = Client()
    client.get(other.url)  # the language's navigation is cached on its first visit
    with django_assert_max_num_queries(15):
        body = html(client, page)
    assert "Question 4" in body and "A4.2" in body
    correspondent = client_for("correspondent_x", people)
    correspondent.get(other.url)
    with django_assert_max_num_queries(20):  # + session, user, and the reader's roles
        assert "A4.2" in html(correspondent, page)


def test_the_correspondents_emails_link_to_the_moderation_page_in_their_language(
    world, django_capture_on_commit_callbacks
):

    page, people = world
    member = member_get(user=people["correspondent_x"])
    member.language = "fr"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        ask(client_for("farmer_b", people), page)
    (email,) = mail.outbox
    assert "/fr/accounts/questions/" in email.body


def test_a_region_without_correspondents_falls_back_to_the_moderators(
    world, libraries, django_capture_on_commit_callbacks
):
    _page, people = world
    kenya = PracticePageFactory(parent=libraries["en"], country="KE")
    with django_capture_on_commit_callbacks(execute=True):
        ask(client_for("farmer_b", people), kenya)
    assert [m.to for m in mail.outbox] == [["moderator@example.org"]]
    assert PracticePage.objects.filter(pk=kenya.pk).exists()


def test_my_account_links_correspondents_and_moderators_to_the_questions_waiting(world):
    _page, people = world
    for role in ("correspondent_x", "correspondent_y", "moderator", "farmer_a"):
        account = client_for(role, people).get("/en/accounts/").content.decode()
        assert ('href="/en/accounts/questions/"' in account) == (role != "farmer_a"), role
