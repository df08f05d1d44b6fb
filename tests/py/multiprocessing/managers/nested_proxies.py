# A managed list stored in a managed dict (or list) stays shared: reading it back gives a
# proxy to the same list, so a change made through it is seen through the others.
# Manager().Array is an array.array in the manager.
import multiprocessing as mp


def add(d, key, value):
    d[key].append(value)


if __name__ == "__main__":
    with mp.Manager() as m:
        inner = m.list([1])
        d = m.dict({"a": inner})
        got = d["a"]
        print(type(got).__name__)
        got.append(2)
        print(inner[:], d["a"][:])
        p = mp.Process(target=add, args=(d, "a", 3))
        p.start()
        p.join()
        print(inner[:])
        outer = m.list([m.dict()])
        outer[0]["k"] = 1
        print(outer[0].copy(), len(outer))
        arr = m.Array("i", [1, 2, 3])
        print(arr[:], arr[1], len(arr))
        arr[0] = 7
        print(arr[:2], str(arr))
