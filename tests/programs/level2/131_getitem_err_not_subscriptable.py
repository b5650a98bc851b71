# Indexing an instance whose class has no __getitem__ raises TypeError.
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __len__(self):
        return len(self.songs)

    def __iter__(self):
        return iter(self.songs)


p = Playlist(["intro", "verse", "outro"])
print(len(p), list(p))
for song in p:
    print("playing", song)
print("first:", p.songs[0])
print("first:", p[0])
print("not reached")
