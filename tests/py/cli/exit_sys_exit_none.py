import sys
print("before")
sys.exit(None)
print("not reached")
