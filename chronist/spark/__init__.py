"""Coding corpora on Apache Spark: ``chronist spark`` and ``spark-submit chronist/spark/job.py``.

``readers`` lists and reads the inputs, ``job`` codes them with ``mapPartitions`` and writes the
datasets, ``writers`` holds their record shapes and :func:`writers.load`, which puts them into the
store. pyspark is an optional dependency (``pip install 'chronist[spark]'``); nothing here imports
it at module level, so ``chronist load`` works without Spark or Java.
"""


def load(out, *, store):
    """Store the output of ``chronist spark`` (see :func:`chronist.spark.writers.load`)."""
    from chronist.spark.writers import load as _load
    return _load(out, store=store)


__all__ = ["load"]
