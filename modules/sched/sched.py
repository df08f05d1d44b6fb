# gopy's sched: events on a heap, run in (time, priority, sequence) order.

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = "When the event runs, in the units of the scheduler's timefunc."
Event.priority.__doc__ = "Orders events due at the same time (lower first)."
Event.sequence.__doc__ = "Orders events of equal time and priority (earlier entered first)."
Event.action.__doc__ = "Running the event calls action(*argument, **kwargs)."
Event.argument.__doc__ = "The positional arguments of the action."
Event.kwargs.__doc__ = "The keyword arguments of the action."

_none_given = object()


class scheduler:
    """A queue of events run at their time: timefunc tells the time, delayfunc waits
    (and is called with 0 after each event, to let other threads run)."""

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_none_given):
        """Schedule action at an absolute time; the Event returned identifies it."""
        if kwargs is _none_given:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_none_given):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError when it is not in the queue)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due until none is left. Without blocking, run
        those due now and return the delay until the next one (None when none is
        left). Exceptions of actions and of delayfunc propagate; the queue stays
        consistent, so run() can be called again."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                first = self._queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(self._queue)
            if due:
                first.action(*first.argument, **first.kwargs)
                self.delayfunc(0)
            elif blocking:
                self.delayfunc(first.time - now)
            else:
                return first.time - now

    @property
    def queue(self):
        """The scheduled events, in the order they will run."""
        with self._lock:
            pending = list(self._queue)
        return [heapq.heappop(pending) for _ in range(len(pending))]
