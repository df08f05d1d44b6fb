import time
from multiprocessing import Process, current_process

def nap():
    time.sleep(0.3)

def check(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

if __name__ == "__main__":
    p = Process(target=nap)
    check("join before start", p.join)
    check("exitcode before start", lambda: print(p.exitcode))
    check("sentinel before start", lambda: p.sentinel)
    check("close before start", p.close)
    check("start closed", p.start)
    q = Process(target=nap)
    q.start()
    check("close running", q.close)
    check("daemon after start", lambda: setattr(q, "daemon", True))
    check("start twice", q.start)
    q.join()
    check("close finished", q.close)
    check("is_alive closed", q.is_alive)
    check("join closed", q.join)
    check("name after close", lambda: print(q.name))
    check("join current", current_process().join)
    check("group", lambda: Process(group=1))
    check("name type", lambda: Process(name=5))
