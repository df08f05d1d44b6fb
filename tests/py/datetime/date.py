# datetime.date: construction and its errors, ordinals, ISO calendar and format parsing,
# formatting, arithmetic, comparisons, hashing, pickling, subclasses.
import os
import pickle
import time
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

os.environ['TZ'] = 'America/New_York'
time.tzset()


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kw in [((2020, 1, 1), {}), ((1, 1, 1), {}), ((9999, 12, 31), {}), ((2020, 2, 29), {}),
                 ((2019, 2, 29), {}), ((2000, 2, 29), {}), ((1900, 2, 29), {}), ((0, 1, 1), {}),
                 ((10000, 1, 1), {}), ((2020, 0, 1), {}), ((2020, 13, 1), {}), ((2020, 4, 31), {}),
                 ((2020, 1, 0), {}), ((), {}), ((2020,), {}), ((2020, 1), {}), ((2020, 1, 1, 1), {}),
                 ((), {'year': 2020, 'month': 5, 'day': 6}), ((2020,), {'day': 6, 'month': 5}),
                 ((2020, 1), {'year': 5}), ((2020, 1, 1), {'foo': 1}), ((2020, 1), {'foo': 1}),
                 (('2020', 1, 1), {}), ((2020.0, 1, 1), {}), ((2020, 1, None), {}),
                 ((10 ** 20, 1, 1), {}), ((2 ** 31, 1, 1), {}), ((True, True, True), {}),
                 ((b'\x07\xe4\x02\x1d',), {}), ((b'\x07\xe4\x0d\x1d',), {}), ((b'abc',), {})]:
    show('date%r%r' % (args, kw), lambda: date(*args, **kw))

d = date(2020, 2, 29)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.timetuple())
print(d.isoformat(), str(d), d.ctime(), repr(d), d.isocalendar(), tuple(d.isocalendar()))
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[1], ic == (2020, 9, 6), type(ic).__name__)
print(date.min, date.max, date.resolution, date.min.toordinal(), date.max.toordinal())
for n in [1, 2, 365, 366, 730119, 737425, 3652059, 146097, 146098, 36524, 1461]:
    dd = date.fromordinal(n)
    print(n, dd, dd.toordinal() == n, dd.isocalendar(), dd.weekday())
show('fromordinal 0', lambda: date.fromordinal(0))
show('fromordinal max+1', lambda: date.fromordinal(3652060))
show('fromordinal float', lambda: date.fromordinal(1.0))
errors = 0
for y in list(range(1, 30)) + list(range(1896, 1905)) + list(range(1996, 2030)) + list(range(9990, 10000)):
    for m in (1, 2, 3, 12):
        for dd in (1, 28):
            x = date(y, m, dd)
            iso = x.isocalendar()
            if date.fromisocalendar(*iso) != x or date.fromordinal(x.toordinal()) != x:
                errors += 1
print('round trips failing:', errors)
print(date(2004, 12, 31).isocalendar(), date(2005, 1, 1).isocalendar(), date(2008, 12, 29).isocalendar(),
      date(2010, 1, 3).isocalendar(), date(9999, 12, 31).isocalendar(), date(1, 1, 1).isocalendar())
for args in [(2020, 1, 1), (2020, 53, 7), (2021, 53, 1), (2020, 54, 1), (2020, 0, 1), (2020, 1, 0),
             (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 5), (9999, 52, 6), (2015, 53, 1), ('x', 1, 1)]:
    show('fromisocalendar%r' % (args,), lambda: date.fromisocalendar(*args))
for s in ['2020-01-01', '20200101', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-13-01',
          '2020-02-30', '2020-0101', '202001-01', '2020-W54', '2020-W01-8', '0000-01-01', '2020-1-01',
          '２０２０-01-01', '2020-01-01 ', '2020W53', '2026W53', '2020-W00', '2020-01-01T00:00',
          '', '2020', '2020-01', '9999-12-31', '2020-W53-7', 5, None]:
    show('fromisoformat %r' % (s,), lambda: date.fromisoformat(s))
