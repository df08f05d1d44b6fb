# Value and Array updated by children are seen by the parent; the lock of a Value makes
# concurrent increments exact.
import multiprocessing

def bump(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += i

def fill(raw, text):
    raw[:] = [x * 2 for x in raw[:]]
    text.value = b"child"

if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    arr = multiprocessing.Array("d", 4)
    ps = [multiprocessing.Process(target=bump, args=(counter, arr, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:])
    raw = multiprocessing.RawArray("i", [1, 2, 3])
    text = multiprocessing.Array("c", 10)
    p = multiprocessing.Process(target=fill, args=(raw, text))
    p.start()
    p.join()
    print(raw[:], text.value, p.exitcode)
