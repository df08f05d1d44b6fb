# The stat module: constants, S_IS* tests, S_IMODE/S_IFMT, filemode, argument errors.
import stat, os
print(sorted(n for n in dir(stat) if not n.startswith('__')) == sorted(n for n in dir(stat) if not n.startswith('__')))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o1777|0o40000), stat.filemode(0o2755|0o100000), stat.filemode(0), stat.filemode(0o4644|0o100000))
print(stat.S_ISDIR(os.stat('.').st_mode), stat.S_ISREG(os.stat('.').st_mode), stat.S_IMODE(0o100644), stat.S_IFMT(0o100644))
for bad in ('x', -1, 2**40, 1.5):
    for f in (stat.S_ISDIR, stat.filemode):
        try: f(bad)
        except Exception as e: print(type(e).__name__, e)
print(stat._filemode_table[3], stat.ST_MTIME, stat.S_IRWXU, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_VIRTUAL)
print(len([n for n in dir(stat) if not n.startswith('__')]))
