import sys
print(type(sys.executable) is str)
print(len(sys.executable) > 0)
