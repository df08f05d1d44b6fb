V = 5
count = 0
