# subprocess: run/call/check_call/check_output/getoutput/getstatusoutput, Popen with pipes
# (bytes and text, DEVNULL, STDOUT, files, pass_fds, cwd, env, shell, sessions and process
# groups), communicate (input, large data both ways, timeout and resuming), wait/poll/
# terminate/kill, the exceptions' messages and attributes, reprs; no zombie and no
# descriptor left behind after many runs.
import os
import signal
import subprocess
import sys
import tempfile

PIPE, STDOUT, DEVNULL = subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL


def attempt(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.run(['echo', 'hello'], capture_output=True))
print(subprocess.run(['true']))
print(subprocess.run('exit 3', shell=True))
print(subprocess.run(['printf', 'a\\nb\\r\\nc\\rd'], stdout=PIPE, text=True).stdout.splitlines())
print(subprocess.run(['printf', 'a\\nb\\r\\nc\\rd'], stdout=PIPE).stdout)
print(subprocess.run(['cat'], input=b'bytes in', capture_output=True))
print(subprocess.run(['cat'], input='text in\r\n', capture_output=True, text=True))
print(subprocess.run(['cat'], input='utf8 é', stdout=PIPE, encoding='utf-8').stdout)
print(subprocess.run('echo out; echo err >&2', shell=True, stdout=PIPE, stderr=STDOUT))
print(subprocess.run(['sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar', 'PATH': os.environ['PATH']},
                     cwd='/', capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo $0 "$@"', 'zero', 'one', 'two'], stdout=PIPE).stdout)
print(subprocess.run('echo "$0"', shell=True, executable='/bin/sh', stdout=PIPE).stdout)
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:]); sys.exit(5)', 'x y'],
                   stdout=PIPE, text=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']), subprocess.check_output('echo $((6*7))', shell=True, text=True))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.getoutput('echo hi; echo there; exit 2'), subprocess.getstatusoutput('echo x; exit 4'),
      subprocess.getstatusoutput('true'))

# errors
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo some; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout)
try:
    subprocess.run(['sh', '-c', 'echo o; echo e >&2; kill -9 $$'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
print(subprocess.CalledProcessError(-200, 'cmd'), subprocess.CalledProcessError(1, ['a', 'b']))
e = subprocess.TimeoutExpired(['x'], 1.5, output=b'o')
print(e, e.stdout, e.stderr, isinstance(e, subprocess.SubprocessError))
attempt('missing', subprocess.run, ['no-such-program-here'])
attempt('missing path', subprocess.run, ['/no/such/program'])
attempt('not executable', subprocess.run, ['/etc/passwd'])
attempt('bad cwd', subprocess.run, ['true'], cwd='/no/such/dir')
attempt('cwd not dir', subprocess.run, ['true'], cwd='/etc/passwd')
attempt('null byte', subprocess.run, ['echo', 'a\0b'])
attempt('env name', subprocess.run, ['true'], env={'A=B': 'c'})
attempt('input and stdin', subprocess.run, ['cat'], input=b'x', stdin=PIPE)
attempt('capture and stdout', subprocess.run, ['cat'], capture_output=True, stdout=PIPE)
attempt('check_output stdout', subprocess.check_output, ['true'], stdout=PIPE)
attempt('text and universal', subprocess.Popen, ['true'], text=True, universal_newlines=False)
attempt('pathlike shell', subprocess.Popen, __import__('pathlib').Path('x'), shell=True)
attempt('startupinfo', subprocess.Popen, ['true'], startupinfo=1)

# Popen
p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(repr(p).startswith("<Popen: returncode: None args: ['cat']>"), p.returncode, p.poll())
p.stdin.write(b'line one\n')
p.stdin.flush()
print(p.stdout.readline())
out, err = p.communicate(b'rest')
print(out, err, p.returncode, repr(p))
attempt('again', p.communicate, b'more')
print(p.communicate())
big = bytes(range(256)) * 4000
p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo started; exec sleep 30'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.stdout.readline())
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('timeout', e, repr(e.stdout), repr(e.stderr))
attempt('input after start', p.communicate, b'late')
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sleep', '30'])
attempt('wait', p.wait, timeout=0.1)
print(p.poll())
p.terminate()
print(p.wait(), p.wait(), p.poll())
p.send_signal(signal.SIGKILL)
p = subprocess.Popen(['sleep', '30'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'exit 9'])
print(p.wait(timeout=30), p.returncode, p.args)
with subprocess.Popen(['echo', 'in with'], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, universal_newlines=True, bufsize=1)
print(p.universal_newlines, p.text_mode, type(p.stdin).__name__, p.stdin.line_buffering, p.encoding is not None)
p.stdin.write('text\n')
print(repr(p.stdout.readline()))
p.stdin.close()
p.wait()
p.stdout.close()

# descriptors, files, sessions, groups
with tempfile.TemporaryFile() as f:
    subprocess.run(['echo', 'to a file'], stdout=f)
    subprocess.run(['sh', '-c', 'echo to fileno >&2'], stderr=f.fileno())
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile() as f:
    f.write(b'from a file\n')
    f.seek(0)
    print(subprocess.run(['cat'], stdin=f, stdout=PIPE).stdout)
print(subprocess.run(['cat'], stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL).stdout)
r, w = os.pipe()
print(subprocess.run(['sh', '-c', 'echo via fd >&%d' % w], pass_fds=[w], stderr=DEVNULL).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
print(subprocess.run(['sh', '-c', 'echo x >&%d' % w], stderr=DEVNULL).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
print(subprocess.run(['sh', '-c', 'echo inherited >&%d' % w], close_fds=False, stderr=DEVNULL).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
ids = 'echo $(( $(ps -o sid= -p $$) == $$ )) $(( $(ps -o pgid= -p $$) == $$ ))'
print(subprocess.run(ids, shell=True, start_new_session=True, stdout=PIPE).stdout,
      subprocess.run(ids, shell=True, process_group=0, stdout=PIPE).stdout,
      subprocess.run(ids, shell=True, stdout=PIPE).stdout)

# no zombies, no descriptors left behind
before = sorted(os.listdir('/proc/self/fd'))
for i in range(100):
    subprocess.run(['true'], capture_output=True, input=b'x' if i % 2 else None)
    subprocess.Popen(['true'])
subprocess.Popen(['true']).wait()
after = sorted(os.listdir('/proc/self/fd'))
print(len(after) - len(before))
left = 0
for p in list(subprocess._active) if hasattr(subprocess, '_active') else []:
    p.wait()
import time
for _ in range(200):
    zombies = [d for d in os.listdir('/proc') if d.isdigit() and os.path.exists('/proc/%s/stat' % d)
               and open('/proc/%s/stat' % d).read().split(') ')[-1].split()[:2] == ['Z', str(os.getpid())]]
    if len(zombies) <= 1:
        break
    subprocess.Popen(['true']).wait()
print('zombies', len(zombies) <= 1)
