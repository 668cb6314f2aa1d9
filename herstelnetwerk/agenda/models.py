"""The mentale agenda: ``AgendaPage`` and its ``ActivityPage`` children (built in the agenda issue)."""
