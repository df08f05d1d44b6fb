from multiprocessing import Process

def fails():
    raise ValueError("child failed")

if __name__ == "__main__":
    p = Process(target=fails)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
