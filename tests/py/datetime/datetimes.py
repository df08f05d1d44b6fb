# datetime.datetime: construction, local time with TZ pinned (fromtimestamp, timestamp,
# astimezone, fold), ISO formats, strftime/strptime, arithmetic, comparisons of naive and
# aware values (PEP 495), hashing, pickling with CPython's bytes, subclasses.
import os
import pickle
import time
from datetime import datetime, date, time as dtime, timedelta, timezone, tzinfo, UTC

os.environ['TZ'] = 'America/New_York'
time.tzset()


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kw in [((2020, 1, 2), {}), ((2020, 1, 2, 3, 4, 5, 6), {}), ((2020, 1, 2, 3, 4, 5, 6, UTC), {}),
                 ((2020, 1), {}), ((2020, 1, 2, 24), {}), ((2020, 1, 2, 0, 0, 0, 0, None, 0, 0), {}),
                 ((2020, 1, 2), {'fold': 1}), ((2020, 1, 2), {'tzinfo': 5}), ((2020, 13, 1), {}),
                 ((2020, 1, 2, 0, 0, 0, 0, None, 1), {}), ((), {'year': 1, 'month': 1, 'day': 1, 'minute': 5}),
                 ((b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06',), {}), ((b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', UTC), {}),
                 ((b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 1), {})]:
    show('datetime%r%r' % (args, kw), lambda: datetime(*args, **kw))

dt = datetime(2023, 11, 14, 17, 13, 20, 123456)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(str(dt), repr(dt), dt.isoformat(), dt.isoformat(' '), dt.isoformat('x', 'minutes'), dt.ctime())
print(dt.date(), dt.time(), dt.timetz(), dt.timetuple(), dt.utctimetuple(), dt.toordinal(), dt.weekday())
show('isoformat sep', lambda: dt.isoformat('TT'))
show('isoformat spec', lambda: dt.isoformat(timespec='nano'))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))

# Local time (America/New_York)
for ts in [0, 1700000000, 1700000000.5, 1700000000.9999996, -1.5, 1604208600, 1604212200, 1583650800,
           1583647199, -1e10, 2 ** 31]:
    x = datetime.fromtimestamp(ts)
    print(ts, repr(x), x.fold, x.timestamp(), repr(datetime.utcfromtimestamp(ts)),
          repr(datetime.fromtimestamp(ts, UTC)), repr(datetime.fromtimestamp(ts, timezone(timedelta(hours=9)))))
for args, fold in [((2020, 11, 1, 1, 30), 0), ((2020, 11, 1, 1, 30), 1), ((2020, 3, 8, 2, 30), 0),
                  ((2020, 3, 8, 2, 30), 1), ((2020, 7, 4, 12), 0), ((1900, 1, 1), 0), ((2038, 1, 19, 3, 14, 8), 0)]:
    x = datetime(*args, fold=fold)
    print(repr(x), x.timestamp(), repr(x.astimezone()), repr(x.astimezone(UTC)), x.astimezone().tzname())
show('fromtimestamp nan', lambda: datetime.fromtimestamp(float('nan')))
show('fromtimestamp huge', lambda: datetime.fromtimestamp(1e20))
show('fromtimestamp year', lambda: datetime.fromtimestamp(1e12))
show('fromtimestamp tz', lambda: datetime.fromtimestamp(0, 5))
show('fromtimestamp none', lambda: datetime.fromtimestamp())
show('utcfromtimestamp', lambda: datetime.utcfromtimestamp(-1e12))
show('now tz', lambda: datetime.now(5))
show('now type', lambda: (type(datetime.now()).__name__, datetime.now(UTC).tzinfo, type(datetime.utcnow()).__name__))
show('today', lambda: type(datetime.today()).__name__)

