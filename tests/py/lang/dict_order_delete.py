# Insertion order survives deletes and re-inserts; re-inserting a key moves it to the end.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
print(d)
d[0] = 'back'
d[4] = 'replaced'
print(d)
print(list(d.keys()), list(d.values())[:3])
