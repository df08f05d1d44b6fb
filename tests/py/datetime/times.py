# datetime.time and timezone: construction, reprs, isoformat/fromisoformat, strftime,
# utcoffset/tzname checks, comparisons of naive and aware times, hashing, pickling.
import pickle
from datetime import time, timedelta, timezone, tzinfo, datetime, UTC


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((23, 59, 59, 999999), {}), ((24,), {}),
                 ((-1,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}), ((), {'fold': 2}),
                 ((), {'fold': 1}), ((), {'tzinfo': 1}), ((1, 2, 3, 4, None, 5), {}),
                 ((1, 2, 3, 4, None), {'fold': 1, 'foo': 1}), ((1, 2, 3, 4, 5, 6, 7), {}),
                 ((), {'hour': 5, 'tzinfo': UTC}), (('1',), {}), ((1.5,), {}),
                 ((b'\x01\x02\x03\x00\x00\x04',), {}), ((b'\x81\x02\x03\x00\x00\x04', UTC), {}),
                 ((b'\x18\x02\x03\x00\x00\x04',), {}), ((b'\x01\x02\x03\x00\x00\x04', 5), {})]:
    show('time%r%r' % (args, kw), lambda: time(*args, **kw))

t = time(13, 5, 9, 123456)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, str(t), repr(t), bool(time()))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'x', 5]:
    show('isoformat %r' % (spec,), lambda: t.isoformat(spec))
    show('isoformat tz %r' % (spec,), lambda: time(1, 2, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).isoformat(timespec=spec))
print(time(1, 2).isoformat(), time(1, 2, 3).isoformat(), time(0, 0, 0, 1).isoformat())
for s in ['12:34:56:78', '123456789', '12:34:56.', '12:34:56,5', '12', '1', '12:34:56.1234567',
          '12:34:56.123x', '12+05', '12:34+05:30:15.5', '12Z', '12Zx', 'T12:34', '12:34:56+',
          '12:34:56+1', '12:34:56+123', '24:00', '12:60', '12:34:56+24:00', '12:34:56+00:00:00.5',
          '1234', '12:3456', '12-05', '', 'T', '12:34:56.999999999', '1:02', '01:02:03+01:00:00',
          '01:02:03-0130', '01:02:03.5Z', 5]:
    show('fromisoformat %r' % (s,), lambda: time.fromisoformat(s))
for f in ['%H:%M:%S.%f', '%I %p %Z %z', '%Y-%m-%d %j %a', '%c', '%%f', '']:
    print(repr(f), repr(t.strftime(f)), repr(time(1, 2, tzinfo=timezone(timedelta(hours=5), 'ZZ')).strftime(f)))
print(format(t, '%H'), '{:%M}'.format(t), format(t))
print(t.replace(hour=1), t.replace(tzinfo=UTC), t.replace(fold=1), repr(t.replace(microsecond=0, second=0)))
show('replace bad', lambda: t.replace(hour=24))
show('replace fold', lambda: t.replace(fold=3))
show('replace tz', lambda: t.replace(tzinfo=5))
print(time.min, time.max, time.resolution)

utc, plus5, minus5 = UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-5), 'EST')
print(repr(utc), repr(plus5), repr(minus5), str(utc), str(plus5), str(minus5), repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(0)) is UTC, timezone(timedelta(0), 'UTC') is UTC, timezone(timedelta(0), 'X'))
print(plus5.utcoffset(None), plus5.dst(None), plus5.tzname(None), minus5.tzname(datetime(2020, 1, 1)))
print(timezone(timedelta(hours=-1, minutes=-30, seconds=-5, microseconds=-7)).tzname(None),
      timezone(timedelta(seconds=1)).tzname(None), timezone(timedelta(microseconds=1)).tzname(None))
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(hours=23, minutes=59, seconds=59),), (1,),
             (timedelta(0), 5), (timedelta(0), 'x', 1), (), (timedelta(hours=1), None)]:
    show('timezone%r' % (args,), lambda: timezone(*args))
show('utcoffset(5)', lambda: plus5.utcoffset(5))
show('tzname(5)', lambda: plus5.tzname(5))
show('fromutc naive', lambda: plus5.fromutc(datetime(2020, 1, 1)))
show('fromutc other', lambda: plus5.fromutc(datetime(2020, 1, 1, tzinfo=utc)))
show('fromutc', lambda: plus5.fromutc(datetime(2020, 1, 1, tzinfo=plus5)))
show('fromutc 5', lambda: plus5.fromutc(5))
show('subclass timezone', lambda: type('Z', (timezone,), {}))
print(plus5 == timezone(timedelta(hours=5), 'other'), plus5 != minus5, plus5 == 5, hash(plus5) == hash(timedelta(hours=5)))
print(hash(UTC), hash(plus5), hash(minus5))
for tz in [utc, plus5, minus5, timezone.min]:
    for proto in (0, 2, 4):
        data = pickle.dumps(tz, proto)
        print(proto, data, pickle.loads(data) == tz, pickle.loads(data) is UTC)
    print(tz.__reduce__(), tz.__getinitargs__())
show('set attr', lambda: setattr(utc, 'x', 1))

tz1 = time(12, 0, tzinfo=plus5)
tz2 = time(7, 0, tzinfo=utc)
naive = time(12, 0)
for a, b in [(tz1, tz2), (tz1, naive), (naive, time(12)), (tz1, time(12, 0, tzinfo=plus5)),
             (time(12, 0, 0, 1, tzinfo=plus5), time(7, tzinfo=utc)), (naive, 'x')]:
    show('cmp %r %r' % (a, b), lambda: (a == b, a != b))
    show('order %r %r' % (a, b), lambda: (a < b, a <= b, a > b, a >= b))
print(hash(tz1) == hash(tz2), hash(naive), hash(tz1), hash(time(12, 0, fold=1)) == hash(naive))
print({time(h) for h in range(6)})


class BadTZ(tzinfo):
    def __init__(self, off, name=None):
        self.off, self.name = off, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name


for off in [timedelta(hours=24), timedelta(hours=-24), 5, timedelta(microseconds=1), None]:
    x = time(1, tzinfo=BadTZ(off, 7))
    show('utcoffset %r' % (off,), lambda: x.utcoffset())
    show('dst %r' % (off,), lambda: x.dst())
    show('isoformat %r' % (off,), lambda: x.isoformat())
show('tzname int', lambda: time(1, tzinfo=BadTZ(None, 7)).tzname())
show('strftime tzname', lambda: time(1, tzinfo=BadTZ(None, 'a%b')).strftime('%Z|%z'))
show('tzinfo abstract', lambda: time(1, tzinfo=tzinfo()).utcoffset())
show('tzinfo abstract name', lambda: tzinfo().tzname(None))
show('tzinfo abstract dst', lambda: tzinfo().dst(None))
for proto in range(6):
    data = pickle.dumps(t.replace(fold=1), proto)
    print(proto, data, pickle.loads(data) == t, pickle.loads(data).fold)
data = pickle.dumps(time(1, 2, tzinfo=plus5), 2)
print(data, pickle.loads(data))
print(t.__reduce__(), t.__reduce_ex__(4), time(1, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(3))
show('set hour', lambda: setattr(t, 'hour', 1))
