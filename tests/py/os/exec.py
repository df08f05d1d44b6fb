# The exec family: argument errors, a missing program's OSError, and execve replacing the
# process (its output and exit status are the new program's).
import os, sys
for f in [lambda: os.execv('/nonexist', ['a']), lambda: os.execv('/bin/true', []), lambda: os.execv('/bin/true', ['']),
          lambda: os.execv('/bin/true', 'ab'), lambda: os.execve('/bin/true', ['a'], 3), lambda: os.execv('/bin/true', [3]),
          lambda: os.execvp('nonexist_zz', ['a']), lambda: os.execve('/nonexist', ['a'], {}), lambda: os.execl('/nonexist', 'a'),
          lambda: os.execlp('nonexist_zz', 'a'), lambda: os.execv('/bin/true')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, e.filename if isinstance(e, OSError) else '')
sys.stdout.flush()
os.execve("/bin/sh", ["sh", "-c", "echo replaced $ZZ_E; exit 3"], {"ZZ_E": "env", "PATH": "/bin:/usr/bin"})
