# datetime values cross a Queue to spawned and forked children and back (pickled with
# CPython's bytes), and the modules import in the child with the parent's TZ.
import multiprocessing as mp
import os
import time
from datetime import date, datetime, timedelta, timezone, time as dtime

os.environ['TZ'] = 'Asia/Kolkata'
time.tzset()


def work(q, values):
    import datetime as d
    q.put([(type(v).__name__, v) for v in values])
    q.put(d.datetime.fromtimestamp(1700000000).isoformat())
    q.put(time.tzname)


if __name__ == '__main__':
    values = [date(2020, 2, 29), datetime(2023, 11, 14, 17, 13, 20, 123456, fold=1),
              datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5), 'EST')), timedelta(days=-1, seconds=5),
              dtime(1, 2, 3, tzinfo=timezone.utc), timezone.utc, time.localtime(1700000000)]
    for ctx in (mp.get_context('spawn'), mp.get_context('fork')):
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, values))
        p.start()
        got = q.get()
        print([name for name, _ in got])
        print([v for _, v in got] == values, got[1][1].fold, got[6][1].tm_zone)
        print(q.get(), q.get())
        p.join()
        print('exit', p.exitcode)
