from __future__ import annotations

import re

from desktop_crm.core.clock import HybridClock, new_id, parse_hlc


def test_new_id_is_uuid7_and_time_ordered() -> None:
    ids = [new_id() for _ in range(200)]
    assert len(set(ids)) == 200
    for value in ids:
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", value)
    # The first 48 bits are the millisecond: ids from later milliseconds sort later.
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


def test_ids_made_in_one_millisecond_still_sort_in_the_order_they_were_made() -> None:
    ids = [new_id() for _ in range(20_000)]  # many share a millisecond
    assert len({i[:13] for i in ids}) < len(ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for value in ids[::97]:
        assert value[14] == "7" and value[19] in "89ab"  # still a version-7, RFC-variant UUID


def test_clock_is_monotonic_when_wall_time_stands_still_or_goes_back() -> None:
    wall = iter([1000, 1000, 999, 1001, 500])
    clock = HybridClock("n1", wall_ms=lambda: next(wall))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert parse_hlc(stamps[2]) == (1000, 2, "n1")  # wall clock went back: the counter moves
    assert parse_hlc(stamps[4]) == (1001, 1, "n1")


def test_observe_moves_past_a_remote_stamp() -> None:
    clock = HybridClock("a", wall_ms=lambda: 100)
    remote = HybridClock("b", wall_ms=lambda: 5000).tick()
    clock.observe(remote)
    assert clock.tick() > remote


def test_stamps_sort_as_text_in_clock_order() -> None:
    small = HybridClock("z", wall_ms=lambda: 9).tick()
    big = HybridClock("a", wall_ms=lambda: 10).tick()
    assert small < big
