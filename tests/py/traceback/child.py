# A worker reports its failure to the parent as traceback.format_exc() text.
import os
import traceback
from multiprocessing import Process, Queue


def task(q):
    try:
        raise ValueError('bad input 42')
    except ValueError:
        q.put(traceback.format_exc())


if __name__ == '__main__':
    q = Queue()
    p = Process(target=task, args=(q,))
    p.start()
    text = q.get()
    p.join()
    lines = text.splitlines()
    print(lines[0])
    print([os.path.basename(l.split('"')[1]) for l in lines if l.startswith('  File')])
    print(lines[-1], p.exitcode)
