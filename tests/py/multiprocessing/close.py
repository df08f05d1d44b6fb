from multiprocessing import Process

def noop():
    pass

if __name__ == "__main__":
    p = Process(target=noop)
    p.start()
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError:
        print("closed process refuses is_alive")
    p.start()
