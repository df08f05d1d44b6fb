import atexit

def f():
    print("f at exit")

print(atexit.register(f) is f)
