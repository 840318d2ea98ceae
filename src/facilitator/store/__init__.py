"""Session files: TinyDB JSON, atomic writes, a backup, one writer, schema migrations.

Import each name from the submodule that defines it: the package itself imports nothing, so
finding a session file (`store.paths`) does not load the model.
"""
