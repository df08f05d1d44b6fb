# Queue misuse: CPython's exceptions.
import queue
import multiprocessing

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

t("maxsize str", lambda: multiprocessing.Queue("x"))
t("maxsize kw", lambda: multiprocessing.Queue(maxsize=1).qsize())
q = multiprocessing.Queue(1)
t("get timeout negative", lambda: q.get(timeout=-1))
t("get block False", lambda: q.get(False, 5))
q.put(1)
t("put timeout negative", lambda: q.put(2, timeout=-1))
t("put no block", lambda: q.put(2, False))
t("get", lambda: q.get())
t("put missing", lambda: q.put())
s = multiprocessing.SimpleQueue()
t("simple get arg", lambda: s.get(1))
j = multiprocessing.JoinableQueue()
t("task_done", lambda: j.task_done())
j.put(None)
t("task_done ok", lambda: j.task_done())
t("task_done again", lambda: j.task_done())
