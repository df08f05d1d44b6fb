import os
from multiprocessing import Process

def child():
    print("child sees", os.environ.get("GOPY_TEST_VAR"), os.getenv("GOPY_TEST_VAR"))

if __name__ == "__main__":
    os.environ["GOPY_TEST_VAR"] = "set by parent"
    print(os.getenv("GOPY_TEST_VAR"), "GOPY_TEST_VAR" in os.environ)
    p = Process(target=child)
    p.start()
    p.join()
    del os.environ["GOPY_TEST_VAR"]
    print(os.environ.get("GOPY_TEST_VAR", "unset"))
    try:
        os.environ["X"] = 1
    except TypeError as e:
        print("TypeError:", e)
    c = os.environ.copy()
    print(type(c).__name__, list(c) == list(os.environ), c.get("HOME") == os.getenv("HOME"))
    os.environ["NOT_THERE_EITHER"]
