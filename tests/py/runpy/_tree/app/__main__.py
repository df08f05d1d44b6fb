print('app main as', __name__)
answer = 7
