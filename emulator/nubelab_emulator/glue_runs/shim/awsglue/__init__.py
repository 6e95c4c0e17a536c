"""NubeLab's stand-in for the `awsglue` package of Glue's Python shell environment: only
`awsglue.utils.getResolvedOptions` (the one piece Python shell scripts use). Spark's GlueContext,
DynamicFrame and the rest are not here, because the emulator runs no Spark jobs."""
