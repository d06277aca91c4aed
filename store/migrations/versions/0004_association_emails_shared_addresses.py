"""association_emails: an address may belong to several associations

Small associations share one address (a study association's office, a treasurer who keeps
three clubs' books, one building's mailbox). 0001 made `email` unique, so the roster
import moved a shared address to the last association imported with it and the others
had none. The unique constraint is now per (association, address). Every row is kept: a
store that was unique per address is unique per (association, address) too.

Written to run on any store at 0003's tables and columns, whichever constraint it has:
a store made by `create_all` and adopted (migrations/__init__.py) may have the new one
already, or, made from older models, still the old one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "association_emails"
NEW = "uq_association_emails_association_id_email"
# SQLite's unique constraints carry no name unless given one: this convention names the
# reflected one on `email` alone so batch mode can drop it.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
_OLD_UNNAMED = "uq_association_emails_email"
_PG_OLD = "association_emails_email_key"  # what PostgreSQL named 0001's constraint


def _uniques() -> list[dict]:
    return list(sa.inspect(op.get_bind()).get_unique_constraints(TABLE))


def upgrade() -> None:
    uniques = _uniques()
    old = [u for u in uniques if list(u["column_names"]) == ["email"]]
    has_new = any(sorted(u["column_names"]) == ["association_id", "email"] for u in uniques)
    if not old and has_new:
        return
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a constraint: batch mode copies the table (rows and ids kept)
        with op.batch_alter_table(TABLE, recreate="always",
                                  naming_convention=_NAMING) as batch:
            for u in old:
                batch.drop_constraint(u["name"] or _OLD_UNNAMED, type_="unique")
            if not has_new:
                batch.create_unique_constraint(NEW, ["association_id", "email"])
        return
    for u in old:
        op.drop_constraint(u["name"], TABLE, type_="unique")
    if not has_new:
        op.create_unique_constraint(NEW, TABLE, ["association_id", "email"])


def downgrade() -> None:
    # Back to one association per address: refused while an address is shared, as the
    # older version cannot hold it (it would have to choose whose it is).
    shared = op.get_bind().execute(sa.text(
        f"SELECT email FROM {TABLE} GROUP BY email HAVING count(*) > 1")).scalars().all()
    if shared:
        raise RuntimeError(
            "cannot downgrade below 0004: these addresses belong to several associations: "
            + ", ".join(sorted(shared)[:10]))
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(TABLE, recreate="always") as batch:
            batch.drop_constraint(NEW, type_="unique")
            batch.create_unique_constraint(_OLD_UNNAMED, ["email"])
        return
    op.drop_constraint(NEW, TABLE, type_="unique")
    op.create_unique_constraint(_PG_OLD, TABLE, ["email"])
