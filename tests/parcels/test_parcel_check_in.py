"""Check-in: codes and slots, carrier hints, household matching, duplicates, phone shapes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from station_app import parcels
from station_app.carriers import CarrierError, default_book, suggest_carrier
from station_app.db.models import OutboxOp, Parcel
from station_app.parcels import BadScanError, DuplicateWaybillError, ParcelView
from station_app.shelves import ShelfError, ShelfLayout, parse_code, parse_shelf_labels
from station_app.station import Station

from .conftest import Counts, Crew

pytestmark = pytest.mark.usefixtures("community")


def test_fifty_in_a_row_get_unique_codes_and_slots(
    receive: Callable[..., ParcelView], layout: ShelfLayout, station: Station
) -> None:
    received = [receive() for _ in range(50)]

    codes = [p.pickup_code for p in received]
    slots = [(p.shelf, p.layer, p.slot_seq) for p in received]
    assert len(set(codes)) == 50 and len(set(slots)) == 50
    for parcel in received:
        assert parcel.pickup_code == f"{parcel.shelf}-{parcel.layer}-{parcel.slot_seq}"
        assert parse_code(parcel.pickup_code) is not None
        assert parcel.status == "in_station"
    # Filled in order, each layer up to its capacity, and never past it.
    assert codes[:3] == ["1-1-1", "1-1-2", "1-1-3"]
    assert codes[10] == "1-2-1" and codes[20] == "2-1-1"
    per_layer: dict[tuple[str, int], int] = {}
    for shelf, layer, _ in slots:
        per_layer[shelf, layer] = per_layer.get((shelf, layer), 0) + 1
    assert max(per_layer.values()) == layout.slots_per_layer
    with station.database.reading() as session:
        assert parcels.find_by_code(session, "3-1-10") == received[-1]


def test_when_every_place_is_taken_staff_choose_a_shelf(
    receive: Callable[..., ParcelView], layout: ShelfLayout
) -> None:
    for _ in range(layout.capacity):
        receive()
    with pytest.raises(ShelfError, match="Choose a shelf"):
        receive()
    extra = receive(shelf="2", layer=1)  # staff put it there anyway: the code says where
    assert extra.pickup_code == "2-1-11"
    with pytest.raises(ShelfError, match="There is no shelf"):
        receive(shelf="9", layer=1)
    with pytest.raises(ShelfError, match="layers 1 to 2"):
        receive(shelf="1", layer=3)


def test_staff_may_choose_the_shelf_or_layer(receive: Callable[..., ParcelView]) -> None:
    assert receive(shelf="3").pickup_code == "3-1-1"
    assert receive(shelf="3", layer=2).pickup_code == "3-2-1"
    assert receive(shelf="3", layer=2).pickup_code == "3-2-2"


@pytest.mark.parametrize(
    ("waybill", "carrier"),
    [
        ("SF1234567890123", "SF"),
        ("JDVA00123456789", "JD"),
        ("JT0001234567890", "JT"),
        ("YT8812345678901", "YTO"),
        ("EA123456789CN", "EMS"),
        ("9812345678901", "EMS"),
        ("7712345678901", "STO"),
        ("731234567890", "ZTO"),
        ("4312345678901", "YD"),
        ("ABC0123456789", None),
    ],
)
def test_carrier_is_suggested_from_the_waybill(waybill: str, carrier: str | None) -> None:
    suggestion = suggest_carrier(waybill)
    assert (suggestion.code if suggestion else None) == carrier


def test_staff_confirm_or_change_the_carrier(receive: Callable[..., ParcelView]) -> None:
    # The number looks like 中通's, but the label says 韵达: staff know better than the hint.
    changed = receive(waybill_no="731234567890", carrier="YD")
    assert changed.carrier == "YD"
    assert default_book().get("YD") is not None
    with pytest.raises(CarrierError, match="Unknown carrier"):
        receive(carrier="DHL")


def test_household_is_matched_when_one_household_fits(
    receive: Callable[..., ParcelView],
) -> None:
    assert receive(phone="13812341234").household_id == "h1"
    assert receive(phone="139 0000 5678").household_id == "h1"
    assert receive(phone="150****8888").household_id == "h3"
    # Tail 1234 belongs to residents of h1 and h2: the visible prefix decides.
    assert receive(phone="137****1234").household_id == "h2"
    # A virtual number: only the typed tail is known, and two households share it …
    assert receive(phone="17012345678转8001", tail="1234").household_id is None
    # … unless the name on the label narrows it down.
    named = receive(phone="17012345678转8002", tail="1234", name="艾力·吐尔逊")
    assert named.household_id == "h2"
    # An unknown number is simply not matched.
    assert receive(phone="18600001111").household_id is None
    # Staff may choose the household themselves.
    assert receive(phone="18600001111", household_id="h3").household_id == "h3"


def test_household_candidates_for_the_counter_screen(station: Station) -> None:
    with station.database.reading() as session:
        tail_only = parcels.parse_phone("****1234")
        assert parcels.household_candidates(session, tail_only) == ["h1", "h2"]
        assert parcels.household_candidates(session, tail_only, "张伟") == ["h1"]


def test_duplicate_waybill_is_refused_and_nothing_is_written(
    receive: Callable[..., ParcelView], counts: Callable[[], Counts]
) -> None:
    first = receive(waybill_no="SF1234567890123")
    before = counts()
    with pytest.raises(DuplicateWaybillError) as refused:
        receive(waybill_no="SF1234567890123", phone="13900005678")
    assert first.pickup_code in str(refused.value)
    assert "顺丰速运" in str(refused.value)
    assert counts() == before
    # Another carrier's parcel may carry the same number.
    assert receive(waybill_no="SF1234567890123", carrier="OTHER").carrier == "OTHER"


def test_check_in_writes_the_notify_op_and_never_signs_for(
    receive: Callable[..., ParcelView], station: Station, crew: Crew
) -> None:
    parcel = receive(waybill_no="JT0001234567890", carrier="JT", name=" 张伟 ")
    assert parcel.recipient_name == "张伟"
    assert parcel.checked_in_by == crew.clerk.staff_id
    with station.database.reading() as session:
        row = session.get(Parcel, parcel.id)
        assert row is not None
        assert row.status == "in_station"
        assert row.picked_up_at is None and row.picked_up_by is None
        op = session.execute(select(OutboxOp)).scalar_one()
    assert op.type == "parcel.check_in"
    assert op.entity == "parcel" and op.entity_id == parcel.id
    assert op.staff_id == crew.clerk.staff_id
    expected = {
        "parcel_id": parcel.id,
        "carrier": "JT",
        "waybill_no": "JT0001234567890",
        "phone": "13812341234",
        "pickup_code": parcel.pickup_code,
        "shelf": parcel.shelf,
        "checked_in_at": "2026-11-26T02:00:00.000000Z",
    }
    assert expected.items() <= op.payload.items()


@pytest.mark.parametrize(
    ("phone", "tail", "stored", "stored_tail"),
    [
        ("13812341234", None, "13812341234", "1234"),
        ("１３８－１２３４－１２３４", None, "13812341234", "1234"),
        ("138****1234", None, "138****1234", "1234"),
        ("138****1234", "1234", "138****1234", "1234"),
        ("17012345678转1234", "5678", "17012345678-1234", "5678"),
        ("17012345678,1234", "5678", "17012345678-1234", "5678"),
        ("0991-4567890", "1111", "09914567890", "1111"),
    ],
)
def test_phone_shapes(phone: str, tail: str | None, stored: str, stored_tail: str) -> None:
    number = parcels.parse_phone(phone, tail)
    assert (number.number, number.tail) == (stored, stored_tail)


@pytest.mark.parametrize(
    ("phone", "tail", "problem"),
    [
        ("", None, "Enter the phone number"),
        ("13812341234", "9999", "do not match"),
        ("138****1234", "4321", "do not match"),
        ("17012345678转1234", None, "last four"),
        ("17012345678转1234", "12a4", "four digits"),
        ("phone", None, "Not a phone number"),
        ("1381234\x001234", None, "Not a phone number"),
    ],
)
def test_phone_refusals(phone: str, tail: str | None, problem: str) -> None:
    with pytest.raises(BadScanError, match=problem):
        parcels.parse_phone(phone, tail)


def test_mask_phone() -> None:
    assert parcels.mask_phone("13812341234") == "138****1234"
    assert parcels.mask_phone("138****1234") == "138****1234"
    assert parcels.mask_phone("17012345678-1234") == "170****5678"
    assert parcels.mask_phone("12345") == "*2345"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("4", ("1", "2", "3", "4")),
        ("A,B,C,D", ("A", "B", "C", "D")),
        ("a，b", ("A", "B")),
        ("A,,B", ("1", "2", "3", "4", "5", "6")),  # malformed: the default, not a crash
        ("A-1", ("1", "2", "3", "4", "5", "6")),
    ],
)
def test_shelf_labels_from_settings(text: str, labels: tuple[str, ...]) -> None:
    assert parse_shelf_labels(text) == labels


def test_lettered_shelves(run: Callable[..., Any], crew: Crew, station: Station) -> None:
    lettered = ShelfLayout(("A", "B"), layers=3, slots_per_layer=5)
    parcel = run(
        crew.clerk,
        parcels.check_in,
        lettered,
        waybill_no="SF0000000000001",
        carrier="SF",
        phone="13812341234",
    )
    assert parcel.pickup_code == "A-1-1"
    with station.database.reading() as session:
        assert parcels.find_by_code(session, "ａ－１－１ ") == parcel
