from multiprocessing import Process, Event

def waiter(ev, done):
    ev.wait()
    print("child saw the event")
    done.set()

if __name__ == "__main__":
    ev, done = Event(), Event()
    p = Process(target=waiter, args=(ev, done))
    p.start()
    print(ev.is_set(), done.wait(0.2))
    ev.set()
    print(done.wait(10))
    p.join()
    print(p.exitcode)
