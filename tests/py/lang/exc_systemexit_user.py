# SystemExit raised from Python code: code attribute and exit status.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("code", e.code)
print(SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code, StopIteration(3).value)
class Done(SystemExit):
    pass
raise Done(4)
