# os.posix_spawn and posix_spawnp: file actions (open, close, dup2) played in order, setpgroup,
# setsid, PATH search, and CPython's errors and messages.
import os
print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
def attempt(label, fn, *a, **k):
    try: print(label, fn(*a, **k))
    except Exception as e: print(label, type(e).__name__, e, getattr(e, 'filename', None))
attempt('missing', os.posix_spawn, '/nonexist', ['x'], os.environ)
attempt('missing p', os.posix_spawnp, 'nonexist-x', ['x'], os.environ)
attempt('empty argv', os.posix_spawn, '/bin/true', [], os.environ)
attempt('argv type', os.posix_spawn, '/bin/true', 'x', os.environ)
attempt('env', os.posix_spawn, '/bin/true', ['x'], None)
attempt('action', os.posix_spawn, '/bin/true', ['x'], {}, file_actions=[(99,)])
attempt('open fails', os.posix_spawn, '/bin/true', ['x'], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 5, '/nonexist/x', os.O_RDONLY, 0)])
r, w = os.pipe()
pid = os.posix_spawnp('sh', ['sh', '-c', 'echo hi; echo err >&2'], os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_DUP2, w, 2), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w); print(os.waitpid(pid, 0)[1], os.read(r, 100))
os.close(r)
r, w = os.pipe()
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'cat; echo $(( $$ == $(ps -o pgid= -p $$) ))'], {'PATH': os.environ['PATH']}, setpgroup=0, file_actions=[(os.POSIX_SPAWN_OPEN, 0, '/etc/passwd', os.O_RDONLY, 0), (os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
data = b''
while True:
    chunk = os.read(r, 65536)
    if len(chunk) == 0:
        break
    data += chunk
print(os.waitpid(pid, 0)[1], data == open('/etc/passwd', 'rb').read() + b'1\n')
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'exit $(( $$ == $(ps -o sid= -p $$) ))'], dict(os.environ), setsid=True)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
