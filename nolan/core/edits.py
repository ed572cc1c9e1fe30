"""How far one spelling is from another, for words written with a slip: a disguised slur
in a post (``screening.lexicon``), a misspelt name in an agenda item (``matching.names``)."""


def distance(a: str, b: str) -> int:
    """Edits (a letter dropped, added or changed, or two neighbours swapped) from a to b."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
