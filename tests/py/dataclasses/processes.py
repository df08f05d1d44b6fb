# Dataclass instances cross to children (as Process arguments and through a Queue, by
# reference to their class) and come back equal; frozen and slotted ones too.
import multiprocessing as mp
import pickle
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Job:
    priority: int
    name: str = 'job'
    params: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Result:
    job: Job
    value: float


@dataclass(frozen=True, slots=True)
class Tag:
    text: str


def work(q, job, tag):
    q.put(Result(job, job.priority * 1.5))
    q.put((tag, type(tag).__name__, tag == Tag('t')))


def main():
    job = Job(2, 'square', {'n': [1, 2]})
    data = pickle.dumps(job)
    print(b'Job' in data, pickle.loads(data) == job, pickle.loads(data))
    print(pickle.loads(pickle.dumps(Result(job, 1.0))))
    for method in ('spawn', 'fork'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, job, Tag('t')))
        p.start()
        res = q.get()
        tag = q.get()
        p.join()
        print(method, res, res.job == job, asdict(res), tag, p.exitcode)
    with mp.Pool(2) as pool:
        print(sorted(pool.map(Job, [3, 1, 2])))


if __name__ == '__main__':
    main()
