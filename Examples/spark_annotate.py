"""Annotates a JSON Lines archive with whosaid on Spark.

Each partition streams through one `whosaid annotate --format jsonl` process,
which answers one line per input line, in order, so the output keeps the
partitioning and order of the input. Other fields of each record come back
under "meta".

    spark-submit Examples/spark_annotate.py records.jsonl annotated/
    WHOSAID=/path/to/whosaid python3 Examples/spark_annotate.py records.jsonl annotated/   # local mode
"""
import os
import sys

from pyspark.sql import SparkSession


def main(input_path, output_path):
    whosaid = os.environ.get("WHOSAID", "whosaid")
    spark = SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[2]")).appName("whosaid").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    records = spark.sparkContext.textFile(input_path)  # one {"id": …, "text": …} per line
    # Spark already runs one task per core: one worker thread per whosaid process avoids oversubscription.
    annotated = records.pipe(f"{whosaid} annotate --format jsonl --jobs 1 --quiet")
    annotated.saveAsTextFile(output_path)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
