from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from desktop_crm.core.routing import Stop, km, plan_route

SHANGHAI = (31.2304, 121.4737)


def test_haversine_against_known_distances() -> None:
    assert km((39.9042, 116.4074), SHANGHAI) == pytest.approx(1067, abs=5)  # Beijing - Shanghai
    assert km(SHANGHAI, SHANGHAI) == 0


def test_empty_and_single() -> None:
    assert plan_route([]).order == []
    route = plan_route([Stop("a", 31.0, 121.0)], start=SHANGHAI)
    assert route.order == ["a"] and route.total_km == pytest.approx(km(SHANGHAI, (31.0, 121.0)))


def brute_force(stops: list[Stop], start: tuple[float, float]) -> float:
    best = float("inf")
    for perm in itertools.permutations(stops):
        path = [start] + [(s.lat, s.lon) for s in perm]
        best = min(best, sum(km(a, b) for a, b in itertools.pairwise(path)))
    return best


@pytest.mark.parametrize("seed", range(6))
def test_close_to_the_optimum_on_small_days(seed: int) -> None:
    rng = random.Random(seed)
    stops = [Stop(str(i), 31.2 + rng.uniform(-0.2, 0.2), 121.45 + rng.uniform(-0.2, 0.2)) for i in range(7)]
    route = plan_route(stops, start=SHANGHAI)
    assert sorted(route.order) == sorted(s.id for s in stops)
    assert route.total_km <= brute_force(stops, SHANGHAI) * 1.10  # 2-opt: within 10% on these


def test_two_opt_finds_the_best_way_round_the_corners() -> None:
    stops = [
        Stop("sw", 31.0, 121.0),
        Stop("ne", 31.1, 121.1),
        Stop("nw", 31.1, 121.0),
        Stop("se", 31.0, 121.1),
    ]
    start = (30.99, 121.0)
    route = plan_route(stops, start=start)
    assert route.total_km == pytest.approx(brute_force(stops, start))
    assert route.order[0] == "sw" and "ne" in route.order[1:3]  # round the edge, never across


def test_fixed_appointments_keep_their_order() -> None:
    day = dt.datetime(2026, 3, 2)
    # The 16:00 appointment is right next door, the 10:00 one far away: still 10:00 comes first.
    stops = [
        Stop("late", 31.231, 121.474, fixed_at=day.replace(hour=16)),
        Stop("early", 31.5, 121.9, fixed_at=day.replace(hour=10)),
        Stop("free1", 31.24, 121.48),
        Stop("free2", 31.49, 121.88),
    ]
    route = plan_route(stops, start=SHANGHAI)
    assert route.order.index("early") < route.order.index("late")
    assert set(route.order) == {"late", "early", "free1", "free2"}
    assert route.total_km == pytest.approx(sum(route.legs_km))
