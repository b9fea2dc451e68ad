"""Training the small models that ship in ``onrecord/extract/`` (cue lexicon, confidence, acts) from
PolNeAR *train*: ``python -m onrecord.training.learn``. It scores candidates with the evaluation's
matching (``onrecord.evaluate``), so it sits above it; nothing at run time imports it."""
