import time
from multiprocessing import Process

def forever():
    time.sleep(30)
    print("daemon should never print this")

if __name__ == "__main__":
    p = Process(target=forever, daemon=True)
    print(p.daemon)
    p.start()
    print(p.is_alive())
    print("main exits; daemon is terminated")
