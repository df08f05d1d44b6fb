"""The logger asyncio reports through."""

# Written for gopy.

import logging

logger = logging.getLogger(__package__)
