import atexit, sys

def cleanup():
    print("cleanup ran")

atexit.register(cleanup)
sys.exit(2)
