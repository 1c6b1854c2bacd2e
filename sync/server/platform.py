"""One running platform: its configuration, database and signing key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.server.changes import ensure_counters
from sync.server.config import ServerConfig
from sync.server.database import PlatformDatabase
from sync.server.models import PlatformKey
from sync.signing import decode_private_key, encode_private_key, encode_public_key


@dataclass
class Platform:
    config: ServerConfig
    database: PlatformDatabase
    key: Ed25519PrivateKey

    def now(self) -> datetime:
        return self.config.now()

    @property
    def public_key(self) -> str:
        return encode_public_key(self.key)

    def close(self) -> None:
        self.database.dispose()


def open_platform(config: ServerConfig) -> Platform:
    """Migrate the database, make sure counters and the platform key exist."""
    database = PlatformDatabase(config.database_url)
    database.upgrade()
    with database.transaction() as session:
        ensure_counters(session)
        row = session.get(PlatformKey, 1)
        if row is None:
            key = Ed25519PrivateKey.generate()
            row = PlatformKey(
                id=1,
                private_key=encode_private_key(key),
                public_key=encode_public_key(key),
                created_at=config.now(),
            )
            session.add(row)
        key = decode_private_key(row.private_key)
    return Platform(config, database, key)
