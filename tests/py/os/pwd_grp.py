# pwd and grp: lookups by id and name, struct sequences, CPython's KeyError messages.
import grp
import os
import pwd

p = pwd.getpwuid(0)
print(p.pw_name, p.pw_uid, p.pw_gid, p.pw_dir, p[0], len(p), type(p).__name__, type(p).__module__)
print(pwd.getpwnam('root') == p, any(e.pw_uid == 0 for e in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, len(g), type(g).__module__)
print(grp.getgrnam('root').gr_gid, any(e.gr_gid == 0 for e in grp.getgrall()))
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
for f, a in ((pwd.getpwuid, 99999), (pwd.getpwnam, 'nosuchuser'), (grp.getgrgid, 99999),
             (grp.getgrnam, 'nosuchgroup'), (pwd.getpwnam, 3), (pwd.getpwuid, 'x'), (grp.getgrgid, 'x')):
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
print(os.path.expanduser('~root'))
