"""http.HTTPStatus and http.HTTPMethod."""
import http
from http import HTTPStatus, HTTPMethod
print(list(HTTPStatus)[:3], len(HTTPStatus), HTTPStatus(404), repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.OK.description)
print(HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.OK == 200, HTTPStatus.OK + 1, f"{HTTPStatus.OK}")
print(list(HTTPMethod), repr(HTTPMethod.GET), str(HTTPMethod.GET), HTTPMethod.GET.description, HTTPMethod.GET == "GET")
try: HTTPStatus(999)
except ValueError as e: print(e)
print(http.__all__, HTTPStatus.__doc__ is not None)
import pickle; print(pickle.loads(pickle.dumps(HTTPStatus.NOT_FOUND)) is HTTPStatus.NOT_FOUND)