aware = datetime(2020, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
print(aware.timestamp(), repr(aware.astimezone()), repr(aware.astimezone(UTC)), aware.astimezone(aware.tzinfo) is aware)
print(repr(aware.astimezone(timezone(timedelta(hours=-7), 'X'))), aware.utctimetuple(), aware.timetuple())
show('astimezone bad', lambda: aware.astimezone(5))
print(repr(datetime.combine(date(2020, 1, 1), dtime(1, 2, 3, 4, UTC, fold=1))),
      repr(datetime.combine(date(2020, 1, 1), dtime(1), tzinfo=timezone.max)),
      repr(datetime.combine(datetime(2020, 1, 1, 5), dtime(1))))
show('combine bad', lambda: datetime.combine(1, 2))
show('combine bad time', lambda: datetime.combine(date(2020, 1, 1), 2))
show('combine bad tz', lambda: datetime.combine(date(2020, 1, 1), dtime(1), tzinfo=5))

for s in ['2020-01-01T12:34', '2020-01-01 12:34:56.789+05:30', '20200101T123456', '2020-W01-3T12',
          '2020-W0112', '2020W0112:00', '2020W01312', '2020-01-01é12:00', '2020-01-01T', '2020-01-01',
          '2020-01', '2020-01-01T25:00', '2020-01-01x12:00:00Z', '2020-W01-31', '2020-W01-1', '2020W011',
          '2020W0111', '2020-01-01T12:00:00-00:00', '2020-01-01T12:00:00+00:00:00.000001', '2020-01-01T12:00:00.1234567',
          '2020-02-30T00:00', '2020', '', 'abcdefghij', '2020-01-01T12:00+24:00', 20200101]:
    show('fromisoformat %r' % (s,), lambda: datetime.fromisoformat(s))
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(aware.isoformat()) == aware)
for f in ['%Y-%m-%d %H:%M:%S.%f', '%a %b %d %I:%M %p', '%j %U %W %V %G %u %w %s', '%z|%Z|%c|%x|%X', '%%z %%f %%Z', '%']:
    print(repr(f), repr(dt.strftime(f)), repr(aware.strftime(f)))
print(format(dt, '%H:%M'), format(dt), f'{aware:%z}')
for s, f in [('2023-11-14 17:13:20.123', '%Y-%m-%d %H:%M:%S.%f'), ('14/Nov/2023:17:13:20 -0500', '%d/%b/%Y:%H:%M:%S %z'),
             ('2023-11-14T17:13:20Z', '%Y-%m-%dT%H:%M:%S%z'), ('2023 EST', '%Y %Z'), ('20231114', '%Y%m%d'),
             ('x', '%Y'), ('2023-02-30', '%Y-%m-%d'), ('12:00 +05:30:30.5', '%H:%M %z')]:
    show('strptime %r %r' % (s, f), lambda: datetime.strptime(s, f))
print(datetime.strptime('23:59', '%H:%M').year)

td = timedelta(days=1, hours=2, microseconds=3)
print(repr(dt + td), repr(td + dt), repr(dt - td), repr(dt - datetime(2023, 1, 1)), repr(datetime(2023, 1, 1) - dt))
print(repr(aware + td), repr(aware - datetime(2020, 6, 1, tzinfo=UTC)), repr(aware - aware.astimezone(UTC)))
show('max+', lambda: datetime.max + timedelta(microseconds=1))
show('min-', lambda: datetime.min - timedelta(microseconds=1))
show('naive-aware', lambda: dt - aware)
show('dt+dt', lambda: dt + dt)
show('dt-1', lambda: dt - 1)
show('dt-date', lambda: dt - date(2020, 1, 1))
same = datetime(2020, 6, 1, 10, 0, tzinfo=UTC)
for a, b in [(aware, same), (aware, datetime(2020, 6, 1, 12)), (dt, dt.replace(microsecond=0)), (dt, date(2023, 11, 14)),
             (date(2023, 11, 14), dt), (dt, 'x'), (aware, aware.replace(tzinfo=timezone(timedelta(hours=2), 'B')))]:
    show('cmp %r %r' % (a, b), lambda: (a == b, a != b))
    show('order %r %r' % (a, b), lambda: (a < b, a <= b, a > b, a >= b))
