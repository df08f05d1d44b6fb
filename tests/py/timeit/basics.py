# timeit: Timer, timeit/repeat/autorange, globals, errors, main() and `-m timeit` output
# (times scrubbed: only the report's shape is compared).
import timeit, re, io, contextlib, warnings
warnings.simplefilter("ignore")
def scrub(text):
    return re.sub(r'\d+(\.\d+)?(e[-+]\d+)? (n|u|m)?sec', 'T sec', text)
t = timeit.Timer('x = sum(range(10))')
r = t.timeit(1000); print(type(r).__name__, r > 0)
print(len(timeit.repeat('pass', number=10, repeat=3)))
print(timeit.timeit(lambda: None, number=5) >= 0)
n, taken = timeit.Timer('pass').autorange(); print(n >= 1, taken >= 0.2)
calls = []
timeit.Timer('1+1', timer=lambda: len(calls) or calls.append(1) or 0.0).timeit(3)
g = {'val': 7}
print(timeit.timeit('val * 2', globals=g, number=3) >= 0)
try: timeit.Timer(3)
except ValueError as e: print(e)
try: timeit.Timer('1 +')
except SyntaxError as e: print('SyntaxError', e.msg)
for args in (['-n', '100', '-r', '2', 'pass'], ['-n', '1', 'x = 1'], ['-n', '10', '-u', 'msec', '-s', 'a = 2', 'a * a'], ['-x'], ['-u', 'years', 'pass'], ['-n', '5', '-v', 'pass']):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = timeit.main(args)
    print(args, rc, repr(scrub(buf.getvalue())))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    timeit.main(['-h'])
# The help text is each implementation's own: it must name every option.
print([opt in buf.getvalue() for opt in ('-n', '--number', '-r', '--repeat', '-s', '--setup', '-p',
                                         '--process', '-v', '--verbose', '-u', '--unit', '-h', '--help')])
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
import subprocess, sys
for args in (['-n', '3', '-r', '2', 'pass'], ['-s', 'import os', '-n', '2', 'os.getpid()'], ['-n', '1', '1/0'], ['--bogus']):
    r = subprocess.run([sys.executable, '-W', 'ignore', '-m', 'timeit'] + args, capture_output=True, text=True)
    print(args, r.returncode, repr(scrub(r.stdout)), r.stderr.strip().splitlines()[-1:] )
