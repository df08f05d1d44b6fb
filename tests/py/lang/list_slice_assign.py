# List slice assignment: every step, growing, shrinking, inserting where stop < start,
# a list assigned into itself, any iterable, and the errors.
a=[1,2,3,4]; a[3:1]=[9]; print(a)
a=[1,2,3,4]; a[1:3]=a; print(a)
a=[1,2,3,4]; a[-10:10]=(7,); print(a)
a=[1,2,3,4]; a[1:1]=(7,8,9); print(a)
a=[1,2,3,4]; a[0:3]=[]; print(a)
a=[1,2,3,4]; a[2:]=[5,6,7,8]; print(a)
a=[]; a[:]=a; print(a)
a=[1,2,3]; a[::1]=(0,); print(a)
a=[1,2,3]; a[1:2]=iter([5,6]); print(a)
a=[1,2,3]; a[::-1]=[4,5,6]; print(a)
class L(list):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
b=L([1,2]); b[0:1]=[5]; print(b)
try:
    a[1:2]=5
except TypeError as e: print(e)
a=list(range(10)); a[2:8]=a[4:6]; print(a)
a=list(range(10)); a[2:4]=a[0:8]; print(a)
a=list(range(10)); a[::2]=range(5); print(a)
a=list(range(10)); a[8:2:-2]=[0,0,0]; print(a)
try:
    a[::2]=[1]
except ValueError as e: print(e)
a=list(range(10)); a[::-1]=a; print(a)
def g():
    yield 1
    raise TypeError("inner")
try:
    a[0:1]=g()
except TypeError as e: print(e)
a = list(range(100000))
for i in range(0, 100000, 10):
    a[i:i + 10] = range(i, i + 10)
print(sum(a))
