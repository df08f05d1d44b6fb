import atexit

def f(n):
    print("handler", n)

atexit.register(f, 1)
atexit.register(f, 2)
atexit._run_exitfuncs()
print("after explicit run")
atexit.register(f, 3)
