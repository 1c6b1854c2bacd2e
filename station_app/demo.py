"""The demo community: ``resources/demo/community.json`` expanded into platform pull changes.

The JSON is a short description (buildings, name pools, tariffs, the voucher programme);
``demo_changes`` expands it with a fixed seed into the ``{"entity", "id", "op", "version",
"data"}`` changes a pull page carries, and ``seed_demo`` applies them through
``replica.apply_changes``, the same path real platform data takes. Ids are uuid5 of readable
keys, so a row keeps its id whatever ``now`` is; everything dated is placed relative to
``now``.
"""

from __future__ import annotations

import calendar
import json
import random
import re
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_app import replica
from station_app.db.models import AuditEntry
from station_app.db.types import format_utc, to_utc
from station_app.staff import hash_pin
from station_app.station import Station
from station_app.work import Actor

Change = dict[str, Any]

SEEDED_ACTION = "demo.seeded"
VERSION = 1


def load_community(path: Path | None = None) -> dict[str, Any]:
    """The demo description: the bundled file, or another one (tests, a technician)."""
    if path is not None:
        text = path.read_text(encoding="utf-8")
    else:
        text = (resources.files("resources.demo") / "community.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


DEMO_PINS: list[tuple[str, str, str]] = [
    (member["name"], member["role"], member["pin"]) for member in load_community()["staff"]
]
"""(name, role, PIN) for the login screen of a demo data dir."""


@dataclass(frozen=True)
class SeedReport:
    seeded: bool
    """False when the station was seeded before: nothing was written."""
    by_entity: dict[str, int] = field(default_factory=dict)
    bill_lines: int = 0
    seconds: float = 0.0


def demo_id(community: Mapping[str, Any], key: str) -> str:
    """The platform id of a demo row: stable across runs and across ``now``."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"station-pos-demo:{community['community']['key']}")
    return str(uuid.uuid5(namespace, key))


def demo_changes(now: datetime, community: Mapping[str, Any] | None = None) -> list[Change]:
    """Every row of the demo community as pull changes; the same ``now`` gives the same list.

    (Staff PIN hashes carry argon2's random salt; they are made once per process.)
    """
    return _Expansion(community if community is not None else load_community(), now).run()


def seed_demo(station: Station) -> SeedReport:
    """Fill an empty station with the demo community in one transaction; later calls do nothing."""
    started = time.perf_counter()
    community = load_community()
    with station.work(Actor.system()) as work:
        if _already_seeded(work.session):
            return SeedReport(seeded=False)
        changes = demo_changes(work.now, community)
        applied = replica.apply_changes(work.session, changes)
        identity = station.identity(work.session)
        identity.station_name = community["station"]["name"]
        identity.community_id = demo_id(community, "community")
        identity.terminal_code = community["station"]["terminal_code"]
        identity.terminal_name = community["station"]["terminal_name"]
        lines = sum(len(change["data"].get("lines", ())) for change in changes)
        work.audit(
            SEEDED_ACTION,
            entity="community",
            entity_id=identity.community_id,
            details={
                "community": community["community"]["name"],
                "station": identity.station_name,
                "changes": len(changes),
                "by_entity": dict(sorted(applied.by_entity.items())),
            },
        )
    return SeedReport(
        seeded=True,
        by_entity=dict(applied.by_entity),
        bill_lines=lines,
        seconds=time.perf_counter() - started,
    )


def _already_seeded(session: Session) -> bool:
    found = session.execute(
        select(AuditEntry.seq).where(AuditEntry.action == SEEDED_ACTION).limit(1)
    ).first()
    return found is not None


@cache
def _pin_hash(pin: str) -> str:
    # argon2 salts are random; one hash per PIN per process keeps repeated expansions equal.
    return hash_pin(pin)


# --- expansion ------------------------------------------------------------------------


@dataclass
class _Person:
    id: str
    name: str
    phone: str


@dataclass
class _Home:
    id: str
    key: str
    building: int
    unit: int
    floor: int
    room_index: int
    area_centi_m2: int
    people: list[_Person] = field(default_factory=list)

    @property
    def room(self) -> str:
        return f"{self.floor}{self.room_index:02d}"


@dataclass
class _Lot:
    id: str
    amount_fen: int
    remaining_fen: int
    effective_at: datetime
    expires_at: datetime | None


class _Expansion:
    def __init__(self, community: Mapping[str, Any], now: datetime) -> None:
        self.c = community
        self.now = to_utc(now)
        self.zone = ZoneInfo(community["timezone"])
        self.today = self.now.astimezone(self.zone).date()
        self.rng = random.Random(community["seed"])
        self.changes: list[Change] = []
        self.homes: list[_Home] = []
        self.phones: set[str] = set()

    def run(self) -> list[Change]:
        self.staff()
        self.add("policy", "community", {"data": json.loads(json.dumps(self.c["policy"]))})
        self.catalog()
        self.notices()
        self.households()
        self.bills()
        self.vouchers()
        self.parcels()
        return self.changes

    # -- plumbing

    def add(self, entity: str, key: str, data: dict[str, Any]) -> str:
        row_id = demo_id(self.c, f"{entity}:{key}")
        self.changes.append(
            {"entity": entity, "id": row_id, "op": "upsert", "version": VERSION, "data": data}
        )
        return row_id

    def local(self, day: date, clock: str = "00:00") -> datetime:
        hour, minute = (int(part) for part in clock.split(":"))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.zone).astimezone(
            UTC
        )

    def month_start(self, months_from_now: int) -> datetime:
        year, month = _add_months(self.today.year, self.today.month, months_from_now)
        return self.local(date(year, month, 1))

    def weighted(self, options: Sequence[Any], weights: Sequence[float]) -> Any:
        return self.rng.choices(options, weights=weights)[0]

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(self.c["residents"]["mobile_prefixes"]) + "".join(
                self.rng.choices("0123456789", k=8)
            )
            if number not in self.phones:
                self.phones.add(number)
                return number

    # -- reference data

    def staff(self) -> None:
        for member in self.c["staff"]:
            self.add(
                "staff",
                member["name"],
                {
                    "name": member["name"],
                    "role": member["role"],
                    "pin_hash": _pin_hash(member["pin"]),
                    "active": True,
                },
            )

    def catalog(self) -> None:
        for item in self.c["catalog"]:
            self.add(
                "catalog_item",
                item["barcode"],
                {
                    "barcode": item["barcode"],
                    "name": item["name"],
                    "kind": item["kind"],
                    "price_fen": item["price_fen"],
                    "active": item.get("active", True),
                },
            )

    def notices(self) -> None:
        for number, notice in enumerate(self.c["notices"]):
            starts, ends = notice["starts"], notice["ends"]
            self.add(
                "notice",
                str(number),
                {
                    "kind": notice["kind"],
                    "title": notice["title"],
                    "body": notice["body"],
                    "starts_at": format_utc(
                        self.local(self.today + timedelta(days=starts["day"]), starts["time"])
                    ),
                    "ends_at": _rfc3339(
                        None
                        if ends is None
                        else self.local(self.today + timedelta(days=ends["day"]), ends["time"])
                    ),
                },
            )

    # -- households and residents

    def households(self) -> None:
        shape = self.c["buildings"]
        areas = [_scaled(area, 2) for area in shape["room_areas_m2"]]
        community_id = demo_id(self.c, "community")
        sizes = self.c["residents"]["per_household_weights"]
        for building in range(1, shape["count"] + 1):
            for unit in range(1, shape["units"] + 1):
                for floor in range(1, shape["floors"] + 1):
                    for room_index in range(1, shape["rooms_per_floor"] + 1):
                        key = f"{building}-{unit}-{floor}{room_index:02d}"
                        home = _Home(
                            id="",
                            key=key,
                            building=building,
                            unit=unit,
                            floor=floor,
                            room_index=room_index,
                            area_centi_m2=areas[(room_index - 1) % len(areas)],
                        )
                        home.id = self.add(
                            "household",
                            key,
                            {
                                "community_id": community_id,
                                "building": str(building),
                                "unit": str(unit),
                                "room": home.room,
                            },
                        )
                        size = int(self.weighted(list(sizes), list(sizes.values())))
                        self.residents(home, size)
                        self.homes.append(home)

    def residents(self, home: _Home, size: int) -> None:
        uyghur = self.rng.random() < self.c["residents"]["uyghur_household_share"]
        names = self.uyghur_family(size) if uyghur else self.han_family(size)
        primary = self.rng.randrange(min(size, 2))  # one of the adults holds the account
        for number, name in enumerate(names):
            person = _Person(id="", name=name, phone=self.mobile())
            person.id = self.add(
                "resident",
                f"{home.key}/{number}",
                {
                    "household_id": home.id,
                    "name": name,
                    "phone": person.phone,
                    "is_primary": number == primary,
                },
            )
            home.people.append(person)
        # The primary resident first, so voucher accounts and parcels find them easily.
        home.people.insert(0, home.people.pop(primary))

    def han_family(self, size: int) -> list[str]:
        pool = self.c["names"]["han"]
        surname = self.rng.choice(pool["surnames"])
        father = surname + self.rng.choice(pool["given_male"])
        mother = self.rng.choice(pool["surnames"]) + self.rng.choice(pool["given_female"])
        if size == 1:
            return [self.rng.choice([father, mother])]
        children = [surname + self.child_given(pool) for _ in range(size - 2)]
        return [father, mother, *children]

    def child_given(self, pool: Mapping[str, list[str]]) -> str:
        return self.rng.choice(pool[self.rng.choice(["given_male", "given_female"])])

    def uyghur_family(self, size: int) -> list[str]:
        # Uyghur names on ID cards: own given name · father's given name.
        pool = self.c["names"]["uyghur"]
        father_given = self.rng.choice(pool["given_male"])
        father = f"{father_given}·{self.rng.choice(pool['given_male'])}"
        mother = f"{self.rng.choice(pool['given_female'])}·{self.rng.choice(pool['given_male'])}"
        if size == 1:
            return [self.rng.choice([father, mother])]
        children = [f"{self.child_given(pool)}·{father_given}" for _ in range(size - 2)]
        return [father, mother, *children]

    # -- bills

    def bills(self) -> None:
        plan = self.c["bills"]
        months = plan["months"]
        periods = [
            _add_months(self.today.year, self.today.month, -back) for back in range(months, 0, -1)
        ]
        for biller in self.c["billers"]:
            biller_id = self.add(
                "biller",
                biller["key"],
                {
                    name: biller[name]
                    for name in ("name", "kind", "allow_partial", "allow_offline", "allow_vouchers")
                },
            )
            next_space = 1
            for home in self.homes:
                space = 0
                if "household_share" in biller:
                    if self.rng.random() >= biller["household_share"]:
                        continue
                    space, next_space = next_space, next_space + 1
                account_no = biller["account_format"].format(
                    building=home.building,
                    unit=home.unit,
                    floor=home.floor,
                    room=home.room,
                    space=space,
                )
                for age, (year, month) in enumerate(periods):
                    self.bill(
                        biller,
                        biller_id,
                        home,
                        account_no,
                        year,
                        month,
                        age == months - 1,
                        plan["paid_share_oldest_first"][age],
                    )

    def bill(
        self,
        biller: Mapping[str, Any],
        biller_id: str,
        home: _Home,
        account_no: str,
        year: int,
        month: int,
        latest: bool,
        paid_share: float,
    ) -> None:
        plan = self.c["bills"]
        lines: list[dict[str, Any]] = self.bill_lines(biller, home)
        due = sum(line["amount_fen"] for line in lines)
        paid, status, arrears = 0, "unpaid", 0
        if self.rng.random() < paid_share:
            paid, status = due, "paid"
        elif biller["allow_partial"] and self.rng.random() < plan["partial_share"]:
            # Partial payments are whole yuan, as people pay at a counter.
            paid = max(100, due * self.rng.randint(20, 80) // 100 // 100 * 100)
            if paid < due:
                status = "partial"
            else:
                paid = 0
        if latest and status == "unpaid" and self.rng.random() < plan["arrears_share"]:
            span = plan["arrears_months"]
            arrears = due * self.rng.randint(span["min"], span["max"])
            # The amount due includes arrears (PROTOCOL.md): they are a line of the bill.
            lines = [
                *lines,
                {
                    "description": "往期欠费",
                    "quantity": "1",
                    "unit": "",
                    "unit_price_fen": arrears,
                    "amount_fen": arrears,
                },
            ]
            due += arrears
        period = f"{year:04d}-{month:02d}"
        due_year, due_month = _add_months(year, month, 1)
        due_date = date(due_year, due_month, calendar.monthrange(due_year, due_month)[1])
        digits = "".join(ch for ch in account_no if ch.isdigit())
        barcode = _with_check_digit(f"{biller['barcode_prefix']}{digits}{year:04d}{month:02d}")
        self.add(
            "bill",
            f"{biller['key']}/{home.key}/{period}",
            {
                "household_id": home.id,
                "biller_id": biller_id,
                "account_no": account_no,
                "period": period,
                "amount_due_fen": due,
                "arrears_fen": arrears,
                "paid_fen": paid,
                "due_date": due_date.isoformat(),
                "barcode": barcode,
                "status": status,
                "lines": lines,
            },
        )

    def bill_lines(self, biller: Mapping[str, Any], home: _Home) -> list[dict[str, Any]]:
        lines: list[dict[str, Any]] = []

        def line(description: str, quantity: int, scale: int, unit: str, price: int) -> None:
            lines.append(
                {
                    "description": description,
                    "quantity": _unscaled(quantity, scale),
                    "unit": unit,
                    "unit_price_fen": price,
                    # Quantities are decimal (12.5 m³); the amount rounds half up to the fen.
                    "amount_fen": (quantity * price + 10**scale // 2) // 10**scale,
                }
            )

        if "usage" in biller:
            usage = biller["usage"]
            scale = _decimals(usage["min"])
            used = self.rng.randint(_scaled(usage["min"], scale), _scaled(usage["max"], scale))
            for item in biller.get("lines", ()):
                line(item["description"], used, scale, usage["unit"], item["unit_price_fen"])
            floor = 0
            for tier in biller.get("tiers", ()):
                ceiling = tier["up_to"] * 10**scale if tier["up_to"] is not None else used
                in_tier = max(0, min(used, ceiling) - floor)
                if in_tier:
                    line(tier["description"], in_tier, scale, usage["unit"], tier["unit_price_fen"])
                floor = ceiling
        if "per_area" in biller:
            item = biller["per_area"]
            line(item["description"], home.area_centi_m2, 2, item["unit"], item["unit_price_fen"])
        if "per_resident" in biller:
            item = biller["per_resident"]
            line(item["description"], len(home.people), 0, item["unit"], item["unit_price_fen"])
        for item in biller.get("fixed", ()):
            line(item["description"], 1, 0, item["unit"], item["unit_price_fen"])
        return lines

    # -- vouchers

    def vouchers(self) -> None:
        plan = self.c["vouchers"]
        total, count = plan["total_fen"], plan["lots"]
        # Integer split of the programme: the lots add up to the total to the fen.
        lot_amounts = [total * (k + 1) // count - total * k // count for k in range(count)]
        monthly = total // count
        for home in self.homes:
            if self.rng.random() >= plan["household_share"]:
                continue
            holder = home.people[0]
            frozen = self.rng.random() < plan["frozen_share"]
            account_id = self.add(
                "voucher_account",
                home.key,
                {
                    "household_id": home.id,
                    "holder_name": holder.name,
                    "status": "frozen" if frozen else "active",
                },
            )
            started = self.rng.randint(
                plan["started_months_ago"]["min"], plan["started_months_ago"]["max"]
            )
            lots: list[_Lot] = []
            for k in range(min(count, started + 1 + plan["upcoming_lots"])):
                effective = self.month_start(k - started)
                expires = (
                    None
                    if plan["expiry_months"] is None
                    else self.month_start(k - started + plan["expiry_months"])
                )
                lots.append(
                    _Lot(
                        demo_id(self.c, f"voucher_lot:{home.key}/{k}"),
                        lot_amounts[k],
                        lot_amounts[k],
                        effective,
                        expires,
                    )
                )
            self.spend(lots, started, monthly)
            for k, lot in enumerate(lots):
                self.add(
                    "voucher_lot",
                    f"{home.key}/{k}",
                    {
                        "account_id": account_id,
                        "amount_fen": lot.amount_fen,
                        "remaining_fen": lot.remaining_fen,
                        "effective_at": format_utc(lot.effective_at),
                        "expires_at": _rfc3339(lot.expires_at),
                        "priority": 0,
                    },
                )

    def spend(self, lots: list[_Lot], started: int, monthly: int) -> None:
        """Past spending, month by month, in the programme's order (earliest expiry first)."""
        plan = self.c["vouchers"]
        share = plan["monthly_spend_share"]
        for month in range(started + 1):
            if self.rng.random() < plan["idle_month_share"]:
                continue
            at = self.month_start(month - started) + timedelta(days=14)
            if at >= self.now:
                continue
            wanted = int(monthly * self.rng.uniform(share["min"], share["max"])) // 100 * 100
            spendable = sorted(
                (
                    lot
                    for lot in lots
                    if lot.remaining_fen
                    and lot.effective_at <= at
                    and (lot.expires_at is None or at < lot.expires_at)
                ),
                key=lambda lot: (lot.expires_at or _NEVER, lot.effective_at),
            )
            for lot in spendable:
                taken = min(wanted, lot.remaining_fen)
                lot.remaining_fen -= taken
                wanted -= taken
                if not wanted:
                    break

    # -- parcels

    def parcels(self) -> None:
        plan = self.c["parcels"]
        carriers = self.c["carriers"]
        weights = plan["day_weights"]
        opens, closes = (_minutes(clock) for clock in plan["opening_hours"])
        waybills: set[str] = set()
        rows: list[dict[str, Any]] = []
        for number in range(plan["in_station"] + plan["picked_up"]):
            age = self.weighted(range(len(weights)), weights)
            day = self.today - timedelta(days=age)
            checked_in = self.local(day) + timedelta(minutes=self.rng.randint(opens, closes))
            if checked_in >= self.now:  # today's opening hours are not over yet
                checked_in = self.now - timedelta(minutes=self.rng.randint(5, 300))
            carrier = self.weighted(carriers, [c["weight"] for c in carriers])
            waybill = self.waybill(carrier["waybill"])
            while waybill in waybills:
                waybill = self.waybill(carrier["waybill"])
            waybills.add(waybill)
            row: dict[str, Any] = {
                "carrier": carrier["code"],
                "waybill_no": waybill,
                "checked_in_at": checked_in,
                "status": "in_station",
                **self.recipient(),
            }
            if number >= plan["in_station"]:
                delay = timedelta(minutes=self.rng.randint(10, 3 * 24 * 60))
                row.update(
                    status="picked_up",
                    picked_up_at=min(checked_in + delay, checked_in + (self.now - checked_in) / 2),
                    pickup_method=self.rng.choice(plan["pickup_methods"]),
                )
            rows.append(row)
        rows.sort(key=lambda row: row["checked_in_at"])
        self.place(rows)
        for row in rows:
            row["checked_in_at"] = format_utc(row["checked_in_at"])
            row["picked_up_at"] = _rfc3339(row.get("picked_up_at"))
            self.add("parcel", row["waybill_no"], row)

    def place(self, rows: list[dict[str, Any]]) -> None:
        """Slots as the counter hands them out, replayed in time order.

        A parcel goes to a layer with room and takes its lowest free seq; a pickup frees the
        seq for later parcels (station_app/shelves.py does the same at the counter).
        """
        layout = self.c["parcels"]["layout"]
        layers = [
            (str(shelf), layer)
            for shelf in range(1, layout["shelves"] + 1)
            for layer in range(1, layout["layers"] + 1)
        ]
        taken: dict[tuple[str, int], set[int]] = {place: set() for place in layers}
        events = [(row["checked_in_at"], 0, number) for number, row in enumerate(rows)]
        events += [
            (row["picked_up_at"], 1, n) for n, row in enumerate(rows) if "picked_up_at" in row
        ]
        for _at, leaving, number in sorted(events):
            row = rows[number]
            if leaving:
                taken[(row["shelf"], row["layer"])].discard(row["slot_seq"])
                continue
            room = [place for place in layers if len(taken[place]) < layout["slots_per_layer"]]
            shelf, layer = self.rng.choice(room)
            seq = min(set(range(1, len(taken[(shelf, layer)]) + 2)) - taken[(shelf, layer)])
            taken[(shelf, layer)].add(seq)
            row.update(shelf=shelf, layer=layer, slot_seq=seq, pickup_code=f"{shelf}-{layer}-{seq}")

    def waybill(self, pattern: str) -> str:
        return re.sub(
            r"\{(\d+)\}",
            lambda match: "".join(self.rng.choices("0123456789", k=int(match.group(1)))),
            pattern,
        )

    def recipient(self) -> dict[str, Any]:
        plan = self.c["parcels"]
        if self.rng.random() >= plan["resident_share"]:
            # Someone the station does not know: a tenant, a visitor.
            return {"phone": self.mobile(), "recipient_name": None, "household_id": None}
        home = self.rng.choice(self.homes)
        person = self.rng.choice(home.people)
        phone = person.phone
        if self.rng.random() < plan["masked_phone_share"]:
            phone = f"{phone[:3]}****{phone[-4:]}"  # a privacy waybill shows only the tail
        name = person.name if self.rng.random() < plan["name_on_waybill_share"] else None
        return {"phone": phone, "recipient_name": name, "household_id": home.id}


# --- small arithmetic ------------------------------------------------------------------

_NEVER = datetime.max.replace(tzinfo=UTC)


def _rfc3339(instant: datetime | None) -> str | None:
    return None if instant is None else format_utc(instant)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _minutes(clock: str) -> int:
    hour, minute = (int(part) for part in clock.split(":"))
    return hour * 60 + minute


def _decimals(text: str) -> int:
    return len(text.partition(".")[2])


def _scaled(text: str, scale: int) -> int:
    """Decimal text as an integer count of 10**-scale units ("12.5", 1 → 125)."""
    return int(Decimal(text).scaleb(scale))


def _unscaled(value: int, scale: int) -> str:
    if scale == 0:
        return str(value)
    whole, part = divmod(value, 10**scale)
    return f"{whole}.{part:0{scale}d}"


def _with_check_digit(digits: str) -> str:
    """Luhn check digit, so a mistyped bill barcode is caught before a lookup."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return f"{digits}{(10 - total % 10) % 10}"
