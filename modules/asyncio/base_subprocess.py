"""Subprocess transports (to come)."""
