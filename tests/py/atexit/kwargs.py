import atexit

def show(a, b, sep=" "):
    print("show", a, b, sep=sep)

atexit.register(show, "x", "y", sep="+")
atexit.register(show, 1, 2)
