import re
import unicodedata


def norm(text: str) -> str:
    """The harness's normalisation (../shared/eval/kzpk_eval.py): case, quotes, dashes, spaces."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()
