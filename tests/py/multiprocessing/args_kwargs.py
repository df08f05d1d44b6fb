from multiprocessing import Process

def show(a, b, c=None, d="default"):
    print("a", a)
    print("b", b)
    print("c", c)
    print("d", d)

if __name__ == "__main__":
    p = Process(target=show, args=(1, "two"), kwargs={"c": (3, 4.5), "d": [True, None, b"x"]})
    p.start()
    p.join()
    print(p.exitcode)
