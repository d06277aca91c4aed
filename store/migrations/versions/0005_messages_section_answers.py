"""messages.section_answers: other associations' answers from their sections of a mail

One writer's mail with a section (or an attached file) per roster association (a chair of
two, an umbrella body for itself and a member): the mail's own answers stay in `answers`,
each other association's are kept here, keyed by its id, for its record to take (to
confirm). A nullable column added: every row is kept; a row stored before reads as
carrying none until `intake reparse` (or the next import's parse) reads it again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 16:02:25.309620
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("section_answers", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("section_answers")
