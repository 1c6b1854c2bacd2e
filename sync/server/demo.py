"""``seed-demo`` and the demo's embedded platform: the SAME community the station's demo has.

The rows come from ``station_app.demo.demo_changes(now)`` (``resources/demo/community.json``
expanded with a fixed seed): every pull change becomes a platform row with the same id and
the same data, and is published to the change log, so a demo terminal receives the
community by pull exactly as its offline fallback (``station_app.demo.seed_demo``) would
have written it. Staff PINs are the file's (``DEMO_PINS``: 1111 clerk, 2222 supervisor,
9999 admin, …).

``start_embedded_demo(path)`` opens (and seeds, once) a platform on a SQLite file and
serves it on 127.0.0.1 on an ephemeral port, for ``station-app --demo``.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.db.types import parse_utc
from station_app.demo import demo_changes, demo_id, load_community
from sync.server.changes import publish
from sync.server.config import ServerConfig
from sync.server.embedded import BackgroundServer
from sync.server.models import (
    Base,
    Bill,
    Biller,
    BillLine,
    CatalogItem,
    Community,
    Household,
    Notice,
    Parcel,
    Policy,
    Resident,
    Staff,
    Station,
    VoucherAccount,
    VoucherLot,
)
from sync.server.platform import Platform, open_platform
from sync.server.terminals import create_enrollment_code

log = logging.getLogger(__name__)

DEMO_STATION_CODE = "S001"

ENTITY_ORDER = (
    "policy",
    "staff",
    "catalog_item",
    "notice",
    "household",
    "resident",
    "biller",
    "bill",
    "voucher_account",
    "voucher_lot",
    "parcel",
)
"""Parents before children: each group is flushed before the next is described."""


@dataclass(frozen=True)
class DemoSummary:
    community_id: str
    station_id: str
    station_code: str
    households: int
    residents: int
    bills: int
    voucher_accounts: int
    voucher_lots: int
    parcels: int
    created: bool


def _summary(
    session: Session, community: Community, station: Station, created: bool
) -> DemoSummary:
    def count(query: Any) -> int:
        return int(session.execute(query).scalar_one())

    cid = community.id
    return DemoSummary(
        community_id=cid,
        station_id=station.id,
        station_code=station.code,
        households=count(select(func.count()).where(Household.community_id == cid)),
        residents=count(
            select(func.count())
            .select_from(Resident)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.community_id == cid)
        ),
        bills=count(select(func.count()).where(Bill.community_id == cid)),
        voucher_accounts=count(select(func.count()).where(VoucherAccount.community_id == cid)),
        voucher_lots=count(
            select(func.count())
            .select_from(VoucherLot)
            .join(VoucherAccount, VoucherAccount.id == VoucherLot.account_id)
            .where(VoucherAccount.community_id == cid)
        ),
        parcels=count(select(func.count()).where(Parcel.station_id == station.id)),
        created=created,
    )


def _instant(value: Any) -> datetime | None:
    return None if value is None else parse_utc(str(value))


def _required_instant(value: Any) -> datetime:
    return parse_utc(str(value))


class _Rows:
    """One pull change → the platform row that publishes exactly that change."""

    def __init__(self, community_id: str, station_id: str, now: datetime) -> None:
        self.community_id = community_id
        self.station_id = station_id
        self.now = now
        self.build: dict[str, Callable[[str, dict[str, Any]], Base]] = {
            "policy": self.policy,
            "staff": self.staff,
            "catalog_item": self.catalog_item,
            "notice": self.notice,
            "household": self.household,
            "resident": self.resident,
            "biller": self.biller,
            "bill": self.bill,
            "voucher_account": self.voucher_account,
            "voucher_lot": self.voucher_lot,
            "parcel": self.parcel,
        }

    def policy(self, row_id: str, d: dict[str, Any]) -> Base:
        return Policy(id=row_id, community_id=self.community_id, data=d["data"])

    def staff(self, row_id: str, d: dict[str, Any]) -> Base:
        return Staff(
            id=row_id,
            community_id=self.community_id,
            station_id=self.station_id,
            name=d["name"],
            role=d["role"],
            pin_hash=d["pin_hash"],
            active=d.get("active", True),
            source="platform",
        )

    def catalog_item(self, row_id: str, d: dict[str, Any]) -> Base:
        return CatalogItem(
            id=row_id,
            community_id=self.community_id,
            barcode=d.get("barcode"),
            name=d["name"],
            kind=d["kind"],
            price_fen=d["price_fen"],
            active=d.get("active", True),
        )

    def notice(self, row_id: str, d: dict[str, Any]) -> Base:
        return Notice(
            id=row_id,
            community_id=self.community_id,
            kind=d["kind"],
            title=d["title"],
            body=d["body"],
            starts_at=_required_instant(d["starts_at"]),
            ends_at=_instant(d.get("ends_at")),
        )

    def household(self, row_id: str, d: dict[str, Any]) -> Base:
        return Household(
            id=row_id,
            community_id=self.community_id,
            building=d["building"],
            unit=d["unit"],
            room=d["room"],
        )

    def resident(self, row_id: str, d: dict[str, Any]) -> Base:
        return Resident(
            id=row_id,
            household_id=d["household_id"],
            name=d["name"],
            phone=d["phone"],
            is_primary=d.get("is_primary", False),
        )

    def biller(self, row_id: str, d: dict[str, Any]) -> Base:
        return Biller(
            id=row_id,
            community_id=self.community_id,
            name=d["name"],
            kind=d["kind"],
            allow_partial=d["allow_partial"],
            allow_offline=d["allow_offline"],
            allow_vouchers=d["allow_vouchers"],
        )

    def bill(self, row_id: str, d: dict[str, Any]) -> Base:
        bill = Bill(
            id=row_id,
            community_id=self.community_id,
            household_id=d["household_id"],
            biller_id=d["biller_id"],
            account_no=d["account_no"],
            period=d["period"],
            amount_due_fen=d["amount_due_fen"],
            arrears_fen=d.get("arrears_fen", 0),
            paid_fen=d.get("paid_fen", 0),
            due_date=date.fromisoformat(d["due_date"]) if d.get("due_date") else None,
            barcode=d.get("barcode"),
            status=d["status"],
        )
        bill.lines = [
            BillLine(
                id=f"{row_id}:{position}",
                position=position,
                description=line["description"],
                quantity=str(line.get("quantity", "1")),
                unit=line.get("unit", ""),
                unit_price_fen=line["unit_price_fen"],
                amount_fen=line["amount_fen"],
            )
            for position, line in enumerate(d.get("lines") or [])
        ]
        return bill

    def voucher_account(self, row_id: str, d: dict[str, Any]) -> Base:
        return VoucherAccount(
            id=row_id,
            community_id=self.community_id,
            household_id=d.get("household_id"),
            holder_name=d["holder_name"],
            status=d["status"],
        )

    def voucher_lot(self, row_id: str, d: dict[str, Any]) -> Base:
        return VoucherLot(
            id=row_id,
            account_id=d["account_id"],
            programme_id=None,
            amount_fen=d["amount_fen"],
            remaining_fen=d["remaining_fen"],
            effective_at=_required_instant(d["effective_at"]),
            expires_at=_instant(d.get("expires_at")),
            priority=d.get("priority", 0),
            source="programme",
            created_at=self.now,
        )

    def parcel(self, row_id: str, d: dict[str, Any]) -> Base:
        return Parcel(
            id=row_id,
            station_id=self.station_id,
            terminal_id=d.get("terminal_id"),
            carrier=d["carrier"],
            waybill_no=d["waybill_no"],
            phone=d["phone"],
            recipient_name=d.get("recipient_name"),
            household_id=d.get("household_id"),
            shelf=d["shelf"],
            layer=d["layer"],
            slot_seq=d["slot_seq"],
            pickup_code=d["pickup_code"],
            status=d["status"],
            checked_in_at=_required_instant(d["checked_in_at"]),
            picked_up_at=_instant(d.get("picked_up_at")),
            pickup_method=d.get("pickup_method"),
            returned_at=_instant(d.get("returned_at")),
        )


def seed_demo(
    session: Session, now: datetime, *, community: Mapping[str, Any] | None = None
) -> DemoSummary:
    """Fill the demo community (once: a second call returns what is there)."""
    description = community if community is not None else load_community()
    community_id = demo_id(description, "community")
    existing = session.get(Community, community_id)
    if existing is not None:
        station = session.execute(
            select(Station).where(Station.community_id == community_id).order_by(Station.code)
        ).scalar_one()
        return _summary(session, existing, station, created=False)
    taken = session.execute(select(Station.id).where(Station.code == DEMO_STATION_CODE)).first()
    code = DEMO_STATION_CODE if taken is None else f"D{secrets.randbelow(10**5):05d}"
    row = Community(id=community_id, name=description["community"]["name"], created_at=now)
    session.add(row)
    station = Station(
        id=demo_id(description, "station"),
        community_id=community_id,
        code=code,
        name=description["station"]["name"],
        created_at=now,
    )
    session.add(station)
    session.flush()
    rows = _Rows(community_id, station.id, now)
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for change in demo_changes(now, description):
        by_entity.setdefault(change["entity"], []).append(change)
    unknown = set(by_entity) - set(ENTITY_ORDER)
    assert not unknown, f"demo entities without a platform row: {unknown}"
    # Strong references: the identity map is weak, and describing a child looks its
    # parent up (a lost parent would be read back from the database, one query each).
    kept: list[Base] = []
    for entity in ENTITY_ORDER:
        for change in by_entity.get(entity, ()):
            made = rows.build[entity](change["id"], change["data"])
            kept.append(made)
            session.add(made)
            publish(session, made, at=now)
        session.flush()
    return _summary(session, row, station, created=True)


# --- the embedded platform of ``station-app --demo`` ------------------------------------


@dataclass
class EmbeddedDemo:
    platform: Platform
    server: BackgroundServer
    base_url: str
    summary: DemoSummary
    admin_token: str = field(repr=False, default="")

    def enrollment_code(self) -> str:
        with self.platform.database.transaction() as session:
            code, _expires = create_enrollment_code(
                session,
                self.platform.now(),
                station_id=self.summary.station_id,
                ttl=self.platform.config.enrollment_ttl,
            )
        return code

    def stop(self) -> None:
        try:
            self.server.stop()
        finally:
            self.platform.close()


def start_embedded_demo(
    database: Path, *, now: Callable[[], datetime] | None = None
) -> EmbeddedDemo:
    """Open, seed (once) and serve the demo platform on 127.0.0.1 (an ephemeral port)."""
    token = secrets.token_urlsafe(24)
    config = ServerConfig(
        database_url=f"sqlite:///{database}",
        admin_token=token,
        now=now or (lambda: datetime.now(UTC)),
    )
    platform = open_platform(config)
    try:
        with platform.database.transaction() as session:
            summary = seed_demo(session, platform.now())
        if summary.created:
            log.info("demo platform seeded: %s", summary)
        from sync.server.app import create_app

        server = BackgroundServer(create_app(platform))
        base_url = server.start()
    except BaseException:
        platform.close()
        raise
    return EmbeddedDemo(platform, server, base_url, summary, token)
