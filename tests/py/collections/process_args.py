# A namedtuple defined at module level travels to a child (pickled by reference to __main__),
# as do deque, defaultdict, OrderedDict and Counter values.
import multiprocessing as mp
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

Job = namedtuple('Job', 'ident payload')


def work(job, q):
    counts = Counter(job.payload)
    q.put((job._replace(payload=job.payload.upper()), counts, deque(job.payload, maxlen=2)))


def check(d, od):
    print('child', type(d).__name__, d['k'], d['new'], od, flush=True)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=work, args=(Job(1, 'abca'), q))
    p.start()
    job, counts, dq = q.get()
    p.join()
    print(job, type(job) is Job, counts.most_common(1), dq)
    d = defaultdict(list, k=[1])
    p = mp.Process(target=check, args=(d, OrderedDict(a=1)))
    p.start()
    p.join()
    print(p.exitcode)
