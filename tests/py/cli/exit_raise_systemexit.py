print("raising")
raise SystemExit(4)
