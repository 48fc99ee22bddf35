"""Texts for the query engines (DuckDB, Spark) and the facts as Parquet files."""

MESSAGES = {
    "engine.unknown_engine": {
        "nl": "Engine '{engine}' (KOERS_ENGINE) bestaat niet; kies uit: {known}.",
        "en": "Engine '{engine}' (KOERS_ENGINE) is unknown; choose one of: {known}.",
    },
    "engine.spark_unavailable": {
        "nl": "Spark start niet: {reason}. Spark heeft Java 17 of nieuwer nodig (Debian: openjdk-17-jre-headless); "
              "het logboek van Spark staat in {log}.",
        "en": "Spark did not start: {reason}. Spark needs Java 17 or later (Debian: openjdk-17-jre-headless); "
              "Spark's log is {log}.",
    },
    "engine.spark_unreachable": {
        "nl": "Spark Connect op {url} (KOERS_SPARK_REMOTE) is niet bereikbaar: {reason}.",
        "en": "Could not reach Spark Connect at {url} (KOERS_SPARK_REMOTE): {reason}.",
    },
    "engine.spark_needs_facts": {
        "nl": "Een Spark-cluster (KOERS_SPARK_REMOTE) leest de feiten van gedeelde opslag: schrijf ze met "
              "`export --workspace W --parquet MAP`, zet MAP waar het cluster kan lezen en wijs KOERS_SPARK_FACTS "
              "daarheen.",
        "en": "A Spark cluster (KOERS_SPARK_REMOTE) reads the facts from shared storage: write them with "
              "`export --workspace W --parquet DIR`, put DIR where the cluster can read it and point "
              "KOERS_SPARK_FACTS at it.",
    },
    "engine.spark_facts_stale": {
        "nl": "De feiten in {location} zijn niet die van deze werkruimte zoals ze nu is (uploads, koersen of munt "
              "veranderd): schrijf ze opnieuw met `export --workspace W --parquet MAP` en zet ze daar neer.",
        "en": "The facts at {location} are not this workspace's as it is now (uploads, rates or currency changed): "
              "write them again with `export --workspace W --parquet DIR` and put them there.",
    },
    "engine.parquet_not_ours": {
        "nl": "{folder} bevat andere bestanden: kies een lege of nieuwe map voor de Parquet-export.",
        "en": "{folder} holds other files: choose an empty or new folder for the Parquet export.",
    },
    "engine.parquet_missing": {
        "nl": "{folder} bevat geen Koers-feiten (manifest.json): schrijf ze met "
              "`export --workspace W --parquet {folder}`.",
        "en": "{folder} holds no Koers facts (manifest.json): write them with "
              "`export --workspace W --parquet {folder}`.",
    },
    "workspace.cli.exported_parquet": {
        "nl": "Feiten van de werkruimte als Parquet geschreven naar {folder}: {rows} rijen in {files} bestanden, per "
              "tool en maand; geld in {currency}.",
        "en": "Wrote the workspace's facts as Parquet to {folder}: {rows} rows in {files} files, by tool and month; "
              "money in {currency}.",
    },
}
