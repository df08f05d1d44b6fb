# assertLogs and assertNoLogs: the watcher's records and output, levels by name and number,
# loggers by name and object, the failure messages, handlers and propagation restored.
import logging
import unittest


class Logs(unittest.TestCase):
    def show(self, fn):
        try:
            fn()
        except AssertionError as e:
            print('AssertionError:', e)
        else:
            print('passed')

    def test_all(self):
        with self.assertLogs() as cm:
            logging.getLogger('a.b').info('first %d', 1)
            logging.getLogger().warning('second')
            logging.getLogger('a').debug('hidden')
        print(cm.output)
        print([(r.name, r.levelname, r.getMessage()) for r in cm.records])
        print(type(cm).__name__, cm._fields)
        with self.assertLogs('pkg', level='DEBUG') as cm:
            logging.getLogger('pkg.mod').debug('deep')
        print(cm.output)
        log = logging.getLogger('obj')
        with self.assertLogs(log, logging.ERROR) as cm:
            log.error('bad')
            log.warning('not kept')
        print(cm.output)

        def nothing():
            with self.assertLogs('quiet'):
                logging.getLogger('quiet').debug('too low')
        self.show(nothing)

        def nothing_level():
            with self.assertLogs('quiet', 'ERROR'):
                pass
        self.show(nothing_level)

        def root_nothing():
            with self.assertLogs():
                pass
        self.show(root_nothing)

        def no_logs_ok():
            with self.assertNoLogs('calm') as cm:
                logging.getLogger('calm').debug('fine')
            print('cm is', cm)
        self.show(no_logs_ok)

        def no_logs_bad():
            with self.assertNoLogs('calm', 'DEBUG'):
                logging.getLogger('calm').debug('oops %s', 'x')
                logging.getLogger('calm.child').critical('worse')
        self.show(no_logs_bad)

        def raising():
            with self.assertLogs('r'):
                raise ValueError('through')
        try:
            raising()
        except ValueError as e:
            print('ValueError', e)
        lg = logging.getLogger('restore')
        h = logging.NullHandler()
        lg.addHandler(h)
        lg.setLevel(logging.ERROR)
        with self.assertLogs(lg, 'DEBUG'):
            lg.debug('x')
        print(lg.handlers == [h], lg.level, lg.propagate)
        self.longMessage = False
        self.show(nothing)


Logs('test_all').test_all()
