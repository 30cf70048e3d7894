"""The central server (FastAPI). Built in the sync issue; the entry point exists already."""
