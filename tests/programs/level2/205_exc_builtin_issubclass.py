# Level 2: the built-in exception hierarchy seen through issubclass and isinstance.
pairs = [
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (Exception, BaseException),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (AssertionError, Exception),
    (TypeError, ValueError),
    (KeyError, IndexError),
    (ValueError, ValueError),
]
for child, parent in pairs:
    print(child.__name__, "<", parent.__name__, issubclass(child, parent))

print(issubclass(KeyError, (TypeError, LookupError)))
print(issubclass(KeyError, (TypeError, ArithmeticError)))
e = KeyError("x")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception))
print(isinstance(e, BaseException), isinstance(e, IndexError))
print(isinstance(e, (IndexError, ValueError)), isinstance(e, (IndexError, KeyError)))

class AppError(Exception):
    pass

class DbError(AppError):
    pass

print(issubclass(DbError, AppError), issubclass(DbError, Exception))
print(issubclass(AppError, DbError), isinstance(DbError("d"), AppError))
print([c.__name__ for c in DbError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
