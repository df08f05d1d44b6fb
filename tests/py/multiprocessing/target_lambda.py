import multiprocessing
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    p = multiprocessing.Process(target=lambda: None)
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).split(" at ")[0])
    print(p.exitcode)
