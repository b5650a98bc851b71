# wordcount: generates a deterministic text (words made of syllables, capitals, punctuation,
# line breaks) and counts it the classic way: lower-case, split, strip punctuation, count
# words and bigrams in dicts, rank the top 20 with a sort key, tabulate letter frequencies.
# String building and joining, str methods, dicts with str and tuple keys, sorting.
#
# Usage: wordcount.py [--size WORDS] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 250000

# The text generator's linear-congruential generator (the classic C-library constants),
# masked to 32 bits; its top bits are the random ones.
LCG_MUL = 1103515245
LCG_ADD = 12345
MASK = 0xFFFFFFFF
SEED = 20240611

# Words are one to three of these syllables. A syllable is picked by multiplying two uniform
# draws, so the first ones are much more common than the last (and so are the words made of
# them): the counts get a long tail, as in real text.
SYLLABLES = [
    "ka", "lo", "ren", "ti", "mar", "os", "be", "qui", "ul", "zan", "fe", "dro", "ix",
    "gal", "no", "pha", "stu", "ve", "wy", "cor", "ath", "jo", "sel", "bri", "um", "hex",
]

# What `str.strip` removes from the ends of a lower-cased token.
PUNCTUATION = ".,;:!?\"()-"

# How many top words and bigrams are reported.
TOP = 20

# At the default size, CPython 3.11's result: the top words with their counts, the number of
# distinct words and bigrams, and checksums of all word counts, bigram counts and letter
# counts (see `checksums`).
DEFAULT_TOP_WORDS = [
    ("ka", 19243), ("lo", 9988), ("ren", 8218), ("ti", 6783), ("mar", 6167), ("os", 5646),
    ("kaka", 5295), ("be", 4888), ("ul", 4128), ("qui", 4024), ("zan", 3454), ("fe", 3041),
    ("dro", 2888), ("loka", 2756), ("kalo", 2717), ("ix", 2690), ("gal", 2357),
    ("renka", 2240), ("karen", 2134), ("kati", 1909),
]
DEFAULT_DISTINCT = (7387, 104962)
DEFAULT_CHECKSUMS = (3738934328, 3766147089, 2978134597)


def next_state(state):
    return (state * LCG_MUL + LCG_ADD) & MASK


