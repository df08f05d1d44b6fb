# traceback's stack functions: print_stack, format_stack, extract_stack. The script's
# directory is replaced by <dir> so the output does not depend on the checkout's path.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def show(text):
    sys.stdout.write(text.replace(HERE, '<dir>'))


def g():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    show(buf.getvalue())
    show(repr(traceback.format_stack(limit=1)) + '\n')
    s = traceback.extract_stack()
    print(len(s) >= 2, s[-1].name, s[-1].line)


def f():
    g()


f()
