"""The translations: Chinese complete, placeholders kept, the kiosk complete in Uyghur.

A translation that drops or renames a ``{placeholder}`` (or ``%n``) breaks ``str.format``
on screen or shows a wrong number; an unfinished Chinese entry shows English to staff.
After changing UI text: ``python scripts/update_translations.py``, then translate.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui.i18n import LANGUAGES, TRANSLATIONS_DIR, compiled_translation

KIOSK_CONTEXTS = frozenset(
    {
        "BalanceScreen",
        "BillPayScreen",
        "BillsScreen",
        "DoneScreen",
        "IdleScreen",
        "IdleWarning",
        "Keypad",
        "KioskFormats",
        "KioskMessage",
        "KioskNotices",
        "KioskRefusals",
        "KioskScreen",
        "KioskWindow",
        "MemberScanScreen",
        "NoticesScreen",
        "ParcelListScreen",
        "PickupCodeScreen",
        "StaffExitDialog",
    }
)
"""Everything a resident can read at the kiosk (HomeScreen is shared with the counter)."""
KIOSK_HOME = frozenset(
    {
        "What would you like to do?",
        "Touch a large button. Staff at the counter can help you.",
        "Collect a parcel",
        "with the pickup code or member code",
        "Voucher balance",
        "balance and expiry dates",
        "Pay a bill",
        "with your vouchers",
        "Notices",
        "outages and announcements",
    }
)
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?[0-9]")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    """The translation (several forms for a %n message); empty when there is none."""
    unfinished: bool
    numerus: bool


def entries(language: str) -> list[Entry]:
    path = TRANSLATIONS_DIR / f"station_{language}.ts"
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",) if translation.text else ()
            found.append(
                Entry(name, message.findtext("source", ""), forms, kind == "unfinished", numerus)
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def describe(entry: Entry) -> str:
    return f"[{entry.context}] {entry.source!r} → {entry.forms!r}"


def test_ug_is_a_language_of_the_app() -> None:
    assert "ug" in LANGUAGES
    assert (TRANSLATIONS_DIR / "station_ug.ts").exists()


def test_every_chinese_entry_is_translated() -> None:
    missing = [
        describe(entry)
        for entry in entries("zh_CN")
        if entry.unfinished or not entry.forms or not all(form.strip() for form in entry.forms)
    ]
    assert missing == [], f"{len(missing)} unfinished zh_CN entries:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["zh_CN", "ug"])
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for entry in entries(language):
        expected = placeholders(entry.source)
        for form in entry.forms:
            if not form:
                continue
            got = placeholders(form)
            # A plural form may leave %n out (Chinese and Uyghur have one form), never add.
            if entry.numerus and got == [p for p in expected if p != "%n"]:
                continue
            if got != expected:
                wrong.append(f"{describe(entry)}: {got} != {expected}")
    assert wrong == [], "\n".join(wrong)


def test_the_kiosk_is_complete_in_uyghur_and_chinese() -> None:
    for language in ("ug", "zh_CN"):
        missing = [
            describe(entry)
            for entry in entries(language)
            if (
                entry.context in KIOSK_CONTEXTS
                or (entry.context == "HomeScreen" and entry.source in KIOSK_HOME)
            )
            and (entry.unfinished or not entry.forms)
        ]
        assert missing == [], f"{language}:\n" + "\n".join(missing)


def test_uyghur_translations_are_in_arabic_script() -> None:
    finished = [entry for entry in entries("ug") if entry.forms and not entry.unfinished]
    assert len(finished) > 100
    latin_only = [
        describe(entry)
        for entry in finished
        if not any("\u0600" <= ch <= "\u06ff" for form in entry.forms for ch in form)
        and re.search(r"[A-Za-z]{3}", _PLACEHOLDER.sub("", entry.source))
        and entry.context != "KioskFormats"
    ]
    assert latin_only == []


@pytest.mark.parametrize("language", ["zh_CN", "ug"])
def test_the_translation_compiles(language: str, tmp_path: Path) -> None:
    compiled = compiled_translation(language, tmp_path)
    assert compiled is not None and compiled.stat().st_size > 1000
