# Signals names, values and descriptions.
import signal

for n in [1, 2, 9, 10, 14, 15, 17]:
    s = signal.Signals(n)
    print(n, s.name, s.value, signal.strsignal(n))
print(signal.Signals.SIGTERM.value, signal.Signals.SIGINT.name)
try:
    signal.Signals(99)
except ValueError as e:
    print(e)
