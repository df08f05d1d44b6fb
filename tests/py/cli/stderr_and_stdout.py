import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")
sys.stdout.flush()
sys.stderr.write("err 2\n")
