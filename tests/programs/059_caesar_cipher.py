# Caesar and Vigenere ciphers on mixed text, with round trips and brute-force decoding.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch
def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out
msg = "Attack at Dawn, Zebra-42!"
for k in [0, 1, 3, 13, 25, 26, -1, -27]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def vigenere(text, key, sign):
    out = ""
    i = 0
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            k = ord(key[i % len(key)]) - ord("a")
            out += shift_char(ch, sign * k)
            i += 1
        else:
            out += ch
    return out
secret = vigenere(msg, "lemon", 1)
print(secret, vigenere(secret, "lemon", -1))
hidden = caesar("the quick brown fox", 7)
print("hidden:", hidden)
for k in range(26):
    guess = caesar(hidden, -k)
    if "the " in guess:
        print("key", k, "gives", guess)
