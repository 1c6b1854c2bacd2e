"""A section page's title and segmented bar over its screens (包裹: 入库 · 取件 · …)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ui.parcels.form import TOUCH, keep_scan_focus


@dataclass
class SegmentedScreens:
    bar: QHBoxLayout
    stack: QStackedWidget
    segments: QButtonGroup
    tabs: dict[str, QPushButton]


def segmented_screens(
    owner: QWidget,
    title: str,
    keys: Sequence[str],
    labels: Mapping[str, str],
    screens: Mapping[str, QWidget],
    *,
    tab_width: int,
    accessible: str,
) -> SegmentedScreens:
    """``accessible`` is a format with ``{screen}`` (e.g. "Parcels: {screen}")."""
    heading = QLabel(title)
    heading.setObjectName("screenTitle")
    bar = QHBoxLayout()
    bar.setSpacing(0)
    bar.addWidget(heading)
    bar.addSpacing(24)
    stack = QStackedWidget()
    segments = QButtonGroup(owner)
    tabs: dict[str, QPushButton] = {}
    for index, key in enumerate(keys):
        tab = QPushButton(labels[key])
        tab.setObjectName("segment")
        tab.setCheckable(True)
        keep_scan_focus(tab)
        tab.setMinimumSize(tab_width, TOUCH + 8)
        tab.setAccessibleName(accessible.format(screen=labels[key]))
        position = "first" if index == 0 else "last" if index == len(keys) - 1 else "middle"
        tab.setProperty("position", position)
        segments.addButton(tab, index)
        tabs[key] = tab
        bar.addWidget(tab)
        stack.addWidget(screens[key])
    bar.addStretch(1)
    return SegmentedScreens(bar, stack, segments, tabs)