print(hash(aware) == hash(same), hash(dt), hash(aware), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print({datetime(2020, 1, 1, h) for h in range(8)})
print(sorted([datetime(2020, 1, 2), datetime(2019, 1, 1), datetime(2020, 1, 1, 23)]))


class Eastern(tzinfo):
    # US Eastern with the 2007 rules: the documentation's example of a DST-aware tzinfo.
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def first_sunday_on_or_after(self, dt):
        return dt + timedelta(days=(6 - dt.weekday()))

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = self.first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = self.first_sunday_on_or_after(datetime(dt.year, 11, 1, 2))
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


east = Eastern()
for u in [datetime(2020, 11, 1, 5, 30, tzinfo=UTC), datetime(2020, 11, 1, 6, 30, tzinfo=UTC),
          datetime(2020, 3, 8, 6, 59, tzinfo=UTC), datetime(2020, 3, 8, 7, 0, tzinfo=UTC)]:
    local = u.astimezone(east)
    print(repr(local), local.tzname(), local.fold, local.utcoffset(), local == u, hash(local) == hash(u))
amb0 = datetime(2020, 11, 1, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
print(amb0 == amb1, amb0.utcoffset(), amb1.utcoffset(), amb0 == amb0.astimezone(UTC), amb1 == amb1.astimezone(UTC))
print(amb0.astimezone(UTC) == amb1.astimezone(UTC), amb1 - amb0, amb1.astimezone(UTC) - amb0.astimezone(UTC))
show('tzinfo fromutc', lambda: east.fromutc(datetime(2020, 6, 1, 12, tzinfo=east)))
show('tzinfo fromutc naive', lambda: east.fromutc(datetime(2020, 6, 1, 12)))
show('tzinfo fromutc type', lambda: east.fromutc(5))

for proto in range(6):
    for x in [dt, dt.replace(fold=1), aware, datetime(2020, 1, 1, tzinfo=UTC)]:
        data = pickle.dumps(x, proto)
        print(proto, data, pickle.loads(data) == x, pickle.loads(data).fold)
print(dt.__reduce__(), dt.replace(fold=1).__reduce_ex__(4), aware.__reduce_ex__(2))
print(pickle.loads(pickle.dumps(amb1)).fold, repr(pickle.loads(pickle.dumps(amb1, 2))))
show('set', lambda: setattr(dt, 'hour', 1))
show('set tzinfo', lambda: setattr(dt, 'tzinfo', UTC))
print(repr(dt.replace(year=2000, tzinfo=UTC, fold=1)), repr(dt.replace(hour=0, minute=0)))
show('replace bad', lambda: dt.replace(month=13))
show('replace kw', lambda: dt.replace(foo=1))


class DT(datetime):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = 'DT'
        return self


x = DT(2020, 1, 1, 12)
for label, v in [('x', x), ('x+td', x + td), ('x-td', x - td), ('replace', x.replace(day=2)),
                 ('fromtimestamp', DT.fromtimestamp(0)), ('fromtimestamp tz', DT.fromtimestamp(0, UTC)),
                 ('combine', DT.combine(date(2020, 1, 1), dtime(1))), ('astimezone', x.astimezone(UTC)),
                 ('strptime', DT.strptime('2020', '%Y')), ('fromisoformat', DT.fromisoformat('2020-01-01')),
                 ('fromordinal', DT.fromordinal(1)), ('fromisocalendar', DT.fromisocalendar(2020, 1, 1))]:
    print(label, repr(v), type(v).__name__, getattr(v, 'note', None))
print(repr(x - datetime(2020, 1, 1)), pickle.loads(pickle.dumps(x)) == x, type(pickle.loads(pickle.dumps(x))).__name__)
print(isinstance(x, date), issubclass(datetime, date), datetime.__mro__)
