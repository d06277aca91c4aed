"""Moved to store/reminder_history.py: reminder facts are the store's, read by reports and
reminders alike. Re-exported here so older imports keep working."""

from ..store.reminder_history import (  # noqa: F401
    ReminderHistory,
    as_aware,
    load_history,
    reminder_before_reply,
)
