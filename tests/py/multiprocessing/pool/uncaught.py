from multiprocessing import Pool
def f(x):
    if x == 0:
        raise ValueError("zero is not allowed")
    return 10 // x
print("top")
p = Pool(3)
print(p.map(f, [1, 2, 5]))
print(p.map(f, [1, 0]))
