import multiprocessing as mp, os, pickle
class Box:
    pass
def work(tag):
    print(tag, __name__, work.__module__, Box.__module__, type(Box()).__name__, pickle.loads(pickle.dumps(Box())).__class__.__module__)
if __name__ == "__main__":
    for ctx in (mp, mp.get_context("fork"), mp.get_context("spawn"), mp.get_context("forkserver")):
        p = ctx.Process(target=work, args=(ctx.get_start_method(),)); p.start(); p.join()
    mp.set_start_method("spawn", force=True)
    p = mp.Process(target=work, args=("set spawn",)); p.start(); p.join()
