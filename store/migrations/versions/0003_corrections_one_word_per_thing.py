"""corrections: one word per thing (partial unique indexes)

The unique constraint of 0001 over (kind, message_id, association_id, key) never fired:
one of the two ids is always NULL, and NULLs are distinct. Two partial unique indexes
say what was meant, on SQLite and PostgreSQL alike. Duplicates a race may have left are
removed first, keeping the newest (highest id: add_correction inserts after deleting the
previous row, so a later word always has a higher id); correction_log keeps them all.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 05:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ASSIGN = "kind = 'assign'"
SET = "kind = 'set'"


def upgrade() -> None:
    # The newest word per thing stays; older ones would break the unique indexes below.
    op.execute(
        "DELETE FROM corrections WHERE kind = 'assign' AND id NOT IN "
        "(SELECT max(id) FROM corrections WHERE kind = 'assign' GROUP BY message_id)"
    )
    op.execute(
        "DELETE FROM corrections WHERE kind = 'set' AND id NOT IN "
        "(SELECT max(id) FROM corrections WHERE kind = 'set' GROUP BY association_id, key)"
    )
    # if_not_exists: a store made by create_all from these models, then adopted (stamped
    # 0002 or 0003 by its tables and columns), may have them already.
    op.create_index(
        "uq_corrections_assign", "corrections", ["message_id"], unique=True,
        sqlite_where=sa.text(ASSIGN), postgresql_where=sa.text(ASSIGN), if_not_exists=True,
    )
    op.create_index(
        "uq_corrections_set", "corrections", ["association_id", "key"], unique=True,
        sqlite_where=sa.text(SET), postgresql_where=sa.text(SET), if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index("uq_corrections_set", table_name="corrections")
    op.drop_index("uq_corrections_assign", table_name="corrections")
