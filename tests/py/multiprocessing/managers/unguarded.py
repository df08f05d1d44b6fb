from multiprocessing import Manager, Process, Pool
def add(d, k):
    d[k] = k * 10
def square(x):
    return x * x
m = Manager()
d = m.dict()
ps = [Process(target=add, args=(d, i)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(d.items()))
with Pool(2) as pool:
    print(pool.map(square, range(4)))
    r = pool.apply_async(add, (d, 9))
    r.get(timeout=10)
print(sorted(d.keys()))
try:
    m.start()
except Exception as e:
    print(type(e).__name__, e)
m.shutdown()
try:
    m.start()
except Exception as e:
    print(type(e).__name__, e)
print("end")
