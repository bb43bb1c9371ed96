#!/bin/sh
# The image's `stackbench` command: the jar built into the image, no build step (the repository's
# ./stackbench launcher rebuilds from sources, which the image does not carry).
exec java ${STACKBENCH_JAVA_OPTS:-} -jar /opt/stackbench/target/stackbench.jar "$@"
