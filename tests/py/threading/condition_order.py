# Condition.wait/notify hand-offs ordered by events; wait(timeout) returns False on time-out.
import threading

cond = threading.Condition()
log = []
ready = threading.Event()


def waiter():
    with cond:
        ready.set()
        log.append("waiting")
        r = cond.wait()
        log.append("woken")
        log.append(r)


t = threading.Thread(target=waiter)
t.start()
ready.wait()
with cond:
    log.append("notifying")
    cond.notify()
t.join()
print(log)
with cond:
    print(cond.wait(0.05))
    print(cond.wait_for(lambda: True))
    print(cond.wait_for(lambda: False, 0.05))
