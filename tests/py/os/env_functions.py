import os
print(os.getenv('NOPE_X'), os.getenv('NOPE_X', 'd'), os.getenv(key='HOME') is not None)
os.putenv('GOPY_PE', 'v')
import subprocess
print(subprocess.run(['sh', '-c', 'echo $GOPY_PE'], capture_output=True, text=True).stdout)
os.unsetenv('GOPY_PE')
print(subprocess.run(['sh', '-c', 'echo x$GOPY_PE'], capture_output=True, text=True).stdout)
for a in [('a=b', 'c'), ('', 'c'), ('a\0', 'c'), (1, 'c')]:
    try:
        os.putenv(*a)
    except Exception as e:
        print(type(e).__name__, e)
for a in ['a=b', '', 'a\0', 1]:
    try:
        os.unsetenv(a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.getenv(1)
except Exception as e:
    print(type(e).__name__, e)
os.environ['GOPY_E2'] = 'w'
print(os.getenv('GOPY_E2'))
