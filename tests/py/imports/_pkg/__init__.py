X = 1
print("importing _pkg")
