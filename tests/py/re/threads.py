# Patterns shared by threads: each match is its own; the caches are shared safely.
import re
import threading

pat = re.compile(r'(\w+)=(\d+)')
text = ' '.join('k%d=%d' % (i, i * i) for i in range(2000))
results = {}

def work(n):
    total = 0
    for i in range(20):
        total += sum(int(v) for _, v in pat.findall(text))
        total += len(re.findall(r'k\d+', text))
        total += len(re.compile('k%d=' % (i % 7)).findall(text))
        total += len(re.sub(r'(\d+)', r'<\1>', text[:200]))
    results[n] = total

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(len(set(results.values())))
