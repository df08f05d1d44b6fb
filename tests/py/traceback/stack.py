import traceback, sys, io
def g():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    s = traceback.extract_stack()
    print(len(s) >= 2, s[-1].name, s[-1].line)
def f(): g()
f()
