print(format(int))
print(f"{int}")
print("{}".format(float))
try:
  format(int,"x")
except TypeError as e: print(e)
class M(type):
  def __format__(c, s): return "M"+s
class A(metaclass=M): pass
print(format(A,"q"), format(A()) [:10])
