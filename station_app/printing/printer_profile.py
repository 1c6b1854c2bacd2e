"""What the encoders need to know about a printer: paper width, QR support, cutter, drawer.

The defaults follow the paper width; a printer URI can override them with query options
(``tcp://10.0.0.5:9100?qr=image&cut=full&dots=512&drawer=5``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

PAPER_DOTS = {32: 384, 42: 512, 48: 576}
"""Printable dots per line: 58 mm = 384; 80 mm = 576 (48 columns) or 512 (42 columns)."""
DOTS_PER_COLUMN = 12  # Font A is 12 × 24 dots
LINE_DOTS = 24

PAPER_WIDTHS = {58: 32, 80: 48}
"""``--width`` in millimetres → columns (80 mm means 48 columns; 42 is chosen by columns)."""


@dataclass(frozen=True)
class PrinterProfile:
    columns: int = 32
    dots: int = 384
    qr: Literal["native", "image"] = "native"
    """native: ``GS ( k`` (crisp, small); image: drawn and sent as ``GS v 0`` (old printers)."""
    qr_module_dots: int = 6
    cut: Literal["partial", "full", "none"] = "partial"
    drawer_pin: Literal[2, 5] = 2

    @classmethod
    def for_columns(cls, columns: int) -> PrinterProfile:
        if columns not in PAPER_DOTS:
            raise ValueError(f"columns must be one of {tuple(PAPER_DOTS)}, not {columns}")
        return cls(
            columns=columns, dots=PAPER_DOTS[columns], qr_module_dots=6 if columns == 32 else 8
        )

    def with_options(self, options: dict[str, str]) -> PrinterProfile:
        """Apply URI query options; an unknown or bad value raises ``ValueError``."""
        profile = self
        for key, value in options.items():
            if key == "qr":
                if value not in ("native", "image"):
                    raise ValueError(f"qr must be native or image, not {value!r}")
                profile = replace(profile, qr=value)  # type: ignore[arg-type]
            elif key == "cut":
                if value not in ("partial", "full", "none"):
                    raise ValueError(f"cut must be partial, full or none, not {value!r}")
                profile = replace(profile, cut=value)  # type: ignore[arg-type]
            elif key == "dots":
                dots = int(value)
                if not profile.columns * DOTS_PER_COLUMN <= dots <= 832 or dots % 8:
                    raise ValueError(
                        f"dots must be a multiple of 8 that holds the columns: {value}"
                    )
                profile = replace(profile, dots=dots)
            elif key == "drawer":
                if value not in ("2", "5"):
                    raise ValueError(f"drawer must be pin 2 or 5, not {value!r}")
                profile = replace(profile, drawer_pin=int(value))  # type: ignore[arg-type]
            elif key == "qr_module":
                module = int(value)
                if not 1 <= module <= 16:
                    raise ValueError(f"qr_module must be 1–16 dots, not {value}")
                profile = replace(profile, qr_module_dots=module)
        return profile
