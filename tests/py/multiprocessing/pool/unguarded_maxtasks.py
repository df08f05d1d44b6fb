from multiprocessing import Pool
def sq(x):
    return x * x
print("top")
pool = Pool(2, maxtasksperchild=1)
print(pool.map(sq, range(6), chunksize=1))
pool.close()
pool.join()
print("end")
