"""Reprs and stacks of tasks."""

# Written for gopy.

import linecache
import reprlib
import traceback

from . import base_futures
from . import coroutines


def _task_repr_info(task):
    info = base_futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


def _task_repr(task):
    return f'<{type(task).__name__} {" ".join(_task_repr_info(task))}>'


def _task_get_stack(task, limit):
    frames = []
    coro = task._coro
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        while frame is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    import sys
    if file is None:
        file = sys.stderr
    extracted = []
    seen = set()
    for f in task.get_stack(limit=limit):
        code = f.f_code
        filename = code.co_filename
        if filename not in seen:
            seen.add(filename)
            linecache.checkcache(filename)
        line = linecache.getline(filename, f.f_lineno, f.f_globals)
        extracted.append((filename, f.f_lineno, code.co_name, line))
    exc = task._exception
    if not extracted:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(extracted, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(type(exc), exc):
            print(line, file=file, end='')
