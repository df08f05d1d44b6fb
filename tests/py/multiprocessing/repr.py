import time
from multiprocessing import Process, current_process

def nap():
    time.sleep(0.2)

def fail():
    raise SystemExit(3)

def clean(r):
    words = []
    for w in r.split(" "):
        for key in ("pid=", "parent="):
            if w.startswith(key) and w[len(key):].rstrip(">").isdigit():
                w = key + "N" + (">" if w.endswith(">") else "")
        words.append(w)
    return " ".join(words)

if __name__ == "__main__":
    print(clean(repr(current_process())))
    p = Process(target=nap, name="napper", daemon=True)
    print(clean(repr(p)))
    p.start()
    print(clean(repr(p)))
    p.join()
    print(clean(repr(p)))
    q = Process(target=fail)
    q.start(); q.join()
    print(clean(repr(q)))
    q.close()
    print(clean(repr(q)))
    r = Process(target=nap)
    r.start(); r.terminate(); r.join()
    print(clean(repr(r)))
