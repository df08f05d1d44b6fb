"""What asyncio's futures share: their states, isfuture and their reprs."""

# Written for gopy.

import reprlib

from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (not concurrent ones)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(cbs):
    names = [format_helpers._format_callback_source(cb, ()) for cb, _ in cbs]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


def _future_repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={reprlib.repr(fut._result)}')
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    return info
