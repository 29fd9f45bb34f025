"""wirestream's extraction core: spaCy parse in, entities / quotes / relations out.

Nothing in this package imports Faust or Kafka, so the same code runs in-process
(`wirestream extract`) and inside the stream agents.
"""
