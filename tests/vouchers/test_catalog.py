"""Catalog lookup by barcode or id; items off sale are not found."""

from __future__ import annotations

from station_app.catalog import active_items, find_by_barcode, find_item, get_item
from station_app.station import Station
from station_app.work import Actor
from tests.vouchers.voucher_builders import add_catalog_item


def test_lookup_by_barcode_and_id(station: Station) -> None:
    with station.work(Actor.system()) as work:
        rice = add_catalog_item(work.session, "大米 5kg", 4500, barcode="6901234567892")
        old = add_catalog_item(work.session, "旧货", 100, barcode="111", active=False)
        add_catalog_item(work.session, "理发", 1500)
    with station.database.reading() as session:
        found = find_by_barcode(session, " 6901234567892\r\n")
        assert found is not None and (found.id, found.price_fen) == (rice, 4500)
        assert find_by_barcode(session, "111") is None
        assert find_by_barcode(session, "   ") is None
        assert get_item(session, old) is None
        assert find_item(session, rice) == found
        assert find_item(session, "6901234567892") == found
        assert find_item(session, "nothing") is None
        assert [item.name for item in active_items(session)] == ["大米 5kg", "理发"]
        assert active_items(session, "service") == []
