from multiprocessing import Process

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def show(*args, **kwargs):
    for a in args:
        print(repr(a))
    for k in sorted(kwargs):
        print(k, repr(kwargs[k]))

if __name__ == "__main__":
    p = Process(target=show, args=({1: "one", (2, 3): "pair"}, {4, 5}, frozenset([6]), Point(1, 2), 10**30, 1.5, -0.0, None),
                kwargs={"nested": [{"a": [1, 2]}, (3,)], "data": b"\x00\x01", "flag": True})
    p.start()
    p.join()
    print("exitcode", p.exitcode)
