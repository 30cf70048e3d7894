"""The merge rules on hand-made rows, and convergence whatever order concurrent edits arrive in."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.sync.merge import Outcome, merge

ROW = {"name": "Atlas", "city": "上海", "phone": None, "deleted": False}
STAMPS = {"name": "0001", "city": "0001", "phone": "0001", "deleted": "0001"}
SEQS = {"name": 1, "city": 1, "phone": 1, "deleted": 1}  # the row as everybody last saw it: seq 1


def run(incoming: dict[str, Any], hlc: str, *, row: dict[str, Any] | None = None,
        stamps: dict[str, str] | None = None, seqs: dict[str, int] | None = None, seen: int = 1) -> Outcome:  # fmt: skip
    return merge(current=row or ROW, stamps=stamps or STAMPS, seqs=seqs or SEQS, incoming=incoming,
                 hlc=hlc, seen_seq=seen)  # fmt: skip


def test_an_untouched_field_takes_the_change() -> None:
    out = run({"city": "杭州"}, "0005")
    assert (out.changes, out.stamps, out.clashes, out.status) == (
        {"city": "杭州"},
        {"city": "0005"},
        [],
        "applied",
    )


def test_edits_of_different_fields_both_survive() -> None:
    out = run({"city": "杭州"}, "0005", row={**ROW, "name": "Atlas Ltd"}, stamps={**STAMPS, "name": "0009"},
              seqs={**SEQS, "name": 2})  # fmt: skip
    assert out.changes == {"city": "杭州"} and not out.clashes


def test_the_same_field_the_later_stamp_wins_and_the_loser_is_kept() -> None:
    elsewhere = {
        "row": {**ROW, "city": "北京"},
        "stamps": {**STAMPS, "city": "0007"},
        "seqs": {**SEQS, "city": 2},
    }
    later = run({"city": "杭州"}, "0009", **elsewhere)  # type: ignore[arg-type]
    assert later.changes == {"city": "杭州"} and later.status == "conflict"
    [clash] = later.clashes
    assert (clash.kept, clash.lost, clash.incoming_won, clash.lost_hlc) == ("杭州", "北京", True, "0007")
    earlier = run({"city": "杭州"}, "0006", **elsewhere)  # type: ignore[arg-type]
    assert earlier.changes == {}
    [clash] = earlier.clashes
    assert (clash.kept, clash.lost, clash.incoming_won, clash.lost_hlc) == ("北京", "杭州", False, "0006")


def test_a_field_changed_and_changed_back_elsewhere_still_counts_as_changed() -> None:
    # 上海 -> 北京 -> 上海 at 0008, elsewhere: an older offline edit to 杭州 must not win.
    out = run({"city": "杭州"}, "0005", stamps={**STAMPS, "city": "0008"}, seqs={**SEQS, "city": 3})
    assert out.changes == {} and [(c.kept, c.lost) for c in out.clashes] == [("上海", "杭州")]


def test_an_edit_of_a_row_deleted_elsewhere_is_one_clash_and_keeps_its_values() -> None:
    gone = {**ROW, "deleted": True}
    out = run({"city": "杭州", "phone": "1"}, "0009", row=gone, seqs={**SEQS, "deleted": 2})
    # The row stays deleted; the edit lives in the tombstone, and restoring brings it back.
    assert out.changes == {"city": "杭州", "phone": "1"} and "deleted" not in out.changes
    assert [(c.field, c.kept, c.lost, c.incoming_won) for c in out.clashes] == [("deleted", True, False, False)]


def test_the_same_laptop_never_clashes_with_itself() -> None:
    """Its own earlier writes (sequences it has not pulled back) are not someone else's."""
    mine = "0000000000009-0000-laptopA"
    own = run({"city": "杭州"}, "0000000000012-0000-laptopA", stamps={**STAMPS, "city": mine},
              seqs={**SEQS, "city": 5}, seen=1)  # fmt: skip
    assert own.changes == {"city": "杭州"} and own.status == "applied"
    # An older write of its own arriving after a newer one (a creation's image carried it) is dropped.
    older = run({"city": "杭州"}, "0000000000005-0000-laptopA", stamps={**STAMPS, "city": mine},
                seqs={**SEQS, "city": 5}, seen=1)  # fmt: skip
    assert older.changes == {} and older.status == "merged"
    # Another laptop's write in between is a real clash.
    other = run({"city": "杭州"}, "0000000000012-0000-laptopA",
                stamps={**STAMPS, "city": "0000000000010-0000-laptopB"}, seqs={**SEQS, "city": 5}, seen=1)  # fmt: skip
    assert [c.field for c in other.clashes] == ["city"]
    # Its own delete after its own edits: no clash either.
    gone = run({"deleted": True}, "0000000000012-0000-laptopA", stamps={**STAMPS, "city": mine},
               seqs={**SEQS, "city": 5}, seen=1)  # fmt: skip
    assert gone.changes == {"deleted": True} and not gone.clashes


def test_a_delete_of_a_row_edited_since_is_a_clash_but_deletes() -> None:
    out = run({"deleted": True}, "0009", seqs={**SEQS, "city": 2})
    assert out.changes == {"deleted": True} and [c.field for c in out.clashes] == ["deleted"]
    quiet = run({"deleted": True}, "0009")
    assert quiet.changes == {"deleted": True} and quiet.status == "applied"


def test_undeleting_on_purpose_applies() -> None:
    out = run({"deleted": False}, "0009", row={**ROW, "deleted": True})
    assert out.changes == {"deleted": False} and not out.clashes


values = st.sampled_from(["北京", "上海", "Hangzhou", None, "x"])
edit = st.dictionaries(st.sampled_from(["name", "city", "phone"]), values, min_size=1)


@given(st.lists(edit, min_size=2, max_size=5), st.permutations(range(5)))
def test_concurrent_edits_converge_in_any_order(edits: list[dict[str, Any]], order: list[int]) -> None:
    """Edits made offline on the same row (all saw seq 1), each with its own stamp, end in the
    same row whichever order the server receives them in: the latest value of each field."""
    ops = [(fields, f"{10 + i:04d}") for i, fields in enumerate(edits)]
    results = []
    for sequence in (range(len(ops)), [i for i in order if i < len(ops)]):
        row, stamps, seqs = dict(ROW), dict(STAMPS), dict(SEQS)
        for seq, i in enumerate(sequence, start=2):
            fields, hlc = ops[i]
            out = merge(current=row, stamps=stamps, seqs=seqs, incoming=fields, hlc=hlc, seen_seq=1)
            row.update(out.changes)
            stamps.update(out.stamps)
            seqs.update(dict.fromkeys(out.changes, seq))
        results.append(row)
    assert results[0] == results[1]
    for key in ("name", "city", "phone"):
        latest = [fields[key] for fields, _ in ops if key in fields]
        assert results[0][key] == (latest[-1] if latest else ROW[key])
