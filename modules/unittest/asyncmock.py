

# ---- async mocks ---------------------------------------------------------------------------
# An AsyncMock's call is recorded at once and returns a coroutine; the await is recorded
# when the coroutine runs, and side_effect/return_value/wraps decide what it gives then.

_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}


def _coroutine_marker():
    import asyncio.coroutines
    return asyncio.coroutines._is_coroutine


def _iscoroutinefunction(obj):
    if inspect.iscoroutinefunction(obj):
        return True
    marker = getattr(obj, '_is_coroutine', None)
    return marker is not None and 'asyncio' in sys.modules and marker is _coroutine_marker()


def _async_names(spec):
    # the attributes of spec that are coroutine functions (a spec'd mock's async children)
    names = []
    for name in dir(spec):
        try:
            if _iscoroutinefunction(getattr(spec, name, None)):
                names.append(name)
        except Exception:
            # gopy cannot bind every Go slot method of a builtin value (5 .__index__)
            pass
    return names


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    obj = getattr(obj, '__func__', obj)
    return _iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    return bool(getattr(func, '__code__', None)) and _iscoroutinefunction(func)


def _code_standin(flags):
    from types import CodeType
    code = NonCallableMock(spec_set=CodeType)
    code.co_flags = flags
    return code


class AsyncMockMixin:
    """What makes a mock awaitable: its calls give coroutines, and awaits are recorded
    (await_count, await_args, await_args_list) for the assert_awaited* methods."""

    await_count = _delegated('await_count')
    await_args = _delegated('await_args')
    await_args_list = _delegated('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = self.__dict__
        state['_is_coroutine'] = _coroutine_marker()
        state['_mock_await_count'] = 0
        state['_mock_await_args'] = None
        state['_mock_await_args_list'] = _CallList()
        code = _code_standin(inspect.CO_COROUTINE | inspect.CO_VARARGS | inspect.CO_VARKEYWORDS)
        code.co_argcount = 0
        code.co_varnames = ('args', 'kwargs')
        code.co_posonlyargcount = 0
        code.co_kwonlyargcount = 0
        state['__code__'] = code
        state['__name__'] = 'AsyncMock'
        state['__defaults__'] = tuple()
        state['__kwdefaults__'] = {}
        state['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        this = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this
        self.await_args_list.append(this)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                result = effect(*args, **kwargs)
                if _iscoroutinefunction(effect):
                    result = await result
            else:
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wrapped = self._mock_wraps
        if wrapped is not None:
            if _iscoroutinefunction(wrapped):
                return await wrapped(*args, **kwargs)
            return wrapped(*args, **kwargs)
        return self.return_value

    def _await_count_message(self, what):
        return 'Expected %s to %s. Awaited %s times.' % (self._mock_name or 'mock', what,
                                                         self.await_count)

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.'
                                 % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(self._await_count_message('have been awaited once'))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited'
                                 % self._format_mock_call_signature(args, kwargs))
        expected, cause = self._expected_call(args, kwargs)
        if self._call_matcher(self.await_args) != expected:
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s' % (
                self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(*self.await_args))) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(self._await_count_message('have been awaited once'))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        expected, cause = self._expected_call(args, kwargs)
        made = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in made:
            raise AssertionError('%s await not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds calls: as a contiguous run, or in any order."""
        problem, cause, missing, _ = self._match_calls(calls, self.await_args_list,
                                                       any_order, 'awaits')
        if problem:
            raise AssertionError('%s\nExpected: %s\nActual: %s' % (
                problem, _CallList(calls), self.await_args_list)) from cause
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(self._await_count_message('not have been awaited'))

    def reset_mock(self, /, *args, **kwargs):
        """reset_mock, the awaits forgotten too."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    """MagicMixin for AsyncMock."""


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return coroutines: awaiting one records the await and
    gives side_effect's or return_value's result (an async side_effect is awaited). Its
    attributes are AsyncMocks too (MagicMocks for the sync magic methods and, with a spec,
    the spec's plain methods)."""


class _AsyncIterator:
    """An iterator made asynchronous (what a MagicMock's __aiter__ returns)."""

    def __init__(self, iterator):
        self.iterator = iterator
        self.__dict__['__code__'] = _code_standin(inspect.CO_ITERABLE_COROUTINE)

    async def __anext__(self):
        for item in self.iterator:
            return item
        raise StopAsyncIteration


def _aiter_effect(mock):
    def __aiter__():
        fixed = mock.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if fixed is DEFAULT else iter(fixed))
    return __aiter__


_effects['__aiter__'] = _aiter_effect
