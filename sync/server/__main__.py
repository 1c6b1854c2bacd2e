"""``python -m sync.server``."""

from __future__ import annotations

import sys

from sync.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
