"""``lostwrite recover``: the look-back pass that repairs records damaged by a lost write.

It selects the records in a time window that match a pattern's runtime predicate, calls the
user's enrichment function on each, and writes back only the fields that are still missing,
batch by batch, with a checkpoint, a marker and a report of every change (see docs/recover.md).
"""
