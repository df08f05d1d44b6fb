import functools
from multiprocessing import Process

def greet(greeting, name, punct="."):
    print(greeting + ", " + name + punct)

class Greeter:
    def __init__(self, word):
        self.word = word
    def hello(self, name):
        print(self.word, name)

if __name__ == "__main__":
    targets = [
        functools.partial(greet, "Hello", punct="!"),
        Greeter("Hi").hello,
        Greeter,
    ]
    for t in targets:
        p = Process(target=t, args=("world",))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
