# platform: the machine's facts against os.uname (machine-independent checks), uname_result,
# architecture, os-release; the interpreter's own answers are gopy's (see README).
import platform, os, sys, pickle
u = platform.uname()
print(type(u).__name__, u._fields, len(u), u.system == os.uname().sysname, u.machine == os.uname().machine)
print(repr(u) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(os.uname()))
print(platform.system(), platform.machine() == os.uname().machine, platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.version() == os.uname().version, repr(platform.processor()) == repr(u[5]), pickle.loads(pickle.dumps(u)) == u)
print(platform.platform().startswith('Linux-' + platform.release()), platform.platform(terse=True) == 'Linux-' + platform.release().replace('/', '_'))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.architecture(), platform.win32_ver(), platform.mac_ver(), platform.java_ver()[0])
print(platform.freedesktop_os_release()['ID'] == [l.split('=')[1].strip().strip('"') for l in open('/etc/os-release') if l.startswith('ID=')][0])
print(type(platform.python_compiler()).__name__, type(platform.python_build()).__name__, platform.system_alias('a', 'b', 'c'))
