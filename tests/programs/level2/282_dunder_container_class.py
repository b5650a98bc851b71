# Level 2: a full user container class combining several special methods.
class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(self.name + "[slice]", self.songs[i])
        return self.songs[i]

    def __iter__(self):
        return iter(self.songs)

    def __contains__(self, song):
        return song in self.songs

    def __add__(self, other):
        return Playlist(self.name + "+" + other.name, self.songs + other.songs)

    def __eq__(self, other):
        return isinstance(other, Playlist) and self.songs == other.songs

    def __bool__(self):
        return bool(self.songs)

    def __repr__(self):
        return "Playlist(%r, %r)" % (self.name, self.songs)

rock = Playlist("rock", ["a", "b", "c"])
jazz = Playlist("jazz", ["x", "y"])
empty = Playlist("empty")
print(rock, len(rock), rock[0], rock[-1])
print(rock[1:])
both = rock + jazz
print(both, len(both))
print("b" in rock, "x" in rock, "x" in both)
print([s.upper() for s in both])
print(bool(rock), bool(empty), empty or "fallback")
print(rock == Playlist("other", ["a", "b", "c"]), rock == jazz, rock != jazz)
for i, song in enumerate(jazz):
    print(i, song)
print(sorted(both, reverse=True), max(rock), list(reversed(rock.songs)))
try:
    rock[10]
except IndexError as e:
    print("IndexError:", e)
