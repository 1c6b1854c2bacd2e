"""Anything a scanner, a keyboard, a resident's phone or the platform can send: the station
answers with a result or a refusal it can say in words (``UserError``), never with another
exception, and a refusal changes nothing.

Hypothesis drives: check-in scans (waybill, phone, last four, name), the pickup field
(code, tail), typed amounts, pickup codes, member QR tokens (noise, damaged real tokens, and
tokens the platform's key signed with odd claims), and pull pages (``replica.apply_page``).
Short runs in CI; ``STATION_LONG=1`` runs many more examples.
"""

from __future__ import annotations

import contextlib
import json
import string
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from station_app import member_qr, parcels, replica
from station_app.db.models import (
    AuditEntry,
    Bill,
    BillLine,
    Household,
    Notice,
    OutboxOp,
    Parcel,
    ParcelEvent,
    Resident,
    SyncState,
    VoucherLot,
)
from station_app.i18n import UserError
from station_app.money import MAX_FEN, format_fen, parse_fen
from station_app.paths import StationPaths
from station_app.shelves import ShelfLayout
from station_app.station import Station
from station_app.work import Actor
from tests.reliability import community
from tests.reliability.community import CLERK
from tests.reliability.conftest import sized

FUZZ = settings(
    max_examples=sized(150, 3000),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What scanners and keyboards produce: digits (also full-width), capitals, separators, the
# Chinese words on waybills, controls a bad wedge sends, and anything else Unicode has.
SCANNER_ALPHABET = (
    string.digits
    + string.ascii_uppercase
    + "-* #,转分机"
    + "０１２３４５６７８９ＳＦ－"
    + "\t\r\n\x00\x1b\u3000\u200b"
)
scanned = st.one_of(
    st.text(alphabet=SCANNER_ALPHABET, max_size=45),
    st.text(max_size=60),
    st.from_regex(r"(SF|78|YT|JD)[0-9]{10,14}", fullmatch=True),
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.from_regex(r"1[3-9][0-9]\*{4}[0-9]{4}", fullmatch=True),
)
tails = st.one_of(st.none(), st.text(alphabet=string.digits + "０１２３ x", max_size=6))
names = st.one_of(st.none(), st.text(max_size=80))
CARRIERS = st.sampled_from(["SF", "ZTO", "YTO", "JD", "EMS", "XX", "", "sf", "顺丰"])


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    opened = Station(StationPaths.under(tmp_path_factory.mktemp("fuzz") / "station"))
    community.seed(opened, households=50)
    yield opened
    opened.close()


def snapshot(station: Station) -> dict[str, Any]:
    tables = (Parcel, ParcelEvent, OutboxOp, AuditEntry, Household, Resident, Bill, BillLine)
    with station.database.reading() as session:
        counts: dict[str, Any] = {
            model.__tablename__: int(
                session.execute(select(func.count()).select_from(model)).scalar_one()
            )
            for model in (*tables, VoucherLot)
        }
        state = session.get(SyncState, 1)
        assert state is not None
        counts["cursor"] = state.cursor
        counts["parcels_in_station"] = session.execute(
            select(func.count()).where(Parcel.status == "in_station")
        ).scalar_one()
    return counts


# --- the counter's scans ----------------------------------------------------------------


@FUZZ
@given(waybill=scanned, carrier=CARRIERS, phone=scanned, tail=tails, name=names)
def test_check_in_takes_any_scan_or_refuses_it_cleanly(
    station: Station, waybill: str, carrier: str, phone: str, tail: str | None, name: str | None
) -> None:
    before = snapshot(station)
    layout = ShelfLayout.from_settings(station.settings)
    try:
        with station.work(CLERK) as work:
            view = parcels.check_in(
                work, layout, waybill_no=waybill, carrier=carrier, phone=phone, tail=tail, name=name
            )
    except UserError:
        event("refused")
        assert snapshot(station) == before
        return
    event("checked in")
    assert view.in_station and view.pickup_code
    assert len(view.phone_tail) == 4 and view.phone_tail.isdigit()
    # Keep the shelves from filling up over thousands of examples.
    with station.work(CLERK) as work:
        parcels.pick_up(work, [view.id], method="code")


@FUZZ
@given(text=st.one_of(scanned, st.from_regex(r"[1-9]-[1-4]-[0-9]{1,3}", fullmatch=True)))
def test_the_pickup_field_finds_or_refuses_any_input(station: Station, text: str) -> None:
    before = snapshot(station)
    with station.database.reading() as session:
        for lookup in (parcels.find_by_code, parcels.find_by_tail):
            with contextlib.suppress(UserError):
                lookup(session, text)
    try:
        with station.work(CLERK) as work:
            parcels.pick_up_by_code(work, text)
    except UserError:
        assert snapshot(station) == before


@FUZZ
@given(text=st.one_of(st.text(max_size=20), st.from_regex(r"[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,6}")))
def test_pickup_codes_parse_or_refuse(text: str) -> None:
    try:
        slot = parcels.normalize_code(text)
    except UserError:
        return
    assert 1 <= len(slot.shelf) <= 4 and slot.layer >= 0 and slot.seq >= 0
    assert parcels.normalize_code(slot.code) == slot  # a code read back is the same code


# --- amounts -------------------------------------------------------------------------------

amounts = st.one_of(
    st.text(alphabet=string.digits + ".,-−¥￥元圆 \u3000eE+_", max_size=24),
    st.text(max_size=24),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


@FUZZ
@given(text=amounts, negative=st.booleans(), zero=st.booleans())
def test_typed_amounts_are_fen_or_refused(text: str, negative: bool, zero: bool) -> None:
    try:
        fen = parse_fen(text, allow_negative=negative, allow_zero=zero)
    except UserError:
        return
    assert type(fen) is int and abs(fen) <= MAX_FEN
    assert negative or fen >= 0
    assert zero or fen != 0
    assert parse_fen(format_fen(fen), allow_negative=True) == fen  # what is shown reads back


@FUZZ
@given(fen=st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_every_amount_shown_reads_back_to_the_same_fen(fen: int) -> None:
    assert parse_fen(format_fen(fen), allow_negative=True) == fen


# --- member QR tokens ----------------------------------------------------------------------

PLATFORM_KEY = Ed25519PrivateKey.generate()
PUBLIC = member_qr.encode_public_key(PLATFORM_KEY.public_key())
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False),
        st.text(max_size=40),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
claims = st.fixed_dictionaries(
    {},
    optional={
        "acc": st.one_of(st.text(max_size=40), json_values),
        "hh": st.one_of(st.none(), st.text(max_size=40), json_values),
        "iat": st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70),
            st.just(int(NOW.timestamp()) - 60),
            json_values,
        ),
        "exp": st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70),
            st.just(int(NOW.timestamp()) + 240),
            json_values,
        ),
        "nonce": st.one_of(st.text(max_size=20), json_values),
    },
)