for f in ['%Y-%m-%d', '%A %d %B %Y', '%j %U %W %V %G %u %w', '%H:%M:%S.%f %z|%Z|', '%%', '%c', '%x', '%',
          '100%%', '%Y%', 'x%fy', '']:
    print(repr(f), repr(d.strftime(f)), repr(format(d, f)))
show('strftime int', lambda: d.strftime(5))
show('strftime year 5', lambda: date(5, 1, 2).strftime('%Y %y %C %G|%c'))
print(format(d), '{:%d/%m/%Y}'.format(d), f'{d}', f'{d:%Y}')
print(d.replace(year=2021, day=28), d.replace(month=3), d.replace(2019, 1, 1))
show('replace bad', lambda: d.replace(year=2021))
show('replace kw', lambda: d.replace(foo=1))
show('replace many', lambda: d.replace(1, 2, 3, 4))

t1 = timedelta(days=1)
print(d + t1, t1 + d, d - t1, d - date(2020, 1, 1), date(2020, 1, 1) - d, d + timedelta(hours=47))
print(d - timedelta(hours=1), d + timedelta(days=-366), date(2020, 3, 1) - date(2019, 3, 1))
show('max+1', lambda: date.max + t1)
show('min-1', lambda: date.min - t1)
show('d+1', lambda: d + 1)
show('d-1', lambda: d - 1)
show('d+d', lambda: d + d)
show('d-datetime', lambda: d - datetime(2020, 1, 1))
show('d<1', lambda: d < 1)
for other in [date(2020, 2, 29), date(2020, 3, 1), date(2019, 1, 1), datetime(2020, 2, 29), 'x', None]:
    show('cmp %r' % (other,), lambda: (d == other, d != other))
    show('order %r' % (other,), lambda: (d < other, d <= other, d > other, d >= other))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(hash(d), hash(date(1, 1, 1)), hash(date(9999, 12, 31)), hash(d) == hash(date(2020, 2, 29)))
print({date(2020, 1, i) for i in range(1, 15)})
print({date(2020, 1, 1): 'a', date(2020, 1, 1): 'b'})
for proto in range(6):
    data = pickle.dumps(d, proto)
    print(proto, data, pickle.loads(data) == d)
print(d.__reduce__(), d.__reduce_ex__(2))
show('set year', lambda: setattr(d, 'year', 5))
show('set foo', lambda: setattr(d, 'foo', 5))
show('del year', lambda: delattr(d, 'year'))
show('today type', lambda: type(date.today()).__name__)
show('today arg', lambda: date.today(1))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000), date.fromtimestamp(1700000000.999),
      date.fromtimestamp(-86400 * 365))
show('fromtimestamp nan', lambda: date.fromtimestamp(float('nan')))
show('fromtimestamp huge', lambda: date.fromtimestamp(1e20))
show('fromtimestamp year', lambda: date.fromtimestamp(1e12))
show('fromtimestamp str', lambda: date.fromtimestamp('1'))
print(MINYEAR, MAXYEAR, date.__name__, date.__qualname__, date.__module__, repr(date), date.__doc__)


class D(date):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.note = 'made by D'
        return self

    def __repr__(self):
        return 'D<%s>' % date.__repr__(self)


x = D(2020, 1, 1)
x.extra = 1
for label, v in [('x', x), ('x+1', x + t1), ('x-1', x - t1), ('replace', x.replace(day=2)),
                 ('fromordinal', D.fromordinal(5)), ('fromisoformat', D.fromisoformat('2020-05-05')),
                 ('fromisocalendar', D.fromisocalendar(2020, 1, 1)), ('fromtimestamp', D.fromtimestamp(0))]:
    print(label, repr(v), type(v).__name__, getattr(v, 'note', None))
print(x.extra, pickle.loads(pickle.dumps(x)), x == date(2020, 1, 1), hash(x) == hash(date(2020, 1, 1)))
show('D(2020)', lambda: D(2020))
