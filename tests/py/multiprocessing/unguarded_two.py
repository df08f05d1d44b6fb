from multiprocessing import Process
import time

def first():
    print("first child")

def second():
    time.sleep(0.2)
    print("second child")

print("top of script")
a = Process(target=first)
a.start()
a.join()
print("between")
b = Process(target=second)
b.start()
print("end of script")
