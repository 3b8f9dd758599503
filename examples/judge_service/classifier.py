"""A pure classifier: no I/O, safe to import at module load."""


def classify(text: str) -> str:
    return "question" if text.rstrip().endswith("?") else "statement"
