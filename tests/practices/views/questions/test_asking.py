"""Asking a question: who may, where it waits, who is told (in their language)."""

from django.core import mail
from django.test import Client

from wagtail.models import Locale

from practices.models import PracticePage, Question
from practices.services.members import member_get
from tests.factories import PracticePageFactory
from tests.practices.views.questions.conftest import (
    QUESTION,
    ask,
    client_for,
    html,
    moderate,
)


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
