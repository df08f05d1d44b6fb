# An exception in __del__ is reported ("Exception ignored in: ...") and not raised.


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


def f():
    b = Bad()
    print("f returns")


f()
print("after f")
b = Bad()
del b
print("after del")
