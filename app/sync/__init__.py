"""The sync engine: incremental pull, outbox push, reconcile, conflicts with remote edits."""