def generate_text(n_words, seed):
    """A text of exactly `n_words` words. Sentences of 4 to 19 words start with a capital and
    end with '.', '!' or '?'; inside them come commas, semicolons, colons, quoted or
    parenthesised words, a rare capitalised or all-capitals word and dashes (' -- ', which
    are not words). Lines break after about a dozen words, paragraphs after some sentences."""
    state = seed
    pieces = []
    in_sentence = 0
    on_line = 0
    syllable_count = len(SYLLABLES)
    for _ in range(n_words):
        # The word: 1 syllable (3 in 8), 2 (4 in 8) or 3 (1 in 8).
        state = next_state(state)
        shape = (state >> 24) & 7
        if shape < 3:
            length = 1
        elif shape < 7:
            length = 2
        else:
            length = 3
        parts = []
        for _ in range(length):
            state = next_state(state)
            a = (state >> 16) % syllable_count
            state = next_state(state)
            b = (state >> 16) % syllable_count
            parts.append(SYLLABLES[a * b // syllable_count])
        word = "".join(parts)

        # Its decoration.
        state = next_state(state)
        dice = (state >> 16) % 1000
        if in_sentence == 0:
            word = word.capitalize()
            state = next_state(state)
            in_sentence = 4 + (state >> 16) % 16
        elif dice < 25:
            word = word.capitalize()
        elif dice < 30:
            word = word.upper()
        elif dice < 45:
            word = '"' + word + '"'
        elif dice < 55:
            word = "(" + word + ")"
        in_sentence -= 1
        if in_sentence == 0:
            if dice % 7 == 0:
                word += "!"
            elif dice % 7 == 1:
                word += "?"
            else:
                word += "."
        elif dice >= 900:
            word += ","
        elif dice >= 890:
            word += ";"
        elif dice >= 884:
            word += ":"
        elif dice >= 878:
            word += " --"
        pieces.append(word)

        # The separator after it.
        on_line += 1
        if in_sentence == 0 and dice % 5 == 0:
            pieces.append("\n\n")
            on_line = 0
        elif on_line >= 12 and dice % 3 == 0:
            pieces.append("\n")
            on_line = 0
        else:
            pieces.append(" ")
    return "".join(pieces)


def by_count_then_text(item):
    """Sort key: the highest count first, ties in alphabetical order."""
    return (-item[1], item[0])


def count_text(text):
    """Word counts, bigram counts (tuple keys), the top words and bigrams, and the count of
    each letter a-z."""
    lowered = text.lower()
    counts = {}
    bigrams = {}
    previous = None
    for token in lowered.split():
        word = token.strip(PUNCTUATION)
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        if previous is not None:
            pair = (previous, word)
            bigrams[pair] = bigrams.get(pair, 0) + 1
        previous = word
    top_words = sorted(counts.items(), key=by_count_then_text)[:TOP]
    top_bigrams = sorted(bigrams.items(), key=by_count_then_text)[:TOP]
    letters = {}
    for code in range(ord("a"), ord("z") + 1):
        letters[chr(code)] = 0
    for ch in lowered:
        if ch in letters:
            letters[ch] += 1
    return counts, bigrams, top_words, top_bigrams, letters


def wordcount(n_words):
    text = generate_text(n_words, SEED)
    return count_text(text)


def mix_text(h, text):
    for ch in text:
        h = (h * 131 + ord(ch)) & MASK
    return h


def checksums(counts, bigrams, letters):
    """32-bit checksums of the word counts, the bigram counts and the letter counts, each
    taken in sorted key order (so they do not depend on dict order)."""
    words_sum = 0
    for word in sorted(counts):
        words_sum = (mix_text(words_sum, word) * 31 + counts[word]) & MASK
    bigrams_sum = 0
    for pair in sorted(bigrams):
        bigrams_sum = mix_text(bigrams_sum, pair[0] + " " + pair[1])
        bigrams_sum = (bigrams_sum * 31 + bigrams[pair]) & MASK
    letters_sum = 0
    for letter in sorted(letters):
        letters_sum = (mix_text(letters_sum, letter) * 1000003 + letters[letter]) & MASK
    return words_sum, bigrams_sum, letters_sum


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


def check_ranking(top, table, what):
    """`top` must be the first TOP items of `table` by falling count, ties alphabetical."""
    if len(top) != min(TOP, len(table)):
        fail("%d top %s out of %d" % (len(top), what, len(table)))
    for i in range(len(top)):
        key, count = top[i]
        if table.get(key) != count:
            fail("top %s %r has count %r, the table says %r" % (what, key, count, table.get(key)))
        if i > 0 and by_count_then_text(top[i - 1]) >= by_count_then_text(top[i]):
            fail("top %s out of order: %r before %r" % (what, top[i - 1], top[i]))
    if top:
        last = by_count_then_text(top[-1])
        beaten = 0
        for item in table.items():
            if by_count_then_text(item) < last:
                beaten += 1
        if beaten != len(top) - 1:
            fail("%d %s rank above the last of the top %d" % (beaten, what, len(top)))


def check(n_words, result):
    counts, bigrams, top_words, top_bigrams, letters = result
    total = 0
    letter_total = 0
    for word in counts:
        if not word.isalpha() or not word.islower():
            fail("%r counted as a word" % word)
        total += counts[word]
        letter_total += len(word) * counts[word]
    if total != n_words:
        fail("counted %d words, generated %d" % (total, n_words))
    pairs = 0
    for pair in bigrams:
        if pair[0] not in counts or pair[1] not in counts:
            fail("bigram %r of unknown words" % (pair,))
        pairs += bigrams[pair]
    if pairs != max(n_words - 1, 0):
        fail("counted %d bigrams in %d words" % (pairs, n_words))
    letter_count = 0
    for letter in letters:
        letter_count += letters[letter]
    if letter_count != letter_total:
        fail("%d letters in the text, %d in the counted words" % (letter_count, letter_total))
    check_ranking(top_words, counts, "words")
    check_ranking(top_bigrams, bigrams, "bigrams")
    if n_words == DEFAULT_SIZE:
        if top_words != DEFAULT_TOP_WORDS:
            fail("top words %r, expected %r" % (top_words, DEFAULT_TOP_WORDS))
        distinct = (len(counts), len(bigrams))
        if distinct != DEFAULT_DISTINCT:
            fail(
                "%d distinct words and %d bigrams, expected %r"
                % (len(counts), len(bigrams), DEFAULT_DISTINCT)
            )
        sums = checksums(counts, bigrams, letters)
        if sums != DEFAULT_CHECKSUMS:
            fail("checksums %r, expected %r" % (sums, DEFAULT_CHECKSUMS))


def read_options(default_size):
    """`--size N` and `--loops K` from the command line."""
    size = default_size
    loops = 1
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--size" and i + 1 < len(args):
            size = int(args[i + 1])
        elif args[i] == "--loops" and i + 1 < len(args):
            loops = int(args[i + 1])
        else:
            sys.exit("usage: %s [--size N] [--loops K]" % sys.argv[0])
        i += 2
    return size, loops


def main():
    size, loops = read_options(DEFAULT_SIZE)
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = wordcount(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    counts, bigrams, top_words, top_bigrams, letters = result
    print(
        "ok %d distinct words, %d bigrams, top %r"
        % (len(counts), len(bigrams), top_words[0][0] if top_words else "")
    )


if __name__ == "__main__":
    main()
