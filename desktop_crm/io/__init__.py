"""Import and export: files in the formats other tools use."""
