"""Reprs and stacks of tasks."""

# Written for gopy.

import linecache
import reprlib
import traceback

from . import base_futures
from . import coroutines


def _task_repr_info(task):
    # The words between '<Task' and '>': the future's words with the task's name, its
    # coroutine and what it waits for spliced in after the state.
    state, *rest = base_futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        state = 'cancelling'
    extra = ['name=' + repr(task.get_name()),
             'coro=<' + coroutines._format_coroutine(task._coro) + '>']
    if task._fut_waiter is not None:
        extra.append('wait_for=' + repr(task._fut_waiter))
    return [state] + extra + rest


def _task_repr(task):
    return '<%s %s>' % (type(task).__name__, ' '.join(_task_repr_info(task)))


def _walk(first, step, frame_of, limit):
    # Up to `limit` frames (all when None) along a chain: first, step(first), ...
    out = []
    node = first
    while node is not None and (limit is None or len(out) < max(limit, 0)):
        out.append(frame_of(node))
        node = step(node)
    return out


def _task_get_stack(task, limit):
    coro = task._coro
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        # Innermost first while walking outwards; reported outermost first.
        return _walk(frame, lambda f: f.f_back, lambda f: f, limit)[::-1]
    if task._exception is not None:
        return _walk(task._exception.__traceback__, lambda tb: tb.tb_next,
                     lambda tb: tb.tb_frame, limit)
    return []


_STACK_HEADINGS = {
    'none': 'No stack for {!r}',
    'traceback': 'Traceback for {!r} (most recent call last):',
    'stack': 'Stack for {!r} (most recent call last):',
}


def _task_print_stack(task, limit, file):
    import sys
    out = sys.stderr if file is None else file
    entries = []
    checked = set()
    for frame in task.get_stack(limit=limit):
        name = frame.f_code.co_filename
        if name not in checked:
            checked.add(name)
            linecache.checkcache(name)
        text = linecache.getline(name, frame.f_lineno, frame.f_globals)
        entries.append((name, frame.f_lineno, frame.f_code.co_name, text))
    error = task._exception
    kind = 'none' if not entries else 'stack' if error is None else 'traceback'
    print(_STACK_HEADINGS[kind].format(task), file=out)
    traceback.print_list(entries, file=out)
    if error is not None:
        out.write(''.join(traceback.format_exception_only(type(error), error)))
