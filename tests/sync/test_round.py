"""A paired station against the real platform: pair → push → pull, and what a round records."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable

import pytest
from sqlalchemy import select

from station_app import settings as S
from station_app.__main__ import main
from station_app.db.models import (
    AuditEntry,
    Bill,
    OutboxOp,
    Parcel,
    Payment,
    Policy,
    Shift,
    Staff,
    SyncState,
)
from station_app.ids import new_id
from station_app.station import Station
from station_app.work import Actor
from sync import pairing
from sync.server.models import AppliedOp
from sync.server.models import Parcel as PlatformParcel
from sync.server.platform import Platform
from tests.server.conftest import Admin, Community
from tests.sync.conftest import Terminal


def test_pairing_fills_the_identity_and_keeps_the_key_private(
    terminals: Callable[..., Terminal], server_url: str, community: Community
) -> None:
    station = terminals("a").station
    with station.database.reading() as session:
        identity = station.identity(session)
        assert identity.terminal_id and identity.terminal_code.endswith("T01")
        assert identity.station_id == community.station_id
        assert identity.community_id == community.id
        assert identity.epoch == 1 and identity.platform_url == server_url
        assert identity.platform_public_key and identity.paired_at is not None
        assert session.execute(
            select(AuditEntry).where(AuditEntry.action == pairing.PAIRED_ACTION)
        ).scalar_one()
    assert station.settings.get(S.PLATFORM_URL) == server_url
    key_file = pairing.key_path(station.paths)
    assert pairing.load_private_key(station.paths)
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not key_file.with_name(pairing.KEY_FILE + ".new").exists()
    with pytest.raises(pairing.PairingError, match="already paired"):
        pairing.pair(station, server_url, "ABC-DEF-GHJ")


def test_pairing_refusals_change_nothing(
    unpaired: Station, server_url: str, admin: Admin, community: Community
) -> None:
    with pytest.raises(pairing.PairingError, match="does not know the enrollment code"):
        pairing.pair(unpaired, server_url, "ABC-DEF-GHJ")
    with pytest.raises(pairing.PairingError, match="https"):
        pairing.pair(unpaired, "http://platform.example.com", "ABC-DEF-GHJ")
    assert not unpaired.info().paired
    assert not pairing.key_path(unpaired.paths).exists()
    assert not pairing.key_path(unpaired.paths).with_name(pairing.KEY_FILE + ".new").exists()
    code = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
    pairing.pair(unpaired, server_url, code)
    with pytest.raises(pairing.PairingError, match="already paired"):
        pairing.pair(unpaired, server_url, code)


def test_a_round_pushes_the_outbox_and_pulls_the_community(
    terminals: Callable[..., Terminal], platform: Platform, community: Community
) -> None:
    terminal = terminals("a")
    parcel_id = terminal.check_in("SF1000000001")
    report = terminal.round()
    assert report.ok and report.reached_platform, report
    assert report.action == "ok" and report.answers == {"applied": 1}
    assert report.pending == 0 and report.pulled > 0
    [op] = terminal.ops()
    assert (op.status, op.acked_at is not None, op.attempts) == ("applied", True, 1)
    assert op.result and op.result["status"] == "applied"
    with platform.database.reading() as session:
        assert session.get(PlatformParcel, parcel_id) is not None
    with terminal.station.database.reading() as session:
        staff = {s.name for s in session.execute(select(Staff)).scalars()}
        assert {"王强", "张丽"} <= staff
        assert session.get(Bill, community.bill_id) is not None
        assert session.execute(select(Policy)).scalar_one().data["offline_limits"]
        parcel = session.get(Parcel, parcel_id)
        assert parcel is not None and parcel.version >= 1  # its own parcel came back by pull
        state = session.get(SyncState, 1)
        assert state is not None and state.cursor and state.last_success_at is not None
        assert state.last_error is None and state.server_time is not None
        assert state.server_last_seq == 1
    again = terminal.round()
    assert again.ok and again.sent == 0 and again.pulled == 0


def test_a_payment_is_confirmed_by_the_platform(
    terminals: Callable[..., Terminal], community: Community
) -> None:
    terminal = terminals("a")
    assert terminal.round().ok  # the bill arrives
    payment_id = new_id()
    with terminal.station.work(Actor.system()) as work:
        work.session.add(Staff(id="clerk-1", name="张敏", role="clerk", pin_hash="x"))
        work.session.flush()
        work.session.add(
            Shift(
                id="shift-1",
                terminal_code="T",
                staff_id="clerk-1",
                opened_at=work.now,
                float_fen=0,
                float_denominations={},
            )
        )
        work.session.flush()
        work.session.add(
            Payment(
                id=payment_id,
                receipt_no="T-1",
                shift_id="shift-1",
                staff_id="clerk-1",
                total_fen=community.bill_fen,
                cash_fen=community.bill_fen,
                created_at=work.now,
            )
        )
        work.record(
            "payment.taken",
            entity="payment",
            entity_id=payment_id,
            op_type="bill.pay",
            payload={
                "payment_id": payment_id,
                "bill_id": community.bill_id,
                "amount_fen": community.bill_fen,
                "tender": {"cash_fen": community.bill_fen, "voucher_fen": 0},
                "receipt_no": "T-1",
            },
        )
    assert terminal.round().ok
    with terminal.station.database.reading() as session:
        payment = session.get(Payment, payment_id)
        assert payment is not None and payment.status == "confirmed"
        bill = session.get(Bill, community.bill_id)
        assert bill is not None and bill.status == "paid"  # the platform's truth, pulled


def test_the_cli_pairs_and_syncs_once(
    unpaired: Station,
    server_url: str,
    admin: Admin,
    community: Community,
    platform: Platform,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = str(unpaired.paths.data_dir)
    unpaired.close()
    code = admin.post(f"/stations/{community.station_id}/enrollment-codes")["code"]
    assert main(["--data-dir", data_dir, "pair", "--platform", server_url, "--code", code]) == 0
    paired = json.loads(capsys.readouterr().out)
    assert paired["station_id"] == community.station_id
    assert main(["--data-dir", data_dir, "sync", "--once"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ok"] and summary["reached_platform"] and summary["pulled"] > 0
    with platform.database.reading() as session:
        assert session.execute(select(AppliedOp)).first() is None  # nothing to push yet
    assert main(["--data-dir", data_dir, "pair", "--platform", server_url, "--code", code]) == 2
    assert "already paired" in capsys.readouterr().err


def test_ops_are_sent_in_seq_order_in_batches(
    terminals: Callable[..., Terminal], platform: Platform
) -> None:
    terminal = terminals("a")
    terminal.engine.batch_size = 3
    for number in range(7):
        terminal.check_in(f"SF2000000{number:03d}")
    report = terminal.round()
    assert report.ok and report.answers == {"applied": 7}
    assert terminal.adapter.calls("/v1/sync/push") == 3
    with platform.database.reading() as session:
        seqs = [
            op.seq
            for op in session.execute(
                select(AppliedOp).order_by(AppliedOp.applied_at, AppliedOp.seq)
            ).scalars()
        ]
    assert seqs == list(range(1, 8))
    assert all(op.status == "applied" for op in terminal.ops())
    assert [op.seq for op in terminal.ops()] == list(range(1, 8))
    with terminal.station.database.reading() as session:
        assert session.execute(select(OutboxOp).where(OutboxOp.status == "pending")).first() is None
