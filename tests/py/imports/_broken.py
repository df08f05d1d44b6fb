raise ValueError("broken module")
