"""JSON Schemas of Chronist's export formats, shipped as package data."""
