import multiprocessing as mp

def hello(tag):
    print("hello from", tag, mp.current_process().name)

if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    print(mp.get_all_start_methods())
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
    try:
        mp.get_context("threads")
    except ValueError as e:
        print("ValueError:", e)
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method())
    p = ctx.Process(target=hello, args=("context",))
    p.start()
    p.join()
    print(p.exitcode)
    try:
        ctx.set_start_method("fork")
    except ValueError as e:
        print("ValueError:", e)
    mp.freeze_support()
    mp.set_start_method("bogus", force=True)
