# The profilers' reports, with times masked: which functions, how many calls
# (primitive and recursive), callers and callees, sort orders and headings.
import cProfile
import io
import os
import pstats
import profile
import re
import sys
import tempfile


def show(text):
    text = text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
    text = re.sub(r'\d+\.\d\d\d', 'T.TTT', text)
    text = re.sub(r'0x[0-9a-f]+', 'ADDR', text)
    print(text.rstrip('\n'))
    print('=' * 20)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def countdown(n):
    while n:
        yield n
        n -= 1


def leaf(x):
    return x * 2


class Worker:
    def work(self, n):
        total = 0
        for v in countdown(n):
            total += leaf(v)
        return total + fib(6)


def main():
    return Worker().work(4)


def report(stats, *args):
    out = io.StringIO()
    stats.stream = out
    stats.print_stats(*args)
    show(out.getvalue())


saved = sys.stdout
for module in (cProfile, profile):
    sys.stdout = buf = io.StringIO()
    module.run('main()')
    module.run('main()', sort='nfl')
    module.runctx('leaf(n)', globals(), {'n': 3}, sort='name')
    sys.stdout = saved
    show(buf.getvalue())

pr = cProfile.Profile()
pr.enable()
main()
pr.disable()
st = pstats.Stats(pr)
for keys in [('stdname',), ('calls', 'name'), ('nfl',), ('name', 'line'), ('pcalls', 'name'),
             (pstats.SortKey.CALLS, pstats.SortKey.NAME), (0,), (-1,), ('file', 'lin', 'na')]:
    report(st.sort_stats(*keys), 3)
report(st.strip_dirs().sort_stats('calls', 'name'), 'fib|leaf')
report(st.sort_stats('calls', 'name'), 0.5)
report(st.sort_stats('name').reverse_order())
out = io.StringIO()
st.stream = out
st.sort_stats('name').print_callers().print_callees('work')
show(out.getvalue())
print([(n, p.ncalls, p.line_number) for n, p in sorted(st.get_stats_profile().func_profiles.items())])
try:
    st.sort_stats('calls', 1)
except TypeError as e:
    print('TypeError', e)
try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print('TypeError', str(e)[:40])

# runcall, dump_stats, loading files, add()
pr = cProfile.Profile()
print(pr.runcall(fib, 5))
p2 = profile.Profile()
print(p2.runcall(main))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    pr.dump_stats(path)
    loaded = pstats.Stats(path, stream=io.StringIO())
    print(sorted(f[2] for f in loaded.stats), loaded.total_calls, loaded.prim_calls)
    both = pstats.Stats(pr).add(path)
    print(both.total_calls, both.prim_calls, both.stats[max(both.stats, key=lambda f: f[2] == 'fib')][:2])
out = io.StringIO()
pstats.Stats(p2, stream=out).strip_dirs().sort_stats('calls', 'name').print_callers('leaf|fib')
show(out.getvalue())

# the profile function itself
events = []
def hook(frame, event, arg):
    events.append((event, frame.f_code.co_name, arg if event == 'return' else None))
sys.setprofile(hook)
print(sys.getprofile() is hook)
list(countdown(2))
leaf(5)
sys.setprofile(None)
print([e for e in events if e[0] in ('call', 'return')])
print(sys.getprofile())
def bad(frame, event, arg):
    raise ValueError('from the profiler')
sys.setprofile(bad)
try:
    leaf(1)
except ValueError as e:
    print('ValueError', e, sys.getprofile())
sys.setprofile(None)

# threading.setprofile: threads started afterwards run under the function
import threading
seen = []
def thread_hook(frame, event, arg):
    if event == 'call':
        seen.append(frame.f_code.co_name)
threading.setprofile(thread_hook)
print(threading.getprofile() is thread_hook)
t = threading.Thread(target=leaf, args=(2,))
t.start()
t.join()
threading.setprofile(None)
print(seen[:2], sys.getprofile())  # CPython's bootstrap also calls its _delete()
