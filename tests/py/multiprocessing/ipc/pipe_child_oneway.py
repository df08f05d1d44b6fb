# Pipe(False): children write, the parent reads until every write end is closed.
import multiprocessing

def produce(w, tag):
    for i in range(3):
        w.send((tag, i))
    w.send_bytes(tag.encode())

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(False)
    ps = [multiprocessing.Process(target=produce, args=(w, t)) for t in ("a", "b")]
    for p in ps:
        p.start()
        p.join()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv_bytes())
        except EOFError:
            break
    print(len(got))
    print(sorted(got))
    print([p.exitcode for p in ps])
