import atexit

def f():
    print("never")

atexit.register(f)
atexit._clear()
print(atexit._ncallbacks())
