import pickle
from datetime import datetime, timedelta, timezone
import zoneinfo
from zoneinfo import ZoneInfo

keys = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata',
        'UTC', 'Pacific/Apia', 'America/Sao_Paulo', 'Europe/Dublin', 'Africa/Casablanca']
moments = [datetime(1900, 1, 1), datetime(1970, 6, 1, 12), datetime(2021, 3, 28, 2, 30),
           datetime(2021, 10, 31, 2, 30), datetime(2021, 3, 14, 2, 30), datetime(2021, 11, 7, 1, 30),
           datetime(2021, 4, 4, 1, 45), datetime(2011, 12, 30, 12), datetime(2037, 7, 1),
           datetime(2100, 1, 15, 8), datetime(2100, 7, 15, 8), datetime(2023, 10, 29, 1, 15)]
for key in keys:
    z = ZoneInfo(key)
    print(repr(z), str(z), z.key, z is ZoneInfo(key))
    for m in moments:
        for fold in (0, 1):
            d = m.replace(tzinfo=z, fold=fold)
            print(' ', d.isoformat(), fold, d.utcoffset(), d.dst(), d.tzname())
    # conversions from UTC around the year
    start = datetime(2021, 1, 1, tzinfo=timezone.utc)
    for hours in range(0, 24 * 365, 24 * 30 + 7):
        u = start + timedelta(hours=hours)
        local = u.astimezone(z)
        print(' ', u.isoformat(), '->', local.isoformat(), local.fold, local.tzname(),
              local.astimezone(timezone.utc) == u)

# every hour across New York's two 2021 transitions
ny = ZoneInfo('America/New_York')
for base in (datetime(2021, 3, 14, 5, tzinfo=timezone.utc), datetime(2021, 11, 7, 4, tzinfo=timezone.utc)):
    for h in range(5):
        u = base + timedelta(minutes=30 * h)
        loc = u.astimezone(ny)
        print(u.time(), loc.isoformat(), loc.fold, loc.tzname(), loc.dst())

print(ZoneInfo.no_cache('UTC') is ZoneInfo('UTC'), pickle.loads(pickle.dumps(ny)) is ny)
with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f:
    tokyo = ZoneInfo.from_file(f, key='Tokyo')
print(repr(tokyo), datetime(2020, 1, 1, tzinfo=tokyo).utcoffset())
for bad in ['No/Such_Zone', '/etc/passwd', '../x', 'a/../../b', '']:
    try:
        ZoneInfo(bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except ValueError as e:
        print('ValueError', e)
import io
try:
    ZoneInfo.from_file(io.BytesIO(b'not a tzif file'))
except ValueError as e:
    print('ValueError', e)
zones = zoneinfo.available_timezones()
print(len(zones) > 300, {'Europe/Paris', 'UTC', 'America/Argentina/Buenos_Aires'} <= zones,
      'posixrules' in zones, any(z.startswith('right/') for z in zones))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(['/nonexistent'])
try:
    ZoneInfo.no_cache('Europe/Paris')
except zoneinfo.ZoneInfoNotFoundError as e:
    print('ZoneInfoNotFoundError', e)
try:
    zoneinfo.reset_tzpath('relative')
except TypeError as e:
    print('TypeError', e)
try:
    zoneinfo.reset_tzpath(['relative'])
except ValueError as e:
    print('ValueError', e)
zoneinfo.reset_tzpath()
print(ZoneInfo('Europe/Paris').utcoffset(None), ZoneInfo('Europe/Paris').tzname(None))
