import atexit
atexit.register(42)
