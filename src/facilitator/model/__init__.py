"""The review model: pydantic, no I/O, no clock reads (functions that need now take it).

Import each name from the submodule that defines it (`from facilitator.model.session import
Session`): the package itself imports nothing, so a light helper such as `model.slug` never
pulls pydantic in.
"""