def sign(body: bytes) -> str:
    encoded = member_qr._b64encode(body)
    signed = f"{member_qr.PREFIX}.{encoded}"
    return f"{signed}.{member_qr._b64encode(PLATFORM_KEY.sign(signed.encode('ascii')))}"


def valid_token() -> str:
    return member_qr.issue_member_qr(
        PLATFORM_KEY, account_id="acct-00001", household_id="hh-00001", issued_at=NOW
    )


well_formed_claims = st.fixed_dictionaries(
    {
        "acc": st.one_of(st.just("acct-00001"), st.text(min_size=1, max_size=36)),
        "hh": st.one_of(st.none(), st.just("hh-00001"), st.text(max_size=36)),
        "iat": st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70),
            st.integers(int(NOW.timestamp()) - 7200, int(NOW.timestamp()) + 7200),
        ),
        "exp": st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70),
            st.integers(int(NOW.timestamp()) - 7200, int(NOW.timestamp()) + 7200),
        ),
        "nonce": st.text(max_size=20),
    }
)

tokens = st.one_of(
    well_formed_claims.map(lambda c: sign(json.dumps(c).encode())),
    st.text(max_size=200),
    st.text(alphabet=string.ascii_letters + string.digits + "-_.=", max_size=300).map(
        lambda text: "SPM1." + text
    ),
    # A real token, damaged: characters changed, cut, or grown.
    st.tuples(st.integers(0, 200), st.characters()).map(
        lambda edit: (lambda t: t[: edit[0]] + edit[1] + t[edit[0] + 1 :])(valid_token())
    ),
    st.integers(0, 200).map(lambda cut: valid_token()[:cut]),
    # Signed by the platform's key, with claims no platform should send.
    claims.map(lambda c: sign(json.dumps(c).encode())),
    json_values.map(lambda v: sign(json.dumps(v).encode())),
    st.binary(max_size=64).map(sign),
)


@FUZZ
@given(token=tokens, skew=st.integers(-7200, 7200))
@example(  # found by fuzzing: a signed time no calendar holds
    token=sign(json.dumps({"acc": "a", "hh": None, "iat": 2**62, "exp": 2**62 + 1,
                           "nonce": "n"}).encode()),
    skew=0,
)  # fmt: skip
@example(  # no "hh" claim at all
    token=sign(json.dumps({"acc": "a", "iat": int(NOW.timestamp()) - 60,
                           "exp": int(NOW.timestamp()) + 60, "nonce": "n"}).encode()),
    skew=0,
)  # fmt: skip
@example(
    token=sign(json.dumps({"acc": "a", "hh": None, "iat": -(2**40), "exp": 0,
                           "nonce": "n"}).encode()),
    skew=0,
)  # fmt: skip
def test_member_qr_tokens_identify_someone_or_are_refused(token: str, skew: int) -> None:
    now = NOW + timedelta(seconds=skew)
    try:
        who = member_qr.verify_member_qr(token, PUBLIC, now)
    except UserError as error:
        event(type(error).__name__)
        return
    event("identified")
    assert isinstance(who.account_id, str) and 0 < len(who.account_id) <= 36
    assert who.issued_at - member_qr.CLOCK_LEEWAY <= now < who.expires_at


