"""The reference platform: the server side of the sync protocol (PROTOCOL.md), an admin API
and a demo seeder. FastAPI + SQLAlchemy; SQLite by default, PostgreSQL by URL.

Entry points: ``cli.main(argv)`` (``station-platform``), ``app.create_app(platform)`` with
``platform.open_platform(config)``, ``embedded.BackgroundServer`` for demo mode.
"""
