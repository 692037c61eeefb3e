"""The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, a few lines of
arithmetic. Coordinates in degrees in, projected units out (x in ±2.7066, y in ±1.3174, y up)."""

import math

import numpy as np

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2

# The projected extent of the whole world (longitude ±180°, latitude ±90°).
X_MAX = math.pi / (M * A1)
Y_MAX = (math.pi / 3) * (
    A1 + A2 * (math.pi / 3) ** 2 + (math.pi / 3) ** 6 * (A3 + A4 * (math.pi / 3) ** 2)
)


def equal_earth(longitude, latitude):
    """Project degrees (floats or numpy arrays) to Equal Earth units; y grows northwards."""
    lam = np.radians(longitude)
    theta = np.arcsin(M * np.sin(np.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y
