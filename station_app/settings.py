"""Every setting declared once: name, type, default, help. Stored as TOML in the config dir.

A value that is missing or of the wrong type in the file falls back to its default (and is
logged), so a hand-edited file can never stop the station from starting.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import tomli_w

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str
    type: type[T]
    default: T
    help: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: object) -> T:
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.name}: expected {self.type.__name__}, got {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name}: {value!r} is not one of {self.choices}")
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.name}: {value} < {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.name}: {value} > {self.maximum}")
        return value


REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    assert setting.name not in REGISTRY, f"setting declared twice: {setting.name}"
    setting.validate(setting.default)
    REGISTRY[setting.name] = setting
    return setting


LANGUAGE = declare(
    Setting(
        "ui.language",
        str,
        "zh_CN",
        "Language of the counter screens, and the kiosk's language after each reset"
        " (ug: Uyghur, right to left).",
        ("zh_CN", "en", "ug"),
    )
)
TIMEZONE = declare(
    Setting(
        "station.timezone",
        str,
        "Asia/Shanghai",
        "Zone for times on screen and receipts (Beijing time by default).",
        ("Asia/Shanghai", "Asia/Urumqi"),
    )
)
PRINTER_URI = declare(
    Setting(
        "printer.uri",
        str,
        "",
        "Receipt printer: tcp://host:9100, serial://COM3?baudrate=9600, win32://NAME,"
        " usb://0x0416:0x5011, file:///path or preview://. Empty: no printer.",
    )
)
PRINTER_COLUMNS = declare(
    Setting(
        "printer.columns",
        int,
        32,
        "Characters per line: 32 for 58 mm paper, 42 or 48 for 80 mm.",
        (32, 42, 48),
    )
)
PRINTER_MODE = declare(
    Setting(
        "printer.mode",
        str,
        "text",
        "text: the printer's Chinese font (FS &, GB18030); raster: drawn as an image.",
        ("text", "raster"),
    )
)
LOGIN_MAX_FAILURES = declare(
    Setting(
        "login.max_failures",
        int,
        5,
        "Wrong PINs before a staff member is locked out.",
        minimum=1,
        maximum=20,
    )
)
LOGIN_LOCKOUT_MINUTES = declare(
    Setting(
        "login.lockout_minutes",
        int,
        5,
        "Minutes a locked-out staff member waits.",
        minimum=1,
        maximum=24 * 60,
    )
)
IDLE_LOCK_MINUTES = declare(
    Setting(
        "login.idle_lock_minutes",
        int,
        5,
        "Lock the counter after this many idle minutes (0: never).",
        minimum=0,
        maximum=240,
    )
)
PLATFORM_URL = declare(
    Setting("sync.platform_url", str, "", "The platform's base URL (set by pairing).")
)
SYNC_INTERVAL_SECONDS = declare(
    Setting(
        "sync.interval_seconds",
        int,
        30,
        "Seconds between background sync rounds.",
        minimum=5,
        maximum=3600,
    )
)
BACKUPS_KEPT = declare(
    Setting(
        "backup.keep", int, 14, "Daily backups kept in the backups folder.", minimum=1, maximum=365
    )
)
DEMO_MODE = declare(
    Setting("station.demo", bool, False, "Demo data dir: shows demo PINs on the login screen.")
)
PARCEL_SHELVES = declare(
    Setting(
        "parcels.shelves",
        str,
        "6",
        'Parcel shelves: a count ("6": shelves 1 to 6) or'
        ' labels ("A,B,C,D"). Labels are letters or digits, up to 4 characters.',
    )
)
PARCEL_LAYERS = declare(
    Setting("parcels.layers", int, 4, "Layers on each parcel shelf.", minimum=1, maximum=20)
)
PARCEL_SLOTS_PER_LAYER = declare(
    Setting(
        "parcels.slots_per_layer",
        int,
        40,
        "Parcels one shelf layer holds.",
        minimum=1,
        maximum=9999,
    )
)
PARCEL_RETENTION_DAYS = declare(
    Setting(
        "parcels.retention_days",
        int,
        7,
        "Days in station before a parcel is overdue"
        " (滞留). The platform's policy overrides it when it sets parcel_retention_days.",
        minimum=1,
        maximum=90,
    )
)
VOUCHERS_ALLOW_ASSISTED_LOOKUP = declare(
    Setting(
        "vouchers.allow_assisted_lookup",
        bool,
        False,
        "Let staff find a resident's voucher"
        " account by household when no member QR is at hand (each lookup is audited).",
    )
)
KIOSK_LARGE_TEXT = declare(
    Setting(
        "kiosk.large_text",
        bool,
        False,
        "Kiosk: make all text a quarter larger (for residents who see poorly).",
    )
)
KIOSK_IDLE_SECONDS = declare(
    Setting(
        "kiosk.idle_seconds",
        int,
        90,
        "Kiosk: seconds without a touch before the screen warns (20 s) and then clears"
        " everything personal and returns to the notices.",
        minimum=30,
        maximum=600,
    )
)
KIOSK_NOTICE_SECONDS = declare(
    Setting(
        "kiosk.notice_seconds",
        int,
        8,
        "Kiosk: seconds each notice stays on the idle screen.",
        minimum=3,
        maximum=60,
    )
)
VOUCHERS_ONLINE_WAIT_SECONDS = declare(
    Setting(
        "vouchers.online_wait_seconds",
        int,
        5,
        "Online, seconds the counter waits for the platform's answer to a voucher"
        " redemption; without an answer by then it stays pending under the offline limits.",
        minimum=1,
        maximum=30,
    )
)


class Settings:
    """Current values, backed by a TOML file; listeners hear about each change."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._listeners: list[Callable[[str, Any], None]] = []
        if path is not None and path.exists():
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            log.error("settings file %s unreadable, using defaults: %s", path, error)
            return
        for section, entries in data.items():
            if not isinstance(entries, dict):
                continue
            for key, value in entries.items():
                name = f"{section}.{key}"
                setting = REGISTRY.get(name)
                if setting is None:
                    log.warning("unknown setting %s ignored", name)
                    continue
                try:
                    self._values[name] = setting.validate(value)
                except ValueError as error:
                    log.warning("setting ignored: %s", error)

    def get(self, setting: Setting[T]) -> T:
        value: T = self._values.get(setting.name, setting.default)
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        setting.validate(value)
        if self.get(setting) == value:
            return
        self._values[setting.name] = value
        self.save()
        for listener in list(self._listeners):
            listener(setting.name, value)

    def subscribe(self, listener: Callable[[str, Any], None]) -> None:
        self._listeners.append(listener)

    def as_dict(self) -> dict[str, Any]:
        return {name: self._values.get(name, s.default) for name, s in REGISTRY.items()}

    def save(self) -> None:
        if self.path is None:
            return
        nested: dict[str, dict[str, Any]] = {}
        for name, value in sorted(self._values.items()):
            section, key = name.split(".", 1)
            nested.setdefault(section, {})[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".toml.tmp")
        temporary.write_text(tomli_w.dumps(nested), encoding="utf-8")
        temporary.replace(self.path)  # atomic: a crash leaves the old or the new file
