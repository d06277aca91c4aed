"""Reminders to associations that have not answered: who, what, and sending over SMTP."""
