"""streams (to come)."""

__all__ = ()
