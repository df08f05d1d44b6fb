# NamedTuple instances and generic classes cross to 'spawn' and 'fork' children (by
# reference to their classes); typing's aliases pickle by name.
import multiprocessing as mp
import pickle
import typing
from typing import NamedTuple, TypedDict, Generic, TypeVar, List, Optional

T = TypeVar('T')


class Task(NamedTuple):
    name: str
    weight: int = 1


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Cfg(TypedDict):
    n: int


def work(q, task, box, cfg, alias):
    q.put((task, task.weight * 2, type(box).__name__, box.item, cfg, type(cfg).__name__, alias))


def main():
    print(pickle.loads(pickle.dumps(Task('a', 3))), pickle.loads(pickle.dumps(T)) is T)
    print(pickle.loads(pickle.dumps(Optional[List[Task]])))
    for method in ('spawn', 'fork'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, Task('job', 4), Box[int](7), Cfg(n=2),
                                           typing.Dict[str, Task]))
        p.start()
        print(method, q.get())
        p.join()


if __name__ == '__main__':
    main()
