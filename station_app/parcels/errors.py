"""Refusals of the parcel services: each says what to do next, and nothing was changed."""

from __future__ import annotations

from station_app.i18n import UserError


class ParcelError(UserError):
    """Any refusal from the parcel services."""


class BadScanError(ParcelError):
    """Input that cannot be a waybill, pickup code, phone number or name."""


class DuplicateWaybillError(ParcelError):
    """The same carrier and waybill is already in station."""


class ParcelNotFoundError(ParcelError):
    pass


class NotInStationError(ParcelError):
    """The parcel already left (picked up or returned)."""


class UndoRefusedError(ParcelError):
    """Undoing a pickup needs a supervisor, within the undo window."""
