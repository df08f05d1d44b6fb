# create_subprocess_exec/shell with PIPEs: communicate, streaming reads, exit codes,
# signals, and the loop's argument checks.
import asyncio
import signal
import sys

CHILD = '''
import sys
for line in sys.stdin:
    sys.stdout.write(line.upper())
    sys.stdout.flush()
sys.stderr.write('done\\n')
sys.exit(7)
'''


async def main():
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', CHILD,
                                             stdin=asyncio.subprocess.PIPE,
                                             stdout=asyncio.subprocess.PIPE,
                                             stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b'one\ntwo\n')
    print(out, err, p.returncode)

    # talk line by line
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', CHILD,
                                             stdin=asyncio.subprocess.PIPE,
                                             stdout=asyncio.subprocess.PIPE)
    for word in (b'alpha\n', b'beta\n'):
        p.stdin.write(word)
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    print(await p.stdout.read(), await p.wait(), p.returncode)

    p = await asyncio.create_subprocess_shell('echo out; echo err 1>&2; exit 2',
                                              stdout=asyncio.subprocess.PIPE,
                                              stderr=asyncio.subprocess.STDOUT)
    print(sorted((await p.stdout.read()).split()), await p.wait())

    p = await asyncio.create_subprocess_exec('true')
    print(p.stdin, p.stdout, p.stderr, await p.wait())

    p = await asyncio.create_subprocess_exec('sleep', '60', stdout=asyncio.subprocess.DEVNULL)
    p.send_signal(signal.SIGTERM)
    print('terminated:', await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '60')
    p.kill()
    print('killed:', await p.wait())

    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

    loop = asyncio.get_running_loop()
    for kw in ({'universal_newlines': True}, {'bufsize': 1}, {'text': True},
               {'encoding': 'utf-8'}, {'errors': 'strict'}, {'shell': True}):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **kw)
        except ValueError as e:
            print('ValueError:', e)
    for cmd, kw in ((['ls'], {}), ('ls', {'shell': False})):
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd, **kw)
        except ValueError as e:
            print('ValueError:', e)

    # several at once
    procs = [await asyncio.create_subprocess_exec(sys.executable, '-c', f'print({i} * 11)',
                                                  stdout=asyncio.subprocess.PIPE)
             for i in range(4)]
    outs = await asyncio.gather(*(p.communicate() for p in procs))
    print([o for o, _ in outs], [p.returncode for p in procs])

asyncio.run(main())
