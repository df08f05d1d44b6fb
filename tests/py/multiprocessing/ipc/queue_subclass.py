# multiprocessing's Queue, JoinableQueue and SimpleQueue are classes a script can
# subclass (with ctx=, as CPython's), pass to a child, and parameterize (SimpleQueue[int]).
import multiprocessing as mp
from multiprocessing.queues import Queue, JoinableQueue, SimpleQueue


class LoggingQueue(Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize, ctx=mp.get_context())
        self.puts = 0

    def put(self, obj, block=True, timeout=None):
        self.puts += 1
        super().put(('logged', obj), block, timeout)


class CountingSimple(SimpleQueue):
    def __init__(self):
        super().__init__(ctx=mp.get_context())

    def get(self):
        return ('got', super().get())


def child(q, s):
    q.put('from child')
    s.put(type(q).__name__ + '/' + type(s).__name__)


if __name__ == '__main__':
    q = LoggingQueue(3)
    q.put(1)
    print(q.get(), q.puts, isinstance(q, Queue), type(q).__name__)
    print(repr(q).split(' object at ')[0])
    s = CountingSimple()
    s.put('x')
    print(s.get(), s.empty())
    p = mp.Process(target=child, args=(q, s))
    p.start()
    print(q.get(timeout=60))
    print(s.get())
    p.join()
    print(p.exitcode)
    print(SimpleQueue[int], Queue.__module__, issubclass(JoinableQueue, Queue))
    print(isinstance(mp.JoinableQueue(), Queue), isinstance(mp.Queue(), JoinableQueue))
    for call in (lambda: Queue(), lambda: SimpleQueue(), lambda: Queue(1, ctx=mp.get_context(), foo=2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    jq = JoinableQueue(ctx=mp.get_context())
    jq.put(5)
    print(jq.get())
    jq.task_done()
    jq.join()
    print(q._reader is not None, q._writer is not None, type(s._reader).__name__)

    class Forgot(Queue):
        def __init__(self):
            pass

    try:
        Forgot().put(1)
    except AttributeError as e:
        print("AttributeError")
