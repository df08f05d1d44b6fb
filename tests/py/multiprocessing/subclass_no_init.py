from multiprocessing import Process

class Broken(Process):
    def __init__(self):
        self.x = 1

if __name__ == "__main__":
    b = Broken()
    print(b.x)
    try:
        b.start()
    except AttributeError as e:
        print("AttributeError:", e)
