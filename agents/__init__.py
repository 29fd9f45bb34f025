"""One Faust agent per stage; each reads the previous stage's topic.

validate (articles -> stage.valid) -> parse (-> stage.parsed) -> entities
(-> entity events, stage.entities) -> quotes (-> quote events, stage.quotes)
-> relations (-> relation events).
"""
from . import entities, parse, quotes, relations, validate


def register_all(app, rt) -> None:
    for stage in (validate, parse, entities, quotes, relations):
        stage.register(app, rt)
