# sched as CPython 3.11's, on a simulated clock: order by time, priority and entry,
# enter/enterabs/cancel, queue, run(blocking=False), exceptions and re-entrancy.
import sched

now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    log.append(('sleep', d))
    now[0] += d


def act(name, *rest, **kw):
    log.append((name, now[0]) + rest + tuple(sorted(kw.items())))


s = sched.scheduler(clock, sleep)
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(2, 2, act, ('two-low',))
e3 = s.enterabs(2, 1, act, argument=('two-high',), kwargs={'k': 1})
e4 = s.enter(2, 1, act, ('two-high-later',))
e5 = s.enter(9, 0, act, ('cancelled',))
print(e2._replace(action=None))
print([e.argument[0] for e in s.queue], s.empty())
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
s.run()
print(log, s.empty())
log.clear()
print(e1 < e2, e3 < e4, e1 == e2, e1.time, e1.priority, e1.sequence, e1.kwargs)

s = sched.scheduler(clock, sleep)
s.enter(0, 0, act, ('now',))
s.enter(3, 0, act, ('later',))
print(s.run(blocking=False), log)
now[0] += 3
print(s.run(False), log, s.run(False))
log.clear()


def boom():
    raise RuntimeError('boom')


s = sched.scheduler(clock, sleep)
s.enter(1, 0, boom)
s.enter(2, 0, act, ('after',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(log)
log.clear()


def chain(n):
    act('chain', n)
    if n:
        s.enter(1, 0, chain, (n - 1,))


s = sched.scheduler(clock, sleep)
s.enter(0, 0, chain, (2,))
s.run()
print(log)
print(sched.__all__, sched.Event._fields, type(sched.scheduler().timefunc()).__name__)
print(sched.scheduler().run(), sched.scheduler().queue)
