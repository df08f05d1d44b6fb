# time.localtime/gmtime/mktime/asctime/ctime/strftime/struct_time/tzset with TZ pinned in
# the script, and CPython's errors for bad time tuples and timestamps.
import os
import pickle
import time


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for tz in ['America/New_York', 'EST+5EDT,M3.2.0/2,M11.1.0/2', 'UTC', 'Asia/Kolkata', 'Europe/London',
           'Australia/Sydney', 'garbage', 'JST-9', '<+0330>-3:30', ':Europe/Paris', '', 'UTC0']:
    os.environ['TZ'] = tz
    time.tzset()
    lt = time.localtime(1700000000)
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname, tuple(lt), lt.tm_zone, lt.tm_gmtoff,
          time.strftime('%Z %z', lt), time.mktime(lt), time.localtime(1690000000).tm_isdst)
del os.environ['TZ']
time.tzset()
os.environ['TZ'] = 'America/New_York'
time.tzset()

t = time.localtime(1700000000)
print(t, repr(t), str(t), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, len(t), t[0], t[-1], t[1:3])
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, time.struct_time.__mro__)
print(time.gmtime(0), time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff, time.gmtime(1.99), time.gmtime(-1.5))
print(time.localtime(-1e10), time.localtime(-1e10).tm_zone, time.localtime(-1e10).tm_gmtoff)
for bad in [1e20, float('nan'), float('inf'), 'x', 2 ** 63, 1e17]:
    show('localtime %r' % (bad,), lambda: time.localtime(bad))
    show('gmtime %r' % (bad,), lambda: time.gmtime(bad))
print(time.mktime(t), time.mktime((2020, 1, 15, 12, 0, 0, 0, 0, 1)), time.mktime((2020, 1, 15, 12, 0, 0, 0, 0, -1)))
print(time.mktime((2020, 3, 8, 2, 30, 0, 0, 0, 0)), time.mktime((2020, 3, 8, 2, 30, 0, 0, 0, 1)))
print(time.mktime((2020, 11, 1, 1, 30, 0, 0, 0, 0)), time.mktime((2020, 11, 1, 1, 30, 0, 0, 0, 1)))
print(time.mktime((2020, 14, 35, 25, 61, 61, 0, 0, -1)), time.mktime((1969, 12, 31, 19, 0, 0, 0, 0, 0)))
print(time.asctime(t), time.ctime(1700000000), time.asctime((2020, 1, 5, 3, 4, 5, 6, 7, 0)), time.ctime(0), time.ctime(-1e10))
for bad in [(1, 2, 3), (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0), 'abc', (2020, 'a', 1, 0, 0, 0, 0, 1, 0),
            (10 ** 20, 1, 1, 0, 0, 0, 0, 1, 0), (2020.5, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),
            (-2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0),
            (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
            (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 0, 5)]:
    show('mktime %r' % (bad,), lambda: time.mktime(bad))
    show('strftime %r' % (bad,), lambda: time.strftime('%Y-%m-%d %H:%M:%S %a %j %Z', bad))
    show('asctime %r' % (bad,), lambda: time.asctime(bad))
for f in ['%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %%',
          '%C %D %e %F %g %G %h %k %l %n %P %r %R %s %t %T %u %V', '%-d %_d %05d %^a %#b %10Y %Ey %Od %Q %',
          '%-5Y|%_3z|%#Z|%^10B|%03p|%6z|%', 'é%Y', '']:
    print(repr(f), repr(time.strftime(f, t)), repr(time.strftime(f, (5, 1, 1, 0, 0, 0, 0, 1, 1))),
          repr(time.strftime(f, (-5, 12, 31, 12, 5, 9, 6, 365, -1))))
show('strftime null', lambda: time.strftime('a\0b'))
show('strftime int', lambda: time.strftime(5))
show('strftime gmtime', lambda: time.strftime('%Z %z', time.gmtime(0)))
print(len(time.strftime('%Y')), time.strftime('%Y', time.localtime()) == time.strftime('%Y'))

for seq, d in [((1, 2, 3, 4, 5, 6, 7, 8, 9), None), ((1, 2, 3, 4, 5, 6, 7, 8, 9, 'Z', 5), None),
               ((1, 2, 3, 4, 5, 6, 7, 8, 9), {'tm_zone': 'X', 'tm_gmtoff': 3}), ((1, 2, 3), None),
               (tuple(range(12)), None), (5, None), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 'A'], None)]:
    show('struct_time %r %r' % (seq, d), lambda: (time.struct_time(seq, d), time.struct_time(seq, d).tm_zone,
                                                  time.struct_time(seq, d).tm_gmtoff))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'EST', -18000))
print(s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), s[:3], tuple(s), list(s), hash(s) == hash(tuple(s)), s.count(0), s.index(3))
show('set field', lambda: setattr(s, 'tm_year', 5))
show('set other', lambda: setattr(s, 'foo', 5))
for proto in range(6):
    data = pickle.dumps(s, proto)
    back = pickle.loads(data)
    print(proto, data, back == s, back.tm_zone, back.tm_gmtoff, type(back).__name__)
print(s.__reduce__())
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(name, time.get_clock_info(name))
show('clock info bad', lambda: time.get_clock_info('x'))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time._STRUCT_TM_ITEMS)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__,
      type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC))
a, b = time.monotonic_ns(), time.monotonic_ns()
print(b >= a, time.perf_counter() <= time.perf_counter(), abs(time.time() - time.time_ns() / 1e9) < 1)
show('clock_gettime bad', lambda: time.clock_gettime(12345))
show('clock_settime', lambda: time.clock_settime(time.CLOCK_MONOTONIC, 0))
