"""The registry: the sources, places (the gazetteer) and topics the extractor recognises.

`loader` loads the shipped registry (`claims/data/registry.json`) and files that grow it, as an
upsert by name that never overwrites what an analyst changed; `sources` finds the source a name,
an alias or an id means, creating unknown ones unreviewed - the one find-or-create every door and
the parser use; `snapshot` turns the database's registry into the extractor's dataclasses,
rebuilt only when something in it changed.
"""
