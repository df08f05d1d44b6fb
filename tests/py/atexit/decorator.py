import atexit

@atexit.register
def goodbye():
    print("goodbye")

print(goodbye.__name__ if hasattr(goodbye, "__name__") else "goodbye")
