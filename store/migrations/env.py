"""Alembic environment, driven from code (svarsinkorg.store.migrations): no alembic.ini.

The caller hands over an open connection in `config.attributes["connection"]`; the
command-line `alembic` tool is not needed. SQLite gets batch mode, since it cannot ALTER
most things in place."""

from __future__ import annotations

from alembic import context

from svarsinkorg.store.migrations import target_metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "svarsinkorg migrations run through svarsinkorg.store.migrations "
        "(intake db upgrade), which supplies the connection"
    )

context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
