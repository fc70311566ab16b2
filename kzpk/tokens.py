"""The words the index holds of a text: Whoosh's word pattern, with a road's, a jet's or a
flight's code ('M-2', 'N-5', 'JF-17', 'PK-8303') kept as one word without its hyphen, so that
'M-2' and 'm2' find each other and a code of one letter and one digit is not lost (Whoosh keeps
no word under two characters: 'M-2' was 'm' and '2', both dropped). The index's schema stores
this module's filter by name: it is imported when an index is opened, and stays small."""

from whoosh.analysis import Filter

# a code: one to three letters, a hyphen, one to four digits, standing alone ('M-2', 'N-35');
# else Whoosh's own word pattern
WORD = r"[A-Za-z]{1,3}-\d{1,4}(?![\w-])|\w+(\.?\w+)*"


class JoinedCodes(Filter):
    """Drops the hyphen of a code the tokenizer kept whole ('M-2' -> 'M2')."""

    def __call__(self, tokens):
        for t in tokens:
            if "-" in t.text:
                t.text = t.text.replace("-", "")
            yield t
