"""Where the station keeps its files (platformdirs; ``--data-dir`` puts everything under one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "StationPOS"
APP_AUTHOR = "StationPOS"


@dataclass(frozen=True)
class StationPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "station.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "station.lock"

    @property
    def receipts_dir(self) -> Path:
        """Where the virtual printer saves receipt images."""
        return self.data_dir / "receipts"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    def create(self) -> StationPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def under(cls, root: Path) -> StationPaths:
        """Everything in one folder: ``--data-dir``, the demo, tests."""
        root = root.expanduser().resolve()
        return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")

    @classmethod
    def for_user(cls) -> StationPaths:
        """The per-user folders (%LOCALAPPDATA%\\StationPOS on Windows)."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )
