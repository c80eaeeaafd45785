"""Domain rules in plain Python: RAG, CAB, numbering, quarters, timescales,
working days, ditto marks, attendance and quorum.

Nothing here imports Qt, SQLAlchemy or sqlite3 (tests/core checks it), so
the rules can be tested alone and used by the store, the importers, the
exporters and the command line alike. Import the module you need; this
package re-exports nothing, so importing one rule loads no other.
"""
