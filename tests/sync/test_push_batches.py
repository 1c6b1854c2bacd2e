"""The station's side of a push: answers stored a batch at a time, the next batch claimed in
the same transaction, and an answer with a local effect in the middle of a batch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from station_app.parcels import pick_up
from station_app.work import Actor
from sync.engine import MERGED_EVENT, SyncEngine
from tests.sync.conftest import Clocks, Terminal
from tests.sync.test_conflicts import events


def test_answers_with_and_without_local_effects_in_small_batches(
    terminals: Callable[..., Terminal], clocks: Clocks
) -> None:
    counter, second = terminals("counter"), terminals("second")
    first_id = counter.check_in("SFH00000001")
    assert counter.round().ok
    clocks.advance(timedelta(minutes=1))
    own_id = second.check_in("SFH00000002")  # the answers: plain, folded, plain, plain
    local_id = second.check_in("SFH00000001")  # counter has it: merged, folded here
    later_id = second.check_in("SFH00000003")
    with second.station.work(Actor.system()) as work:
        pick_up(work, [own_id], method="code")
    engine = SyncEngine(second.station, second.client, batch_size=3)
    report = engine.run_round()
    assert report.ok and report.sent == 4, report
    assert report.answers == {"applied": 2, "flagged": 2}
    ops = second.ops()
    assert [(op.type, op.status, op.reason) for op in ops] == [
        ("parcel.check_in", "flagged", "pickup_code_clash"),  # offline: the same first slot
        ("parcel.check_in", "flagged", "duplicate_parcel"),
        ("parcel.check_in", "applied", None),
        ("parcel.pick_up", "applied", None),
    ]
    assert all(op.attempts == 1 and op.acked_at is not None for op in ops)  # claimed once
    assert ops[1].result is not None and ops[1].result["result"]["merged_into"] == first_id
    assert second.parcel(local_id) is None
    assert [event.kind for event in events(second, first_id)][-1] == MERGED_EVENT
    assert second.parcel(later_id) is not None
    own = second.parcel(own_id)
    assert own is not None and own.status == "picked_up"
    again = engine.run_round()
    assert again.ok and again.sent == 0