def test_a_fresh_token_still_identifies_its_account() -> None:
    who = member_qr.verify_member_qr(valid_token(), PUBLIC, NOW + timedelta(minutes=1))
    assert who.account_id == "acct-00001" and who.household_id == "hh-00001"


# --- pull pages ------------------------------------------------------------------------------

# JSON from the network may carry lone surrogates ("\ud800"): Python keeps them in str.
network_text = st.text(
    alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=40
)
instants = st.one_of(
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    st.text(max_size=30),
    json_values,
)
field_values = st.one_of(
    json_values,
    network_text,
    instants,
    st.text(max_size=300),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from(["in_station", "picked_up", "unpaid", "paid", "active", "clerk", "water"]),
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
)
FIELD_NAMES = sorted({name for spec in replica.ENTITIES.values() for name in spec.fields})
ROW_IDS = st.one_of(
    st.sampled_from(["hh-00001", "hh-00002", "r-00001", "bill-00001", "lot-00001", "x"]),
    st.text(max_size=40),
    json_values,
)
changes = st.fixed_dictionaries(
    {
        "entity": st.one_of(st.sampled_from(sorted(replica.ENTITIES)), json_values),
        "id": ROW_IDS,
        "op": st.one_of(st.sampled_from(["upsert", "delete"]), json_values),
        "version": st.one_of(st.integers(min_value=-5, max_value=2**70), json_values),
        "data": st.one_of(
            st.dictionaries(st.sampled_from([*FIELD_NAMES, "lines"]), field_values, max_size=16),
            json_values,
        ),
    }
)


KNOWN_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "household_id": st.integers(0, 49).map(lambda n: f"hh-{n:05d}"),
    "account_id": st.integers(0, 49).map(lambda n: f"acct-{n:05d}"),
    "biller_id": st.just("b-water"),
    "role": st.sampled_from(["clerk", "supervisor", "admin"]),
    "pickup_code": st.from_regex(r"[1-6]-[1-4]-[0-9]{1,2}", fullmatch=True),
    "shelf": st.sampled_from(["1", "2", "3"]),
    "carrier": st.sampled_from(["SF", "ZTO", "JD"]),
    "waybill_no": st.from_regex(r"78[0-9]{12}", fullmatch=True),
}
CHOICES: dict[tuple[str, str], list[str]] = {
    ("bill", "status"): ["unpaid", "partial", "paid"],
    ("parcel", "status"): ["in_station", "picked_up", "returned"],
    ("voucher_account", "status"): ["active", "frozen"],
    ("biller", "kind"): ["water", "electricity", "gas", "property", "parking", "sanitation"],
    ("catalog_item", "kind"): ["goods", "service"],
    ("notice", "kind"): ["outage", "announcement", "service"],
}


ODD_VALUES = st.one_of(
    field_values,
    st.sampled_from([2**63, -(2**63) - 1, 2**70, -1, 0, "", "\ud800", "9999-12-31T23:59:59-23:59"]),
)


def fitting_fields(entity: str) -> dict[str, st.SearchStrategy[Any]]:
    """Every field of the entity, of a fitting kind and pointing at rows that exist."""
    pools: dict[Any, st.SearchStrategy[Any]] = {
        replica._fen: st.integers(0, 10**7),
        replica._int: st.integers(0, 40),
        replica._bool: st.booleans(),
        replica._instant: st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
        ).map(lambda d: d.isoformat().replace("+00:00", "Z")),
        replica._date: st.dates().map(str),
        replica._phone: st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
        replica._object: st.dictionaries(st.text(max_size=8), json_values, max_size=3),
    }
    fields = {}
    for name, rule in replica.ENTITIES[entity].fields.items():
        fitting = KNOWN_FIELDS.get(name, pools.get(rule.convert, st.text(max_size=20)))
        if (entity, name) in CHOICES:
            fitting = st.sampled_from(CHOICES[(entity, name)])
        fields[name] = fitting if rule.required else st.one_of(st.none(), fitting)
    return fields


def plausible(entity: str) -> st.SearchStrategy[dict[str, Any]]:
    """A change that passes the checks (it may still clash with what is stored)."""
    return st.fixed_dictionaries(
        {
            "entity": st.just(entity),
            "id": st.one_of(*[st.uuids().map(str)] * 3, ROW_IDS),
            "op": st.sampled_from(["upsert", "upsert", "upsert", "delete"]),
            "version": st.integers(0, 5),
            "data": st.fixed_dictionaries(fitting_fields(entity)),
        }
    )


