# keys() and items() views compare and combine with sets like sets; values() views do not.
d = {'a': 1, 'b': 2}
print(d.keys() == {'a', 'b'}, {'a', 'b'} == d.keys(), d.items() == {('a', 1), ('b', 2)})
print(d.keys() != frozenset('a'), d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a'})
print(sorted(d.keys() & {'a'}), sorted(d.keys() | {'c'}), sorted(d.keys() - {'a'}))
print(sorted(d.keys() ^ {'a', 'z'}), type(d.keys() & {'a'}).__name__)
print(sorted({'a', 'q'} & d.keys()), type(frozenset('a') & d.keys()).__name__)
print(d.values() == d.values(), d.keys() == ['a', 'b'], sorted(d.items() - {('a', 1)}))
e = dict(d)
e['c'] = 3
print(d.keys() < e.keys(), e.keys() > d.keys(), d.items() <= e.items())
