"""The site's own error pages (DEBUG off): the 500 page renders in the reader's language and the
site's look with nothing but templates and static file names (no database: this test has no
access to one, and pytest-django fails any query)."""

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


def test_the_500_page_needs_no_database_and_speaks_the_readers_language():
    request = RequestFactory().get("/fr/")
    with translation.override("fr"):
        response = server_error(request)
    body = response.content.decode()

    assert response.status_code == 500
    assert '<html lang="fr">' in body
    assert "<title>Erreur du serveur · Terroir</title>" in body
    assert 'href="/static/css/terroir.css"' in body  # the site's look
    assert 'href="/fr/"' in body  # back home, in the same language


def test_the_500_page_in_spanish():
    with translation.override("es"):
        body = server_error(RequestFactory().get("/es/")).content.decode()
    assert "Error del servidor" in body and "Volver a la página de inicio" in body


def test_the_404_page_leads_home_and_to_search(libraries, client):
    response = client.get("/fr/no-such-page/")
    body = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page introuvable</h1>" in body
    assert 'href="/fr/">Page d\'accueil</a>' in body
    assert 'href="/fr/search/">Chercher des pratiques</a>' in body


def test_the_admin_log_in_limit_page_does_not_promise_a_form_it_does_not_show(libraries):
    """The admin's log-in forms answer a limited post with this page alone: it must not say
    that what was typed is still there."""
    with translation.override("es"):
        body = render_to_string("registration/limited.html", request=RequestFactory().get("/"))
    assert "Demasiados intentos" in body and "vuelva atrás" in body
    assert "sigue aquí" not in body
