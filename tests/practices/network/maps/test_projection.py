import math

import pytest

from practices.network.maps.projection import X_MAX, Y_MAX, equal_earth


def test_the_origin_stays_at_the_origin():
    assert equal_earth(0.0, 0.0) == (0.0, 0.0)


def test_the_world_is_as_wide_and_tall_as_equal_earth_published():
    # Šavrič et al. 2018: the map is 2.70663 across half the equator, 1.31736 from the equator
    # to the pole (on the unit sphere): a width-to-height ratio of about 2.05.
    assert float(equal_earth(180.0, 0.0)[0]) == pytest.approx(2.70663, abs=1e-5)
    assert float(equal_earth(0.0, 90.0)[1]) == pytest.approx(1.31736, abs=1e-5)
    assert float(equal_earth(-180.0, -90.0)[1]) == pytest.approx(-1.31736, abs=1e-5)
    assert (X_MAX, Y_MAX) == pytest.approx((2.70663, 1.31736), abs=1e-5)
    assert X_MAX / Y_MAX == pytest.approx(2.0546, abs=1e-3)


def test_meridians_are_curved_and_parallels_straight():
    """The pole line is shorter than the equator (meridians bend in), parallels are straight."""
    assert float(equal_earth(180.0, 89.999)[0]) < 0.65 * float(equal_earth(180.0, 0.0)[0])
    assert float(equal_earth(-70.0, 40.0)[1]) == pytest.approx(float(equal_earth(120.0, 40.0)[1]))


def test_areas_are_kept_whatever_the_latitude():
    """Equal area: a 1°×1° cell near the pole covers as much of the drawing as the same cell
    at the equator scaled by the cosine of its latitude (as on the sphere)."""

    def cell_area(latitude):
        (x0, y0), (x1, _), (_, y2) = (
            equal_earth(0.0, latitude),
            equal_earth(1.0, latitude),
            equal_earth(0.0, latitude + 1),
        )
        return abs((x1 - x0) * (y2 - y0))

    ratio = cell_area(69.5) / cell_area(-0.5)
    assert ratio == pytest.approx(math.cos(math.radians(70)) / math.cos(math.radians(0)), rel=0.02)
