"""Ordering a day's visits into a route: nearest neighbour, then 2-opt (DESIGN.md section 1).

Fixed appointments keep their order by time; the flexible visits fill in around them. A 2-opt
move that would turn two fixed appointments around is never taken. Distances are great-circle
kilometres: for ranking stops a few kilometres apart the road network only scales them."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

EARTH_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Stop:
    id: str
    lat: float
    lon: float
    fixed_at: dt.datetime | None = None  # an appointment: its time is kept


@dataclass(frozen=True, slots=True)
class Route:
    order: list[str]
    legs_km: list[float]  # from the start (if any) to the first stop, then stop to stop

    @property
    def total_km(self) -> float:
        return sum(self.legs_km)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def plan_route(stops: Sequence[Stop], start: tuple[float, float] | None = None) -> Route:
    if not stops:
        return Route([], [])
    points = [(s.lat, s.lon) for s in stops]
    fixed = sorted((i for i, s in enumerate(stops) if s.fixed_at), key=lambda i: stops[i].fixed_at)  # type: ignore[arg-type,return-value]
    rank = {i: n for n, i in enumerate(fixed)}  # the order fixed stops must keep
    tour = _nearest_neighbour(points, fixed, start)
    tour = _two_opt(points, tour, rank, start)
    here = start
    legs = []
    for i in tour:
        legs.append(km(here, points[i]) if here is not None else 0.0)
        here = points[i]
    if start is None:
        legs = legs[1:]  # no leg into the first stop without a starting point
    return Route([stops[i].id for i in tour], legs)


def _nearest_neighbour(
    points: list[tuple[float, float]], fixed: list[int], start: tuple[float, float] | None
) -> list[int]:
    flexible = {i for i in range(len(points)) if i not in set(fixed)}
    pending_fixed = list(fixed)
    tour: list[int] = []
    here = start
    while flexible or pending_fixed:
        # Any flexible stop, or the next appointment in time order: never a later one first.
        candidates = list(flexible) + pending_fixed[:1]
        if here is None:
            nxt = candidates[0]
        else:
            origin = here
            nxt = min(candidates, key=lambda i: (km(origin, points[i]), i))
        tour.append(nxt)
        here = points[nxt]
        if pending_fixed and nxt == pending_fixed[0]:
            pending_fixed.pop(0)
        else:
            flexible.discard(nxt)
    return tour


def _length(points: list[tuple[float, float]], tour: list[int], start: tuple[float, float] | None) -> float:
    path = ([start] if start is not None else []) + [points[i] for i in tour]
    return sum(km(a, b) for a, b in itertools.pairwise(path))


def _two_opt(
    points: list[tuple[float, float]],
    tour: list[int],
    rank: dict[int, int],
    start: tuple[float, float] | None,
) -> list[int]:
    best = _length(points, tour, start)
    improved = True
    while improved:
        improved = False
        for i in range(len(tour) - 1):
            for j in range(i + 1, len(tour)):
                if sum(1 for k in tour[i : j + 1] if k in rank) > 1:
                    continue  # reversing would swap two appointments
                candidate = tour[:i] + tour[i : j + 1][::-1] + tour[j + 1 :]
                length = _length(points, candidate, start)
                if length < best - 1e-9:
                    tour, best, improved = candidate, length, True
    return tour
