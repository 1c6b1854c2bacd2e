"""One search field: address, 户号, phone or its tail, a scanned bill, a member QR."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station_app import bills, member_qr
from station_app.bills import BillLookupError
from station_app.db.models import Household
from station_app.station import Station
from station_app.work import Actor
from tests.bills.conftest import Community


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-2-501", ("3", "2", "501")),
        ("3栋2单元501", ("3", "2", "501")),
        ("3号楼2单元501室", ("3", "2", "501")),
        ("３－２－５０１", ("3", "2", "501")),
        ("03-2-501", ("3", "2", "501")),
        ("3 栋 2 单元 501", ("3", "2", "501")),
        ("3-501", ("3", None, "501")),
        ("3/2/501", ("3", "2", "501")),
    ],
)
def test_addresses_as_staff_type_them(text: str, expected: tuple[str, str | None, str]) -> None:
    assert bills.parse_address(text) == expected


@pytest.mark.parametrize("text", ["501", "P-017", "XFL-03-2-501", "13812341234", "abc", "3-2"])
def test_other_text_is_not_an_address(text: str) -> None:
    assert bills.parse_address(text) is None


def _find(station: Station, text: str) -> bills.Lookup:
    with station.database.reading() as session:
        return bills.find(session, text, now=station.clock.trusted_now())


def test_by_address_with_totals(station: Station, community: Community) -> None:
    found = _find(station, "3栋2单元501")
    assert found.kind == "address"
    [card] = found.households
    assert card.id == community.household
    assert (card.resident_name, card.phone) == ("王芳", "138****1234")
    assert card.open_bills == 5
    assert card.outstanding_fen == sum(
        community.amounts[b]
        for b in (
            community.water,
            community.water_old,
            community.electricity,
            community.parking,
            community.property_fee,
        )
    )
    assert [c.id for c in _find(station, "3-501").households] == [community.household]


def test_by_account_number_ticks_its_bills(station: Station, community: Community) -> None:
    found = _find(station, "xfl-03-2-501")
    assert found.kind == "account_no"
    assert [c.id for c in found.households] == [community.household]
    assert found.bill_ids == (community.property_fee,)
    water = _find(station, "0991030020501")
    assert set(water.bill_ids) == {community.water, community.water_old}


def test_by_scanned_barcode(station: Station, community: Community) -> None:
    found = _find(station, "1126100501")
    assert (found.kind, found.bill_ids) == ("barcode", (community.water,))
    assert [c.id for c in found.households] == [community.household]


def test_by_phone_and_tail(station: Station, community: Community) -> None:
    assert [c.id for c in _find(station, "13900005678").households] == [community.household]
    tail = _find(station, "1234")
    assert tail.kind == "phone_tail"
    assert {c.id for c in tail.households} == {community.household, community.neighbour}


def test_nothing_found_is_an_empty_list(station: Station, community: Community) -> None:
    assert _find(station, "9-9-909").households == ()
    assert _find(station, "NO-SUCH").households == ()
    with pytest.raises(BillLookupError, match="Type an address"):
        _find(station, "  ")


def test_by_member_qr_with_the_voucher_account(station: Station, community: Community) -> None:
    key = Ed25519PrivateKey.generate()
    with station.work(Actor.system()) as work:
        station.identity(work.session).platform_public_key = member_qr.encode_public_key(
            key.public_key()
        )
    token = member_qr.issue_member_qr(
        key,
        account_id=community.account,
        household_id=community.household,
        issued_at=station.clock.trusted_now(),
    )
    found = _find(station, token)
    assert found.kind == "member_qr" and found.voucher_account_id == community.account
    assert [c.id for c in found.households] == [community.household]


def test_household_bills_oldest_first_with_lines(station: Station, community: Community) -> None:
    with station.database.reading() as session:
        view = bills.household_bills(session, community.household)
    assert [b.period for b in view.bills][:2] == ["2026-09", "2026-10"]
    water = next(b for b in view.bills if b.id == community.water)
    assert [line.description for line in water.lines] == [
        "居民生活用水",
        "污水处理费",
        "二次供水加压费",
    ]
    assert view.arrears_fen == 12078
    assert view.due_fen == view.household.outstanding_fen
    fee = next(b for b in view.bills if b.id == community.property_fee)
    assert (
        fee.allow_partial
        and not next(b for b in view.bills if b.id == community.parking).allow_vouchers
    )


def test_addresses_the_platform_sends_with_their_words(station: Station) -> None:
    with station.work(Actor.system()) as work:
        work.session.add(Household(id="hh-words", building="5栋", unit="1单元", room="101"))
    found = _find(station, "5-1-101")
    assert [card.id for card in found.households] == ["hh-words"]
    assert bills.door_label("5栋", "1单元", "101") == "5栋1单元101"
    assert bills.door_label("5", "1", "101") == "5栋1单元101"
