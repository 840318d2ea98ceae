"""TinyDB tables whose document ids are text (an item's id, a file name), not numbers."""

from __future__ import annotations

from tinydb.table import Table


class TextIdTable(Table):
    """A table keyed by text: `table.get(doc_id="fd0a26e192")`."""

    document_id_class = str  # type: ignore[assignment]
