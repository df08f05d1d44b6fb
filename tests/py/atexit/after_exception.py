import atexit

def cleanup():
    print("cleanup ran")

atexit.register(cleanup)
raise KeyError("missing")
