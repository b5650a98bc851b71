# Level 2: user exception classes with their own __init__ and attributes.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field
        self.problem = problem

class RangeError(ValidationError):
    def __init__(self, field, value, low, high):
        super().__init__(field, "%d not in [%d, %d]" % (value, low, high))
        self.value = value

def check(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    age = record.get("age", 0)
    if age < 0 or age > 150:
        raise RangeError("age", age, 0, 150)
    return record["name"] + " ok"

records = [{"name": "ann", "age": 30}, {"age": 3}, {"name": "bob", "age": 200}]
for r in records:
    try:
        print(check(r))
    except RangeError as e:
        print("range:", e.field, e.value, "|", e)
        print("  args:", e.args)
    except ValidationError as e:
        print("validation:", e.field, e.problem, "|", str(e))
        print("  repr:", repr(e))

class Counted(Exception):
    count = 0
    def __init__(self, msg):
        Counted.count += 1
        self.number = Counted.count
        super().__init__(msg)

for i in range(3):
    try:
        raise Counted("event %d" % i)
    except Counted as c:
        print(c.number, c, Counted.count)

err = RangeError("size", 9, 1, 5)
print(isinstance(err, ValidationError), err.problem)
