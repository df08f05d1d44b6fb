# An uncaught error from the collections module ends the script with CPython's message.
from collections import deque
d = deque([1])
print(d.popleft())
d.popleft()
