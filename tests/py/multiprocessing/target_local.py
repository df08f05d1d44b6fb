import multiprocessing

def main():
    def inner():
        print("never")
    p = multiprocessing.Process(target=inner)
    p.start()

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    main()
