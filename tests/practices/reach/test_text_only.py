"""Text-only mode (a cookie, no JavaScript): pages drop their photos and say what each would
cost; the print stylesheet leaves out the menus and prints the page's addresses."""

from django.contrib.staticfiles import finders
from django.test import Client

from bs4 import BeautifulSoup

from tests.practices.reach.packs_fixtures import reach_directories, zai_pack_fixture  # noqa: F401


def test_text_only_drops_photos_and_shows_their_size(zai_pack):
    practice = zai_pack["practices"][0]
    client = Client()
    assert BeautifulSoup(client.get(practice.url).content, "html.parser").select("main img")

    switched = client.get(f"/fr/text-only/?on=1&next={practice.url}")
    assert switched.status_code == 302 and switched["Location"] == practice.url
    soup = BeautifulSoup(client.get(practice.url).content, "html.parser")
    assert soup.find("img") is None
    size = soup.select_one(".photo-size").get_text(strip=True)
    assert size.startswith("[photo, ") and ("octets" in size or "Ko" in size or "Kio" in size)
    library = BeautifulSoup(client.get(practice.get_parent().url).content, "html.parser")
    assert library.find("img") is None

    client.get(f"/fr/text-only/?next={practice.url}")  # off again
    assert BeautifulSoup(client.get(practice.url).content, "html.parser").select("main img")


def test_switch_never_sends_the_reader_elsewhere(db):
    response = Client().get("/fr/text-only/?on=1&next=https://evil.example/")
    assert response["Location"] == "/"
    assert response.cookies["terroir_text_only"].value == "1"


def test_print_stylesheet_hides_menus_and_prints_the_address(zai_pack):
    css = open(finders.find("css/terroir.css")).read()
    print_css = css[css.index("@media print") :]
    assert ".site-header" in print_css.split("{")[0] + print_css.split("}")[0]
    practice = zai_pack["practices"][0]
    html = Client().get(practice.url).content.decode()
    address = BeautifulSoup(html, "html.parser").select_one(".print-address").get_text(" ")
    assert f"http://testserver{practice.url}" in address
    assert f"http://testserver/p/{practice.id}" in address
