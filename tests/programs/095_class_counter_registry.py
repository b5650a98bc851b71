# Class attributes as registries, methods calling methods, objects stored in dicts.
class Student:
    roster = {}
    def __init__(self, name, year):
        self.name = name
        self.year = year
        self.grades = {}
        Student.roster[name] = self
    def grade(self, course, score):
        self.grades[course] = score
    def average(self):
        if len(self.grades) == 0:
            return 0.0
        return sum(self.grades.values()) / len(self.grades)
    def best_course(self):
        best = None
        for course in self.grades:
            if best is None or self.grades[course] > self.grades[best]:
                best = course
        return best
Student("ada", 2)
Student("bob", 1)
Student("cyd", 2)
records = [("ada", "math", 95), ("ada", "art", 78), ("bob", "math", 64), ("bob", "history", 88),
           ("cyd", "art", 91), ("cyd", "math", 91), ("ada", "history", 85)]
for name, course, score in records:
    Student.roster[name].grade(course, score)
for name in Student.roster:
    s = Student.roster[name]
    print(s.name, s.year, s.grades, round(s.average(), 2), s.best_course())
by_year = {}
for s in Student.roster.values():
    if s.year not in by_year:
        by_year[s.year] = []
    by_year[s.year].append(s.name)
print(by_year)
top = None
for s in Student.roster.values():
    if top is None or s.average() > top.average():
        top = s
print("top student", top.name, top.average())
print(len(Student.roster), isinstance(top, Student))
