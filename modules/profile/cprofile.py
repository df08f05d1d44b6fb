"""Python interface for the 'lsprof' profiler.
Compatible with the 'profile' module.
"""

import sys
import time
import marshal
from collections import namedtuple
import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]

_Recorder = _pyprofile._Recorder

profiler_entry = namedtuple(
    'profiler_entry', 'code callcount reccallcount totaltime inlinetime calls')
profiler_subentry = namedtuple(
    'profiler_subentry', 'code callcount reccallcount totaltime inlinetime')

_DISABLE = "<method 'disable' of '_lsprof.Profiler' objects>"
_EXEC = "<built-in method builtins.exec>"


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return _pyprofile._code_key(code)


class Profile(_pyprofile._Reporting):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Profiles the code run between enable() and disable() (or by run,
    runctx, runcall, or in a with block). getstats() gives the raw entries,
    create_stats() the dictionary pstats reads.
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._timeunit = timeunit
        self._rec = _Recorder(self._now)
        self._codes = {}
        self._enabled = False

    def _now(self):
        if self._timer is None:
            return time.perf_counter()
        value = self._timer()
        return value * self._timeunit if self._timeunit else value

    def _dispatch(self, frame, event, arg):
        code = frame.f_code
        if code in _pyprofile._hidden:
            return
        if event == 'call':
            self._codes[id(code)] = code
            self._rec.enter(id(code), frame)
        elif event == 'return':
            self._rec.leave(frame)

    def enable(self, subcalls=True, builtins=True):
        self._enabled = True
        sys.setprofile(self._dispatch)

    def disable(self):
        if not self._enabled:
            return
        sys.setprofile(None)
        self._enabled = False
        # disable() is a builtin method in CPython: the profiler sees it called.
        self._codes[_DISABLE] = _DISABLE
        self._rec.enter(_DISABLE, None)
        self._rec.unwind()

    def clear(self):
        self._rec.clear()
        self._codes = {}

    def getstats(self):
        out = []
        for key, e in self._rec.entries.items():
            calls = [profiler_subentry(self._codes[sub], p.calls, p.recursive,
                                       p.total, p.inline)
                     for sub, p in e.subs.items()]
            out.append(profiler_entry(self._codes[key], e.calls, e.recursive,
                                      e.total, e.inline, calls or None))
        return out

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = self._rec.stats(
            lambda key: label(self._codes[key]),
            lambda p: (p.calls, p.calls - p.recursive, p.inline, p.total))

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            self._codes[_EXEC] = _EXEC
            self._rec.run(_EXEC, cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_pyprofile._hide(Profile._now, Profile.disable, Profile.enable)


def run(statement, filename=None, sort=-1):
    prof = Profile()
    _pyprofile._run_and_report(prof, lambda: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    _pyprofile._run_and_report(
        prof, lambda: prof.runctx(statement, globals, locals), filename, sort)


def main():
    """The command line: cProfile.py [-o output_file_path] [-s sort]
    [-m module | scriptfile] [arg] ..."""
    import os
    from optparse import OptionParser
    parser = OptionParser(
        usage="cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...")
    parser.allow_interspersed_args = False
    for strings, attrs in (
            (('-o', '--outfile'), dict(dest="outfile", default=None,
                                       help="Save stats to <outfile>")),
            (('-s', '--sort'), dict(dest="sort", default=-1,
                                    help="Sort order when printing to stdout, "
                                         "based on pstats.Stats class")),
            (('-m',), dict(dest="module", action="store_true", default=False,
                           help="Profile a library module"))):
        parser.add_option(*strings, **attrs)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    outfile = options.outfile and os.path.abspath(options.outfile)
    if not args:
        parser.print_usage()
        return parser
    target = args[0]
    if options.module:
        import runpy
        globs = {'run_module': runpy.run_module, 'modname': target}
        code = "run_module(modname, run_name='__main__')"
    else:
        sys.path.insert(0, os.path.dirname(target))
        with open(target, 'rb') as f:
            code = compile(f.read(), target, 'exec')
        globs = dict(__file__=target, __name__='__main__', __package__=None,
                     __cached__=None)
    try:
        runctx(code, globs, None, outfile, options.sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


if __name__ == '__main__':
    main()
