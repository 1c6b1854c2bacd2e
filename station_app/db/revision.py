"""The schema revision this build expects, readable without loading SQLAlchemy or Alembic."""

SCHEMA_HEAD = "0001"
"""The newest revision shipped; a test keeps it equal to Alembic's own head."""
