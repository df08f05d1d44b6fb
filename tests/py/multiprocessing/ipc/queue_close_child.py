# A child closes its queue and waits for the feeder with join_thread(); a child that
# cancelled the join loses nothing when the pipe has room.
import multiprocessing

def closer(q):
    for i in range(5):
        q.put(i)
    q.close()
    q.join_thread()
    try:
        q.put(99)
    except ValueError:
        pass

def canceller(q):
    q.put("small")
    q.cancel_join_thread()

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=closer, args=(q,))
    p.start()
    p.join()
    print([q.get(timeout=10) for i in range(5)], p.exitcode)
    p = multiprocessing.Process(target=canceller, args=(q,))
    p.start()
    p.join()
    print(p.exitcode)
    q.close()
    q.join_thread()
    print("closed")
