def lookup(table, key):
    return table[key]

def main():
    return lookup({"a": 1}, "k")

main()
