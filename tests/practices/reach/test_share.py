"""Share links (WhatsApp, SMS, e-mail) with a short address that opens the page in the
reader's language."""

from urllib.parse import quote

from django.test import Client

from wagtail.models import Locale

from bs4 import BeautifulSoup

from practices.reach.share import share_links
from tests.practices.reach.packs_fixtures import reach_directories, zai_pack_fixture  # noqa: F401


def share_hrefs(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    links = soup.select(".share-links a")
    return {link.get_text(strip=True): link["href"] for link in links}


def test_share_links_carry_title_and_short_address_escaped():
    links = share_links(title='Zaï & "demi-lunes" <b>', short_url="http://testserver/p/7")
    text = quote('Zaï & "demi-lunes" <b> http://testserver/p/7', safe="")
    assert links.whatsapp == f"https://wa.me/?text={text}"
    assert links.sms == f"sms:?&body={text}"
    assert links.email.startswith("mailto:?subject=Za%C3%AF%20%26%20%22demi-lunes%22")
    assert "&body=http%3A%2F%2Ftestserver%2Fp%2F7" in links.email


def test_practice_and_tutorial_pages_offer_share_links(zai_pack):
    practice = zai_pack["practices"][0]
    practice.title = 'Zaï & "demi-lunes"'
    practice.save_revision().publish()
    client = Client()
    html = client.get(practice.url).content.decode()
    hrefs = share_hrefs(html)
    assert hrefs["WhatsApp"].startswith("https://wa.me/?text=Za%C3%AF%20%26%20%22demi-lunes")
    assert hrefs["SMS"].startswith("sms:?&body=")
    assert hrefs["Courriel"].startswith("mailto:?subject=")
    # Each section is named by its own heading: no id twice (axe's landmark-unique).
    ids = [tag["id"] for tag in BeautifulSoup(html, "html.parser").select("[id]")]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert f"http://testserver/p/{practice.id}" in html
    assert "<script" not in html
    tutorial_html = client.get(zai_pack["tutorial"].url).content.decode()
    assert f"%2Fp%2F{zai_pack['tutorial'].id}" in share_hrefs(tutorial_html)["WhatsApp"]


def test_short_address_opens_the_page_in_the_reader_language(zai_pack):
    english = zai_pack["english"]
    spanish = english.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Zai en español"
    spanish.save_revision().publish()
    client = Client()
    response = client.get(f"/p/{english.id}", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == spanish.url
    # No French translation: the page as it is.
    assert client.get(f"/p/{english.id}", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == english.url


def test_short_address_of_a_draft_or_unknown_page_is_404(zai_pack):
    client = Client()
    # (Django's LocaleMiddleware first tries the address under a language prefix.)
    assert client.get(f"/p/{zai_pack['draft'].id}", follow=True).status_code == 404
    assert client.get("/p/999999", follow=True).status_code == 404
