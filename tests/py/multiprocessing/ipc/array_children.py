from multiprocessing import Process, Array

def fill(arr, start, step):
    for i in range(start, len(arr), step):
        arr[i] = i * i

if __name__ == "__main__":
    arr = Array("d", 10)
    procs = [Process(target=fill, args=(arr, k, 2)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:])
    print(len(arr), arr[3], arr[-1])
