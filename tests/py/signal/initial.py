# The handlers a new interpreter starts with.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.SIG_DFL == 0, signal.SIG_IGN == 1, signal.NSIG)
print(signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGALRM, signal.SIGCHLD)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
