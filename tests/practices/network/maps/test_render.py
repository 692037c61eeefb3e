import gzip
import random
import re

from django.template import Context, Template

from practices.network.maps import MapPoint, country_choropleth_svg, network_map_svg
from practices.network.maps.outlines import WORLD, atlas_110m, country_paths


def _points(count, seed=1):
    rng = random.Random(seed)
    return [
        MapPoint(
            rng.uniform(-40, 60), rng.uniform(-100, 140), f"Practice {i}", f"/en/p/{i}/", "worked"
        )
        for i in range(count)
    ]


def test_each_point_is_a_link_titled_with_its_label():
    svg = network_map_svg(
        [
            MapPoint(14.7, -17.4, "Zaï pits, Thiès", "/en/p/zai/", "worked"),
            MapPoint(48.9, 2.3, "Cover crops", "/en/p/cc/", "mixed"),
        ],
        title="Practices",
    ).svg
    assert '<a href="/en/p/zai/"><title>Zaï pits, Thiès</title><circle' in svg
    assert '<a href="/en/p/cc/"><title>Cover crops</title>' in svg
    assert svg.startswith("<svg") and 'aria-label="Practices"' in svg


def test_labels_are_escaped_and_only_site_or_web_links_kept():
    svg = network_map_svg(
        [
            MapPoint(10, 10, "<script>x</script>", "javascript:alert(1)", "worked"),
            MapPoint(-30, 120, 'A "quoted" name', "https://example.org/?a=1&b=2", "partner"),
        ],
        title="<b>",
    ).svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "javascript:" not in svg
    assert 'href="https://example.org/?a=1&amp;b=2"' in svg
    assert "<title>&lt;b&gt;</title>" in svg


def test_points_closer_than_a_marker_become_one_cluster_with_its_count():
    near = [MapPoint(14.70 + i * 0.05, -17.40, f"Farm {i}", f"/f/{i}/", "worked") for i in range(5)]
    far = MapPoint(-33.9, 151.2, "Sydney", "/s/", "worked")
    drawn = network_map_svg([*near, far], title="m", list_anchor="the-list")
    assert sorted(len(m.points) for m in drawn.markers) == [1, 5]
    cluster = re.search(
        r'<a href="#the-list" class="map-cluster"><title>([^<]*)</title>.*?>(\d+)</text></a>',
        drawn.svg,
    )
    assert cluster.group(2) == "5"
    assert cluster.group(1).startswith("5 places: Farm 0, Farm 1")
    assert drawn.points == [*near, far]  # the list keeps every record, clustered or not


def test_points_without_coordinates_are_left_out():
    drawn = network_map_svg([MapPoint(None, None, "Nowhere", "/n/", "")], title="m")
    assert drawn.points == [] and drawn.markers == []


def test_two_hundred_points_on_the_world_stay_near_sixteen_kilobytes_gzipped():
    svg = network_map_svg(_points(200), title="Practices").svg
    assert len(gzip.compress(svg.encode())) < 20_000


def test_every_country_of_the_atlas_is_drawn_on_the_world_map_with_its_code():
    drawn = country_paths(WORLD)
    codes = {country.iso2 for country, _path in drawn}
    assert {"FR", "SN", "BJ", "BO", "DE", "RU", "FJ", "AQ", "XK"} <= codes
    assert len(drawn) >= len(atlas_110m().countries) - 5  # only specks smaller than a unit dropped


def test_a_country_across_the_antimeridian_stays_inside_the_map():
    paths = {c.iso2: p for c, p in country_paths(WORLD)}
    rings = paths["RU"].split("M")[1:]
    # Relative moves between neighbouring vertices: no stroke across the whole map.
    for ring in rings:
        moves = [int(n) for n in re.findall(r"-?\d+", ring.partition("l")[2])]
        assert max(abs(n) for n in moves) < 500


def test_a_regional_zoom_uses_the_detailed_outlines_and_leaves_far_countries_out():
    drawn = network_map_svg(
        [MapPoint(6.5, 2.6, "Porto-Novo", "/p/", "member")],
        title="Benin",
        bbox=(0.7, 6.2, 3.9, 12.5),
    )
    assert "<rect" in drawn.svg  # square marker of an organisation
    world = network_map_svg([], title="w").svg
    assert drawn.svg.count("<path") < world.count("<path")
    assert 'viewBox="0 0 1000 ' in drawn.svg


def test_choropleth_shades_countries_by_class_with_a_legend():
    drawn = country_choropleth_svg(
        {"FR": 10, "SN": 300, "IN": 1000, "BR": 45, "US": 3},
        title="Farmers",
        names={"SN": "Senegal"},
    )
    assert [c.colour for c in drawn.legend] == [
        "#ffffcc",
        "#c2e699",
        "#78c679",
        "#31a354",
        "#006837",
    ]
    assert '<path fill="#006837"' in drawn.svg  # India, the largest
    assert "<title>Senegal: 300</title>" in drawn.svg
    assert drawn.rows[0] == ("IN", 1000.0)


def test_the_template_tags_draw_the_map_and_the_same_records_in_a_list():
    template = Template(
        "{% load network_maps %}{% network_map points title='Practices' list_id='l' %}"
        "{% country_choropleth values title='Farmers' %}"
    )
    points = [
        MapPoint(14.7, -17.4, "Zaï pits", "/en/p/zai/", "worked"),
        MapPoint(46.2, 6.1, "Hedges", "/en/p/h/", "member"),
    ]
    html = template.render(Context({"points": points, "values": {"SN": 12}}))
    assert html.count('href="/en/p/zai/"') == 2  # on the map and in the list
    assert '<div class="map-list" id="l">' in html and "2 places on this map" in html
    assert "<td>Senegal</td><td>12</td>" in html
