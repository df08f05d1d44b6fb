"""asyncio.to_thread: run a blocking function in the loop's default executor."""

# Written for gopy.

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a thread, in the caller's context; await its result."""
    loop = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
