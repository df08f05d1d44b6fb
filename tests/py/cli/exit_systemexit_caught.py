import sys
try:
    sys.exit(5)
except SystemExit:
    print("caught SystemExit")
print("still running")
