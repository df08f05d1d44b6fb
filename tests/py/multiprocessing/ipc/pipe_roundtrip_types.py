from multiprocessing import Pipe, Process

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def echo(conn):
    while True:
        obj = conn.recv()
        if obj is None:
            break
        conn.send(obj)
    conn.close()

if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=echo, args=(child,))
    p.start()
    for obj in [1, 2.5, "text", b"bytes", (1, (2, 3)), [None, True], {"k": [1, 2]}, {1, 2, 3}, Point(1, 2), 10 ** 40]:
        parent.send(obj)
        back = parent.recv()
        print(repr(back), back == obj if not isinstance(obj, Point) else repr(back) == repr(obj))
    parent.send(None)
    p.join()
    print(p.exitcode)
