# set_executable as CPython's: it applies to 'spawn' children and not to 'fork' ones, a
# binary that cannot be executed gives a child that exits with status 255, None makes the
# next spawn fail, other types are refused. freeze_support() does nothing (off Windows).
import multiprocessing as mp, sys

def hello(tag):
    print("hello", tag)

if __name__ == "__main__":
    mp.freeze_support()
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    # (a first spawn starts CPython's resource tracker with the real executable)
    p = mp.get_context("spawn").Process(target=hello, args=("first",))
    p.start()
    p.join()
    mp.set_executable("/nonexistent/python")
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=hello, args=(method,))
        p.start()
        p.join()
        print(method, p.exitcode)
    for exe in (3, None):
        try:
            mp.set_executable(exe)
            p = mp.get_context("spawn").Process(target=hello, args=(exe,))
            p.start()
            p.join()
        except TypeError as e:
            print(exe, "TypeError:", e)
    mp.set_executable(sys.executable)
