import os
print(os.path.basename(__file__))
print(os.path.isabs(__file__))
