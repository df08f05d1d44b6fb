"""subprocess (to come)."""

__all__ = ()
