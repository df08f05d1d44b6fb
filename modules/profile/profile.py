"""Class for profiling Python code (the pure-Python profiler's interface).

profile.run('stmt') and profile.runctx('stmt', globals, locals) run a
statement under a Profile and print its statistics through pstats; a Profile
may also profile a single call (runcall). On gopy both this module and
cProfile observe Python calls through sys.setprofile; calls of builtins are
recorded only where the profiler makes them itself (the exec of run/runctx,
setprofile, cProfile's disable).
"""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Entry:
    # The totals of one function, or of one caller-callee pair.
    __slots__ = ('calls', 'recursive', 'inline', 'total', 'depth', 'subs')

    def __init__(self):
        self.calls = self.recursive = self.depth = 0
        self.inline = self.total = 0.0
        self.subs = None


class _Recorder:
    """Times the calls a profile function is told about, as _lsprof does: the
    inline time of a call excludes its callees, its total time is counted
    only for the outermost of recursive calls (of a function, and of each
    caller-callee pair).
    """

    def __init__(self, timer):
        self.timer = timer
        self.clear()

    def clear(self):
        self.entries = {}     # key -> _Entry, in the order first called
        self.stack = []       # [key, frame, start, time in callees, pair entry]

    def entry(self, key):
        found = self.entries.get(key)
        if found is None:
            found = self.entries[key] = _Entry()
            found.subs = {}
        return found

    def enter(self, key, frame):
        entry = self.entry(key)
        entry.depth += 1
        pair = None
        if self.stack:
            caller = self.entries[self.stack[-1][0]]
            pair = caller.subs.get(key)
            if pair is None:
                pair = caller.subs[key] = _Entry()
            pair.depth += 1
        self.stack.append([key, frame, self.timer(), 0.0, pair])

    def leave(self, frame=None):
        if not self.stack or (frame is not None and self.stack[-1][1] is not frame):
            return
        key, _, start, inner, pair = self.stack.pop()
        spent = self.timer() - start
        if self.stack:
            self.stack[-1][3] += spent
        for entry in (self.entries[key], pair):
            if entry is None:
                continue
            entry.depth -= 1
            if entry.depth:
                entry.recursive += 1
            else:
                entry.total += spent
            entry.inline += spent - inner
            entry.calls += 1

    def run(self, key, cmd, globals, locals):
        # exec(cmd) recorded as a call of the builtin key: gopy's profile hook
        # does not see builtins.
        self.enter(key, None)
        try:
            exec(cmd, globals, locals)
        finally:
            self.leave()

    def unwind(self):
        while self.stack:
            self.leave()

    def stats(self, label, caller_value):
        # pstats' dictionary: key -> (primitive calls, calls, inline, total,
        # {caller: caller_value(pair entry)}).
        out = {}
        for key, e in self.entries.items():
            out[label(key)] = (e.calls - e.recursive, e.calls, e.inline, e.total, {})
        for key, e in self.entries.items():
            for sub, pair in e.subs.items():
                callers = out[label(sub)][4]
                value = caller_value(pair)
                old = callers.get(label(key))
                if old is not None:
                    value = tuple(a + b for a, b in zip(old, value)) \
                        if isinstance(value, tuple) else old + value
                callers[label(key)] = value
        return out


# The profilers' own code, which they call while profiling: never recorded.
_hidden = set()


def _hide(*functions):
    _hidden.update(f.__code__ for f in functions)


def _hide_class(cls):
    _hide(*[f for f in vars(cls).values() if hasattr(f, '__code__')])


_hide_class(_Recorder)
_hide_class(_Entry)


def _code_key(code):
    return (code.co_filename, code.co_firstlineno, code.co_name)


class _Reporting:
    # What both profilers do with their stats.

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        self.create_stats()
        with open(file, 'wb') as f:
            marshal.dump(self.stats, f)


class Profile(_Reporting):
    """Profiler of the code run by run(), runctx() or runcall(); its stats
    map (file, line, name) to (primitive calls, calls, tottime, cumtime,
    {caller: calls}).
    """

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timer = timer or time.process_time
        if bias is not None:
            self.bias = bias
        self.get_time = self.timer
        self._rec = _Recorder(self._now)
        self.stats = {}
        self.cmd = ""
        self._rec.entry(('profile', 0, 'profiler'))

    def _now(self):
        t = self.timer()
        return sum(t) if isinstance(t, (tuple, list)) else t

    def trace_dispatch(self, frame, event, arg):
        if frame.f_code in _hidden:
            return
        if event == 'call':
            self._rec.enter(_code_key(frame.f_code), frame)
        elif event == 'return':
            self._rec.leave(frame)
        elif event == 'c_call':
            self._rec.enter(('', 0, getattr(arg, '__name__', repr(arg))), None)
        elif event in ('c_return', 'c_exception'):
            self._rec.leave()

    dispatcher = trace_dispatch

    def set_cmd(self, cmd):
        if self._rec.stack:
            return
        self.cmd = cmd
        self._rec.enter(('profile', 0, cmd), None)

    def _stop(self):
        sys.setprofile(None)
        self._rec.enter(('', 0, 'setprofile'), None)
        self._rec.leave()

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            self._rec.run(('', 0, 'exec'), cmd, globals, locals)
        finally:
            self._stop()
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            self._stop()

    def simulate_cmd_complete(self):
        self._rec.unwind()

    def snapshot_stats(self):
        self.stats = self._rec.stats(lambda key: key, lambda pair: pair.calls)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def calibrate(self, m, verbose=0):
        raise NotImplementedError("gopy's profiler has no bias to calibrate")


_hide(Profile._now, Profile._stop)


def _run_and_report(prof, run, filename, sort):
    try:
        run()
    except SystemExit:
        pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under a Profile, then print its stats (sorted by sort)
    or save them to filename."""
    prof = Profile()
    _run_and_report(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() with the given globals and locals."""
    prof = Profile()
    _run_and_report(prof, lambda: prof.runctx(statement, globals, locals), filename, sort)