def one_odd(entity: str) -> st.SearchStrategy[dict[str, Any]]:
    """A fitting upsert with exactly one odd value (in a field, the id or the version): it
    reaches the converters and the database alone, so each odd value is really tried."""
    slots = ["id", "version", *replica.ENTITIES[entity].fields]

    def spoil(parts: tuple[dict[str, Any], str, Any]) -> dict[str, Any]:
        change, slot, value = parts
        change = {**change, "op": "upsert", "data": dict(change["data"])}
        if slot in ("id", "version"):
            change[slot] = value
        else:
            change["data"][slot] = value
        return change

    return st.tuples(plausible(entity), st.sampled_from(slots), ODD_VALUES).map(spoil)


ENTITY_NAMES = st.sampled_from(sorted(replica.ENTITIES))
plausible_changes = ENTITY_NAMES.flatmap(plausible)
pages = st.one_of(
    st.lists(plausible_changes, max_size=6),
    st.lists(ENTITY_NAMES.flatmap(one_odd), min_size=1, max_size=2),
    st.lists(st.one_of(changes, plausible_changes), max_size=6),
)


def odd_bill(**data: Any) -> list[dict[str, Any]]:
    fields = {
        "household_id": "hh-00001",
        "biller_id": "b-water",
        "account_no": "0991",
        "period": "2026-10",
        "amount_due_fen": 4280,
        "status": "unpaid",
    }
    return [{"entity": "bill", "id": "bill-odd", "op": "upsert", "version": 1,
             "data": {**fields, **data}}]  # fmt: skip


@FUZZ
@given(page=pages, cursor=st.one_of(st.none(), st.text(max_size=30)))
# Found by the long run; kept so every short run tries them too.
@example(page=[{"entity": [], "id": "x", "op": "upsert", "version": 0, "data": {}}], cursor=None)
@example(page=odd_bill(amount_due_fen=2**70), cursor=None)
@example(page=odd_bill(account_no="\ud800"), cursor=None)
@example(page=[{**odd_bill()[0], "version": 2**64}], cursor=None)
@example(page=[{**odd_bill()[0], "id": "b\udc00"}], cursor=None)
@example(page=odd_bill(lines=[{"description": "水", "unit_price_fen": 1, "amount_fen": 2**63}]),
         cursor=None)  # fmt: skip
@example(
    page=[
        {
            "entity": "notice",
            "id": "n-odd",
            "op": "upsert",
            "version": 1,
            "data": {"kind": "outage", "title": "停水", "body": "…",
                     "starts_at": "9999-12-31T23:59:59-23:59"},
        }
    ],
    cursor=None,
)  # fmt: skip
@example(  # a row the page adds, then deletes
    page=[
        {"entity": "policy", "id": "p-twice", "op": "upsert", "version": 1, "data": {"data": {}}},
        {"entity": "policy", "id": "p-twice", "op": "delete", "version": 2},
        *odd_bill(),
        {"entity": "bill", "id": "bill-odd", "op": "delete", "version": 2},
    ],
    cursor=None,
)
@example(
    page=[{"entity": "policy", "id": "p-odd", "op": "upsert", "version": 1,
           "data": {"data": {"\ud800": 1}}}],
    cursor=None,
)  # fmt: skip
def test_pull_pages_apply_or_are_refused_whole(
    station: Station, page: list[Any], cursor: str | None
) -> None:
    before = snapshot(station)
    try:
        with station.work(Actor.system()) as work:
            report = replica.apply_page(work.session, page, cursor, now=work.now)
    except replica.ReplicaError:
        event("refused")
        assert snapshot(station) == before
    else:
        event("applied" if report.upserted or report.deleted else "applied nothing")


def test_an_instant_before_the_year_1000_is_stored_so_it_reads_back(station: Station) -> None:
    """Found by the long run: such an instant was stored as "26-01-29T…" (strftime does
    not pad the year), which no later read could parse: every page touching the row, and
    every screen showing it, failed from then on."""
    notice = {"kind": "outage", "title": "停水", "body": "…", "starts_at": "0026-01-29T03:50:16Z"}
    for version in (1, 2):  # the second page reads the stored row back
        change = {"entity": "notice", "id": "n-0026", "op": "upsert", "version": version}
        with station.work(Actor.system()) as work:
            replica.apply_page(work.session, [{**change, "data": notice}], None, now=work.now)
    with station.database.reading() as session:
        stored = session.get(Notice, "n-0026")
        assert stored is not None and stored.starts_at == datetime(26, 1, 29, 3, 50, 16, tzinfo=UTC)
