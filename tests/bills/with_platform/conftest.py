"""The real platform and paired terminals of tests/sync, for the bill payment round trips.

``community`` here is the platform's community (it replaces the station-only one above).
"""

from tests.sync.conftest import (  # noqa: F401 - fixtures, found by name
    admin,
    clocks,
    community,
    platform,
    platform_template,
    server_url,
    terminals,
)
