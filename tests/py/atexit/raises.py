import atexit

def ok1():
    print("ok1 runs")

def bad():
    raise ValueError("boom in handler")

def ok2():
    print("ok2 runs")

atexit.register(ok1)
atexit.register(bad)
atexit.register(ok2)
print("main done")
