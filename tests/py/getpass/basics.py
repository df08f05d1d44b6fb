# getpass as CPython 3.11's: getuser from the environment and the password database;
# getpass in a child without a controlling terminal, reading stdin from a pipe (echo
# cannot be turned off: CPython's warning and fallback), and from a StringIO stdin.
import getpass
import io
import os
import pwd
import subprocess
import sys
import warnings

saved = {k: os.environ.pop(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME') if k in os.environ}
print(getpass.getuser() == pwd.getpwuid(os.getuid())[0])
os.environ['USERNAME'] = 'fourth'
os.environ['LNAME'] = 'third'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for k, v in saved.items():
    os.environ[k] = v
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))

child = r'''
import getpass, sys
try:
    pw = getpass.getpass("Secret: ")
    print("got", repr(pw))
    pw = getpass.getpass(stream=sys.stdout)
    print("got", repr(pw))
    getpass.getpass()
except EOFError:
    print("EOFError")
'''
r = subprocess.run([sys.executable, '-c', child], input='s3cret\nsecond\n', text=True,
                   capture_output=True, start_new_session=True)
print(r.returncode)
print(r.stdout)
print([line.split(': ', 1)[-1] if 'GetPassWarning' in line else line
       for line in r.stderr.splitlines()
       if 'GetPassWarning' in line or 'Warning:' in line or 'Secret' in line or line.strip() == ''])

child = r'''
import getpass, io, sys, warnings
sys.stdin = io.StringIO('from string\n')
err = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(getpass.getpass('PW> ', stream=err)))
    print([(x.category.__name__, str(x.message)) for x in w])
print(repr(err.getvalue()))
'''
r = subprocess.run([sys.executable, '-c', child], text=True, capture_output=True,
                   start_new_session=True, stdin=subprocess.DEVNULL)
print(r.returncode, r.stdout, repr(r.stderr))
