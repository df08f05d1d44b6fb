import sys, threading

ready = threading.Event()
go_on = threading.Event()
seen = []

def worker():
    try:
        raise KeyError("in thread")
    except KeyError:
        ready.set()
        go_on.wait()
        seen.append(repr(sys.exc_info()[1]))
    seen.append(repr(sys.exc_info()[1]))

t = threading.Thread(target=worker)
t.start()
ready.wait()
print("main sees", sys.exc_info())
try:
    raise ValueError("in main")
except ValueError:
    go_on.set()
    t.join()
    print("main handles", repr(sys.exc_info()[1]))
print(seen)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(repr(e.__context__))
