"""PyInstaller runtime hook: runs in the frozen app before station_app's own code.

python-escpos finds its printer database through ``importlib_resources`` unless
``ESCPOS_CAPABILITIES_FILE`` says where it is; in the bundle we point it at the copy that
build.spec ships. Without ``ESCPOS_CAPABILITIES_PICKLE_DIR`` escpos also makes a new temporary
folder at every start and never removes it, so the frozen app gives it a per-user cache folder.
A technician can still override either variable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _point_escpos_at_bundle() -> None:
    bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    os.environ.setdefault("ESCPOS_CAPABILITIES_FILE", str(bundle / "escpos" / "capabilities.json"))
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        import platformdirs

        from station_app.paths import APP_AUTHOR, APP_NAME

        cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "escpos"
        try:
            cache.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # escpos falls back to a temporary folder: slower, still correct
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)


_point_escpos_at_bundle()
