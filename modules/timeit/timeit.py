"""Measure the execution time of small code snippets (gopy's timeit).

Timer(stmt, setup, timer, globals) runs stmt in a loop compiled once; timeit() and
repeat() at module level are shortcuts; `gopy -m timeit` prints CPython's report
("1000 loops, best of 5: 1.23 usec per loop")."""

import gc
import sys
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_counter = itertools.count()


def _indented(text, spaces):
    pad = ' ' * spaces
    return text.replace('\n', '\n' + pad)


class Timer:
    """Times stmt, run number times after setup (each a string of code or a callable),
    with timer (time.perf_counter); globals is the namespace the code runs in."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        space = {}
        # Without globals, the code runs in this module's namespace, as CPython's does.
        run_globals = _module_globals() if globals is None else globals
        pieces = {}
        for role, code in (('setup', setup), ('stmt', stmt)):
            if isinstance(code, str):
                # Checked on its own first, so an error points into the user's text.
                compile(code, dummy_src_name, 'exec')
                pieces[role] = _indented(code, 8 if role == 'stmt' else 4)
            elif callable(code):
                space['_' + role] = code
                pieces[role] = '_%s()' % role
                if role == 'setup':
                    pieces['setup'] = '_setup()'
            else:
                raise ValueError('%s is neither a string nor callable' % role)
        body = ('def inner(_it, _timer%s):\n'
                '    %s\n'
                '    _t0 = _timer()\n'
                '    for _i in _it:\n'
                '        %s\n'
                '        pass\n'
                '    _t1 = _timer()\n'
                '    return _t1 - _t0\n')
        params = ''.join(', %s=%s' % (name, name) for name in space)
        self.src = body % (params, pieces['setup'], pieces['stmt'])
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, run_globals, space)
        self.inner = space['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the timed
        source's lines."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (garbage collection off)."""
        loop = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50... whose run
        takes at least 0.2 seconds; callback(number, seconds) is told each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


_module_globals = globals


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Seconds taken by number runs of stmt, after setup."""
    timer_ = Timer(stmt, setup, timer, globals)
    return timer_.timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """repeat measurements of number runs of stmt, after setup (a list of seconds)."""
    timer_ = Timer(stmt, setup, timer, globals)
    return timer_.repeat(repeat, number)


_UNITS = (('sec', 1.0), ('msec', 1e-3), ('usec', 1e-6), ('nsec', 1e-9))

_USAGE = '''Time small pieces of Python code (gopy's timeit).

From Python: Timer(stmt, setup).timeit(number), or the timeit() and repeat()
shortcuts; default_timer is time.perf_counter.

From the command line:
    gopy -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [-h] [--] [statement ...]

  -n N, --number=N   run the statement N times per measurement; without it,
                     N is the first of 1, 2, 5, 10, 20, 50... that takes 0.2 s
  -r N, --repeat=N   take N measurements and report the best (default 5)
  -s S, --setup=S    run S once before measuring (not timed; may be repeated)
  -p, --process      measure with time.process_time instead of perf_counter
  -v, --verbose      also print every raw time; twice for one more digit
  -u U, --unit=U     report in U: nsec, usec, msec or sec
  -h, --help         print this text and exit
  --                 end of options, for a statement that begins with '-'

Each statement argument is one line of the timed code (quote an argument to
keep its indentation); several -s options make a setup of several lines.
The time of an empty loop is included in every result: time 'pass' to see it.
'''


def _parse_args(args):
    import getopt
    return getopt.getopt(args, 'n:u:s:r:tcpvh',
                         ['number=', 'setup=', 'repeat=', 'time', 'clock', 'process',
                          'verbose', 'unit=', 'help'])


def main(args=None, *, _wrap_timer=None):
    """The command line: `-m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [statement]`.
    Returns None, or an exit status on errors."""
    if args is None:
        args = sys.argv[1:]
    import getopt
    try:
        opts, args = _parse_args(args)
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for opt, value in opts:
        if opt in ('-n', '--number'):
            number = int(value)
        if opt in ('-s', '--setup'):
            setup.append(value)
        if opt in ('-u', '--unit'):
            if value not in dict(_UNITS):
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        if opt in ('-r', '--repeat'):
            repeat_count = max(int(value), 1)
        if opt in ('-p', '--process'):
            timer = time.process_time
        if opt in ('-v', '--verbose'):
            if verbose:
                digits += 1
            verbose += 1
        if opt in ('-h', '--help'):
            print(_USAGE, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        report = None
        if verbose:
            def report(count, seconds):
                print('%d loop%s -> %.*g secs' % (count, 's' if count != 1 else '', digits,
                                                   seconds))
        try:
            number, _ = t.autorange(report)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1

    def shown(seconds):
        if unit is not None:
            name, scale = unit, dict(_UNITS)[unit]
        else:
            for name, scale in _UNITS:
                if seconds >= scale:
                    break
        return '%.*g %s' % (digits, seconds / scale, name)

    if verbose:
        print('raw times: %s' % ', '.join(shown(s) for s in raw))
        print()
    per_loop = [s / number for s in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop' % (number, 's' if number != 1 else '',
                                                 repeat_count, shown(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (shown(worst), shown(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
