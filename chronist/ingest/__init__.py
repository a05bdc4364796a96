"""Ingest articles into the store: many formats, several cores, every input accounted for."""
from chronist.ingest.progress import Progress
from chronist.ingest.run import choose_language, code_article, ingest
from chronist.ingest.summary import IngestSummary

__all__ = ["IngestSummary", "Progress", "choose_language", "code_article", "ingest"]
