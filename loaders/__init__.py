"""Turns input files into plain records (readers, extraction) and records into database rows (store)."""
