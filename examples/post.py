from multiprocessing import Process
import time
def worker():
    time.sleep(2)
    print("Worker process")
p = Process(target=worker)
p.start()
print("All done")
