import atexit

def say(word):
    print("exit", word)

atexit.register(say, "first")
atexit.register(say, "second")
atexit.register(say, "third")
print("main done")
