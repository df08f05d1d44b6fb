import os
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
exited = 3 << 8
print(os.WIFEXITED(exited), os.WEXITSTATUS(exited), os.WIFSIGNALED(exited))
print(os.waitstatus_to_exitcode(exited))
killed = 15
print(os.WIFSIGNALED(killed), os.WTERMSIG(killed), os.WIFEXITED(killed))
print(os.waitstatus_to_exitcode(killed))
stopped = (19 << 8) | 0x7f
print(os.WIFSTOPPED(stopped), os.WSTOPSIG(stopped))
print(os.WIFCONTINUED(0xffff), os.WCOREDUMP(0x80 | 11))
